/**
 * `npm run bench -- cli`: start-up of the command line as a user meets it —
 * whole processes through the `duidu` bin (bin/duidu.js → build/cli/main.js,
 * built first if missing), each run a fresh `node`:
 *   - `node -e 0`: the floor (Node itself starting);
 *   - `duidu parse` of the 2024 national report;
 *   - `duidu diff --json` of the 2023 and 2024 national reports, with a cold
 *     segmentation cache (a new DUIDU_CACHE each run: jieba loads and builds
 *     its dictionary) and a warm one (the cache the first run filled).
 * Medians of BENCH_RUNS (default 9) runs: wall time, and CPU time (user +
 * system of the child, from /proc/self/stat on Linux) which a loaded machine
 * stretches less than wall time. Targets (issue 14): parse ≤ 150 ms, diff of
 * two national reports ≤ 250 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ms, repoRoot, sharedDir } from './shared';

/** CPU seconds of the waited-for children of this process (Linux), or null. */
function childCpuMs(): number | null {
	try {
		// Fields after the command name: cutime and cstime are the 14th and 15th.
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // USER_HZ is 100 on Linux
	} catch {
		return null;
	}
}

interface Timing {
	wall: number;
	cpu: number | null;
}

function runOnce(args: string[], env: NodeJS.ProcessEnv): Timing {
	const cpu0 = childCpuMs();
	const t = performance.now();
	const r = spawnSync(process.execPath, args, { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 256 << 20 });
	const wall = performance.now() - t;
	const cpu1 = childCpuMs();
	if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
	return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function report(label: string, runs: Timing[], target?: number) {
	const wall = median(runs.map((r) => r.wall));
	const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
	const cpu = cpus.length ? median(cpus) : NaN;
	const goal = target
		? `   target ≤ ${target} ms: ${wall <= target ? 'holds' : 'misses'} (wall)${cpus.length ? `, ${cpu <= target ? 'holds' : 'misses'} (cpu)` : ''}`
		: '';
	console.log(
		`${label.padEnd(34)} wall median ${ms(wall).padStart(8)}  cpu median ${cpus.length ? ms(cpu).padStart(8) : '   n/a'}  (${runs.length} runs)${goal}`
	);
	return { wall, cpu };
}

export async function run() {
	const n = Number(process.env.BENCH_RUNS ?? 9);
	const bin = join(repoRoot, 'bin', 'duidu.js');
	if (!existsSync(join(repoRoot, 'build', 'cli', 'main.js'))) {
		console.log('building the CLI bundle (scripts/build.js --bundles)…');
		spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.js'), '--bundles'], { cwd: repoRoot, stdio: 'inherit' });
	}
	const dir = join(sharedDir, 'corpus', 'national');
	const [a, b] = [join(dir, '2023.txt'), join(dir, '2024.txt')];
	if (!existsSync(a) || !existsSync(b)) {
		console.log(`skipped: needs ${a} and ${b} (../shared)`);
		return;
	}
	const env = { ...process.env, NO_COLOR: '1' };
	const times = (args: string[], e: NodeJS.ProcessEnv = env) => Array.from({ length: n }, () => runOnce(args, e));

	console.log(
		`whole processes via bin/duidu.js, node ${process.version}, ${n} runs each; 2023.txt ${readFileSync(a, 'utf8').length} and 2024.txt ${readFileSync(b, 'utf8').length} chars\n`
	);
	const floor = report('node -e 0 (Node alone)', times(['-e', '0']));
	const parse = report('duidu parse 2024', times([bin, 'parse', b]), 150);
	report('duidu parse 2024 --json', times([bin, 'parse', b, '--json']), 150);

	const cold = Array.from({ length: n }, () => {
		const cache = mkdtempSync(join(tmpdir(), 'duidu-bench-cli-'));
		try {
			return runOnce([bin, 'diff', a, b, '--json'], { ...env, DUIDU_CACHE: cache });
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});
	const diffCold = report('duidu diff 2023 2024 (cold cache)', cold, 250);
	const warmDir = mkdtempSync(join(tmpdir(), 'duidu-bench-cli-'));
	try {
		runOnce([bin, 'diff', a, b, '--json'], { ...env, DUIDU_CACHE: warmDir });
		const diffWarm = report(
			'duidu diff 2023 2024 (warm cache)',
			times([bin, 'diff', a, b, '--json'], { ...env, DUIDU_CACHE: warmDir }),
			250
		);
		console.log(
			`\nratios to Node alone (wall): parse ${(parse.wall / floor.wall).toFixed(1)}×, diff cold ${(diffCold.wall / floor.wall).toFixed(1)}×, diff warm ${(diffWarm.wall / floor.wall).toFixed(1)}×; warm vs cold diff: ${(diffCold.wall / diffWarm.wall).toFixed(1)}× faster`
		);
	} finally {
		rmSync(warmDir, { recursive: true, force: true });
	}
}
