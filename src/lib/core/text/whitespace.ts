/**
 * Whitespace as report text has it (ASCII, NBSP, the ideographic space, BOM,
 * zero-width space, NEL). For comparison only: the parser never removes it
 * from `ParsedReport.text`.
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
