/**
 * Where a report's wording came from: for one report, the reports one or two
 * levels above it (its province and the national report for a city; the
 * national report for a province), of the same year and the year before,
 * and every sentence or clause of it reused from them.
 *
 * Written against `ReuseCorpus`, a small interface (list the reports with
 * their level, region and year; give a report's text), so the same service
 * runs on today's corpus store, on a corpus folder in the reference layout
 * (`FOLDER/REGION/YEAR.md`, ../shared/corpus/gov) and later on the index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { provinceOfCity, type Level } from '../core/meta';
import { parseReport, type ParsedReport } from '../core/parse';
import {
	DEFAULTS,
	findReuse,
	GramFrequency,
	gramSet,
	provinceNamed,
	reuseShares,
	wordingOf,
	type ReuseOptions,
	type ReusePassage,
	type ReuseShare
} from '../core/reuse';
import { spreadOf, type Spread, type SpreadReport } from '../core/reuse/spread';
import type { ServedSources, SourceRelation } from '../core/reuse/view';
import { TextMap } from '../core/textmap';
import type { CorpusStore } from './corpus';
import { contentHash } from './cache';
import { codeVersion } from './store/code-version';

export interface ReportRef {
	id: string;
	region: string;
	level: Level;
	year: number;
	province?: string;
}

export interface ReuseCorpus {
	list(): ReportRef[];
	/** The decoded input of a report. */
	input(id: string): string | undefined;
	/** The parsed report (may be cached by the corpus). */
	parsed(id: string): ParsedReport | undefined;
	/** Occurrences of a literal term per report, when the corpus can count faster than reading every text (an index, raw bytes). */
	occurrences?(term: string): Map<string, number>;
	/** A report's content hash, when the corpus has them (the store): what kept results are keyed by. */
	hashOf?(id: string): string | undefined;
	/** Results kept between processes (the index), under a key of content hashes and the reuse code's version. */
	kept?: {
		get(kind: string, key: string): string | undefined;
		/** Whether `get` would find something, without reading it (a year table is megabytes). */
		has(kind: string, key: string): boolean;
		put(kind: string, key: string, value: string): void;
	};
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const LEVEL_OF_FOLDER: [RegExp, Level][] = [
	[/国务院/, 'national'],
	[/省自治区/, 'provincial'],
	[/主要城市|其他地市/, 'city'],
	[/区县/, 'district']
];

/**
 * A corpus folder in the reference layout (`政府工作报告-国务院/2024.md`,
 * `政府工作报告-其他地市/聊城市/2023.md`): level from the folder, region from
 * the sub-folder, year from the file name. Texts are read when asked for.
 */
export function folderCorpus(dir: string): ReuseCorpus {
	const refs: ReportRef[] = [];
	const files = new Map<string, string>();
	const parsedCache = new Map<string, ParsedReport>();
	if (!existsSync(dir)) return { list: () => [], input: () => undefined, parsed: () => undefined };
	for (const folder of readdirSync(dir).sort()) {
		const level = LEVEL_OF_FOLDER.find(([re]) => re.test(folder))?.[1];
		const path = join(dir, folder);
		if (!level || !statSync(path).isDirectory()) continue;
		const add = (file: string, region: string, lvl: Level) => {
			const m = /^((?:19|20)\d\d)\.(?:md|txt)$/.exec(basename(file));
			if (!m) return; // partial texts (1964-part.md) and month-stamped files are not a year's report
			const id = `${region}-${m[1]}`;
			if (files.has(id)) return;
			files.set(id, file);
			// A city's province from the prefecture table (data/prefectures.json), before its text is asked: 保定 names 北京 more than 河北.
			const province = lvl === 'provincial' ? region : lvl === 'city' ? provinceOfCity(region) : undefined;
			refs.push({ id, region, level: lvl, year: Number(m[1]), ...(province ? { province } : {}) });
		};
		if (level === 'national') for (const f of readdirSync(path).sort()) add(join(path, f), '中华人民共和国', 'national');
		else
			for (const region of readdirSync(path).sort()) {
				const rp = join(path, region);
				if (!statSync(rp).isDirectory()) continue;
				const lvl = level === 'city' && MUNICIPALITIES.has(region) ? 'provincial' : level;
				for (const f of readdirSync(rp).sort()) add(join(rp, f), region, lvl);
			}
	}
	const input = (id: string) => {
		const f = files.get(id);
		return f ? readFileSync(f, 'utf8') : undefined;
	};
	return {
		list: () => refs,
		input,
		occurrences(term) {
			// UTF-8 bytes searched as bytes: no decoding of ~2,900 files for one term.
			const needle = Buffer.from(term, 'utf8');
			const out = new Map<string, number>();
			for (const [id, f] of files) {
				const buf = readFileSync(f);
				let k = 0;
				for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + needle.length)) k++;
				out.set(id, k);
			}
			return out;
		},
		parsed(id) {
			const hit = parsedCache.get(id);
			if (hit) return hit;
			const text = input(id);
			if (text === undefined) return undefined;
			const p = parseReport(text);
			if (parsedCache.size > 64) parsedCache.delete(parsedCache.keys().next().value!);
			parsedCache.set(id, p);
			return p;
		}
	};
}

