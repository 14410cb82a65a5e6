/**
 * The form text and terms are counted in: traditional folded to simplified,
 * full-width letters and digits to half-width, whitespace dropped (PDF
 * conversions put spaces inside words). 國民經濟 counts as 国民经济.
 */
import { foldTraditional, foldWidth } from '../text/fold';
import { WHITESPACE_G } from '../text/whitespace';

export function foldForCount(s: string): string {
	return foldTraditional(foldWidth(s)).replace(WHITESPACE_G, '');
}

/** Non-overlapping occurrences of `term` in `text` (both already folded). */
export function countOccurrences(text: string, term: string): number {
	if (!term) return 0;
	let n = 0;
	for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
	return n;
}

/** Occurrences per 10,000 characters. */
export function per10k(count: number, chars: number): number {
	return chars > 0 ? (count / chars) * 10000 : 0;
}
