import { getCorpus } from '$lib/server/corpus';
import { corpusFigures, corpusRegions, topicNames } from '$lib/server/figures';
import { regionSeries, seriesYears } from '$lib/core/figures/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const regions = corpusRegions(corpus);
	const asked = url.searchParams.get('region');
	const region = asked && regions.some((r) => r.region === asked) ? asked : (regions[0]?.region ?? '');
	const series = region ? regionSeries(corpusFigures(corpus, (m) => m.region === region), region) : [];
	return { region, regions, series, years: seriesYears(series), topicNames: topicNames() };
};
