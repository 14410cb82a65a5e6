import { getCorpus } from '$lib/server/corpus';
import { serveDiff } from '$lib/server/diff';
import { serveTifa } from '$lib/server/tifa';
import { readParams } from '$lib/components/diff/params';
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
	const tifa = outcome && !('error' in outcome) ? serveTifa(corpus, params.a, params.b) : null;
	return { params, reports, sectionsA, sectionsB, outcome, tifa };
};
