/**
 * Topics of corpus reports, cached by the corpus store (memory + disk) under
 * the report's hash and the classifier/taxonomy version: editing the
 * taxonomy JSON changes the version, so nothing stale is served.
 */
import { classifyReport, defaultTaxonomy, topicsVersion, type ReportTopics } from '../core/topics/index';
import type { CorpusStore } from './corpus';

export function reportTopics(corpus: CorpusStore, id: string): ReportTopics | undefined {
	return corpus.derived(id, 'topics', topicsVersion(defaultTaxonomy), (report) => classifyReport(report, defaultTaxonomy));
}
