/**
 * Linearity (issue 13): every step of reading on 1×, 4× and 16× a national
 * report (the 2024 text repeated; the diff and alignment pair it with 2023),
 * each measurement in a fresh process (bench/linear-step.ts) so memory is
 * its own. Prints the median time of 3 runs and the peak RSS growth, with
 * their ratios to 1×: linear is ≈4 and ≈16, n·log n a little more,
 * quadratic ≈16 and ≈256. Needs ../shared (DUIDU_SHARED).
 *   npm run bench -- linear          (BENCH_LINEAR_STEPS=parse,diff to choose)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './shared';

const STEPS = (process.env.BENCH_LINEAR_STEPS ?? 'parse,topics,figures,lint,diff,align').split(',');
const SIZES = [1, 4, 16];

interface Point {
	n: number;
	chars: number;
	ms: number;
	peakMb: number;
}

function measure(step: string, n: number): Point {
	const out = execFileSync(
		process.execPath,
		['--expose-gc', '--import', 'tsx', join(repoRoot, 'bench', 'linear-step.ts'), step, String(n), n >= 16 ? '1' : '3'],
		{
			cwd: repoRoot,
			encoding: 'utf8',
			timeout: 600_000,
			maxBuffer: 1 << 20
		}
	);
	return JSON.parse(out.trim().split('\n').pop()!) as Point;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export async function run() {
	console.log('| step | size | characters | time (median) | × 1× | peak RSS growth | × 1× |');
	console.log('|---|---|---|---|---|---|---|');
	for (const step of STEPS) {
		const points = SIZES.map((n) => measure(step, n));
		const base = points[0];
		for (const p of points) {
			// Memory at 1× is within the noise of the heap's own growth: ratios use at least 1 MB.
			const memRatio = p.peakMb / Math.max(1, base.peakMb);
			console.log(
				`| ${step} | ${p.n}× | ${p.chars.toLocaleString('en')} | ${fmt(p.ms)} ms | ${fmt(p.ms / base.ms)} | ${fmt(p.peakMb)} MB | ${fmt(memRatio)} |`
			);
		}
	}
}
