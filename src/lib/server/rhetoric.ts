/**
 * The rhetoric and draft-checker views over the corpus store: folded texts
 * and term stats are derived per report and cached (memory + index) by the
 * store, so a series of 48 national reports is counted once. Across many
 * reports (every region of a year) term counts come from the full-text
 * index instead: only paragraphs holding a term are read.
 */
import { foldForCount, per10k, termStats, TERMS_VERSION, type SeriesMember, type TermStats, type Trend } from '../core/rhetoric';
import type { CorpusStore } from './corpus';
import { segmenter } from './jieba';

export interface Member extends SeriesMember {
	/** A partial text (excerpt, part, summary): marked wherever a series shows it. */
	partial?: string;
}

export function members(corpus: CorpusStore): Member[] {
	return corpus.list().map((e) => ({ id: e.id, year: e.meta.year, region: e.meta.region, title: e.meta.title, kind: e.meta.kind, ...(e.meta.partial ? { partial: String(e.meta.partial) } : {}) }));
}

/** Reports that may join a series: saved drafts never do. */
export function seriesMembers(corpus: CorpusStore): Member[] {
	const drafts = new Set(corpus.list().filter((e) => e.meta.status === 'draft').map((e) => e.id));
	return members(corpus).filter((m) => !drafts.has(m.id));
}

export function foldedText(corpus: CorpusStore, id: string): string {
	return corpus.derived(id, 'rhetoric-fold', 1, (r) => foldForCount(r.text), (v) => typeof v === 'string') ?? '';
}

export function termStatsOf(corpus: CorpusStore, id: string): TermStats | undefined {
	return corpus.derived(id, 'rhetoric-terms', TERMS_VERSION, (r) => termStats(r.text, segmenter()));
}

/**
 * Term counts per report from the index: occurrences of the term as written
 * in the paragraphs that hold it, counted inside SQLite, per 10,000
 * characters of indexed text. Work grows with the hits, not with the reports
 * (traditional forms are not folded here, unlike one region's series).
 */
export function indexedTrend(corpus: CorpusStore, series: Member[], terms: string[]): Trend {
	const hashOf = new Map(series.map((m) => [m.id, corpus.get(m.id)?.hash ?? '']));
	const hashes = [...new Set(hashOf.values())].filter(Boolean);
	const lengths = corpus.index.textLengths(hashes);
	const counts = terms.map((term) => corpus.index.termCounts(term));
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
