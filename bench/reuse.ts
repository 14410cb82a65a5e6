/**
 * Reuse across levels over ../shared/corpus/gov: the sources of one city
 * report (its province and the national report, same and previous year,
 * boilerplate by document frequency over every report of the two years), and the spread of one formula
 * over all ~2,900 reports. Targets: sources ≤ 2 s, spread ≤ 1 s.
 *
 * Two corpora:
 * - the folder as the CLI reads it (`sources REPORT --corpus DIR`): each run
 *   starts from a fresh corpus object (no parsed report or n-gram set kept;
 *   files come from the OS page cache after the first run). "Cold" builds the
 *   year's n-gram table from the texts; "warm" reuses it (same object).
 * - the app's index (DUIDU_BENCH_DB_GOV, default /tmp/duidu-gov.sqlite, built
 *   or brought up to date first): a fresh store per run, as a fresh server.
 *   "first ever" = nothing kept (the year table built from the index's texts);
 *   "table kept" = the year table read back from the index, the panel computed;
 *   "panel kept" = the panel read back (what a report page does on a fresh
 *   server once any process computed it); "warm" = in memory.
 * Wall and CPU (this process, all threads) are printed; medians.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusStore } from '../src/lib/server/corpus';
import { DEFAULTS, findReuse, GramFrequency, gramSet, wordingOf } from '../src/lib/core/reuse';
import { folderCorpus, formulaSpread, keptSources, serveSources, sourcesOf, storeCorpus, type ReuseCorpus } from '../src/lib/server/reuse';
import { median, ms, sharedDir } from './shared';

const RUNS = Number(process.env.DUIDU_BENCH_RUNS ?? 5);
const COLD_RUNS = 3;
const IDS = ['聊城市-2023', '洛阳市-2022', '遵义市-2023'];

interface Cost {
	wall: number;
	cpu: number;
}

function time(f: () => void): Cost {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	f();
	const c = process.cpuUsage(c0);
	return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

const fmt = (xs: Cost[]) => `${ms(median(xs.map((x) => x.wall)))} (CPU ${ms(median(xs.map((x) => x.cpu)))})`;

/** The store's view with only part of what the index keeps: `kinds` it may read ('reuse-year', 'reuse-sources'); it writes nothing. */
function viewKeeping(store: CorpusStore, kinds: string[]): ReuseCorpus {
	const v = storeCorpus(store);
	return {
		list: () => v.list(),
		input: (id) => v.input(id),
		parsed: (id) => v.parsed(id),
		hashOf: v.hashOf,
		kept: {
			get: (kind, key) => (kinds.includes(kind) ? v.kept!.get(kind, key) : undefined),
			has: (kind, key) => kinds.includes(kind) && v.kept!.has(kind, key),
			put: () => {}
		}
	};
}

/** Where the first ever panel's time goes, step by step (the service's own steps, redone one at a time on a fresh store). */
function steps(store: CorpusStore, id: string) {
	const v = storeCorpus(store);
	const step = <T>(label: string, f: () => T): T => {
		const c = time(() => (out = f()));
		console.log(`  ${label}: ${ms(c.wall)} (CPU ${ms(c.cpu)})`);
		return out as T;
	};
	let out: unknown;
	console.log(`index: where the time of ${id}'s first ever panel goes`);
	const list = step('list the corpus', () => v.list());
	const t = list.find((r) => r.id === id)!;
	const members = list.filter((r) => (r.year === t.year || r.year === t.year - 1) && r.level !== 'district');
	const texts = step(`read the ${members.length} reports of the two years from the index`, () => members.map((r) => v.input(r.id) ?? ''));
	const table = step(`count their n-grams (year table, ${texts.reduce((a, x) => a + x.length, 0)} characters)`, () => {
		const f = new GramFrequency();
		for (const x of texts) f.add(x);
		return f;
	});
	const ids = list
		.filter(
			(r) =>
				(r.year === t.year || r.year === t.year - 1) && (r.level === 'national' || (r.level === 'provincial' && r.region === t.province))
		)
		.map((r) => r.id);
	const parsed = step(`parse the report and its ${ids.length} sources`, () => [id, ...ids].map((x) => v.parsed(x)!));
	const own = step('n-gram sets of the sources', () => ids.map((x) => gramSet(wordingOf(v.input(x) ?? '').chars)));
	const boilerplate = step('boilerplate of the report', () => table.frequent(parsed[0].text, { own }));
	const doc = (x: string, i: number) => ({
		id: x,
		text: parsed[i].text,
		sentences: parsed[i].sentences.map((s) => [s.textStart, s.textEnd] as [number, number])
	});
	const found = step('candidates and local alignment (findReuse)', () =>
		findReuse(
			doc(id, 0),
			ids.map((x, i) => ({
				...doc(x, i + 1),
				...(list.find((r) => r.id === x)!.level === 'national' ? { maxShare: DEFAULTS.nationalShare } : {})
			})),
			{ boilerplate, gramShare: (g) => table.shareOf(g, own) }
		)
	);
	console.log(`  ${found.length} passages`);
}

