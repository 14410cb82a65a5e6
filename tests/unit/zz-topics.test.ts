import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
it('show', () => {
  const r = parseReport(readFileSync('/work/shared/corpus/gov/' + process.env.F!, 'utf8'));
  const t = classifyReport(r);
  console.log(r.sections.map((s, i) => s.level <= 2 ? `${s.level} ${s.id} p=${s.parent} ${s.heading.slice(0, 24)} → ${t.sections[i].topic} ${t.sections[i].topics.slice(0,3).map(x=>x.id+':'+x.score).join(',')} | ${t.sections[i].evidence.slice(0,3).map(e=>e.term).join(',')}` : '').filter(Boolean).join('\n'));
});