/** Today's corpus store as a reuse corpus: reports whose metadata states level, region and year. */
const storeCorpora = new WeakMap<CorpusStore, ReuseCorpus>();
/** One reuse view per store, so the year tables built over it (yearFrequency) are kept between requests. */
export function storeCorpus(store: CorpusStore): ReuseCorpus {
	let view = storeCorpora.get(store);
	if (!view) storeCorpora.set(store, (view = storeView(store)));
	return view;
}

function storeView(store: CorpusStore): ReuseCorpus {
	// The refs, made again only when the store's list changes (it is one array until then): a panel's
	// key and the background pass ask for them once per report (2,908 entries each time before).
	let from: unknown = null;
	let refs: ReportRef[] = [];
	return {
		list: () => {
			const entries = store.list();
			if (entries !== from) {
				from = entries;
				refs = entries
					.filter((e) => e.meta.level && e.meta.region && e.meta.year)
					.map((e) => ({
						id: e.id,
						region: e.meta.region!,
						level: e.meta.level!,
						year: e.meta.year!,
						...(e.meta.province ? { province: e.meta.province } : {})
					}));
			}
			return refs;
		},
		input: (id) => store.input(id),
		parsed: (id) => store.parsed(id),
		hashOf: (id) => store.get(id)?.hash,
		// Derived results of the index, under the version of the reuse code (core/reuse and this file).
		kept: {
			get: (kind, key) => {
				try {
					return store.index.getDerived(kind, codeVersion('reuse'), key);
				} catch {
					return undefined;
				}
			},
			has: (kind, key) => {
				try {
					return store.index.hasDerived(kind, codeVersion('reuse'), key);
				} catch {
					return false;
				}
			},
			put: (kind, key, value) => {
				try {
					store.index.setDerived(kind, codeVersion('reuse'), key, value);
				} catch {
					// A read-only or busy index: not kept, which only costs speed.
				}
			}
		},
		// Counted inside the corpus index (engineer B's full-text index): no report text is read.
		occurrences(term) {
			const byHash = store.index.termCounts(term);
			const out = new Map<string, number>();
			for (const e of store.list()) out.set(e.id, byHash.get(e.hash) ?? 0);
			return out;
		}
	};
}

export interface SourceReport extends ReportRef {
	/** Why it was taken: the level above, or two levels above. */
	relation: SourceRelation;
}

export interface ServedPassage extends ReusePassage {
	text: string;
	sourceText: string;
	/** Input offsets (what links point into): target and source. */
	inputStart: number;
	inputEnd: number;
	sourceInputStart: number;
	sourceInputEnd: number;
}

export interface SourcesResult {
	target: ReportRef;
	sentences: number;
	sources: SourceReport[];
	passages: ServedPassage[];
	shares: (ReuseShare & { ref: SourceReport })[];
	/** Reports whose n-gram document frequencies decided boilerplate (the corpus's reports of the two years). */
	background: number;
	boilerplateGrams: number;
}

export class ReuseError extends Error {}

const RANK: Record<Level, number> = { national: 0, provincial: 1, city: 2, district: 3 };

