/**
 * The figures pages' services (the routes parse the address with `$lib/urls/figures`): a
 * region's series, ranked by coverage and paginated, and its CSV.
 */
import { error } from '@sveltejs/kit';
import { getCorpus } from './corpus';
import { corpusFigures, corpusRegions, topicNames } from './figures';
import { filterSeries, regionSeries, seriesYears } from '../core/figures/series';
import { seriesCsv } from '../core/figures/csv';
import { coverageOf } from '../core/coverage';
import type { FiguresCsvQuery, FiguresQuery } from '../urls/figures';

/** Series per page: indicators ranked by coverage (years with a value), the best covered first. */
const PAGE = 12;
/** A value's sentence, shortened around the figure for its tooltip (the link opens the whole sentence). */
const BEFORE = 50;
const AFTER = 30;

function around(context: string, raw: string): string {
	if (context.length <= BEFORE + AFTER + raw.length) return context;
	const at = Math.max(0, context.indexOf(raw));
	const s = Math.max(0, at - BEFORE);
	const e = Math.min(context.length, at + raw.length + AFTER);
	return (s > 0 ? '…' : '') + context.slice(s, e) + (e < context.length ? '…' : '');
}

/** A region's figures: indicators ranked by coverage, paginated, on one time axis of the region's years. */
export async function figuresPage(query: FiguresQuery) {
	const corpus = await getCorpus();
	const regions = corpusRegions(corpus);
	const asked = query.region;
	const region = asked && regions.some((r) => r.region === asked) ? asked : (regions[0]?.region ?? '');
	const whole = region
		? regionSeries(
				corpusFigures(corpus, (m) => m.region === region),
				region
			)
		: [];
	// The search and the topic filter (?q=&topic=) apply to the whole region, then it is paginated.
	const all = filterSeries(whole, { q: query.q, topic: query.topic });
	const pages = Math.max(1, Math.ceil(all.length / PAGE));
	const page = Math.min(query.page, pages);
	const series = all
		.slice((page - 1) * PAGE, page * PAGE)
		.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, context: around(p.context, p.raw) })) }));
	// Reports that hold only part of the text (excerpts, a second half): the page says which.
	const partial = [...new Set(whole.flatMap((s) => s.points.map((p) => p.reportId)))]
		.map((id) => ({ id, meta: corpus.get(id)?.meta }))
		.filter((r) => r.meta && coverageOf(r.id, r.meta).partial)
		.map((r) => ({ id: r.id, title: r.meta?.title ?? r.id, year: r.meta?.year ?? null }));
	// Columns: the years of the whole region, so every page shares one time axis.
	return {
		region,
		regions,
		partial,
		series,
		years: seriesYears(whole),
		page,
		pages,
		total: all.length,
		topics: [...new Set(whole.map((s) => s.topic ?? ''))].sort(),
		topicNames: topicNames()
	};
}

/** GET /figures/csv?region=聊城市[&indicator=…] → the region's series as CSV (one row per point). */
export async function figuresCsvResponse({ region, indicator }: FiguresCsvQuery): Promise<Response> {
	const corpus = await getCorpus();
	if (!corpusRegions(corpus).some((r) => r.region === region)) error(404, 'No such region');
	const series = regionSeries(
		corpusFigures(corpus, (m) => m.region === region),
		region,
		{ indicator }
	);
	return new Response(seriesCsv(series), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="figures.csv"; filename*=UTF-8''${encodeURIComponent(`figures-${region}.csv`)}`
		}
	});
}
