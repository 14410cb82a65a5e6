/**
 * What counts as "the same wording". Every comparison in the diff goes
 * through `comparisonKey`, so an option changes what is equal without ever
 * changing the text shown (segments always carry the original characters).
 */
import { foldChar, foldDigits } from '../text/fold';
import { WHITESPACE_G } from '../text/whitespace';

export interface DiffOptions {
	/** `，` equals `,`, `（` equals `(`, full-width letters equal half-width ones. */
	ignorePunctuationWidth: boolean;
	/** Spaces (ASCII, ideographic, NBSP) never make a difference: `200 亿元` = `200亿元`. */
	ignoreWhitespace: boolean;
	/** `1,000` = `1000`, `５．２` = `5.2`, `5.0%` = `5%`. */
	ignoreNumberFormat: boolean;
}

export const DEFAULT_OPTIONS: DiffOptions = {
	ignorePunctuationWidth: true,
	ignoreWhitespace: true,
	ignoreNumberFormat: true
};

export function withDefaults(o: Partial<DiffOptions> = {}): DiffOptions {
	return { ...DEFAULT_OPTIONS, ...o };
}

// A thousands separator is a comma followed by exactly three digits.
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
// Trailing zeros after a decimal point say nothing about the quantity.
const TRAILING_ZEROS = /(\d)\.(\d*?)0+(?!\d)/g;

/** The form two pieces of text are compared in. Never shown to anyone. */
export function comparisonKey(text: string, o: DiffOptions): string {
	// Most keys are of word tokens that no step below touches (no space, digit or wide mark).
	if (!TOUCHED.test(text)) return text;
	let k = text;
	if (o.ignoreWhitespace) k = k.replace(WHITESPACE_G, '');
	if (o.ignoreNumberFormat) {
		k = foldDigits(k)
			.replace(THOUSANDS, '$1')
			.replace(TRAILING_ZEROS, (_m, d: string, frac: string) => (frac ? `${d}.${frac}` : d));
	}
	if (o.ignorePunctuationWidth) k = k.replace(WIDE, foldWide);
	return k;
}

// Same result as text/fold's foldWidth(s, true), but touching only the
// characters that fold: keys are computed for every unit and token, and a
// per-character loop was a measurable share of a full-report diff.
const WIDE = /[\uff01-\uff5e\u3000\u00a0，。：；！？（）【】“”‘’、．－～％／＋]/g;
const foldWide = (c: string) => foldChar(c, true);
/**
 * Every character one of the steps of `comparisonKey` may change or read:
 * whitespace (WHITESPACE_G), digits and points (foldDigits, THOUSANDS,
 * TRAILING_ZEROS) and WIDE. Text without any of them is its own key.
 */
const TOUCHED = /[\s\u00a0\u3000\ufeff\u200b\u00850-9０-９．\uff01-\uff5e，。：；！？（）【】“”‘’、－～％／＋]/;
