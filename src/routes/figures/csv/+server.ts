import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { corpusFigures, corpusRegions } from '$lib/server/figures';
import { regionSeries } from '$lib/core/figures/series';
import { seriesCsv } from '$lib/core/figures/csv';
import type { RequestHandler } from './$types';

/** GET /figures/csv?region=聊城市[&indicator=…] → the region's series as CSV (one row per point). */
export const GET: RequestHandler = async ({ url }) => {
	const corpus = await getCorpus();
	const region = url.searchParams.get('region') ?? '';
	if (!corpusRegions(corpus).some((r) => r.region === region)) error(404, 'No such region');
	const indicator = url.searchParams.get('indicator') ?? undefined;
	const series = regionSeries(corpusFigures(corpus, (m) => m.region === region), region, { indicator });
	return new Response(seriesCsv(series), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="figures.csv"; filename*=UTF-8''${encodeURIComponent(`figures-${region}.csv`)}`
		}
	});
};
