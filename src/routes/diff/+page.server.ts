import { getCorpus } from '$lib/server/corpus';
import { serveDiff } from '$lib/server/diff';
import { matterCounterparts } from '$lib/server/align';
import { serveTifa } from '$lib/server/tifa';
import { readParams } from '$lib/components/diff/params';
import { coverageOf } from '$lib/core/coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const params = readParams(url.searchParams);
	const reports = corpus.list().map((r) => ({ id: r.id, title: r.meta.title ?? r.id, region: r.meta.region ?? '', year: r.meta.year ?? null }));
	// Sections worth picking: chapters and their numbered parts, not lead-ins.
	const sectionsOf = (id: string) =>
		(corpus.parsed(id)?.sections ?? []).filter((s) => s.level <= 2 && s.kind !== 'lead').map((s) => ({ id: s.id, heading: s.heading, level: s.level }));
	const sectionsA = params.a && corpus.get(params.a) ? sectionsOf(params.a) : [];
	const sectionsB = params.b && corpus.get(params.b) ? sectionsOf(params.b) : [];
	const outcome = params.a && params.b ? serveDiff(corpus, { a: params.a, b: params.b, section: params.section || undefined, sectionB: params.sectionB || undefined, options: params.options, phrases: params.phrases }) : null;
	// Two cities rarely share sentences: "only matching passages" then keeps the passages the
	// compare view's matcher pairs by matter (老旧小区改造, 大气污染防治…), as well as paired sentences.
	const regionOf = (id: string) => corpus.get(id)?.meta.region;
	const matched = outcome && !('error' in outcome) && params.onlyMatches && regionOf(params.a) !== regionOf(params.b) ? matterCounterparts(corpus, params.a, params.b) : null;
	// A report that is only part of one (an excerpt, a second half): the header says so.
	const coverage = (id: string) => {
		const e = corpus.get(id);
		return e ? coverageOf(id, e.meta) : { partial: false };
	};
	const tifa = outcome && !('error' in outcome) ? serveTifa(corpus, params.a, params.b) : null;
	return { params, reports, sectionsA, sectionsB, outcome, matched, tifa, coverage: { a: coverage(params.a), b: coverage(params.b) } };
};
