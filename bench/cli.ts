/**
 * `npm run bench -- cli`: start-up of the command line as a user meets it —
 * whole processes through the `duidu` bin, run as an executable as `duidu` /
 * `npx duidu` run it (its `#!/usr/bin/env -S node …` line, with this
 * bench's Node first on PATH; bin/duidu.js → build/cli/main.js, rebuilt
 * first so the bundle is the current code), each run a fresh process:
 *   - `node -e 0`: the floor (Node itself starting);
 *   - `duidu parse` and `parse --json` of the 2024 national report, cold
 *     (no cache: DUIDU_CACHE=off) and warm (the result cache holds the run);
 *   - `duidu diff --json` of the 2023 and 2024 national reports: cold (a new,
 *     empty DUIDU_CACHE each run: both reports are parsed, the segmenter
 *     loads its lexicon, the engine runs), with both parses cached (a new
 *     result, e.g. other options: the engine runs), and warm (the finished
 *     result is cached: src/cli/result-cache.ts).
 * Medians of BENCH_RUNS (default 9) runs: wall time; CPU time (user +
 * system of the child, from /proc/self/stat on Linux, in 10 ms ticks) which
 * a loaded machine stretches less than wall time; and the CPU time of the
 * child's main thread alone (a preload prints it on exit), which is what the
 * wall time comes to on an idle machine: the rest of the CPU time is V8
 * compiling and collecting on background threads, on other cores. The load average is printed before and
 * after. Targets (issue 14): parse ≤ 150 ms, diff of two national reports
 * ≤ 250 ms.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
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
	/** CPU time of the child's main thread alone (Linux): what its wall time comes to on an idle machine, where V8's background compilers and GC helpers run on the other cores. */
	main: number | null;
}

/**
 * A preload (`NODE_OPTIONS=--require`) that prints the main thread's CPU
 * time on exit, from /proc/self/task/PID/schedstat (nanoseconds on the CPU);
 * one tiny CommonJS file, printed after the CLI's own output and its caches
 * are written. Null where /proc is not there.
 */
function mainThreadProbe(dir: string): string | null {
	if (!existsSync(`/proc/self/task/${process.pid}/schedstat`)) return null;
	const file = join(dir, 'main-thread.cjs');
	writeFileSync(
		file,
		`process.on('exit', () => { try { const t = require('fs').readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8'); process.stderr.write('\\nduidu-bench-main-thread ' + Number(t.split(' ')[0]) / 1e6 + '\\n'); } catch {} });\n`
	);
	return file;
}

/** `args[0]` is the program: the bin (run through its shebang) or `node`. */
function runOnce([file, ...args]: string[], env: NodeJS.ProcessEnv): Timing {
	const cpu0 = childCpuMs();
	const t = performance.now();
	const r = spawnSync(file, args, { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 256 << 20 });
	const wall = performance.now() - t;
	const cpu1 = childCpuMs();
	if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
	const main = /duidu-bench-main-thread ([\d.]+)/.exec(r.stderr);
	return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, main: main ? Number(main[1]) : null };
}

function report(label: string, runs: Timing[], target?: number) {
	const wall = median(runs.map((r) => r.wall));
	const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
	const cpu = cpus.length ? median(cpus) : NaN;
	const mains = runs.map((r) => r.main).filter((c): c is number => c !== null);
	const main = mains.length ? median(mains) : NaN;
	const goal = target
		? `   target ≤ ${target} ms: ${wall <= target ? 'holds' : 'misses'} (wall)${cpus.length ? `, ${cpu <= target ? 'holds' : 'misses'} (cpu)` : ''}${mains.length ? `, ${main <= target ? 'holds' : 'misses'} (main thread)` : ''}`
		: '';
	console.log(
		`${label.padEnd(44)} wall median ${ms(wall).padStart(8)}  cpu median ${cpus.length ? ms(cpu).padStart(8) : '   n/a'}  main thread ${mains.length ? ms(main).padStart(8) : '   n/a'}  (${runs.length} runs)${goal}`
	);
	return { wall, cpu };
}

const load = () =>
	loadavg()
		.map((x) => x.toFixed(1))
		.join(', ');

