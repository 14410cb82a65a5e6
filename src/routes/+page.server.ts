import { getCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const corpus = await getCorpus();
	return {
		reports: corpus.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size })),
		problems: corpus.problems.map((p) => ({ file: p.file.split(/[\\/]/).pop() ?? p.file, error: p.error }))
	};
};
