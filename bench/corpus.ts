/**
 * `npm run bench -- corpus`: the corpus index at the size of the public
 * collection (../shared/corpus/gov, ~2,900 reports) and of a synthetic
 * 30,000-report tree made from it by bench/synth-corpus.ts (outside the
 * repository, default /tmp/duidu-synth-30k).
 *
 * For each tree: cold index (an empty index file; only when the index file is
 * missing or DUIDU_BENCH_COLD=1 — the 30,000 tree takes long), warm start
 * in-process (scan + file rows, median of 3), then the built server over the
 * same index: time to its first library page, a scripted session (library
 * pages, 30+ searches, a term trend over every region of a year, the
 * national figures page, reports), each page's time and HTML size (first and
 * second request), search p50/p99, and the server's RSS at the end.
 *
 * Index files: DUIDU_BENCH_DB_GOV (default /tmp/duidu-gov.sqlite) and
 * DUIDU_BENCH_DB_SYNTH (default /tmp/duidu-synth-30k.sqlite).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusStore } from '../src/lib/server/corpus';
import { searchCorpus } from '../src/lib/server/search';
import { removeIndexFiles, shardPath } from '../src/lib/server/store/sqlite';
import { readSearchQuery } from '../src/lib/urls/search';
import { median, sharedDir } from './util';
import { freePort } from '../scripts/lib/free-port.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const TERMS = [
	'城市更新',
	'新质生产力',
	'高质量发展',
	'乡村振兴',
	'营商环境',
	'数字经济',
	'碳达峰',
	'共同富裕',
	'一带一路',
	'人工智能',
	'专精特新',
	'城中村改造',
	'低空经济',
	'双循环',
	'保障性住房',
	'老旧小区改造',
	'生态文明',
	'国企改革',
	'脱贫攻坚',
	'科技创新',
	'供给侧结构性改革',
	'放管服',
	'稳增长',
	'新型城镇化',
	'自贸试验区',
	'京津冀',
	'长江经济带',
	'粤港澳大湾区',
	'黄河流域',
	'实体经济'
];
const SEARCHES = [
	...TERMS.map((t) => `q=${t}`),
	'q=城市更新&level=city&year=2024',
	'q=新质生产力&level=provincial',
	'q=城市更新 新质生产力',
	'q=乡村振兴&province=山东省',
	'q=高质量发展&year=2020',
	'q=营商环境&level=city&page=3',
	'q=改革',
	'q=5G',
	'q=碳 汇'
];

function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The built server, rebuilt when missing or when a source is newer (as `npm start` does). */
/** The worker threads' bundle, as `npm start` names it (without it the built server runs every job on its request thread). */
export const workerBundle = join(root, 'build', 'work', 'worker.js');

/**
 * The built server over `dir` with its index `db` and its worker bundle, on a free port, once it
 * says it listens (its output stays readable: more listeners may follow it).
 */
export async function startBuiltServer(dir: string, db: string) {
	const port = await freePort();
	const child = spawn(process.execPath, [join(root, 'build', 'index.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DUIDU_REPORTS: dir, DUIDU_DB: db, DUIDU_WORKER_BUNDLE: workerBundle },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	try {
		await new Promise<void>((resolve, reject) => {
			let out = '';
			const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 120_000);
			const on = (d: Buffer) => {
				out += d.toString();
				if (/Listening on/.test(out)) (clearTimeout(timer), resolve());
			};
			child.stdout.on('data', on);
			child.stderr.on('data', on);
			child.once('exit', (c) => reject(new Error(`server exited ${c}: ${out}`)));
		});
	} catch (e) {
		child.kill('SIGTERM');
		throw e;
	}
	return { child, base: `http://127.0.0.1:${port}` };
}

/** The built server and its worker bundle, as `npm run build` makes them (vite empties build/, so the bundle comes after it). */
export function ensureBuild() {
	const entry = join(root, 'build', 'index.js');
	if (existsSync(entry) && existsSync(workerBundle) && process.env.DUIDU_NO_BUILD === '1') return;
	const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('build failed');
	const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.js'), '--bundles'], { cwd: root, stdio: 'inherit' });
	if (b.status !== 0) throw new Error('the worker bundle did not build');
}

export function rssMb(pid: number): number {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** CPU seconds (user + system) a process has used, from /proc. */
export function cpuOf(pid: number): number {
	const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(f[11]) + Number(f[12])) / 100;
}

/**
 * CPU seconds of each thread of this process (the main thread, the second
 * shard's worker, …), sampled from /proc: a thread that has ended keeps its
 * last sample.
 */
function threadCpu(into: Map<string, number>) {
	for (const t of readdirSync('/proc/self/task')) {
		try {
			const f = readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1].split(' ');
			into.set(t, (Number(f[11]) + Number(f[12])) / 100);
		} catch {
			// Ended meanwhile.
		}
	}
}

