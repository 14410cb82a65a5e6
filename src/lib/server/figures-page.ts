/**
 * The figures pages' services (the routes parse the address with `$lib/urls/figures`): a
 * region's series, ranked by coverage and paginated, and its CSV.
 */
import { error } from '@sveltejs/kit';
import { contentHash } from './cache';
import { getCorpus, type CorpusStore } from './corpus';
import { corpusFigures, corpusRegions, SERIES_YEARS_AFTER, SERIES_YEARS_BEFORE, topicNames } from './figures';
import { Lru } from './store/lru';
import { codeVersion } from './store/code-version';
import { filterSeries, regionSeries, seriesYears, type Series } from '../core/figures/series';
import { seriesCsv } from '../core/figures/csv';
import { coverageOf } from '../core/coverage';
import type { FiguresCsvQuery, FiguresQuery } from '../urls/figures';

/**
 * A page of series: indicators ranked by coverage (years with a value), the best covered first,
 * at most 12 a page and no more than 180 values (a national series of 70 years ran to 240 values
 * and 354 KB on its first page; each value is a link, a tooltip and a dot of its sparkline).
 */
const PAGE = 12;
const PAGE_VALUES = 180;

/** Where each page starts: series are added to a page until it holds PAGE series or PAGE_VALUES values (one series at least). */
export function pageStarts(series: { points: unknown[] }[], maxSeries = PAGE, maxValues = PAGE_VALUES): number[] {
	const starts = [0];
	let n = 0;
	let values = 0;
	series.forEach((s, i) => {
		if (n > 0 && (n >= maxSeries || values + s.points.length > maxValues)) {
			starts.push(i);
			n = 0;
			values = 0;
		}
		n++;
		values += s.points.length;
	});
	return starts;
}
/** A value's sentence, shortened around the figure for its tooltip (the link opens the whole sentence). */
const BEFORE = 50;
const AFTER = 30;

export function around(context: string, raw: string): string {
	if (context.length <= BEFORE + AFTER + raw.length) return context;
	const at = Math.max(0, context.indexOf(raw));
	const s = Math.max(0, at - BEFORE);
	const e = Math.min(context.length, at + raw.length + AFTER);
	return (s > 0 ? '…' : '') + context.slice(s, e) + (e < context.length ? '…' : '');
}

/** Built series of the regions last shown (a national series of 70 years is a few MB). */
const built = new Lru<string, Series[]>(4);

/**
 * A region's series, built once from its reports' stored figures and kept in
 * the index under a hash of its reports (ids, content hashes, years) and the
 * version of the code that builds them: a fresh server reads them back in one
 * row instead of reading 70 reports' figures and building again (the national
 * series: 200 ms of CPU to build on every request before). A changed, added
 * or removed report, or changed figures or series code, is a new key.
 */
export function regionSeriesOf(corpus: CorpusStore, region: string): Series[] {
	const members = corpus
		.list()
		.filter((e) => e.meta.region === region && e.meta.status !== 'draft')
		.map((e) => [e.id, e.hash, e.meta.year ?? null]);
	const key = contentHash(JSON.stringify([region, SERIES_YEARS_BEFORE, SERIES_YEARS_AFTER, members]));
	const version = codeVersion('figures-series');
	const hit = built.get(key);
	if (hit) return hit;
	let series: Series[] | undefined;
	const stored = corpus.index.getDerived('figures-region', version, key);
	if (stored !== undefined) {
		try {
			const v = JSON.parse(stored);
			if (Array.isArray(v)) series = v;
		} catch {
			// Unreadable: built again below.
		}
	}
	if (!series) {
		series = regionSeries(
			corpusFigures(corpus, (m) => m.region === region),
			region
		);
		try {
			corpus.index.setDerived('figures-region', version, key, JSON.stringify(series));
		} catch {
			// Not kept: only costs speed.
		}
	}
	built.set(key, series);
	return series;
}

/** A region's figures: indicators ranked by coverage, paginated, on one time axis of the region's years. */
export async function figuresPage(query: FiguresQuery) {
	const corpus = await getCorpus();
	const regions = corpusRegions(corpus);
	const asked = query.region;
	const region = asked && regions.some((r) => r.region === asked) ? asked : (regions[0]?.region ?? '');
	const whole = region ? regionSeriesOf(corpus, region) : [];
	// The search and the topic filter (?q=&topic=) apply to the whole region, then it is paginated.
	const all = filterSeries(whole, { q: query.q, topic: query.topic });
	const starts = pageStarts(all);
	const pages = starts.length;
	const page = Math.min(query.page, pages);
	const series = all
		.slice(starts[page - 1], starts[page] ?? all.length)
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