const frequencies = new WeakMap<ReuseCorpus, Map<number, GramFrequency>>();
/**
 * N-gram document frequencies over the corpus's reports of `year` and the year before (built on
 * first use, kept per corpus; in the index too when the corpus has one, so a fresh process reads
 * it back instead of reading ~530 reports).
 */
export function yearFrequency(corpus: ReuseCorpus, year: number): GramFrequency {
	const f = frequencies.get(corpus)?.get(year);
	if (f) return f;
	const kept = keptTable(corpus, year);
	if (kept) return remember(corpus, year, kept);
	const built = countYear(corpus, year);
	keepTable(corpus, year, built);
	return remember(corpus, year, built);
}

/** The table counted from the texts of the year's reports and the year before's (seconds of work). */
function countYear(corpus: ReuseCorpus, year: number): GramFrequency {
	const f = new GramFrequency();
	for (const r of yearMembers(corpus, year)) f.add(corpus.input(r.id) ?? '');
	return f;
}

const digest = (v: unknown) => contentHash(JSON.stringify(v));

/** The key of a year's table: the content hashes of the reports it counts (order does not change the counts). */
function tableKey(corpus: ReuseCorpus, year: number): string | undefined {
	if (!corpus.hashOf || !corpus.kept) return undefined;
	const hashes = yearMembers(corpus, year).map((r) => corpus.hashOf!(r.id) ?? `?${r.id}`);
	return digest(['year-table', year, hashes.sort()]);
}

/** A year's table kept in the index: `bits:texts:` and the 16-bit counters (n-grams, then windows), deflated, in base64. */
function keptTable(corpus: ReuseCorpus, year: number): GramFrequency | undefined {
	const key = tableKey(corpus, year);
	const stored = key && corpus.kept!.get('reuse-year', key);
	if (!stored) return undefined;
	try {
		const m = /^(\d+):(\d+):/.exec(stored);
		if (!m) return undefined;
		const bytes = inflateRawSync(Buffer.from(stored.slice(m[0].length), 'base64'));
		const counts = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
		return GramFrequency.restore({ bits: Number(m[1]), texts: Number(m[2]), counts });
	} catch {
		return undefined; // unreadable: built again
	}
}

function keepTable(corpus: ReuseCorpus, year: number, f: GramFrequency) {
	const key = tableKey(corpus, year);
	if (!key) return;
	const { bits, texts, counts } = f.snapshot();
	const z = deflateRawSync(new Uint8Array(counts.buffer, counts.byteOffset, counts.byteLength), { level: 1 });
	corpus.kept!.put('reuse-year', key, `${bits}:${texts}:${z.toString('base64')}`);
}

const yearMembers = (corpus: ReuseCorpus, year: number) =>
	corpus.list().filter((r) => (r.year === year || r.year === year - 1) && r.level !== 'district');

/** The years whose table a report's panel may need (every year of the corpus's reports), latest first. */
export function tableYears(corpus: ReuseCorpus): number[] {
	return [...new Set(corpus.list().map((r) => r.year))].sort((a, b) => b - a);
}

/** Whether the year's table is kept in the index under the content hashes of its reports as they are now. */
export function yearTableKept(corpus: ReuseCorpus, year: number): boolean {
	const key = tableKey(corpus, year);
	return !!key && corpus.kept!.has('reuse-year', key);
}

/**
 * The background pass's step (work/year-tables.ts): the year's table built and kept in the index
 * when it is not kept yet under the hashes of its reports now ('built'), else nothing to do
 * ('kept'); 'none' when the corpus keeps nothing (a folder). The table built is not remembered
 * in memory: one year's counts at a time.
 */
export function keepYearTable(corpus: ReuseCorpus, year: number): 'kept' | 'built' | 'none' {
	if (!tableKey(corpus, year)) return 'none';
	if (yearTableKept(corpus, year)) return 'kept';
	keepTable(corpus, year, countYear(corpus, year));
	return 'built';
}

