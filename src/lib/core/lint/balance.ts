/**
 * Unbalanced quotes and brackets, paragraph by paragraph: “” ‘’ （） () 《》
 * 【】 「」 『』. Full- and half-width parentheses close each other here —
 * writing （…) is a width slip, which `mixed-width` reports, not a missing
 * bracket.
 */
import type { LintContext, Rule, TextFinding } from './types';

const OPEN: Record<string, string> = {
	'“': 'dq',
	'‘': 'sq',
	'（': 'paren',
	'(': 'paren',
	'《': 'book',
	'【': 'lent',
	'「': 'corner',
	'『': 'wcorner'
};
const CLOSE: Record<string, string> = {
	'”': 'dq',
	'’': 'sq',
	'）': 'paren',
	')': 'paren',
	'》': 'book',
	'】': 'lent',
	'」': 'corner',
	'』': 'wcorner'
};
const PAIR: Record<string, string> = { dq: '“”', sq: '‘’', paren: '（）', book: '《》', lent: '【】', corner: '「」', wcorner: '『』' };

/** A list marker closed by a bracket only: "1)" "a）" "一)" at the start of a paragraph. */
const LIST_CLOSER = /^[\s\u3000]*(?:[0-9０-９]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）]/;

export const unbalanced: Rule = {
	id: 'unbalanced',
	check(ctx: LintContext): TextFinding[] {
		const text = ctx.text;
		const out: TextFinding[] = [];
		let pos = 0;
		while (pos < text.length) {
			let nl = text.indexOf('\n', pos);
			if (nl < 0) nl = text.length;
			checkParagraph(text, pos, nl, out);
			pos = nl + 1;
		}
		return out;
	}
};

function checkParagraph(text: string, from: number, to: number, out: TextFinding[]) {
	const stack: { kind: string; at: number }[] = [];
	const listCloser = LIST_CLOSER.exec(text.slice(from, to));
	const skipAt = listCloser ? from + listCloser[0].length - 1 : -1;
	const report = (at: number, kind: string, closing: boolean) => {
		const ch = text[at];
		out.push({
			rule: 'unbalanced',
			textStart: at,
			textEnd: at + 1,
			zh: closing ? `多余的“${ch}”：本段没有与之配对的“${PAIR[kind][0]}”` : `“${ch}”没有配对的“${PAIR[kind][1]}”（本段内）`,
			en: closing
				? `Stray “${ch}”: no matching “${PAIR[kind][0]}” in this paragraph`
				: `“${ch}” is never closed with “${PAIR[kind][1]}” in this paragraph`
		});
	};
	for (let i = from; i < to; i++) {
		const ch = text[i];
		if (i === skipAt) continue;
		// An apostrophe inside Latin text (People’s) is not a quote.
		if ((ch === '’' || ch === '‘') && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
		// Nor is one before a year (’99昆明世界园艺博览会, ’2003中国南昌…) — unless ’ closes the number: ‘3820’ is quoted.
		if ((ch === '’' || ch === '‘' || ch === "'") && /^[0-9０-９]{2}(?:[0-9０-９]{2})?(?![0-9０-９’])/.test(text.slice(i + 1, i + 6)))
			continue;
		const o = OPEN[ch];
		if (o) {
			stack.push({ kind: o, at: i });
			continue;
		}
		const c = CLOSE[ch];
		if (!c) continue;
		const idx = stack.map((s) => s.kind).lastIndexOf(c);
		if (idx < 0) {
			report(i, c, true);
			continue;
		}
		// Anything opened inside and not closed before this closer is unbalanced.
		for (const s of stack.splice(idx)) if (s.kind !== c) report(s.at, s.kind, false);
	}
	for (const s of stack) report(s.at, s.kind, false);
}
