/**
 * Character-level normalisation used for *comparison* only. The parser never
 * rewrites report text: `ParsedReport.text` keeps every character as written,
 * and modules that compare (diff, alignment, figures) fold through here.
 */

/** Whitespace as it appears in Chinese report text: ASCII, NBSP, ideographic space, BOM, NEL (a line break). */
export const WHITESPACE = /[\s\u00a0\u3000\ufeff\u200b\u0085]/;
export const WHITESPACE_G = /[\s\u00a0\u3000\ufeff\u200b\u0085]+/g;

export function isBlank(s: string): boolean {
	return s.replace(WHITESPACE_G, '') === '';
}

/** Remove every whitespace character (the lossless invariant compares texts this way). */
export function stripWhitespace(s: string): string {
	return s.replace(WHITESPACE_G, '');
}

const FULL_TO_HALF_PUNCT: Record<string, string> = {
	'，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?',
	'（': '(', '）': ')', '【': '[', '】': ']', '“': '"', '”': '"', '‘': "'", '’': "'",
	'、': ',', '．': '.', '－': '-', '～': '~', '％': '%', '／': '/', '＋': '+'
};

/**
 * Fold one character to its comparison form: full-width ASCII (Ｕ+FF01–FF5E) to
 * half-width, full-width punctuation to its ASCII look-alike when
 * `punctuation` is set. Length-preserving (one char in, one char out), so
 * offsets survive folding.
 */
export function foldChar(ch: string, punctuation = false): string {
	const code = ch.charCodeAt(0);
	if (code === 0x3000 || code === 0x00a0) return ' ';
	if (punctuation && FULL_TO_HALF_PUNCT[ch]) return FULL_TO_HALF_PUNCT[ch];
	if (code >= 0xff01 && code <= 0xff5e) {
		const half = String.fromCharCode(code - 0xfee0);
		// Full-width letters and digits always fold; punctuation only when asked.
		if (punctuation || /[0-9A-Za-z]/.test(half)) return half;
	}
	return ch;
}

/** Length-preserving fold of a whole string (see `foldChar`). */
export function foldWidth(s: string, punctuation = false): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += foldChar(s[i], punctuation);
	return out;
}

/** Full-width digits and point to ASCII: `１９８４` → `1984`, `７．９` → `7.9`. */
export function foldDigits(s: string): string {
	return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Sentence-final punctuation (Chinese and Western). */
export const SENTENCE_END = '。！？!?';
/** Characters after which a line may end without the sentence running on. */
export const LINE_END_OK = '。！？!?：:；;…”’」』）)】》';