function remember(corpus: ReuseCorpus, year: number, f: GramFrequency): GramFrequency {
	const byYear = frequencies.get(corpus) ?? frequencies.set(corpus, new Map()).get(corpus)!;
	if (byYear.size >= 3 && !byYear.has(year)) byYear.delete(byYear.keys().next().value!);
	byYear.set(year, f);
	return f;
}

const building = new WeakMap<ReuseCorpus, Map<number, Promise<GramFrequency>>>();
/**
 * The same table built without holding the server: the first report of a year reads
 * some 500 reports (seconds of work), so the build yields to other requests every
 * 20 ms; concurrent requests for one year share one build.
 */
export function yearFrequencyInBackground(corpus: ReuseCorpus, year: number): Promise<GramFrequency> {
	const ready = frequencies.get(corpus)?.get(year);
	if (ready) return Promise.resolve(ready);
	const kept = keptTable(corpus, year);
	if (kept) return Promise.resolve(remember(corpus, year, kept));
	const inFlight = building.get(corpus) ?? building.set(corpus, new Map()).get(corpus)!;
	let p = inFlight.get(year);
	if (!p) {
		p = (async () => {
			const f = new GramFrequency();
			let slice = Date.now();
			for (const r of yearMembers(corpus, year)) {
				f.add(corpus.input(r.id) ?? '');
				if (Date.now() - slice > 20) {
					await new Promise((resolve) => setImmediate(resolve));
					slice = Date.now();
				}
			}
			keepTable(corpus, year, f);
			return remember(corpus, year, f);
		})().finally(() => inFlight.delete(year));
		inFlight.set(year, p);
	}
	return p;
}

/** The share of `theirs` n-grams that `mine` holds too. */
function sharedShare(mine: Set<number>, theirs: Set<number>): number {
	let k = 0;
	for (const g of mine) if (theirs.has(g)) k++;
	return k / Math.max(1, theirs.size);
}

/**
 * A source report's n-grams, kept for the last 256 texts. Keyed by the text's
 * content hash, not the report's id: a worker lives across changes to the
 * corpus, and a changed report must not be read with its old wording.
 */
const wordingCache = new Map<string, Set<number>>();
function gramsOf(corpus: ReuseCorpus, id: string): Set<number> {
	let text: string | undefined;
	const key = corpus.hashOf?.(id) ?? contentHash((text = corpus.input(id) ?? ''));
	const hit = wordingCache.get(key);
	if (hit) return hit;
	const g = gramSet(wordingOf(text ?? corpus.input(id) ?? '').chars);
	if (wordingCache.size > 256) wordingCache.delete(wordingCache.keys().next().value!);
	wordingCache.set(key, g);
	return g;
}

/**
 * The sources of one report: the reports above it (same year and the year
 * before), their reused passages, and the share of sentences echoing each.
 */
