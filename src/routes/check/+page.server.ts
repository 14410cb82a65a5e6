import { checkDraftForm, checkPage, extractDraft } from '$lib/server/pages/check';
import { readCheckQuery } from '$lib/urls/check';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => checkPage(readCheckQuery(url.searchParams));

export const actions: Actions = {
	/** An uploaded file's text, shown in the draft box before checking. */
	extract: ({ request }) => extractDraft(request),
	check: ({ request }) => checkDraftForm(request)
};
