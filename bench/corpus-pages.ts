/**
 * `npm run bench -- corpus-pages`: the pages of issue 11 that were slow at the
 * public collection's size (../shared/corpus/gov, 2,908 reports), each served
 * by the built server over an index that holds every report (DUIDU_BENCH_DB_GOV,
 * default /tmp/duidu-gov.sqlite; built first if missing, which takes minutes).
 *
 * For each run (DUIDU_BENCH_RUNS, default 3) a fresh server is started and
 * left to finish its start-up work (the tree reconciled behind the catalog,
 * the CPU idle); then each page is asked twice: the first request is "cold"
 * (nothing of it in the server's memory; what earlier runs stored in the
 * index stays there, as it does for a user), the second "warm". Server CPU
 * time is read from /proc (all threads, workers included) — the figure to
 * compare with the ≤ 300 ms target on this shared machine, where wall time
 * is several times it — and the HTML size is the response's bytes.
 * Medians over the runs are printed. DUIDU_BENCH_PAGES=REGEXP measures only the
 * pages whose path matches (`^/reports/[^/]*$` for the report pages).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { CorpusStore } from '../src/lib/server/corpus';
import { cpuOf, ensureBuild, get, startBuiltServer } from './corpus';
import { median, sharedDir } from './util';

/** The pages measured; `lazy` ones are what a page fetches after it is shown (a panel of its own). */
const PAGES: { name: string; path: string }[] = [
	{ name: 'term trend, every region of 2024', path: '/rhetoric?year=2024&terms=高质量发展,新质生产力' },
	{ name: '  its report panel (new/vanished terms, 提法)', path: '/rhetoric/changes?year=2024&terms=高质量发展,新质生产力' },
	{ name: 'term trend, the national series', path: '/rhetoric?region=中华人民共和国&terms=改革开放,新质生产力' },
	{ name: 'figures, national (70 years)', path: '/figures?region=中华人民共和国' },
	{ name: 'figures, national, page 5', path: '/figures?region=中华人民共和国&page=5' },
	{ name: 'figures, 浙江省 (46 reports)', path: '/figures?region=浙江省' },
	{ name: 'report, national 2024', path: '/reports/中华人民共和国-2024' },
	{ name: 'report, 聊城市 2023', path: '/reports/聊城市-2023' },
	{ name: 'report, 洛阳市 2022', path: '/reports/洛阳市-2022' },
	{ name: "a report's figures, national 2023", path: '/reports/中华人民共和国-2023/figures' },
	{ name: "a report's figures, 浙江省 2020", path: '/reports/浙江省-2020/figures' },
	{ name: "a report's figures, 浙江省 2020, page 3", path: '/reports/浙江省-2020/figures?page=3' },
	{ name: "a report's figures, 东莞市 2025 (210)", path: '/reports/东莞市-2025/figures' },
	{ name: 'spread of 新质生产力', path: '/spread?term=新质生产力' }
];

/** Wait until the server's CPU stops moving (start-up work done): 1 s without 20 ms of CPU, at most 120 s. */
async function idle(pid: number) {
	const until = Date.now() + 120_000;
	let last = cpuOf(pid);
	while (Date.now() < until) {
		await new Promise((r) => setTimeout(r, 1000));
		const now = cpuOf(pid);
		if (now - last < 0.02) return;
		last = now;
	}
}

const panelsOn = process.env.DUIDU_PANELS !== 'off';

async function startServer(dir: string, db: string): Promise<{ child: ChildProcess; base: string; tables: Promise<string> }> {
	const { child, base } = await startBuiltServer(dir, db);
	// The background pass (work/year-tables.ts) says when its year tables are done, and then when every
	// report's panel is (unless DUIDU_PANELS=off), one line each: the pages are asked after both.
	const wanted = panelsOn ? /duidu: year tables: [^\n]*\n[^]*duidu: panels: [^\n]*/ : /duidu: year tables: [^\n]*/;
	const tables = new Promise<string>((resolve) => {
		let out = '';
		const timer = setTimeout(() => resolve('(no end of the background pass in 60 min)'), 60 * 60_000);
		const on = (d: Buffer) => {
			out += d.toString();
			const m = wanted.exec(out);
			if (m)
				(clearTimeout(timer),
					resolve(
						m[0]
							.split('\n')
							.filter((l) => l.startsWith('duidu: '))
							.join('; ')
					));
		};
		child.stdout!.on('data', on);
		child.stderr!.on('data', on);
	});
	return { child, base, tables };
}