export function sourcesOf(
	corpus: ReuseCorpus,
	id: string,
	opts: { share?: number; nationalShare?: number; reuse?: ReuseOptions } = {}
): SourcesResult {
	const all = corpus.list();
	const target = all.find((r) => r.id === id);
	if (!target) throw new ReuseError(`${id}: no such report in the corpus`);
	const parsed = corpus.parsed(id);
	if (!parsed) throw new ReuseError(`${id}: cannot read`);
	const years = new Set([target.year, target.year - 1]);
	const above = all.filter((r) => years.has(r.year) && RANK[r.level] < RANK[target.level]);

	const sources: SourceReport[] = [];
	for (const r of above.filter((r) => r.level === 'national')) sources.push({ ...r, relation: 'national' });
	// The target's n-grams, counted once however many candidate provinces or cities are weighed.
	let own: Set<number> | undefined;
	const mine = () => (own ??= gramSet(wordingOf(parsed.text).chars));
	let province = target.level === 'provincial' ? target.region : target.province;
	if (target.level === 'city' || target.level === 'district') {
		// Its province: stated, else the one its text names most, else the one sharing most n-grams with it.
		const provincial = above.filter((r) => r.level === 'provincial');
		province ??= provinceNamed(parsed.text)?.province;
		if (!province && provincial.length) {
			const share = (rid: string) => sharedShare(mine(), gramsOf(corpus, rid));
			province = provincial.map((r) => ({ r, k: share(r.id) })).sort((a, b) => b.k - a.k)[0]?.r.region;
		}
		for (const r of provincial) if (r.region === province) sources.push({ ...r, relation: 'province' });
	}
	if (target.level === 'district') {
		// A district's city: of the cities in its province, the one whose reports share the most rare n-grams with it.
		const cities = above.filter((r) => r.level === 'city' && (!province || !r.province || r.province === province));
		if (cities.length) {
			const share = (rid: string) => sharedShare(mine(), gramsOf(corpus, rid));
			const city = cities.map((r) => ({ r, k: share(r.id) })).sort((a, b) => b.k - a.k)[0].r.region;
			for (const r of cities) if (r.region === city) sources.push({ ...r, relation: 'city' });
		}
	}

	// Boilerplate: the target's n-grams in at least `share` of ALL the corpus's reports of these two
	// years (every level and region; district reports are left out): what many reports of the year say
	// is no one source's wording. The document frequencies are counted once per corpus and pair of years.
	// The target and its sources are counted in the table but do not vote.
	const table = yearFrequency(corpus, target.year);
	const sourceGrams = sources.map((s) => gramsOf(corpus, s.id));
	const targetCounted = target.level !== 'district';
	const boilerplate = table.frequent(parsed.text, { share: opts.share, own: sourceGrams, targetCounted });

	const docs = sources.map((s) => ({ s, p: corpus.parsed(s.id) })).filter((x): x is { s: SourceReport; p: ParsedReport } => !!x.p);
	const passages = findReuse(
		{ id, text: parsed.text, sentences: parsed.sentences.map((s) => [s.textStart, s.textEnd]) },
		docs.map(({ s, p }) => ({
			id: s.id,
			text: p.text,
			sentences: p.sentences.map((x) => [x.textStart, x.textEnd]),
			// Source specificity for the national report (see DEFAULTS.nationalShare).
			...(s.relation === 'national' ? { maxShare: opts.nationalShare ?? DEFAULTS.nationalShare } : {})
		})),
		{ ...opts.reuse, boilerplate, gramShare: (g) => table.shareOf(g, sourceGrams, targetCounted) }
	);
	const mapT = new TextMap(parsed.pieces);
	const maps = new Map(docs.map(({ s, p }) => [s.id, { map: new TextMap(p.pieces), text: p.text }]));
	const served: ServedPassage[] = passages.map((p) => {
		const src = maps.get(p.source)!;
		return {
			...p,
			text: parsed.text.slice(p.start, p.end),
			sourceText: src.text.slice(p.sourceStart, p.sourceEnd),
			inputStart: mapT.toInput(p.start),
			inputEnd: mapT.toInput(p.end, 'end'),
			sourceInputStart: src.map.toInput(p.sourceStart),
			sourceInputEnd: src.map.toInput(p.sourceEnd, 'end')
		};
	});
	const shares = reuseShares(passages, parsed.sentences.length).map((s) => ({ ...s, ref: sources.find((r) => r.id === s.source)! }));
	return {
		target,
		sentences: parsed.sentences.length,
		sources,
		passages: served,
		shares,
		background: yearFrequency(corpus, target.year).texts,
		boilerplateGrams: boilerplate.size
	};
}

/** "23% of sentences echo 山东省 2023, 8% the national 2023 report" in both languages. */
export function summaryOf(r: SourcesResult): { zh: string; en: string } {
	if (!r.shares.length) return { zh: '未发现沿用上级报告的句子。', en: 'No sentence echoes a report above it.' };
	const pct = (x: number) => (x > 0 && x < 0.005 ? '<1%' : `${Math.round(x * 100)}%`);
	const name = (s: SourceReport, lang: 'zh' | 'en') =>
		s.level === 'national' ? (lang === 'zh' ? `${s.year}年国务院政府工作报告` : `the national ${s.year} report`) : `${s.region} ${s.year}`;
	return {
		zh: r.shares.map((s, i) => `${pct(s.share)}${i ? '' : '的句子'}沿用${name(s.ref, 'zh')}`).join('，') + '。',
		en: r.shares.map((s, i) => `${pct(s.share)}${i ? '' : ' of sentences echo'} ${name(s.ref, 'en')}`).join(', ') + '.'
	};
}

