/**
 * Keyword in context: every occurrence of a term with the text around it.
 * Searches the folded text (so 國民經濟 is found for 国民经济) but shows the
 * text as written; folding is length-preserving except for whitespace, so
 * the search runs on a whitespace-keeping fold and offsets stay exact.
 */
import { foldTraditional } from '../text/fold';
import { foldWidth } from '../text/fold';
import type { TextMap } from '../textmap';

export interface KwicLine {
	before: string;
	match: string;
	after: string;
	/** Offsets of the match in the decoded input. */
	start: number;
	end: number;
}

export function kwic(
	text: string,
	map: TextMap,
	term: string,
	opts: { width?: number; limit?: number } = {}
): { total: number; lines: KwicLine[] } {
	const width = opts.width ?? 24;
	const limit = opts.limit ?? 20;
	const folded = foldTraditional(foldWidth(text));
	const t = foldTraditional(foldWidth(term.trim()));
	const lines: KwicLine[] = [];
	let total = 0;
	if (!t) return { total, lines };
	for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + t.length)) {
		total++;
		if (lines.length >= limit) continue;
		const s = Math.max(0, i - width);
		const e = Math.min(text.length, i + t.length + width);
		lines.push({
			before: text.slice(s, i).replace(/\n/g, ' '),
			match: text.slice(i, i + t.length),
			after: text.slice(i + t.length, e).replace(/\n/g, ' '),
			start: map.toInput(i),
			end: map.toInput(i + t.length, 'end')
		});
	}
	return { total, lines };
}
