import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const repo = process.argv[2];
const out = process.argv[3];
const { parseReport } = await import(join(repo, 'src/lib/core/parse.ts'));
const root = '/work/shared/corpus/gov';
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p); } };
walk(root);
files.sort();
const lines: string[] = [];
for (const f of files) {
  const r = parseReport(readFileSync(f, 'utf8'));
  const secs = r.sections.filter((s: any) => s.level <= 2).map((s: any) => `${s.level}|${s.heading.slice(0, 20)}`);
  lines.push(f.slice(root.length + 1) + '\t' + secs.join(' ¦ '));
}
writeFileSync(out, lines.join('\n'));