/** The spread of a formula over a reuse corpus: every report scanned once (texts are read, not parsed). */
export function formulaSpread(corpus: ReuseCorpus, term: string): Spread {
	const t = term.trim();
	if (!t) throw new ReuseError('the formula is empty');
	if (t.length > 40) throw new ReuseError('the formula is longer than 40 characters');
	const counted = corpus.occurrences?.(t);
	const reports: SpreadReport[] = corpus.list().map((r) => {
		let count = counted?.get(r.id) ?? 0;
		if (!counted) {
			const text = corpus.input(r.id) ?? '';
			for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) count++;
		}
		return { id: r.id, region: r.region, level: r.level, year: r.year, count };
	});
	return spreadOf(t, reports);
}

/** Served panels in memory, per corpus view (at most 32 each): a new store starts from the index. */
const servedBy = new WeakMap<ReuseCorpus, Map<string, ServedSources | null>>();
const servedOf = (corpus: ReuseCorpus) => servedBy.get(corpus) ?? servedBy.set(corpus, new Map()).get(corpus)!;
const PASSAGES_SHOWN = 200;

/**
 * What a report's sources panel is computed from, when the corpus has content hashes: the report
 * (its hash and place) and every report of its two years but districts (its sources are among them, and
 * they make the year's table), each with its place and hash. Else the id alone (a folder corpus).
 */
function sourcesKey(corpus: ReuseCorpus, id: string): string {
	if (!corpus.hashOf) return id;
	const all = corpus.list();
	const target = all.find((r) => r.id === id);
	if (!target) return id;
	const place = (r: ReportRef) => [r.id, r.level, r.region, r.year, r.province ?? null, corpus.hashOf!(r.id) ?? null];
	// The two years' part, digested once per list of reports and year (the same for every report of the year).
	const byYear = memberDigests.get(all) ?? memberDigests.set(all, new Map()).get(all)!;
	let members = byYear.get(target.year);
	if (members === undefined) byYear.set(target.year, (members = digest(yearMembers(corpus, target.year).map(place))));
	return digest(['sources', PASSAGES_SHOWN, place(target), members]);
}
/** A year's members digested (their places and content hashes), per list of reports: a new list is a new corpus state. */
const memberDigests = new WeakMap<ReportRef[], Map<number, string>>();

function readKept(corpus: ReuseCorpus, key: string): ServedSources | null | undefined {
	const stored = corpus.kept?.get('reuse-sources', key);
	if (stored === undefined) return undefined;
	try {
		const v = JSON.parse(stored) as ServedSources | null;
		if (v === null || (Array.isArray(v.passages) && Array.isArray(v.shares))) return v;
	} catch {
		// Unreadable: computed again.
	}
	return undefined;
}

function memo(corpus: ReuseCorpus, key: string, out: ServedSources | null) {
	const served = servedOf(corpus);
	if (served.size >= 32) served.delete(served.keys().next().value!);
	served.set(key, out);
}

/**
 * The sources panel if it costs nothing to give: in memory, or kept in the index under the content
 * hashes it was computed from (a few ms). Undefined when it must be computed.
 */
export function keptSources(corpus: ReuseCorpus, id: string): ServedSources | null | undefined {
	const key = sourcesKey(corpus, id);
	const served = servedOf(corpus);
	if (served.has(key)) return served.get(key)!;
	const kept = readKept(corpus, key);
	if (kept !== undefined) memo(corpus, key, kept);
	return kept;
}

/**
 * The sources panel, now when it is cheap (memoised, kept in the index, or the year's table is
 * built), else a promise: the year's table is built yielding every 20 ms (the report page runs this
 * in a worker thread, see work/jobs.ts, and streams the panel; the page is never held).
 */
export function sourcesForPage(corpus: ReuseCorpus, id: string): ServedSources | null | Promise<ServedSources | null> {
	const kept = keptSources(corpus, id);
	if (kept !== undefined) return kept;
	const year = corpus.list().find((r) => r.id === id)?.year;
	if (year === undefined || frequencies.get(corpus)?.has(year) || nothingAbove(corpus, id)) return serveSources(corpus, id);
	return yearFrequencyInBackground(corpus, year)
		.then(() => serveSources(corpus, id))
		.catch((e) => {
			console.error(`sources of ${id}:`, e);
			return null;
		});
}

