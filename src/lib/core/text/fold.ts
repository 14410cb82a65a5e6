/**
 * Folding text for comparison, one character in, one character out, so an
 * offset found in folded text is an offset in the original. Report text is
 * never rewritten (`ParsedReport.text` keeps every character as written);
 * modules that compare (diff, alignment, topics, rhetoric, figures) fold
 * through here.
 *
 * - traditional → simplified (`foldTraditional`): the 1950s national reports
 *   (Wikisource, traditional script) count 國民經濟 as 国民经济;
 * - full-width → half-width (`foldWidth`, `foldChar`): ＡＢＣ１２ = ABC12, and
 *   full-width punctuation to its ASCII look-alike when asked;
 * - both, for matching words (`foldHan`).
 */
import table from '../data/t2s.json';

const T2S: Record<string, string> = table.map;

export function foldTraditionalChar(ch: string): string {
	return T2S[ch] ?? ch;
}

/** Length-preserving traditional → simplified fold. */
export function foldTraditional(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += T2S[s[i]] ?? s[i];
	return out;
}

const FULL_TO_HALF_PUNCT: Record<string, string> = {
	'，': ',',
	'。': '.',
	'：': ':',
	'；': ';',
	'！': '!',
	'？': '?',
	'（': '(',
	'）': ')',
	'【': '[',
	'】': ']',
	'“': '"',
	'”': '"',
	'‘': "'",
	'’': "'",
	'、': ',',
	'．': '.',
	'－': '-',
	'～': '~',
	'％': '%',
	'／': '/',
	'＋': '+'
};

/**
 * Which full-width forms `foldChar` folds besides letters and digits (always):
 * `punctuation` — all full-width punctuation (`true`), none (`false`), or only
 * the marks listed in a string (the figures scanner folds `．％` and keeps
 * `，`); `spaces` — the ideographic space and NBSP to a space (default true;
 * the scanner keeps them, its patterns tell them apart).
 */
export interface WidthFold {
	punctuation?: boolean | string;
	spaces?: boolean;
}

/**
 * Fold one character to its comparison form: full-width ASCII (Ｕ+FF01–FF5E) to
 * half-width, full-width punctuation to its ASCII look-alike when
 * `punctuation` is set (`true`, or a `WidthFold`). Length-preserving (one char
 * in, one char out), so offsets survive folding.
 */
export function foldChar(ch: string, how: boolean | WidthFold = false): string {
	const punctuation = typeof how === 'boolean' ? how : (how.punctuation ?? false);
	const code = ch.charCodeAt(0);
	if ((code === 0x3000 || code === 0x00a0) && (typeof how === 'boolean' || how.spaces !== false)) return ' ';
	const foldMark = punctuation === true || (typeof punctuation === 'string' && punctuation.includes(ch));
	if (foldMark && FULL_TO_HALF_PUNCT[ch]) return FULL_TO_HALF_PUNCT[ch];
	if (code >= 0xff01 && code <= 0xff5e) {
		const half = String.fromCharCode(code - 0xfee0);
		// Full-width letters and digits always fold; punctuation only when asked.
		if (foldMark || /[0-9A-Za-z]/.test(half)) return half;
	}
	return ch;
}

/** Length-preserving fold of a whole string (see `foldChar`, `WidthFold`). */
export function foldWidth(s: string, how: boolean | WidthFold = false): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += foldChar(s[i], how);
	return out;
}

/** Full-width digits and point to ASCII: `１９８４` → `1984`, `７．９` → `7.9`. */
export function foldDigits(s: string): string {
	return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Fold one string for matching: traditional → simplified, else full-width letters and digits → ASCII (length-preserving). */
export function foldHan(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const simp = foldTraditionalChar(c);
		out += simp !== c ? simp : foldChar(c);
	}
	return out;
}

/** The full-width form of the printable ASCII in `s` (% → ％, GW → ＧＷ): a pattern for text written either way. */
export function fullWidth(s: string): string {
	return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
