/**
 * The rhetoric and draft-checker views over the corpus store: folded texts
 * and term stats are derived per report and cached (memory + disk) by the
 * store, so a series of 48 national reports is counted once.
 */
import { foldForCount, termStats, TERMS_VERSION, type SeriesMember, type TermStats } from '../core/rhetoric';
import type { CorpusStore } from './corpus';

const FOLD_VERSION = 1;

export function members(corpus: CorpusStore): SeriesMember[] {
	return corpus.list().map((e) => ({ id: e.id, year: e.meta.year, region: e.meta.region, title: e.meta.title, kind: e.meta.kind }));
}

export function foldedText(corpus: CorpusStore, id: string): string {
	return corpus.derived(id, 'rhetoric-fold', FOLD_VERSION, (r) => foldForCount(r.text)) ?? '';
}

export function termStatsOf(corpus: CorpusStore, id: string): TermStats | undefined {
	return corpus.derived(id, 'rhetoric-terms', TERMS_VERSION, (r) => termStats(r.text));
}
