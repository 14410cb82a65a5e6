// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/core/parse';
import { tifaShifts } from '../../src/lib/core/rhetoric/tifa';
const labels = JSON.parse(readFileSync('tests/fixtures/tifa-labels.json', 'utf8'));
const load = (y: number) =>
	parseReport(readFileSync(`${process.env.DUIDU_SHARED ?? '../shared'}/corpus/gov/政府工作报告-国务院/${y}.md`, 'utf8'));
const near = (x: string, y: string) => x.includes(y) || y.includes(x);
for (const p of labels.pairs) {
	const s = tifaShifts(load(p.a), load(p.b));
	for (const l of p.shifts) {
		const hit = s.find((x) => near(x.a.phrase, l.a) && near(x.b.phrase, l.b));
		console.log(p.a, p.b, l.modifierShift ? 'M' : '-', hit ? `FOUND(${hit.class} vs ${l.class})` : 'missed', l.a, '→', l.b);
	}
}
