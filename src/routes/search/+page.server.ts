import { getCorpus } from '$lib/server/corpus';
import { searchCorpus } from '$lib/server/search';
import { corpusStatus } from '$lib/server/status';
import { facetCounts } from '$lib/components/library/catalog';
import { readSearchQuery } from '$lib/core/search/index';
import { topicNames } from '$lib/server/figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const query = readSearchQuery(url.searchParams);
	const facets = facetCounts(corpus.list());
	return {
		query,
		result: searchCorpus(corpus, query),
		provinces: facets.provinces.map((p) => p.value),
		years: facets.years.map((y) => y.value),
		topics: topicNames(),
		status: corpusStatus(corpus)
	};
};