/**
 * A listed report with no report of a level above it in its two years (the national series, a
 * province without the national report): its panel is null, known without the year's table.
 */
function nothingAbove(corpus: ReuseCorpus, id: string): boolean {
	const all = corpus.list();
	const t = all.find((r) => r.id === id);
	return !!t && !all.some((r) => (r.year === t.year || r.year === t.year - 1) && RANK[r.level] < RANK[t.level]);
}

/**
 * The reports whose panel the background pass computes (work/year-tables.ts), latest year first
 * and by year, so a worker reads each year's table once: every listed report with a report of a
 * level above it in its two years (the others' panel is null without any work). Linear.
 */
export function panelOrder(corpus: ReuseCorpus): string[] {
	const all = corpus.list();
	// The highest level (lowest rank) present in each year.
	const top = new Map<number, number>();
	for (const r of all) top.set(r.year, Math.min(top.get(r.year) ?? 9, RANK[r.level]));
	const above = (r: ReportRef) => Math.min(top.get(r.year) ?? 9, top.get(r.year - 1) ?? 9) < RANK[r.level];
	return all
		.filter(above)
		.sort((a, b) => b.year - a.year || RANK[a.level] - RANK[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((r) => r.id);
}

/**
 * The background pass's step for one report: its panel computed and kept in the index unless it is
 * kept already under the content hashes it comes from ('kept': only the key is looked up); 'none'
 * when the corpus keeps nothing (a folder).
 */
export function keepPanel(corpus: ReuseCorpus, id: string): 'kept' | 'built' | 'none' {
	const key = sourcesKey(corpus, id);
	if (key === id || !corpus.kept) return 'none';
	if (corpus.kept.has('reuse-sources', key)) return 'kept';
	serveSources(corpus, id);
	return 'built';
}

/** The report view's sources panel: memoised per report; null when the report has no level, region or year, or nothing above it. */
export function serveSources(corpus: ReuseCorpus, id: string): ServedSources | null {
	const key = sourcesKey(corpus, id);
	const served = servedOf(corpus);
	if (served.has(key)) return served.get(key)!;
	const kept = readKept(corpus, key);
	if (kept !== undefined) {
		memo(corpus, key, kept);
		return kept;
	}
	let out: ServedSources | null = null;
	let failed = false;
	try {
		const r = nothingAbove(corpus, id) ? null : sourcesOf(corpus, id);
		if (r?.sources.length) {
			const relation = new Map(r.sources.map((s) => [s.id, s.relation]));
			out = {
				summary: summaryOf(r),
				shares: r.shares.map((s) => ({
					id: s.source,
					region: s.ref.region,
					level: s.ref.level,
					year: s.ref.year,
					relation: s.ref.relation,
					share: s.share,
					sentences: s.sentences
				})),
				passages: r.passages.slice(0, PASSAGES_SHOWN).map((p) => ({
					start: p.start,
					end: p.end,
					text: p.text,
					source: p.source,
					relation: relation.get(p.source)!,
					sourceStart: p.sourceStart,
					sourceEnd: p.sourceEnd,
					sourceText: p.sourceText,
					closeness: p.closeness,
					identity: p.identity
				})),
				total: r.passages.length
			};
		}
	} catch (e) {
		if (!(e instanceof ReuseError)) throw e;
		failed = true;
	}
	memo(corpus, key, out);
	// Kept in the index for the next process (a report that cannot be read is not: it may be readable later).
	if (!failed && key !== id) corpus.kept?.put('reuse-sources', key, JSON.stringify(out));
	return out;
}

/** The spread page: the formula's spread, or a clear message when the formula is empty or too long. */
export function serveSpread(corpus: ReuseCorpus, term: string): { term: string; spread: Spread | null; error: string | null } {
	try {
		return { term, spread: formulaSpread(corpus, term), error: null };
	} catch (e) {
		if (e instanceof ReuseError) return { term, spread: null, error: e.message };
		throw e;
	}
}
