import { getCorpus } from '$lib/server/corpus';
import { searchCsvOf } from '$lib/server/search';
import { readSearchQuery } from '$lib/core/search/index';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const corpus = await getCorpus();
	const query = readSearchQuery(url.searchParams);
	const name = `duidu-search-${query.terms.join('-') || 'empty'}.csv`;
	return new Response(searchCsvOf(corpus, query), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="search.csv"; filename*=UTF-8''${encodeURIComponent(name)}`
		}
	});
};
