/**
 * The diff page's state lives in its URL, so any view can be bookmarked or
 * linked to: `/diff?a=ID&b=ID[&section=ID][&sectionB=ID][&mode=inline]
 * [&punct=exact][&space=exact][&numbers=exact][&only=matches][&phrases=on|off]`.
 * Defaults are left out of the URL (phrases: on when the texts are mostly different).
 */
import type { DiffOptions } from '$lib/core/diff/options';

export type DiffMode = 'side' | 'inline';
export type PhrasesParam = 'auto' | 'on' | 'off';

export interface DiffParams {
	a: string;
	b: string;
	section: string;
	sectionB: string;
	mode: DiffMode;
	onlyMatches: boolean;
	phrases: PhrasesParam;
	options: DiffOptions;
}

export function readParams(q: URLSearchParams): DiffParams {
	return {
		a: q.get('a') ?? '',
		b: q.get('b') ?? '',
		section: q.get('section') ?? '',
		sectionB: q.get('sectionB') ?? '',
		mode: q.get('mode') === 'inline' ? 'inline' : 'side',
		onlyMatches: q.get('only') === 'matches',
		phrases: q.get('phrases') === 'on' ? 'on' : q.get('phrases') === 'off' ? 'off' : 'auto',
		options: {
			ignorePunctuationWidth: q.get('punct') !== 'exact',
			ignoreWhitespace: q.get('space') !== 'exact',
			ignoreNumberFormat: q.get('numbers') !== 'exact'
		}
	};
}

export function diffHref(p: Partial<DiffParams> & { a: string; b: string }): string {
	const q = new URLSearchParams();
	q.set('a', p.a);
	q.set('b', p.b);
	if (p.section) q.set('section', p.section);
	if (p.section && p.sectionB) q.set('sectionB', p.sectionB);
	if (p.mode === 'inline') q.set('mode', 'inline');
	if (p.options && !p.options.ignorePunctuationWidth) q.set('punct', 'exact');
	if (p.options && !p.options.ignoreWhitespace) q.set('space', 'exact');
	if (p.options && !p.options.ignoreNumberFormat) q.set('numbers', 'exact');
	if (p.onlyMatches) q.set('only', 'matches');
	if (p.phrases === 'on' || p.phrases === 'off') q.set('phrases', p.phrases);
	return `/diff?${q}`;
}
