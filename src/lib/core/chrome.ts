/**
 * Recognises what is not report text: site chrome, page numbers, page-break
 * markers, licence trailers. The rules are data (`data/chrome.json`) so a
 * user who meets a new site can add a line without touching code.
 */
import rules from './data/chrome.json';

export interface ChromeRule {
	pattern: RegExp;
	reason: string;
	tail: boolean;
}

interface InlineRule {
	pattern: RegExp;
	where: 'start' | 'end';
	reason: string;
}

const LINE_RULES: ChromeRule[] = rules.lines.map((r) => ({
	pattern: new RegExp(r.pattern, 'i'),
	reason: r.reason,
	tail: Boolean((r as { tail?: boolean }).tail)
}));
const INLINE_RULES: InlineRule[] = rules.inline.map((r) => ({
	pattern: new RegExp(r.pattern),
	where: r.where as 'start' | 'end',
	reason: r.reason
}));
const PAGE_NUMBER = new RegExp(rules.pageNumber, 'i');

/** The rule a whole (trimmed) line matches, if any. */
export function matchChromeLine(trimmed: string): ChromeRule | null {
	for (const r of LINE_RULES) if (r.pattern.test(trimmed)) return r;
	return null;
}

/** Is this (trimmed) line a page number? The one rule (data/chrome.json `pageNumber`), for the parser and the PDF importer. */
export function isPageNumberLine(trimmed: string): boolean {
	// A bare Chinese numeral (一) could be a heading stub; dashed (— 三 —) it is a page number.
	if (/^[一二三四五六七八九十百]{1,4}$/.test(trimmed)) return false;
	return PAGE_NUMBER.test(trimmed);
}

/** Inline markers such as `(上接4版)` at a line's start: [start, end) relative to `line`. */
export function findInlineChrome(line: string): { start: number; end: number; reason: string }[] {
	const out: { start: number; end: number; reason: string }[] = [];
	for (const r of INLINE_RULES) {
		const m = r.pattern.exec(line);
		if (m) out.push({ start: m.index, end: m.index + m[0].length, reason: r.reason });
	}
	return out;
}
