import { readFileSync } from 'node:fs';
import { parseReport } from '../src/lib/core/parse';
const p = parseReport(readFileSync('/work/shared/corpus/gov/' + process.argv[2], 'utf8'));
for (const s of p.sections) if (s.level <= Number(process.argv[3] ?? 2)) console.log(s.level, s.kind, s.heading.slice(0, 60));
