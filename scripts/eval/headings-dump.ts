/**
 * The level-1/2 outline of every report of ../shared/corpus/gov, one line each, to diff two parsers:
 *   node --import tsx scripts/eval/headings-dump.ts <repo> <out.tsv>
 * (<repo> is the checkout whose parser is used, e.g. /work/main or this worktree).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [repo, out] = process.argv.slice(2);
const { parseReport } = await import(join(repo, 'src/lib/core/parse.ts'));
const root = join(repo, '../shared/corpus/gov');
const files: string[] = [];
const walk = (d: string) => {
	for (const f of readdirSync(d)) {
		const p = join(d, f);
		if (statSync(p).isDirectory()) walk(p);
		else if (p.endsWith('.md')) files.push(p);
	}
};
walk(root);
files.sort();
const lines: string[] = [];
for (const f of files) {
	const r = parseReport(readFileSync(f, 'utf8'));
	const secs = r.sections
		.filter((s: { level: number }) => s.level <= 2)
		.map((s: { level: number; heading: string }) => `${s.level}|${s.heading.slice(0, 20)}`);
	lines.push(`${f.slice(root.length + 1)}\t${secs.join(' ¦ ')}`);
}
writeFileSync(out, lines.join('\n'));
