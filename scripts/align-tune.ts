/**
 * Grid search of the alignment knobs on the tuning set only: the DEV split, or
 * the seen splits named in SPLITS (SPLITS=dev,heldout17,heldout18,heldout19,heldout20,heldout21,heldout22,heldout23; a
 * blind held-out is never looked at here). Prints the settings by F1 (recall
 * weighted ×1, precision ×1), best last.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-tune.ts
 * Each setting is also scored on the two halves of the tuning set (alternate
 * pairs in file order, as scripts/align-errors.ts --half; dev's halves are the
 * same with or without the held-out rounds): write a rule on one half's errors,
 * judge it on the other. HALF=0|1 ranks by that half alone.
 */
import { evaluatePairs, total, tuningPairs } from '../tests/corpus/align-eval';

// The grid is read from GRID (JSON) when set, e.g. GRID='{"vectorWeight":[0,0.4,0.6]}'.
const grid: Record<string, number[]> = process.env.GRID
	? JSON.parse(process.env.GRID)
	: {
			vectorWeight: [0, 0.3, 0.4, 0.5, 0.6],
			vectorBlend: [0, 0.25, 0.5],
			vectorFloor: [0, 0.3]
		};
const keys = Object.keys(grid);
const results: { o: Record<string, number>; r: number; p: number; f: number }[] = [];
const tuning = tuningPairs();
const halfOf = new Map(tuning.map(({ pair, half }) => [pair.name, half]));
const rank = process.env.HALF === undefined ? null : Number(process.env.HALF);
const counts = (t: ReturnType<typeof total>) => `${t.found}/${t.strong},${t.right}/${t.matched}`;
const fmt = (t: ReturnType<typeof total>) => `${(t.recall * 100).toFixed(1)}/${(t.precision * 100).toFixed(1)}`;
const combos: Record<string, number>[] = [{}];
for (const k of keys) combos.splice(0, combos.length, ...combos.flatMap((c) => grid[k].map((v) => ({ ...c, [k]: v }))));
for (const o of combos) {
	const res = await evaluatePairs((p) => halfOf.has(p.name), o);
	const halves = [0, 1].map((h) => total(res.filter((x) => halfOf.get(x.pair.name) === h).map((x) => x.score)));
	const t = rank === null ? total(res.map((x) => x.score)) : halves[rank];
	results.push({ o, r: t.recall, p: t.precision, f: (2 * t.recall * t.precision) / (t.recall + t.precision) });
	const x = results[results.length - 1];
	console.error(
		JSON.stringify(o),
		`recall ${(x.r * 100).toFixed(1)} precision ${(x.p * 100).toFixed(1)} F ${(x.f * 100).toFixed(1)} | half0 ${fmt(halves[0])} half1 ${fmt(halves[1])} | ${counts(halves[0])} ${counts(halves[1])}`
	);
}
results.sort((a, b) => a.f - b.f);
for (const x of results.slice(-15))
	console.log(JSON.stringify(x.o), `recall ${(x.r * 100).toFixed(1)} precision ${(x.p * 100).toFixed(1)} F ${(x.f * 100).toFixed(1)}`);