export async function get(base: string, path: string): Promise<{ ms: number; bytes: number; status: number }> {
	const t = performance.now();
	const res = await fetch(base + encodeURI(path));
	const body = await res.arrayBuffer();
	return { ms: performance.now() - t, bytes: body.byteLength, status: res.status };
}

interface Row {
	step: string;
	value: string;
	/** The issue's target for this figure, and whether the figure meets it (judged on CPU time: the machine is shared). */
	target?: string;
	holds?: string;
}

/** Issue 11's targets: at the collection's size (~2,900 reports) and at 30,000. */
interface Targets {
	warmS: number;
	coldS?: number;
	rssMb: number;
	pageMs: number;
	pageKb: number;
	searchP50Ms: number;
}
const TARGETS: Record<'gov' | 'synthetic', Targets> = {
	gov: { warmS: 2, coldS: 90, rssMb: 500, pageMs: 300, pageKb: 300, searchP50Ms: 100 },
	synthetic: { warmS: 5, rssMb: 1024, pageMs: 300, pageKb: 300, searchP50Ms: 200 }
};
const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO');

async function benchTree(name: string, dir: string, db: string, targets: Targets, seed?: string): Promise<Row[]> {
	const rows: Row[] = [];
	const row = (step: string, value: string, target?: string, ok?: boolean) => {
		rows.push({ step, value, ...(target ? { target, holds: ok === undefined ? '' : yesNo(ok) } : {}) });
		console.log(`  ${step}: ${value}${target ? `  [target ${target}: ${ok === undefined ? '-' : yesNo(ok)}]` : ''}`);
	};
	console.log(`\n${name}: ${dir}`);
	const cpuSec = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
	if (process.env.DUIDU_BENCH_COLD === '1' || !existsSync(db)) {
		removeIndexFiles(db);
		// A tree of copies (synth-corpus --same-text) starts from the collection's index: its texts are indexed once.
		const seeded = seed && existsSync(seed) && process.env.DUIDU_BENCH_COLD !== '1';
		if (seeded) {
			copyFileSync(seed, db);
			if (existsSync(shardPath(seed))) copyFileSync(shardPath(seed), shardPath(db));
		}
		const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
		const before = new Map<string, number>();
		threadCpu(before);
		const threads = new Map<string, number>();
		const sampler = setInterval(() => threadCpu(threads), 250);
		const t = performance.now();
		const c0 = process.cpuUsage();
		const store = await new CorpusStore({ dirs: [dir], db }).load();
		const s = (performance.now() - t) / 1000;
		const cpu = cpuSec(process.cpuUsage(c0));
		clearInterval(sampler);
		threadCpu(threads);
		const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
		// Threads busy during the build, busiest first. On two idle cores the wall time would be about the
		// larger of the busiest thread's CPU and half the process's: the figure judged against the target
		// (the shared machine's wall time is several times it).
		const busy = [...threads]
			.map(([k, v]) => v - (before.get(k) ?? 0))
			.filter((v) => v >= 0.5)
			.sort((a, b) => b - a);
		const idle = Math.max(busy[0] ?? cpu, cpu / 2);
		row(
			seeded ? `index built over the collection's index (${seed})` : 'cold index',
			`${s.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (per thread ${busy.map((v) => v.toFixed(1)).join(' + ')} s) for ${store.list().length} reports (${(store.list().length / s).toFixed(1)} reports/s); load average ${load0} before, ${load1} after; index files ${((statSync(db).size + (existsSync(shardPath(db)) ? statSync(shardPath(db)).size : 0)) / 1e6).toFixed(0)} MB`,
			targets.coldS ? `≤ ${targets.coldS} s (idle 2 cores ≈ ${idle.toFixed(1)} s)` : undefined,
			targets.coldS ? idle <= targets.coldS : undefined
		);
		store.close();
	}
	// Warm start as the server does it: served from the index's catalog at once, the tree reconciled behind it.
	const serve: number[] = [];
	const serveCpu: number[] = [];
	const reconcile: number[] = [];
	const reconcileCpu: number[] = [];
	let count = 0;
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		const c0 = process.cpuUsage();
		const store = await new CorpusStore({ dirs: [dir], db }).load({ background: 2000 });
		serve.push(performance.now() - t);
		serveCpu.push(cpuSec(process.cpuUsage(c0)));
		count = store.list().length;
		await store.ready();
		reconcile.push(performance.now() - t);
		reconcileCpu.push(cpuSec(process.cpuUsage(c0)));
		if (store.progress.total) row('note', `${store.progress.total} files were (re)indexed during the warm start`);
		store.close();
	}
	row(
		'warm start: serving (catalog from the index, in-process, median of 3)',
		`${(median(serve) / 1000).toFixed(2)} s wall, ${median(serveCpu).toFixed(2)} s CPU for ${count} reports`,
		`≤ ${targets.warmS} s`,
		median(serveCpu) <= targets.warmS
	);
	row(
		'warm start: tree reconciled in the background (walk + stat + compare)',
		`${(median(reconcile) / 1000).toFixed(2)} s wall, ${median(reconcileCpu).toFixed(2)} s CPU`
	);

	{
		// Search in-process: CPU per query (the wall time below is the server's under the machine's load).
		const store = await new CorpusStore({ dirs: [dir], db }).load();
		const cpu: number[] = [];
		const wall: number[] = [];
		for (const q of SEARCHES) {
			const query = readSearchQuery(new URLSearchParams(q));
			const t = performance.now();
			const c0 = process.cpuUsage();
			searchCorpus(store, query);
			cpu.push(cpuSec(process.cpuUsage(c0)) * 1000);
			wall.push(performance.now() - t);
		}
		row(
			`search in-process, ${SEARCHES.length} queries (cold caches)`,
			`CPU p50 ${percentile(cpu, 50).toFixed(0)} ms, p99 ${percentile(cpu, 99).toFixed(0)} ms; wall p50 ${percentile(wall, 50).toFixed(0)} ms, p99 ${percentile(wall, 99).toFixed(0)} ms`
		);
		const short: string[] = [];
		for (const t of ['改革', '城市', '碳', '5G', '的']) {
			const c0 = process.cpuUsage();
			const n = store.index.textsWith(t).size;
			short.push(`${t} ${(cpuSec(process.cpuUsage(c0)) * 1000).toFixed(0)} ms (${n} texts)`);
		}
		row('short terms, texts using them (CPU)', short.join(', '));
		store.close();
	}
	ensureBuild();
	const t0 = performance.now();
	const { child, base } = await startBuiltServer(dir, db);
	try {
		const first = await get(base, '/');
		row(
			'server warm start: spawn → first library page',
			`${((performance.now() - t0) / 1000).toFixed(2)} s wall, server CPU ${cpuOf(child.pid!).toFixed(2)} s (page ${(first.bytes / 1024).toFixed(0)} KB)`
		);
		const year = name.startsWith('gov') ? 2024 : 2024;
		const pages = [
			'/',
			'/?page=2',
			'/?page=40',
			'/?level=national',
			'/?province=山东省&level=city',
			`/?year=${year}`,
			`/rhetoric?year=${year}&terms=高质量发展,新质生产力`,
			'/rhetoric?region=中华人民共和国&terms=改革开放,新质生产力',
			'/figures?region=中华人民共和国',
			'/reports/中华人民共和国-2024',
			'/reports/聊城市-2023'
		];
		for (const p of pages) {
			let c0 = cpuOf(child.pid!);
			const a = await get(base, p);
			const ca = cpuOf(child.pid!) - c0;
			c0 = cpuOf(child.pid!);
			const b = await get(base, p);
			const cb = cpuOf(child.pid!) - c0;
			row(
				`page ${p}`,
				`${a.status} first ${a.ms.toFixed(0)} ms (server CPU ${(ca * 1000).toFixed(0)} ms), again ${b.ms.toFixed(0)} ms (CPU ${(cb * 1000).toFixed(0)} ms), ${(b.bytes / 1024).toFixed(0)} KB`,
				`≤ ${targets.pageMs} ms server, ≤ ${targets.pageKb} KB`,
				ca * 1000 <= targets.pageMs && b.bytes / 1024 <= targets.pageKb
			);
		}
		const times: number[] = [];
		let maxBytes = 0;
		const cpus: number[] = [];
		for (const q of SEARCHES) {
			const c0 = cpuOf(child.pid!);
			const r = await get(base, `/search?${q}`);
			cpus.push((cpuOf(child.pid!) - c0) * 1000);
			times.push(r.ms);
			maxBytes = Math.max(maxBytes, r.bytes);
		}
		row(
			`search, ${SEARCHES.length} queries (first request each, page rendered)`,
			`server CPU p50 ${percentile(cpus, 50).toFixed(0)} ms, p99 ${percentile(cpus, 99).toFixed(0)} ms; wall p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms, largest page ${(maxBytes / 1024).toFixed(0)} KB`,
			`p50 ≤ ${targets.searchP50Ms} ms`,
			percentile(cpus, 50) <= targets.searchP50Ms
		);
		const again: number[] = [];
		for (const q of SEARCHES) again.push((await get(base, `/search?${q}`)).ms);
		row('search, same queries again', `p50 ${percentile(again, 50).toFixed(0)} ms, p99 ${percentile(again, 99).toFixed(0)} ms`);
		const csv = await get(base, '/search/csv?q=新质生产力');
		row('search CSV 新质生产力', `${csv.ms.toFixed(0)} ms, ${(csv.bytes / 1024).toFixed(0)} KB`);
		const rss = rssMb(child.pid!);
		row(
			'server RSS after the session',
			`${rss} MB; server CPU over the session ${cpuOf(child.pid!).toFixed(1)} s`,
			`≤ ${targets.rssMb} MB`,
			rss <= targets.rssMb
		);
	} finally {
		child.kill('SIGTERM');
	}
	return rows;
}

export async function run() {
	const gov = join(sharedDir(), 'corpus', 'gov');
	const results: Record<string, Row[]> = {};
	// DUIDU_BENCH_ONLY=synthetic skips the collection (its figures are in docs/corpus.md already).
	const govDb = process.env.DUIDU_BENCH_DB_GOV ?? '/tmp/duidu-gov.sqlite';
	if (process.env.DUIDU_BENCH_ONLY !== 'synthetic') results.gov = await benchTree('gov (the public collection)', gov, govDb, TARGETS.gov);
	const synth = process.env.DUIDU_BENCH_SYNTH ?? '/tmp/duidu-synth-30k';
	if (existsSync(synth))
		results.synthetic = await benchTree(
			'synthetic tree',
			synth,
			process.env.DUIDU_BENCH_DB_SYNTH ?? '/tmp/duidu-synth-30k.sqlite',
			TARGETS.synthetic,
			govDb
		);
	else console.log(`\n(no synthetic tree at ${synth}: make one with node --import tsx bench/synth-corpus.ts --out ${synth})`);
	for (const [k, rows] of Object.entries(results)) {
		console.log(`\n${k}:`);
		console.table(rows);
	}
}
