/**
 * Full- and half-width forms of the same punctuation mark in one sentence
 * (“，” and “,”; “（” and “)”). A report may be set in either width — seed
 * 002, a newspaper print, uses half-width commas throughout — but one
 * sentence mixing both is a slip. Half-width marks that belong to numbers
 * or Latin text (1,000; 10:30; (GDP)) do not count.
 */
import type { LintContext, Rule, TextFinding } from './types';

const CLASSES: { name: string; full: string; half: string }[] = [
	{ name: 'comma', full: '，', half: ',' },
	{ name: 'semicolon', full: '；', half: ';' },
	{ name: 'colon', full: '：', half: ':' },
	{ name: 'question', full: '？', half: '?' },
	{ name: 'exclamation', full: '！', half: '!' },
	{ name: 'paren', full: '（）', half: '()' }
];

const LATIN_OR_DIGIT = /[0-9A-Za-z]/;

/** Does the half-width mark at `i` belong to a number, Latin text or a list marker? */
function halfIsLatin(s: string, i: number): boolean {
	const ch = s[i];
	const before = s[i - 1] ?? '';
	const after = s[i + 1] ?? '';
	if (ch === ')' && /^[\s\u3000]*(?:[0-9]{1,2}|[A-Za-z])\)$/.test(s.slice(0, i + 1))) return true; // a list marker "1)"
	if (ch === '(' || ch === ')') {
		// A pair around ASCII-only content: (GDP), (2021), (PM2.5).
		const open = ch === '(' ? i : s.lastIndexOf('(', i);
		const close = ch === ')' ? i : s.indexOf(')', i);
		if (open < 0 || close < 0 || open > close) return false;
		return /^[\x20-\x7e]+$/.test(s.slice(open + 1, close));
	}
	if (ch === ',' || ch === ':')
		return (/[0-9]/.test(before) && /[0-9]/.test(after)) || (/[A-Za-z]/.test(before) && /[A-Za-z\s/]/.test(after));
	return LATIN_OR_DIGIT.test(before) && (after === '' || /[\s\x21-\x7e]/.test(after));
}

export const mixedWidth: Rule = {
	id: 'mixed-width',
	check(ctx: LintContext): TextFinding[] {
		const out: TextFinding[] = [];
		const text = ctx.text;
		for (const sent of ctx.report.sentences) {
			const s = text.slice(sent.textStart, sent.textEnd);
			for (const cls of CLASSES) {
				const full: number[] = [];
				const half: number[] = [];
				for (let i = 0; i < s.length; i++) {
					if (cls.full.includes(s[i])) full.push(i);
					else if (cls.half.includes(s[i]) && !halfIsLatin(s, i)) half.push(i);
				}
				if (!full.length || !half.length) continue;
				// Point at the rarer form: that is the one to fix.
				const odd = half.length <= full.length ? half : full;
				const at = sent.textStart + odd[0];
				const written = text[at];
				out.push({
					rule: 'mixed-width',
					textStart: at,
					textEnd: at + 1,
					zh: `同一句中全角“${cls.full}”与半角“${cls.half}”混用（此处为“${written}”）`,
					en: `Full-width “${cls.full}” and half-width “${cls.half}” mixed in one sentence (here “${written}”)`
				});
			}
		}
		return out;
	}
};