async function storeBench(dir: string) {
	const db = process.env.DUIDU_BENCH_DB_GOV ?? '/tmp/duidu-gov.sqlite';
	if (!existsSync(db)) console.log(`indexing ${dir} into ${db} first (minutes)…`);
	const up = await new CorpusStore({ dirs: [dir], db }).load();
	// Computed once and kept, as a first visit does (a no-op when an earlier run kept them).
	for (const id of IDS) serveSources(storeCorpus(up), id);
	up.close();
	const fresh = await new CorpusStore({ dirs: [dir], db }).load();
	steps(fresh, IDS[0]);
	fresh.close();
	for (const id of IDS) {
		const first: Cost[] = [];
		const tableKept: Cost[] = [];
		const panelKept: Cost[] = [];
		const warm: Cost[] = [];
		let passages = 0;
		for (let i = 0; i < COLD_RUNS; i++) {
			const store = await new CorpusStore({ dirs: [dir], db }).load();
			first.push(time(() => (passages = sourcesOf(viewKeeping(store, []), id).passages.length)));
			tableKept.push(time(() => serveSources(viewKeeping(store, ['reuse-year']), id)));
			store.close();
			const fresh = await new CorpusStore({ dirs: [dir], db }).load();
			const v = storeCorpus(fresh);
			panelKept.push(time(() => keptSources(v, id)));
			if (i === 0) for (let k = 0; k < RUNS; k++) warm.push(time(() => keptSources(v, id)));
			fresh.close();
		}
		console.log(
			`index: sources ${id}: first ever (year table built from the index's texts) ${fmt(first)}; table kept ${fmt(tableKept)}; panel kept ${fmt(panelKept)}; warm ${fmt(warm)}; ${passages} passages   target ≤ 2 s`
		);
	}
	const store = await new CorpusStore({ dirs: [dir], db }).load();
	for (const term of ['新质生产力', '城市更新', '高质量发展']) {
		const times: Cost[] = [];
		let n = 0;
		for (let i = 0; i < RUNS; i++) times.push(time(() => (n = formulaSpread(storeCorpus(store), term).first.length)));
		console.log(
			`index: spread ${term}: median ${fmt(times)} over ${RUNS} runs (counted in the full-text index); ${n} regions   target ≤ 1 s`
		);
	}
	store.close();
}

export async function run() {
	const dir = join(sharedDir, 'corpus', 'gov');
	// Sources: the first call on a fresh corpus builds the n-gram document-frequency table of the two years
	// (every report of both years read once); later calls on the same corpus (what a running server does) reuse it.
	for (const id of IDS) {
		const cold: Cost[] = [];
		const warm: Cost[] = [];
		let passages = 0;
		for (let i = 0; i < COLD_RUNS; i++) {
			const corpus = folderCorpus(dir);
			cold.push(time(() => (passages = sourcesOf(corpus, id).passages.length)));
			if (i === 0) for (let k = 0; k < RUNS; k++) warm.push(time(() => sourcesOf(corpus, id)));
		}
		console.log(
			`folder: sources ${id}: warm ${fmt(warm)} over ${RUNS} runs; cold (fresh corpus, builds the year table) ${fmt(cold)} over ${COLD_RUNS}; ${passages} passages   target ≤ 2 s`
		);
	}
	for (const term of ['新质生产力', '城市更新', '高质量发展']) {
		const times: Cost[] = [];
		let n = 0;
		let reports = 0;
		for (let i = 0; i < RUNS; i++) {
			const corpus = folderCorpus(dir);
			reports = corpus.list().length;
			times.push(time(() => (n = formulaSpread(corpus, term).first.length)));
		}
		console.log(
			`folder: spread ${term}: median ${fmt(times)} over ${RUNS} runs, ${reports} reports scanned; ${n} regions use it   target ≤ 1 s`
		);
	}
	if (process.env.DUIDU_BENCH_REUSE_INDEX !== '0') await storeBench(dir);
}
