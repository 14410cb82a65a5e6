import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { parsedOffThread } from '$lib/server/work';
import { members } from '$lib/server/rhetoric';
import { serveSources, storeCorpus } from '$lib/server/reuse';
import { predecessorOf } from '$lib/core/rhetoric';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const corpus = await getCorpus();
	// Only ids from the corpus index resolve: a path never reaches the file system.
	const entry = corpus.get(params.id);
	// A report not parsed yet is parsed on a worker thread: other requests do not wait.
	const parsed = entry && (await parsedOffThread(corpus, entry.id));
	if (!entry || !parsed) error(404, 'No such report');
	// Sentences are not shown here; leaving them out keeps the page small.
	const { meta, text, sections, paragraphs, removed, pieces } = parsed;
	// The same region's previous report, if any: what a draft check or a year-on-year comparison starts from.
	const all = members(corpus);
	const prev = predecessorOf(all, all.find((m) => m.id === entry.id)!);
	const predecessor = prev ? { id: prev.id, year: prev.year ?? null, title: [prev.region, prev.year, prev.title].filter(Boolean).join(' · ') } : null;
	const sources = serveSources(storeCorpus(corpus), entry.id);
	return { id: entry.id, size: entry.size, report: { meta, text, sections, paragraphs, removed, pieces }, input: corpus.input(entry.id)!, predecessor, sources };
};
