/**
 * Every matched row of the tuning set (dev, or the seen splits in SPLITS=dev,heldout17,…) with what made it (for reading errors by
 * class): right or wrong, its similarity and parts, the two passages' lengths,
 * how many rows each passage fills (fan-out), the pair's rank among each side's
 * candidates (and each side's best similarity), and the matter that named it. Never run on the blind split.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-errors.ts [--half 0|1] [--json out.json] [--text 120]
 * --half k: only the pairs of one half (alternate pairs in file order; dev's are the same with SPLITS), to
 * write a rule on one half's errors and judge it on the other.
 */
import { writeFileSync } from 'node:fs';
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { alignReports, type PairTrace } from '../src/lib/core/align/index';
import { segmenter } from '../src/lib/core/segmenter';
import { tuningPairs, type Ref } from '../tests/corpus/align-eval';
import { readReportFile } from '../tests/corpus/topics-eval';

const at = process.argv.indexOf('--half');
const half = at > 0 ? Number(process.argv[at + 1]) : null;
const jat = process.argv.indexOf('--json');
// --text n: the first n characters of each side (30 by default), to read a row without opening the reports.
const tat = process.argv.indexOf('--text');
const width = tat > 0 ? Number(process.argv[tat + 1]) : 30;
// ALIGN_OPTS='{"termPlan":0.1}': the rows of other settings, to diff against the defaults.
const options = JSON.parse(process.env.ALIGN_OPTS ?? '{}');
const overlaps = (s: number, e: number, r: Ref) => s < r.end && r.start < e;
const rowsOut: Record<string, unknown>[] = [];
for (const { pair, half: h } of tuningPairs()) {
	if (half !== null && h !== half) continue;
	const inputs = await Promise.all(
		[pair.a, pair.b].map(async (file, k) => {
			const report = parseReport(await readReportFile(file));
			return { id: `${pair.name}:${k}`, report, topics: classifyReport(report) };
		})
	);
	for (const [topic, labels] of Object.entries(pair.topics)) {
		const traces: PairTrace[] = [];
		const al = alignReports(inputs, topic, segmenter(), options, undefined, (t) => traces.push(t));
		const key = (x: PairTrace['a']) => `${x.col}:${x.textStart}`;
		const sides = (t: PairTrace) => (t.a.col === 0 ? [t.a, t.b] : [t.b, t.a]);
		const best = new Map<string, number[]>();
		for (const t of traces) for (const x of [t.a, t.b]) (best.get(key(x)) ?? best.set(key(x), []).get(key(x))!).push(t.similarity);
		const both = al.rows.filter((r) => r.cells[0] && r.cells[1]);
		const fan = new Map<string, number>();
		for (const r of both)
			for (const c of r.cells) fan.set(`${c!.report}:${c!.textStart}`, (fan.get(`${c!.report}:${c!.textStart}`) ?? 0) + 1);
		for (const r of both) {
			const [x, y] = [r.cells[0]!, r.cells[1]!];
			const lab = labels.find((l) => overlaps(x.start, x.end, l.a) && overlaps(y.start, y.end, l.b));
			const t = traces.find((t) => {
				const [u, v] = sides(t);
				return u.textStart === x.textStart && v.textStart === y.textStart;
			});
			const rank = (side: PairTrace['a']) => (t ? best.get(key(side))!.filter((s) => s > t.similarity).length : -1);
			const [u, v] = t ? sides(t) : [null, null];
			rowsOut.push({
				split: pair.split,
				half: h,
				pair: pair.name,
				topic,
				label: lab ? lab.strength : '-',
				sim: r.similarity,
				lit: t?.literal,
				matter: t?.matter,
				vec: t?.vector,
				top: t?.top,
				named: r.matter?.id ?? null,
				parts: u && v ? `${u.part}/${v.part}` : '',
				intro: u && v ? `${u.intro ? 1 : 0}${v.intro ? 1 : 0}` : '',
				pre: u && v ? `${u.preamble ? 1 : 0}${v.preamble ? 1 : 0}` : '',
				lenA: x.textEnd - x.textStart,
				lenB: y.textEnd - y.textStart,
				fanA: fan.get(`${x.report}:${x.textStart}`),
				fanB: fan.get(`${y.report}:${y.textStart}`),
				rankA: u ? rank(u) : -1,
				rankB: v ? rank(v) : -1,
				bestA: u ? Math.max(...best.get(key(u))!) : null,
				bestB: v ? Math.max(...best.get(key(v))!) : null,
				a: x.text.slice(0, width),
				b: y.text.slice(0, width)
			});
		}
	}
}
if (jat > 0) writeFileSync(process.argv[jat + 1], JSON.stringify(rowsOut));
else for (const r of rowsOut) console.log(JSON.stringify(r));
