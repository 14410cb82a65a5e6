/**
 * The load test (issue 13): `npm run bench -- load`. Loopback only and
 * bounded (each phase stops after a fixed number of requests or seconds).
 *
 * Starts the built app (`npm start`'s server; builds it if needed) on a free
 * port over a temporary corpus — the bundled reports plus national reports
 * from ../shared when present — with the disk cache off, then:
 *   1. RSS of the server (threads included) before;
 *   2. the library's idle latency (sequential requests): p50/p99;
 *   3. library, report, compare and diff pages under 20 connections:
 *      requests/s, p50/p99;
 *   4. the library's latency while four big uncached diffs run (the target:
 *      p99 ≤ 2× idle p99);
 *   5. RSS after.
 * BENCH_LOAD_WORKERS=0 DUIDU_LANES=0 runs the same with the worker pool and
 * the heavy lane off (everything on the one request thread, as before), for
 * the before/after comparison.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedDir } from './shared';
import { freePort } from '../scripts/lib/free-port.js';

const CONNECTIONS = 20;
const HOST = '127.0.0.1';

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function get(port: number, path: string, timeoutMs = 300_000): Promise<{ status: number; ms: number }> {
	const t = performance.now();
	return new Promise((resolve) => {
		const req = request({ host: HOST, port, path, agent, timeout: timeoutMs }, (res) => {
			res.on('data', () => {});
			res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => resolve({ status: 0, ms: performance.now() - t }));
		req.end();
	});
}

function pct(xs: number[], p: number): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** RSS of a process and its child processes (the heavy lane), threads included (Linux /proc). */
function rssMb(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		let kids = 0;
		for (const t of readdirSync(`/proc/${pid}/task`)) {
			for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) {
				if (/node/.test(readFileSync(`/proc/${c}/comm`, 'utf8'))) kids += rssMb(Number(c));
			}
		}
		return (m ? Number(m[1]) / 1024 : NaN) + kids;
	} catch {
		return NaN;
	}
}

/** `count` requests over `CONNECTIONS` connections (bounded by `maxMs`). */
async function hammer(port: number, paths: string[], count: number, maxMs: number) {
	const times: number[] = [];
	let errors = 0;
	const statuses = new Map<number, number>();
	let next = 0;
	const t0 = performance.now();
	const lane = async () => {
		while (next < count && performance.now() - t0 < maxMs) {
			const path = paths[next++ % paths.length];
			const r = await get(port, path);
			if (r.status !== 200) errors++;
			statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
			times.push(r.ms);
		}
	};
	await Promise.all(Array.from({ length: CONNECTIONS }, lane));
	const secs = (performance.now() - t0) / 1000;
	const bad = [...statuses].filter(([s]) => s !== 200).map(([s, n]) => `${n}×${s || 'no answer'}`);
	return {
		n: times.length,
		rps: times.length / secs,
		p50: pct(times, 50),
		p99: pct(times, 99),
		errors: bad.length ? `${errors} (${bad.join(', ')})` : '0'
	};
}

async function sequential(port: number, path: string, count: number) {
	const times: number[] = [];
	for (let i = 0; i < count; i++) times.push((await get(port, path)).ms);
	return { p50: pct(times, 50), p99: pct(times, 99) };
}

async function startServer(corpus: string, port: number, workers: string | undefined): Promise<ChildProcess> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST,
		DUIDU_REPORTS: corpus,
		DUIDU_CACHE: 'off',
		DUIDU_NO_BUILD: existsSync(join(repoRoot, 'build', 'handler.js')) ? '1' : '0'
	};
	if (workers !== undefined) env.DUIDU_WORKERS = workers;
	const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.js')], {
		cwd: repoRoot,
		env,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (d) => {
			out += d;
			if (out.includes('Listening on')) resolve();
		});
		child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
	});
	return child;
}

