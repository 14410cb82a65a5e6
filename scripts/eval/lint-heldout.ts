// The one measurement of a held-out gov sample (issue 12: heldout3 in round 3, heldout4 in round 8, heldout5 in round 9): every finding of the lint with 30 characters
// of context each side, for reading by hand, and the rate per 10,000 characters. Run it once, after the rules are settled.
// LINT_FROM=/path/to/another/checkout measures that checkout's lint on the same reports (main's, for the comparison).
// Usage: npx tsx scripts/eval/lint-heldout.ts heldout4
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { govSample, type GovSplit } from '../../tests/corpus/gov-sample';

const split = (process.argv[2] ?? 'heldout3') as GovSplit;
const root = process.env.LINT_FROM ?? path.resolve(import.meta.dirname, '../..');
const { lint } = await import(pathToFileURL(path.join(root, 'src/lib/core/lint/index.ts')).href);
const { segmenter } = await import(pathToFileURL(path.join(root, 'src/lib/core/segmenter/index.ts')).href);
const seg = segmenter();
let chars = 0;
let n = 0;
for (const d of govSample(split)) {
	chars += d.input.length;
	for (const f of lint(d.input, seg) as { rule: string; start: number; end: number; excerpt: string }[]) {
		n++;
		const ctx = d.input.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\n/g, '⏎');
		console.log(`${n}\t${f.rule}\t${JSON.stringify(f.excerpt)}\t${d.name}:${f.start}\t${ctx}`);
	}
}
console.log(`== ${split} (${root}): ${n} findings over ${chars} characters = ${((n / chars) * 1e4).toFixed(3)} per 10,000`);