export async function run() {
	const n = Number(process.env.BENCH_RUNS ?? 9);
	const bin = join(repoRoot, 'bin', 'duidu.js');
	const dir = join(sharedDir, 'corpus', 'national');
	const [a, b] = [join(dir, '2023.txt'), join(dir, '2024.txt')];
	if (!existsSync(a) || !existsSync(b)) {
		console.log(`skipped: needs ${a} and ${b} (../shared)`);
		return;
	}
	console.log('building the CLI bundle (scripts/build.js buildCli)…');
	await (await import('../scripts/build.js')).buildCli();
	// The bin's shebang finds `node` on PATH: this bench's Node (the project's, under npm run).
	const probeDir = mkdtempSync(join(tmpdir(), 'duidu-bench-probe-'));
	const probe = mainThreadProbe(probeDir);
	const env = {
		...process.env,
		NO_COLOR: '1',
		PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
		...(probe ? { NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(probe)}`].filter(Boolean).join(' ') } : {})
	};
	const times = (args: string[], e: NodeJS.ProcessEnv = env) => Array.from({ length: n }, () => runOnce(args, e));
	const fresh = (args: string[], prepare: (cache: string) => void = () => {}) =>
		Array.from({ length: n }, () => {
			const cache = mkdtempSync(join(tmpdir(), 'duidu-bench-cli-'));
			try {
				prepare(cache);
				return runOnce(args, { ...env, DUIDU_CACHE: cache });
			} finally {
				rmSync(cache, { recursive: true, force: true });
			}
		});
	const warm = (args: string[]) => {
		const cache = mkdtempSync(join(tmpdir(), 'duidu-bench-cli-'));
		try {
			runOnce(args, { ...env, DUIDU_CACHE: cache });
			return times(args, { ...env, DUIDU_CACHE: cache });
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	};

	console.log(
		`whole processes via bin/duidu.js, node ${process.version}, ${n} runs each; 2023.txt ${readFileSync(a, 'utf8').length} and 2024.txt ${readFileSync(b, 'utf8').length} chars; load average ${load()}\n`
	);
	const floor = report('node -e 0 (Node alone)', times([process.execPath, '-e', '0']));
	const parseCold = report('duidu parse 2024 (no cache)', times([bin, 'parse', b], { ...env, DUIDU_CACHE: 'off' }), 150);
	const parseWarm = report('duidu parse 2024 (warm)', warm([bin, 'parse', b]), 150);
	report('duidu parse --json 2024 (no cache)', times([bin, 'parse', b, '--json'], { ...env, DUIDU_CACHE: 'off' }), 150);
	report('duidu parse --json 2024 (warm)', warm([bin, 'parse', b, '--json']), 150);

	const diff = [bin, 'diff', a, b, '--json'];
	const diffCold = report('duidu diff 2023 2024 (cold, empty cache)', fresh(diff), 250);
	// The same started as `node bin/duidu.js`: without the bin's V8 flags (its shebang line).
	report('node bin/duidu.js diff … (cold, no bin flags)', fresh([process.execPath, ...diff]), 250);
	// An earlier run's parses, no finished result: what a new option or a new pair sharing a report costs.
	const earlier = mkdtempSync(join(tmpdir(), 'duidu-bench-cli-'));
	let diffParsed;
	try {
		runOnce(diff, { ...env, DUIDU_CACHE: earlier });
		diffParsed = report(
			'duidu diff 2023 2024 (parses cached)',
			fresh(diff, (cache) => cpSync(join(earlier, 'parses'), join(cache, 'parses'), { recursive: true })),
			250
		);
	} finally {
		rmSync(earlier, { recursive: true, force: true });
	}
	const diffWarm = report('duidu diff 2023 2024 (warm)', warm(diff), 250);
	const x = (t: { wall: number }) => (t.wall / floor.wall).toFixed(1);
	console.log(
		`\nratios to Node alone (wall): parse ${x(parseCold)}× cold, ${x(parseWarm)}× warm; diff ${x(diffCold)}× cold, ${x(diffParsed)}× parses cached, ${x(diffWarm)}× warm`
	);
	console.log(`load average after: ${load()}`);
	rmSync(probeDir, { recursive: true, force: true });
}
