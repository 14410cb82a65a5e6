import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const corpus = await getCorpus();
	// Only ids from the corpus index resolve: a path never reaches the file system.
	const report = corpus.parsed(params.id);
	if (!report) error(404, 'No such report');
	return { id: params.id, report, input: corpus.input(params.id)! };
};
