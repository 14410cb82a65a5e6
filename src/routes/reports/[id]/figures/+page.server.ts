import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { corpusFigures, figuresOf, topicNames } from '$lib/server/figures';
import { indicatorKey, regionSeries } from '$lib/core/figures/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const corpus = await getCorpus();
	const report = corpus.parsed(params.id);
	const figures = figuresOf(corpus, params.id);
	if (!report || !figures) error(404, 'No such report');
	const region = report.meta.region ?? null;
	// The region's series, so each figure can show how its indicator moved.
	const series = region ? regionSeries(corpusFigures(corpus, (m) => m.region === region), region) : [];
	const seriesByIndicator: Record<string, (typeof series)[number]> = {};
	for (const s of series) {
		const k = `${s.key}`;
		seriesByIndicator[k] = s;
	}
	return {
		id: params.id,
		meta: report.meta,
		region,
		figures: figures.map((f) => {
			const s = series.find((x) => x.key.startsWith(`${indicatorKey(f.indicator)}|`) && x.points.some((p) => p.reportId === params.id && p.start === f.start));
			const me = s?.points.find((p) => p.reportId === params.id && p.start === f.start);
			// The latest earlier actual of the same series: what this figure changed from.
			const prev = s && me ? [...s.points].reverse().find((p) => p.kind === 'actual' && p.year < me.year) : undefined;
			return {
				...f,
				seriesKey: s && s.points.length > 1 ? s.key : null,
				change: s && me && prev ? { unit: s.unit, oldValue: prev.value, oldYear: prev.year, newValue: me.value, newYear: me.year } : null
			};
		}),
		series: seriesByIndicator,
		topicNames: topicNames()
	};
};
