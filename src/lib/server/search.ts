/**
 * Corpus-wide search over the index: which reports use every term, their
 * keyword-in-context lines (offsets into each report's cleaned text, so a
 * line links to its passage), the share of reports using it per year and
 * level, and the regions ranked. Work is bounded by the hits, never by a
 * pass over every report's text.
 */
import { classifyText, defaultTaxonomy } from '../core/topics/index';
import {
	PAGE_SIZE,
	paragraphKwic,
	passes,
	searchCsv,
	tally,
	type KwicHit,
	type RegionCount,
	type SearchQuery,
	type YearLevelCount
} from '../core/search/index';
import type { ReportMeta } from '../core/meta';
import { getCorpus, type CorpusStore, type Progress, type ReportEntry } from './corpus';
import { facetCounts } from '../core/corpus/catalog';
import { topicNames } from './figures';
import { corpusStatus } from './status';
import type { ParaRow } from './store/types';

export interface SearchGroup {
	id: string;
	meta: Pick<ReportMeta, 'title' | 'region' | 'province' | 'level' | 'year' | 'kind' | 'partial'>;
	/** Paragraph matches (a paragraph with two terms counts twice). */
	paragraphs: number;
	lines: KwicHit[];
}

export interface SearchResult {
	terms: string[];
	/** Reports in the filtered corpus, and how many use every term. */
	corpusReports: number;
	reports: number;
	paragraphs: number;
	page: number;
	pages: number;
	groups: SearchGroup[];
	byYear: YearLevelCount[];
	/** Regions using the query, most paragraphs first; at most REGION_ROWS (the CSV has every report). */
	byRegion: RegionCount[];
	regionsTotal: number;
	/** Some term is a common one of one or two characters: found by a scan of every paragraph, slower. */
	scanned: boolean;
	/** The topic filter looked at the first TOPIC_LIMIT paragraphs of a term only. */
	topicLimited: boolean;
	indexing: Progress | null;
}

const TOPIC_LIMIT = 20_000;
const LINES_PER_REPORT = 6;
/** Region rows sent with a page: enough for a country's provinces and cities, bounded for a synthetic 30,000. */
export const REGION_ROWS = 400;

function pick(meta: ReportMeta): SearchGroup['meta'] {
	const { title, region, province, level, year, kind, partial } = meta;
	return { title, region, province, level, year, kind, partial } as SearchGroup['meta'];
}

function levelRank(l?: string): number {
	const i = ['national', 'provincial', 'city', 'district'].indexOf(l ?? '');
	return i < 0 ? 9 : i;
}

/** Paragraph matches per content hash, for every term (a report must use all of them). */
function matchesPerHash(corpus: CorpusStore, query: SearchQuery): { counts: Map<string, number>; topicLimited: boolean } {
	let topicLimited = false;
	let counts: Map<string, number> | null = null;
	for (const term of query.terms) {
		let m: Map<string, number>;
		if (query.topic) {
			m = new Map();
			const rows = corpus.index.paragraphsWith(term, TOPIC_LIMIT);
			if (rows.length >= TOPIC_LIMIT) topicLimited = true;
			for (const r of rows) if (classifyText(r.text, defaultTaxonomy).topic === query.topic) m.set(r.hash, (m.get(r.hash) ?? 0) + 1);
		} else m = corpus.index.textsWith(term);
		if (!counts) counts = m;
		else {
			const next = new Map<string, number>();
			for (const [h, n] of counts) {
				const k = m.get(h);
				if (k) next.set(h, n + k);
			}
			counts = next;
		}
	}
	return { counts: counts ?? new Map(), topicLimited };
}

function sortHits(a: ReportEntry, b: ReportEntry): number {
	return (
		(b.meta.year ?? 0) - (a.meta.year ?? 0) ||
		levelRank(a.meta.level) - levelRank(b.meta.level) ||
		((a.meta.region ?? '') < (b.meta.region ?? '') ? -1 : (a.meta.region ?? '') > (b.meta.region ?? '') ? 1 : 0) ||
		(a.id < b.id ? -1 : 1)
	);
}

/** Hits of the query, filters applied, sorted newest first. */
function hits(corpus: CorpusStore, query: SearchQuery) {
	const { counts, topicLimited } = matchesPerHash(corpus, query);
	const inScope = corpus.list().filter((e) => passes(e.meta, query));
	const using = inScope.filter((e) => counts.has(e.hash)).sort(sortHits);
	return { counts, topicLimited, inScope, using };
}

