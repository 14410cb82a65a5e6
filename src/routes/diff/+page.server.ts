import { getCorpus } from '$lib/server/corpus';
import { diffOffThread, parsedOffThread } from '$lib/server/work';
import { readParams } from '$lib/components/diff/params';
import { coverageOf } from '$lib/core/coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const params = readParams(url.searchParams);
	const reports = corpus.list().map((r) => ({ id: r.id, title: r.meta.title ?? r.id, region: r.meta.region ?? '', year: r.meta.year ?? null }));
	// The diff (and the sections worth picking) are computed on a worker thread: other requests do not wait.
	const work = params.a && params.b ? await diffOffThread(corpus, { a: params.a, b: params.b, section: params.section || undefined, sectionB: params.sectionB || undefined, options: params.options, phrases: params.phrases, onlyMatches: params.onlyMatches }) : null;
	const sectionsOf = async (id: string) => ((await parsedOffThread(corpus, id))?.sections ?? []).filter((s) => s.level <= 2 && s.kind !== 'lead').map((s) => ({ id: s.id, heading: s.heading, level: s.level }));
	const sectionsA = work ? work.sectionsA : params.a && corpus.get(params.a) ? await sectionsOf(params.a) : [];
	const sectionsB = work ? work.sectionsB : params.b && corpus.get(params.b) ? await sectionsOf(params.b) : [];
	const outcome = work?.outcome ?? null;
	// A report that is only part of one (an excerpt, a second half): the header says so.
	const coverage = (id: string) => {
		const e = corpus.get(id);
		return e ? coverageOf(id, e.meta) : { partial: false };
	};
	return { params, reports, sectionsA, sectionsB, outcome, matched: work?.matched ?? null, tifa: work?.tifa ?? null, coverage: { a: coverage(params.a), b: coverage(params.b) } };
};
