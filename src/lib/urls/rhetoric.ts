/**
 * The rhetoric page's URL: `/rhetoric?terms=A,B[&region=NAME|&year=YYYY]
 * [&report=ID]`. A year switches to every region of that year; without one
 * the page shows one region over the years (the service picks a default
 * region when none is asked). Terms are split and bounded by `parseTerms`.
 */
import { parseTerms } from '../core/rhetoric/trend';

export const DEFAULT_TERMS = '高质量发展,新质生产力';

export interface RhetoricQuery {
	/** At most six terms; the default pair when the parameter is absent, none when it is empty. */
	terms: string[];
	/** Every region of this year, or null: one region over the years. */
	year: number | null;
	/** The region asked for, null when none (the service's default). */
	region: string | null;
	/** The report under the chart, null: the latest of the series. */
	report: string | null;
}

export function readRhetoricQuery(q: URLSearchParams): RhetoricQuery {
	const year = Number(q.get('year'));
	return {
		terms: parseTerms(q.get('terms') ?? DEFAULT_TERMS),
		year: q.get('year') && Number.isInteger(year) ? year : null,
		region: q.get('region'),
		report: q.get('report')
	};
}

function rhetoricQueryString(p: Partial<RhetoricQuery> & { terms: string[] }): string {
	const q = new URLSearchParams();
	q.set('terms', p.terms.join(','));
	if (p.year !== undefined && p.year !== null) q.set('year', String(p.year));
	else if (p.region !== undefined && p.region !== null) q.set('region', p.region);
	if (p.report) q.set('report', p.report);
	return q.toString();
}

/** The URL of a view: the terms always, then the year or else the region, then the report. */
export function rhetoricHref(p: Partial<RhetoricQuery> & { terms: string[] }): string {
	return `/rhetoric?${rhetoricQueryString(p)}`;
}

/** The view's changes panel (new and vanished terms, 提法 shifts of its report), which the page fetches once shown. */
export function rhetoricChangesHref(p: Partial<RhetoricQuery> & { terms: string[] }): string {
	return `/rhetoric/changes?${rhetoricQueryString(p)}`;
}