/** Paragraphs of these texts with any term, by hash, in text order. */
function paragraphsOf(corpus: CorpusStore, hashes: string[], terms: string[], limit: number): Map<string, ParaRow[]> {
	const by = new Map<string, ParaRow[]>();
	const seen = new Set<string>();
	for (const term of terms) {
		for (const r of corpus.index.paragraphsWith(term, limit, hashes)) {
			const key = `${r.hash}:${r.start}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const l = by.get(r.hash);
			if (l) l.push(r);
			else by.set(r.hash, [r]);
		}
	}
	for (const l of by.values()) l.sort((a, b) => a.start - b.start);
	return by;
}

export function searchCorpus(corpus: CorpusStore, query: SearchQuery): SearchResult {
	const indexing = corpus.progress.running ? corpus.progress : null;
	const empty: SearchResult = {
		terms: query.terms,
		corpusReports: 0,
		reports: 0,
		paragraphs: 0,
		page: 1,
		pages: 0,
		groups: [],
		byYear: [],
		byRegion: [],
		regionsTotal: 0,
		scanned: false,
		topicLimited: false,
		indexing
	};
	if (!query.terms.length) return empty;
	const { counts, topicLimited, inScope, using } = hits(corpus, query);
	const { byYear, byRegion } = tally(inScope.map((e) => ({ meta: e.meta, paragraphs: counts.get(e.hash) ?? 0 })));
	const pages = Math.ceil(using.length / PAGE_SIZE);
	const page = Math.min(query.page, Math.max(1, pages));
	const shown = using.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
	const paras = paragraphsOf(corpus, [...new Set(shown.map((e) => e.hash))], query.terms, PAGE_SIZE * 200);
	const groups: SearchGroup[] = shown.map((e) => {
		const lines: KwicHit[] = [];
		for (const p of paras.get(e.hash) ?? []) {
			if (query.topic && classifyText(p.text, defaultTaxonomy).topic !== query.topic) continue;
			for (const h of paragraphKwic(p.text, p.start, query.terms)) if (lines.length < LINES_PER_REPORT) lines.push(h);
			if (lines.length >= LINES_PER_REPORT) break;
		}
		return { id: e.id, meta: pick(e.meta), paragraphs: counts.get(e.hash) ?? 0, lines };
	});
	return {
		terms: query.terms,
		corpusReports: inScope.length,
		reports: using.length,
		paragraphs: using.reduce((n, e) => n + (counts.get(e.hash) ?? 0), 0),
		page,
		pages,
		groups,
		byYear,
		byRegion: byRegion.slice(0, REGION_ROWS),
		regionsTotal: byRegion.length,
		scanned: query.terms.some((t) => corpus.index.scanned(t)),
		topicLimited,
		indexing
	};
}

/** Every report using the query, one CSV row each, with its occurrences counted. */
export function searchCsvOf(corpus: CorpusStore, query: SearchQuery): string {
	if (!query.terms.length) return searchCsv([], []);
	const { counts, using } = hits(corpus, query);
	const occ = new Map<string, number>();
	for (const term of query.terms) for (const [h, n] of corpus.index.termCounts(term)) if (counts.has(h)) occ.set(h, (occ.get(h) ?? 0) + n);
	return searchCsv(
		query.terms,
		using.map((e) => ({ id: e.id, meta: e.meta, paragraphs: counts.get(e.hash) ?? 0, occurrences: occ.get(e.hash) ?? 0 }))
	);
}

/** The search page: the query (read from the address by `$lib/urls/search`), its result, and the menus of the form. */
export async function searchPage(query: SearchQuery) {
	const corpus = await getCorpus();
	const facets = facetCounts(corpus.list());
	return {
		query,
		result: searchCorpus(corpus, query),
		provinces: facets.provinces.map((p) => p.value),
		years: facets.years.map((y) => y.value),
		topics: topicNames(),
		status: corpusStatus(corpus)
	};
}

/** `/search/csv?…`: every report using the query, as a CSV download. */
export async function searchCsvResponse(query: SearchQuery): Promise<Response> {
	const corpus = await getCorpus();
	const name = `duidu-search-${query.terms.join('-') || 'empty'}.csv`;
	return new Response(searchCsvOf(corpus, query), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="search.csv"; filename*=UTF-8''${encodeURIComponent(name)}`
		}
	});
}
