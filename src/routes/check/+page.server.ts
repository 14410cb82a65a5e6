import { fail } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { members } from '$lib/server/rhetoric';
import { checkDraft, draftMeta } from '$lib/core/draft';
import { predecessorOf } from '$lib/core/rhetoric';
import type { Actions, PageServerLoad } from './$types';

/** Drafts are confidential: they are checked in memory and never written anywhere. */
const MAX_DRAFT = 400_000;

export const load: PageServerLoad = async () => {
	const corpus = await getCorpus();
	return { reports: members(corpus).map((m) => ({ id: m.id, label: [m.region, m.year, m.title].filter(Boolean).join(' · ') || m.id })) };
};

export const actions: Actions = {
	check: async ({ request }) => {
		const form = await request.formData();
		let draft = String(form.get('draft') ?? '');
		const file = form.get('file');
		if (!draft.trim() && file instanceof File && file.size > 0) draft = await file.text();
		const againstId = String(form.get('against') ?? '');
		if (!draft.trim()) return fail(400, { error: 'ck.empty', draft, against: againstId });
		if (draft.length > MAX_DRAFT) draft = draft.slice(0, MAX_DRAFT);
		const corpus = await getCorpus();
		const all = members(corpus);
		const meta = draftMeta(draft);
		let against = againstId ? all.find((m) => m.id === againstId) : undefined;
		if (!against && meta.region) against = predecessorOf(all, { id: '', region: meta.region, year: meta.year ?? 10000, kind: meta.kind });
		if (!against) return fail(400, { error: 'ck.noAgainst', draft, against: againstId });
		const old = corpus.parsed(against.id)!;
		const result = checkDraft(draft, old);
		return {
			draft,
			against: againstId,
			againstId: against.id,
			againstLabel: [against.region, against.year, against.title].filter(Boolean).join(' · ') || against.id,
			inferred: { region: meta.region ?? '', year: meta.year ?? '' },
			result
		};
	}
};
