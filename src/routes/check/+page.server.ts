import { fail } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { members } from '$lib/server/rhetoric';
import { topicNames } from '$lib/server/figures';
import { saveDraft } from '$lib/server/save-draft';
import { checkOffThread, corpusChanged } from '$lib/server/work';
import { draftMeta } from '$lib/core/draft';
import { predecessorOf } from '$lib/core/rhetoric';
import type { Actions, PageServerLoad } from './$types';

/** Drafts are confidential: they are checked in memory and written only when the user asks. */
const MAX_DRAFT = 400_000;

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const all = members(corpus);
	// `?report=ID` (the report page's "check as a draft"): that report as the draft, against its predecessor.
	const asDraft = url.searchParams.get('report');
	const me = asDraft && corpus.get(asDraft) ? all.find((m) => m.id === asDraft) : undefined;
	const prefill = me ? { draft: corpus.input(me.id)!, against: predecessorOf(all, me)?.id ?? '' } : null;
	return {
		reports: all.map((m) => ({ id: m.id, label: [m.region, m.year, m.title].filter(Boolean).join(' · ') || m.id })),
		topicNames: topicNames(),
		prefill
	};
};

export const actions: Actions = {
	check: async ({ request }) => {
		const form = await request.formData();
		let draft = String(form.get('draft') ?? '');
		const file = form.get('file');
		if (!draft.trim() && file instanceof File && file.size > 0) draft = await file.text();
		const againstId = String(form.get('against') ?? '');
		const save = form.get('save') === 'on';
		if (!draft.trim()) return fail(400, { error: 'ck.empty', draft, against: againstId, save });
		if (draft.length > MAX_DRAFT) draft = draft.slice(0, MAX_DRAFT);
		const corpus = await getCorpus();
		const all = members(corpus);
		const meta = draftMeta(draft);
		let against = againstId ? all.find((m) => m.id === againstId) : undefined;
		if (!against && meta.region) against = predecessorOf(all, { id: '', region: meta.region, year: meta.year ?? 10000, kind: meta.kind });
		if (!against) return fail(400, { error: 'ck.noAgainst', draft, against: againstId, save });
		// The check runs on a worker thread (the old report's figures and topics from the store's cache there).
		const checked = await checkOffThread(corpus, draft, against.id);
		if (!checked) return fail(400, { error: 'ck.noAgainst', draft, against: againstId, save });
		const { result } = checked;

		let saved: { id: string; title: string } | null = null;
		let saveError = '';
		if (save) {
			try {
				const s = saveDraft(corpus, draft, meta);
				corpusChanged();
				saved = { id: s.id, title: s.title };
			} catch (e) {
				saveError = (e as Error).message;
			}
		}
		return {
			draft,
			against: againstId,
			againstId: against.id,
			againstLabel: [against.region, against.year, against.title].filter(Boolean).join(' · ') || against.id,
			againstYear: against.year ?? null,
			inferred: { region: meta.region ?? '', year: meta.year ?? '' },
			result,
			series: checked.series,
			save,
			saved,
			saveError
		};
	}
};
