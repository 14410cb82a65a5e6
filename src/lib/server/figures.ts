/**
 * Figures of corpus reports through the store's derived cache, so a restart
 * over an unchanged corpus extracts nothing again. Each figure's topic is the
 * topic classifier's (the report's cached topics), so the figures pages, the
 * compare view and the CLI agree.
 */
import { extractFigures, FIGURES_VERSION, type Figure } from '../core/figures/extract';
import type { ReportFigures } from '../core/figures/series';
import { topicsOf } from '../core/figures/topic';
import { defaultTaxonomy, topicsVersion } from '../core/topics/index';
import type { CorpusStore } from './corpus';
import { reportTopics } from './topics';

/** Figures carry topics, so editing the taxonomy must invalidate them too. */
const version = () => `${FIGURES_VERSION}-${topicsVersion(defaultTaxonomy)}`;

export function figuresOf(corpus: CorpusStore, id: string): Figure[] | undefined {
	return corpus.derived(
		id,
		'figures',
		version(),
		(report, input) => extractFigures(report, input, { topicOf: topicsOf(reportTopics(corpus, id)!) }),
		Array.isArray
	);
}

/**
 * How far from its report's year a figure's year may lie and still make a
 * column of a series: a 2024 report's targets reach 2035, but a year named in
 * passing (1936, 新中国成立以来) is history, not a column. Such figures stay in
 * the report's own figures page.
 */
export const SERIES_YEARS_BEFORE = 5;
export const SERIES_YEARS_AFTER = 30;

export function inSeriesRange(period: number | null, reportYear: number | null): boolean {
	return (
		period === null || reportYear === null || (period >= reportYear - SERIES_YEARS_BEFORE && period <= reportYear + SERIES_YEARS_AFTER)
	);
}

/** Every report's figures with the metadata series need. Saved drafts never join a series. */
export function corpusFigures(
	corpus: CorpusStore,
	filter: (meta: { region?: string; year?: number }) => boolean = () => true
): ReportFigures[] {
	const out: ReportFigures[] = [];
	for (const e of corpus.list()) {
		if (!filter(e.meta) || e.meta.status === 'draft') continue;
		const figures = figuresOf(corpus, e.id);
		if (!figures) continue;
		const year = typeof e.meta.year === 'number' ? e.meta.year : null;
		out.push({ id: e.id, region: e.meta.region ?? null, year, figures: figures.filter((f) => inSeriesRange(f.period, year)) });
	}
	return out;
}

/** Regions in the corpus, with how many reports each has. */
export function corpusRegions(corpus: CorpusStore): { region: string; reports: number }[] {
	const m = new Map<string, number>();
	for (const e of corpus.list()) if (e.meta.region && e.meta.status !== 'draft') m.set(e.meta.region, (m.get(e.meta.region) ?? 0) + 1);
	const zh = new Intl.Collator('zh');
	return [...m].map(([region, reports]) => ({ region, reports })).sort((a, b) => b.reports - a.reports || zh.compare(a.region, b.region));
}

/** Topic labels from the taxonomy data (a user-added topic has no dictionary entry, but has its labels). */
export function topicNames(): Record<string, { zh: string; en: string }> {
	return Object.fromEntries(defaultTaxonomy.topics.map((t) => [t.id, { zh: t.zh, en: t.en }]));
}
