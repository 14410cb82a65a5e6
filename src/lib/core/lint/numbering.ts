/**
 * Numbering that skips or repeats: an annex list going 14, 16; a list going
 * 5, 7, 7; two （四） headings. Reads the marker at the start of every block
 * of the cleaned text — headings, run-in headings and list items alike, the
 * same markers the parser's outline is built from — and follows one
 * sequence per marker style. A marker of a higher level (一、 above （一）
 * above 1.) closes the sequences below it, and a 1 starts a new list, so
 * separate lists are never compared with each other.
 */
import { readMarker, type MarkerStyle } from '../headings';
import { writeChineseOrdinal } from '../text/numerals';
import type { LintContext, Rule, TextFinding } from './types';

/** Nesting rank of each style: lower ranks close the sequences of higher ones. */
const RANK: Record<MarkerStyle, number> = { annex: 0, 'cn-dun': 1, di: 1.5, 'cn-paren': 2, 'ar-dot': 3, 'ar-paren': 4, circled: 5 };

/** How a marker of `style` with ordinal `n` is written, for messages. */
export function markerLabel(style: MarkerStyle, n: number): string {
	switch (style) {
		case 'cn-dun':
			return `${writeChineseOrdinal(n)}、`;
		case 'cn-paren':
			return `（${writeChineseOrdinal(n)}）`;
		case 'ar-dot':
			return `${n}.`;
		case 'ar-paren':
			return `（${n}）`;
		case 'circled':
			return String.fromCharCode(0x2460 + n - 1);
		case 'di':
			return `第${writeChineseOrdinal(n)}`;
		case 'annex':
			return `附件${n}`;
	}
}

interface Seen {
	ordinal: number;
}

/**
 * A glossary entry: `9. 零基预算：不考虑…` (a term and a colon), or a short
 * term alone on its line (`3.七富七强`) whose next paragraph defines it (`七富：…`).
 */
function glossaryEntry(text: string, from: number, lineEnd: number): boolean {
	const line = text.slice(from, lineEnd).trim();
	if (/^[^，。；,;]{1,24}[：:]/.test(line)) return true;
	if (line.length > 16 || /[，。；,;]/.test(line)) return false;
	const next = text.slice(lineEnd + 1, lineEnd + 200).replace(/^\s+/, '');
	return /^[^，。；\n]{1,20}[：:]/.test(next);
}

export const numbering: Rule = {
	id: 'numbering',
	check(ctx: LintContext): TextFinding[] {
		const text = ctx.text;
		const out: TextFinding[] = [];
		const open = new Map<MarkerStyle, Seen>();
		let pos = 0;
		while (pos <= text.length) {
			let nl = text.indexOf('\n', pos);
			if (nl < 0) nl = text.length;
			const lead = /^[\s\u3000]*/.exec(text.slice(pos, nl))![0].length;
			const start = pos + lead;
			const marker = readMarker(text.slice(start, nl));
			pos = nl + 1;
			if (!marker) continue;
			const rank = RANK[marker.style];
			for (const style of [...open.keys()]) if (RANK[style] > rank) open.delete(style);
			const prev = open.get(marker.style);
			open.set(marker.style, { ordinal: marker.ordinal });
			// A 1, the next number, or a step back (a new list that does not start
			// at 1, as in an excerpt) are not slips.
			if (!prev || marker.ordinal === 1 || marker.ordinal === prev.ordinal + 1 || marker.ordinal < prev.ordinal) continue;
			// Glossary notes (名词解释) are numbered by the note marks in the text, which need not run in order.
			if (marker.ordinal > prev.ordinal + 1 && glossaryEntry(text, start + marker.length, nl)) continue;
			const here = markerLabel(marker.style, marker.ordinal);
			const before = markerLabel(marker.style, prev.ordinal);
			const span = { rule: 'numbering' as const, textStart: start, textEnd: start + marker.length };
			if (marker.ordinal === prev.ordinal) {
				out.push({ ...span, zh: `编号重复：${here}出现两次`, en: `Numbering repeats: ${here} comes twice in a row` });
			} else if (marker.ordinal > prev.ordinal + 1) {
				const missing =
					markerLabel(marker.style, prev.ordinal + 1) +
					(marker.ordinal > prev.ordinal + 2 ? `…${markerLabel(marker.style, marker.ordinal - 1)}` : '');
				out.push({
					...span,
					zh: `编号跳号：${before}之后是${here}，缺少${missing}`,
					en: `Numbering skips: ${here} follows ${before}; ${missing} is missing`
				});
			}
		}
		return out;
	}
};