/**
 * Report pages for the first-view measure (DUIDU_BENCH_FIRST=N): a city report of each of the N latest
 * years that have one, picked by a fixed stride over the year's cities (not the pages of PAGES).
 */
function firstViewReports(store: CorpusStore, n: number): string[] {
	const byYear = new Map<number, string[]>();
	for (const e of store.list())
		if (e.meta.level === 'city' && e.meta.year) byYear.set(e.meta.year, [...(byYear.get(e.meta.year) ?? []), e.id]);
	const skip = new Set(PAGES.map((p) => decodeURIComponent(p.path.replace(/^\/reports\//, ''))));
	return [...byYear.keys()]
		.sort((a, b) => b - a)
		.slice(0, n)
		.map((y) => {
			const ids = byYear
				.get(y)!
				.filter((id) => !skip.has(id))
				.sort();
			return ids[(y * 37) % ids.length];
		})
		.filter(Boolean);
}

/**
 * One request: wall time and server CPU to the first byte (the page shown; a panel the server
 * streams after it is still coming) and to the end of the response, and its size.
 */
async function timed(base: string, path: string, pid: number) {
	const c0 = cpuOf(pid);
	const t = performance.now();
	const res = await fetch(base + encodeURI(path));
	const reader = res.body!.getReader();
	let bytes = 0;
	let firstMs = 0;
	let firstCpu = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (!firstMs) ((firstMs = performance.now() - t), (firstCpu = cpuOf(pid) - c0));
		if (done) break;
		bytes += value.byteLength;
	}
	return { status: res.status, bytes, firstMs, firstCpu, ms: performance.now() - t, cpu: cpuOf(pid) - c0 };
}

interface Sample {
	firstCpu: number;
	coldMs: number;
	coldCpu: number;
	warmMs: number;
	warmCpu: number;
	bytes: number;
	status: number;
}

export async function run() {
	const dir = join(sharedDir(), 'corpus', 'gov');
	const db = process.env.DUIDU_BENCH_DB_GOV ?? '/tmp/duidu-gov.sqlite';
	const runs = Number(process.env.DUIDU_BENCH_RUNS ?? 3);
	if (!existsSync(db)) console.log(`indexing ${dir} into ${db} first (minutes)…`);
	// Bring the index up to date with the tree and the code (a changed parser re-indexes).
	const store = await new CorpusStore({ dirs: [dir], db }).load();
	const first = firstViewReports(store, Number(process.env.DUIDU_BENCH_FIRST ?? 0));
	// The longest reports (DUIDU_BENCH_SIZES=N): their pages' bytes, the largest pages of the collection.
	const longest = [...store.list()]
		.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))
		.slice(0, Number(process.env.DUIDU_BENCH_SIZES ?? 0))
		.map((e) => e.id);
	store.close();
	ensureBuild();
	const only = process.env.DUIDU_BENCH_PAGES;
	const pages = only ? PAGES.filter((p) => new RegExp(only).test(p.path)) : first.length || longest.length ? [] : PAGES;
	const samples = new Map<string, Sample[]>(pages.map((p) => [p.path, []]));
	for (let r = 0; r < runs; r++) {
		const { child, base, tables } = await startServer(dir, db);
		try {
			// Every year's n-gram table is built (or found kept) before the pages are asked: server CPU and wall of the wait.
			const c0 = cpuOf(child.pid!);
			const t0 = performance.now();
			const line = await tables;
			console.log(
				`  run ${r + 1} ${line}; server CPU ${cpuOf(child.pid!) - c0 > 0 ? ((cpuOf(child.pid!) - c0) * 1000).toFixed(0) : 0} ms, wall ${((performance.now() - t0) / 1000).toFixed(1)} s from listening (start-up work included; load ${loadavg()[0].toFixed(1)})`
			);
			await get(base, '/');
			if (first.length) await firstViews(base, child.pid!, first, r);
			if (longest.length && r === 0) await pageSizes(base, longest);
			for (const p of pages) {
				await idle(child.pid!);
				const a = await timed(base, p.path, child.pid!);
				// Whatever the first request left running (a streamed panel's table) ends before the second.
				await idle(child.pid!);
				const b = await timed(base, p.path, child.pid!);
				samples.get(p.path)!.push({
					firstCpu: a.firstCpu,
					coldMs: a.ms,
					coldCpu: a.cpu,
					warmMs: b.ms,
					warmCpu: b.cpu,
					bytes: b.bytes,
					status: b.status
				});
				console.log(
					`  run ${r + 1} ${p.path}: ${a.status} cold ${a.ms.toFixed(0)} ms (CPU ${(a.cpu * 1000).toFixed(0)} ms; first byte ${a.firstMs.toFixed(0)} ms, CPU ${(a.firstCpu * 1000).toFixed(0)} ms), warm ${b.ms.toFixed(0)} ms (CPU ${(b.cpu * 1000).toFixed(0)} ms), ${(b.bytes / 1024).toFixed(0)} KB`
				);
			}
		} finally {
			child.kill('SIGTERM');
		}
	}
	const rows = pages.map((p) => {
		const s = samples.get(p.path)!;
		const m = (f: (x: Sample) => number) => median(s.map(f));
		return {
			page: p.name,
			path: p.path,
			status: s.map((x) => x.status).join('/'),
			'cold CPU ms: first byte': Math.round(m((x) => x.firstCpu) * 1000),
			'cold CPU ms': Math.round(m((x) => x.coldCpu) * 1000),
			'warm CPU ms': Math.round(m((x) => x.warmCpu) * 1000),
			'cold wall ms': Math.round(m((x) => x.coldMs)),
			'warm wall ms': Math.round(m((x) => x.warmMs)),
			KB: Math.round(m((x) => x.bytes) / 1024)
		};
	});
	console.log(`\nmedians of ${runs} server starts (server CPU from /proc, workers included; target ≤ 300 ms, ≤ 300 KB):`);
	console.table(rows);
}

/**
 * The first view of each report in `ids` on this server (one request each, after the server is idle):
 * the whole response (the panel streamed after the first byte when it is not kept) in server CPU and
 * wall, the first byte, the bytes. Each report is of another year, so each is also the first of its
 * year in this process (its table not in a worker's memory).
 */
async function firstViews(base: string, pid: number, ids: string[], run: number) {
	const rows = [];
	for (const id of ids) {
		await idle(pid);
		const a = await timed(base, `/reports/${id}`, pid);
		rows.push({
			report: id,
			status: a.status,
			'CPU ms': Math.round(a.cpu * 1000),
			'wall ms': Math.round(a.ms),
			'first byte CPU ms': Math.round(a.firstCpu * 1000),
			'first byte wall ms': Math.round(a.firstMs),
			KB: Math.round(a.bytes / 1024)
		});
	}
	console.log(
		`\nrun ${run + 1}: first view of ${ids.length} reports of different years (panels ${panelsOn ? 'precomputed by the pass' : 'off: computed on request'}; load ${loadavg()[0].toFixed(1)})`
	);
	console.table(rows);
	const col = (k: 'CPU ms' | 'wall ms' | 'first byte CPU ms' | 'KB') => rows.map((x) => x[k]);
	const sorted = (k: 'CPU ms' | 'wall ms' | 'first byte CPU ms' | 'KB') => [...col(k)].sort((a, b) => a - b);
	for (const k of ['CPU ms', 'wall ms', 'first byte CPU ms', 'KB'] as const)
		console.log(`  ${k}: median ${median(col(k))}, min ${sorted(k)[0]}, max ${sorted(k).at(-1)}`);
}

/** The HTML bytes of the report pages of `ids` (the whole response, a streamed panel included): the distribution and the largest. */
async function pageSizes(base: string, ids: string[]) {
	const sizes: { id: string; kb: number }[] = [];
	for (const id of ids) {
		const a = await get(base, `/reports/${id}`);
		sizes.push({ id, kb: a.bytes / 1024 });
	}
	sizes.sort((a, b) => b.kb - a.kb);
	const kb = sizes.map((x) => x.kb).sort((a, b) => a - b);
	const q = (p: number) => kb[Math.min(kb.length - 1, Math.floor(p * kb.length))].toFixed(0);
	console.log(
		`\npage bytes of the ${ids.length} longest reports: median ${q(0.5)} KB, p90 ${q(0.9)} KB, max ${q(1)} KB; over 300 KB: ${kb.filter((x) => x > 300).length}`
	);
	console.table(sizes.slice(0, 10).map((x) => ({ report: x.id, KB: Math.round(x.kb) })));
}
