/**
 * The rhetoric and draft-checker views over the corpus store: folded texts
 * and term stats are derived per report and cached (memory + index) by the
 * store, so a series of 48 national reports is counted once. Across many
 * reports (every region of a year) term counts come from the full-text
 * index instead: only paragraphs holding a term are read.
 */
import {
	foldForCount,
	kwic,
	newAndVanished,
	per10k,
	predecessorOf,
	regionsOf,
	selectSeries,
	termStats,
	termTrend,
	TERMS_VERSION,
	type SeriesMember,
	type TermStats,
	type Trend
} from '../core/rhetoric';
import { json } from '@sveltejs/kit';
import { getCorpus, type CorpusStore } from './corpus';
import { segmenter } from '../core/segmenter';
import { serveTifa } from './tifa';
import { TextMap } from '../core/textmap';
import type { RhetoricQuery } from '../urls/rhetoric';

export interface Member extends SeriesMember {
	/** A partial text (excerpt, part, summary): marked wherever a series shows it. */
	partial?: string;
}

export function members(corpus: CorpusStore): Member[] {
	return corpus.list().map((e) => ({
		id: e.id,
		year: e.meta.year,
		region: e.meta.region,
		title: e.meta.title,
		kind: e.meta.kind,
		...(e.meta.partial ? { partial: String(e.meta.partial) } : {})
	}));
}

/** Reports that may join a series: saved drafts never do. */
export function seriesMembers(corpus: CorpusStore): Member[] {
	const drafts = new Set(
		corpus
			.list()
			.filter((e) => e.meta.status === 'draft')
			.map((e) => e.id)
	);
	return members(corpus).filter((m) => !drafts.has(m.id));
}

export function foldedText(corpus: CorpusStore, id: string): string {
	return (
		corpus.derived(
			id,
			'rhetoric-fold',
			1,
			(r) => foldForCount(r.text),
			(v) => typeof v === 'string'
		) ?? ''
	);
}

export function termStatsOf(corpus: CorpusStore, id: string): TermStats | undefined {
	return corpus.derived(id, 'rhetoric-terms', TERMS_VERSION, (r) => termStats(r.text, segmenter()));
}

/**
 * Term counts per report from the index: occurrences of the term as written
 * in the series' own paragraphs, counted inside SQLite, per 10,000
 * characters of indexed text. Work grows with the length of the series'
 * texts (a year's few hundred reports), not with the corpus's hits of a
 * common term: 高质量发展 over every region of 2024 cost 140–180 ms of CPU
 * counted corpus-wide, 改革 860–920 ms (traditional forms are not folded
 * here, unlike one region's series).
 */
export function indexedTrend(corpus: CorpusStore, series: Member[], terms: string[]): Trend {
	const hashOf = new Map(series.map((m) => [m.id, corpus.get(m.id)?.hash ?? '']));
	const hashes = [...new Set(hashOf.values())].filter(Boolean);
	const lengths = corpus.index.textLengths(hashes);
	const counts = terms.map((term) => corpus.index.termCounts(term, hashes));
	return {
		terms,
		points: series.map((m) => {
			const h = hashOf.get(m.id) ?? '';
			const chars = lengths.get(h) ?? 0;
			const c = counts.map((byHash) => byHash.get(h) ?? 0);
			return { id: m.id, year: m.year, region: m.region, title: m.title, chars, counts: c, per10k: c.map((n) => per10k(n, chars)) };
		})
	};
}

/** The series a query shows and the report under its chart (the one asked for, else the latest). */
function seriesOf(corpus: CorpusStore, query: RhetoricQuery) {
	// Saved drafts never join a series.
	const all = seriesMembers(corpus);
	const regions = regionsOf(all);
	const mode: 'region' | 'year' = query.year !== null ? 'year' : 'region';
	const region = query.region ?? (regions.some((r) => r.region === '中华人民共和国') ? '中华人民共和国' : (regions[0]?.region ?? ''));
	const series = query.year !== null ? selectSeries(all, { year: query.year }) : selectSeries(all, { region });
	const selected = series.find((m) => m.id === query.report) ?? series[series.length - 1];
	return { all, regions, mode, region, series, selected };
}

const titleOf = (m: Member) => `${m.region ?? ''} ${m.year ?? ''}`.trim() || m.id;

/**
 * The rhetoric page: term trends of one region over the years, or of every
 * region of a year, and the chart's report in context (KWIC). What that
 * report changed from its predecessor (new and vanished terms, 提法 shifts:
 * both reports segmented, ~1 s of CPU the first time) is a panel of its own,
 * fetched by the page from `/rhetoric/changes` (rhetoricChangesResponse).
 */
export async function rhetoricPage(query: RhetoricQuery) {
	const corpus = await getCorpus();
	const { all, regions, mode, region, series, selected } = seriesOf(corpus, query);
	const years = [...new Set(all.map((m) => m.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
	const { terms, year } = query;
	// One region's reports: counted on each folded text. Every region of a year: from the full-text index.
	const trend =
		mode === 'year'
			? indexedTrend(corpus, series, terms)
			: termTrend(
					series.map((m) => ({ ...m, folded: foldedText(corpus, m.id) })),
					terms
				);
	const partial = Object.fromEntries(series.filter((m) => m.partial).map((m) => [m.id, m.partial!]));
	let context: { id: string; title: string; terms: { term: string; total: number; lines: ReturnType<typeof kwic>['lines'] }[] } | null =
		null;
	if (selected) {
		const parsed = corpus.parsed(selected.id)!;
		const map = new TextMap(parsed.pieces);
		context = {
			id: selected.id,
			title: titleOf(selected),
			terms: terms.map((term) => ({ term, ...kwic(parsed.text, map, term, { limit: 8 }) }))
		};
	}
	return { terms, partial, mode, region, year, regions, years, trend, selected: selected?.id ?? null, context };
}

/** What the chart's report changed from the same region's previous report: new and vanished terms, 提法 shifts. */
export async function rhetoricChanges(query: RhetoricQuery) {
	const corpus = await getCorpus();
	const { all, selected } = seriesOf(corpus, query);
	const prev = selected && predecessorOf(all, selected);
	if (!selected || !prev) return { changes: null, tifa: null, noPredecessor: !!selected };
	const a = termStatsOf(corpus, prev.id)!;
	const b = termStatsOf(corpus, selected.id)!;
	const fa = foldedText(corpus, prev.id);
	const fb = foldedText(corpus, selected.id);
	const changes = {
		id: selected.id,
		title: titleOf(selected),
		prevId: prev.id,
		prevTitle: titleOf(prev),
		result: newAndVanished(a, b, { prev: (t) => fa.includes(t), cur: (t) => fb.includes(t) }, { limit: 20 })
	};
	return { changes, tifa: serveTifa(corpus, prev.id, selected.id), noPredecessor: false };
}

/** GET /rhetoric/changes?…: the changes panel as JSON, for the page to show once it has it. */
export async function rhetoricChangesResponse(query: RhetoricQuery): Promise<Response> {
	return json(await rhetoricChanges(query));
}