export async function run() {
	const corpus = mkdtempSync(join(tmpdir(), 'duidu-load-'));
	cpSync(join(repoRoot, 'reports'), corpus, { recursive: true });
	const national = join(sharedDir, 'corpus', 'national');
	const years = ['1954', '1955', '1956', '1957', '1958', '1959', '1978', '1979', '2022', '2023', '2024'];
	const have = existsSync(national);
	if (have) for (const y of years) cpSync(join(national, `${y}.txt`), join(corpus, `${y}.txt`));
	for (const f of ['manifest.json']) if (have && existsSync(join(national, f))) cpSync(join(national, f), join(corpus, f));
	const [a, b] = have ? ['2023', '2024'] : ['liaocheng-2020-gwr', 'liaocheng-2024-gwr-excerpt'];
	const bigPairs = have
		? [
				['1954', '1955'],
				['1956', '1957'],
				['1958', '1959'],
				['1978', '1979']
			]
		: [
				[a, b],
				[b, a],
				[a, 'yuncheng-2024-gwr-excerpt'],
				['yuncheng-2024-gwr-excerpt', b]
			];
	const variants = [
		'',
		'&punct=exact',
		'&space=exact',
		'&numbers=exact',
		'&punct=exact&space=exact',
		'&punct=exact&numbers=exact',
		'&space=exact&numbers=exact',
		'&punct=exact&space=exact&numbers=exact'
	];

	const workers = process.env.BENCH_LOAD_WORKERS;
	const lanes = process.env.DUIDU_LANES !== '0';
	const port = await freePort();
	const server = await startServer(corpus, port, workers);
	try {
		console.log(
			`server on ${HOST}:${port}, corpus: bundled reports${have ? ` + national ${years.join(' ')}` : ''}, disk cache off, worker threads: ${workers ?? 'default'}, heavy lane: ${lanes ? 'on' : 'off'}, load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')}`
		);
		// Warm: the first page of each kind (code paths, the worker threads, jieba).
		for (const p of ['/', `/reports/${a}`, `/diff?a=${a}&b=${b}`, `/compare?reports=${a},${b}`]) await get(port, p);
		const rssBefore = rssMb(server.pid!);
		const idle = await sequential(port, '/', 200);
		console.log(`RSS before: ${f1(rssBefore)} MB`);
		console.log(`library idle (200 sequential): p50 ${f1(idle.p50)} ms, p99 ${f1(idle.p99)} ms\n`);
		console.log(`| page (${CONNECTIONS} connections) | requests | req/s | p50 | p99 | errors |`);
		console.log('|---|---|---|---|---|---|');
		const pages: [string, string[], number][] = [
			['library /', ['/'], 400],
			['report /reports/ID', [`/reports/${a}`, `/reports/${b}`], 200],
			['compare', [`/compare?reports=${a},${b}`], 60],
			['diff', [`/diff?a=${a}&b=${b}`], 100]
		];
		for (const [name, paths, count] of pages) {
			const r = await hammer(port, paths, count, 60_000);
			console.log(`| ${name} | ${r.n} | ${f1(r.rps)} | ${f1(r.p50)} ms | ${f1(r.p99)} ms | ${r.errors} |`);
		}
		// 4. Four big uncached diffs (distinct pairs and options: no cache hits), the library asked meanwhile.
		const during: number[] = [];
		let running = true;
		const t0 = performance.now();
		const diffs = Promise.all(
			bigPairs.map(async ([x, y], k) => {
				const r = await get(port, `/diff?a=${x}&b=${y}${variants[(k + 1) % variants.length]}`);
				return r;
			})
		).finally(() => (running = false));
		while (running && performance.now() - t0 < 300_000) {
			during.push((await get(port, '/')).ms);
			await new Promise((r) => setTimeout(r, 20));
		}
		const done = await diffs;
		const p99 = pct(during, 99);
		console.log(
			`\nfour big diffs (${bigPairs.map((p) => p.join('→')).join(', ')}): ${f1((performance.now() - t0) / 1000)} s, statuses ${done.map((d) => d.status).join(' ')}`
		);
		console.log(
			`library meanwhile (${during.length} requests): p50 ${f1(pct(during, 50))} ms, p99 ${f1(p99)} ms — ${f1(p99 / idle.p99)}× idle p99 (target ≤ 2×)`
		);
		console.log(
			`RSS after: ${f1(rssMb(server.pid!))} MB (load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')})`
		);
	} finally {
		server.kill('SIGTERM');
		agent.destroy();
		rmSync(corpus, { recursive: true, force: true });
	}
}
