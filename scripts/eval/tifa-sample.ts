// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/core/parse';
import { tifaShifts } from '../../src/lib/core/rhetoric/tifa';
const pairs = process.argv[2].split(',').map((p) => p.split('-').map(Number));
const per = Number(process.argv[3] ?? 15);
const load = (y: number) =>
	parseReport(readFileSync(`${process.env.DUIDU_SHARED ?? '../shared'}/corpus/gov/政府工作报告-国务院/${y}.md`, 'utf8'));
let seed = 16;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const [a, b] of pairs) {
	const s = tifaShifts(load(a), load(b));
	const idx = s
		.map((_, i) => i)
		.sort(() => rnd() - 0.5)
		.slice(0, per)
		.sort((x, y) => x - y);
	console.log(`## ${a}→${b}: ${s.length} shifts, sample ${idx.length}`);
	for (const i of idx) {
		const x = s[i];
		console.log(
			`${a}-${b}#${i} ${x.class} ${x.match} 【${x.object}】 ${x.a.phrase} → ${x.b.phrase}\n    A: ${x.a.sentence.slice(0, 90)}\n    B: ${x.b.sentence.slice(0, 90)}`
		);
	}
}
