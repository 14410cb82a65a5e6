import { getCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

// The query (?region=…) is read by the page itself, so changing filters does not reload this.
export const load: PageServerLoad = async () => {
	const corpus = await getCorpus();
	return {
		reports: corpus.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size })),
		// File names only: where the corpus lives on disk is nobody's business in the page.
		problems: corpus.problems.map((p) => ({ file: baseName(p.file), error: p.error.replaceAll(p.file, baseName(p.file)) }))
	};
};
