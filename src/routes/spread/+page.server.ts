import { getCorpus } from '$lib/server/corpus';
import { serveSpread, storeCorpus } from '$lib/server/reuse';
import type { PageServerLoad } from './$types';

/** `/spread?term=新质生产力`: the first year each region uses a formula, and adoption by level over time. */
export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	return serveSpread(storeCorpus(corpus), url.searchParams.get('term') ?? '新质生产力');
};
