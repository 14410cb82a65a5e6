/**
 * Grid search of the alignment knobs on the DEV split only (held-out is
 * never looked at here). Prints the settings by F1 (recall weighted ×1,
 * precision ×1), best last.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-tune.ts
 */
import { evaluatePairs, total } from '../tests/corpus/align-eval';

const grid: Record<string, number[]> = {
	threshold: [0.17, 0.2, 0.25],
	matterWeight: [0.8, 0.9, 1],
	crossPart: [0.1, 0.2, 0.4],
	near: [0.8, 0.9],
	minMass: [4, 5.5],
	introFactor: [0.6, 0.85],
	focusWeight: [0, 0.55, 0.7]
};
const keys = Object.keys(grid);
const results: { o: Record<string, number>; r: number; p: number; f: number }[] = [];
const combos: Record<string, number>[] = [{}];
for (const k of keys) combos.splice(0, combos.length, ...combos.flatMap((c) => grid[k].map((v) => ({ ...c, [k]: v }))));
for (const o of combos) {
	const t = total((await evaluatePairs((p) => p.split === 'dev', o)).map((x) => x.score));
	results.push({ o, r: t.recall, p: t.precision, f: (2 * t.recall * t.precision) / (t.recall + t.precision) });
}
results.sort((a, b) => a.f - b.f);
for (const x of results.slice(-15))
	console.log(JSON.stringify(x.o), `recall ${(x.r * 100).toFixed(1)} precision ${(x.p * 100).toFixed(1)} F ${(x.f * 100).toFixed(1)}`);
