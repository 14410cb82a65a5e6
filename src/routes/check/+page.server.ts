import { fail } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { members } from '$lib/server/rhetoric';
import { corpusFigures, figuresOf, topicNames } from '$lib/server/figures';
import { reportTopics } from '$lib/server/topics';
import { saveDraft } from '$lib/server/save-draft';
import { checkDraft, draftMeta } from '$lib/core/draft';
import { regionSeries } from '$lib/core/figures/series';
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
		const old = corpus.parsed(against.id)!;
		const region = old.meta.region;
		const series = region ? regionSeries(corpusFigures(corpus, (m) => m.region === region), region) : [];
		// The old report's figures and topics come from the store's cache; only the draft is analysed here.
		const result = checkDraft(
			draft,
			{ report: old, input: corpus.input(against.id)!, figures: figuresOf(corpus, against.id), topics: reportTopics(corpus, against.id) },
			{ series }
		);
		const used = new Set(result.figures.map((f) => f.seriesKey).filter(Boolean));

		let saved: { id: string; title: string } | null = null;
		let saveError = '';
		if (save) {
			try {
				const s = saveDraft(corpus, draft, meta);
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
			series: Object.fromEntries(series.filter((s) => used.has(s.key)).map((s) => [s.key, s])),
			save,
			saved,
			saveError
		};
	}
};
