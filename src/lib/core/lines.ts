/**
 * First pass of the parser: split the decoded input into lines and decide,
 * line by line, what is report content and what is not (chrome, page
 * numbers, page-break markers, markdown markup). Nothing is rewritten; every
 * decision is an offset range into the input.
 */
import { findInlineChrome, isPageNumberLine, matchChromeLine } from './chrome';
import { WHITESPACE } from './text/whitespace';

/** A span of the input left out of the cleaned text, and why. */
export interface Removed {
	start: number;
	end: number;
	reason: string;
}

/** One line of report content: `[start, end)` is its trimmed extent in the input. */
export interface ContentLine {
	start: number;
	end: number;
	/** The raw line began with indentation (two or more spaces, or an ideographic space). */
	indented: boolean;
	/** A blank line (or removed chrome) separates this line from the previous content line. */
	blankBefore: boolean;
	/** Input ranges inside the line that are removed (markup, inline markers), sorted. */
	cuts: Removed[];
	/** Input ranges that were marked bold (`**…**`), for lead-in detection. */
	bold: [number, number][];
}

export interface LineScan {
	lines: ContentLine[];
	removed: Removed[];
}

function trimRange(input: string, start: number, end: number): [number, number] {
	while (start < end && WHITESPACE.test(input[start])) start++;
	while (end > start && WHITESPACE.test(input[end - 1])) end--;
	return [start, end];
}

/**
 * Line breaks: LF, CRLF, a lone CR (old Mac, some PDF converters), NEL
 * (U+0085, EBCDIC and some GBK conversions), and the Unicode line and
 * paragraph separators U+2028/U+2029. Any of them ends a line.
 */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;

/** Scan `input[from, to)` into content lines and removed spans. */
export function scanLines(input: string, from: number, to: number = input.length): LineScan {
	const lines: ContentLine[] = [];
	const removed: Removed[] = [];
	let pos = from;
	let blank = false;
	while (pos < to) {
		const rawStart = pos;
		LINE_BREAK.lastIndex = pos;
		const br = LINE_BREAK.exec(input);
		let nl = br ? br.index : to;
		let next = br ? br.index + br[0].length : to;
		if (nl > to) nl = next = to;
		const [s, e] = trimRange(input, pos, nl);
		const rawLead = input.slice(pos, s);
		pos = Math.max(next, nl + 1);
		if (s >= e) {
			// A line of zero-width characters is an artifact, not a paragraph gap.
			if (!/^[\u200b\ufeff\u2060]+\s*$/.test(input.slice(rawStart, nl))) blank = true;
			continue;
		}
		const trimmed = input.slice(s, e);
		const rule = matchChromeLine(trimmed);
		if (rule) {
			if (rule.tail) {
				// A licence trailer runs to the end of the document.
				const [ts, te] = trimRange(input, s, to);
				removed.push({ start: ts, end: te, reason: rule.reason });
				break;
			}
			removed.push({ start: s, end: e, reason: rule.reason });
			blank = true;
			continue;
		}
		if (isPageNumberLine(trimmed)) {
			// A page number sits where a page broke, often mid-sentence: no paragraph gap.
			removed.push({ start: s, end: e, reason: 'page-number' });
			continue;
		}
		const line: ContentLine = {
			start: s,
			end: e,
			indented: /^(?:[ \t\u00a0]{2,}|\u3000)/.test(rawLead.replace(/\r/g, '')),
			blankBefore: blank || lines.length === 0,
			cuts: [],
			bold: []
		};
		for (const c of findInlineChrome(trimmed)) {
			line.cuts.push({ start: s + c.start, end: s + c.end, reason: c.reason });
		}
		markAtxHeading(input, line);
		markBold(input, line);
		line.cuts.sort((a, b) => a.start - b.start);
		// A line that was nothing but markers has no content left.
		if (keptLength(line) === 0) {
			for (const c of line.cuts) removed.push(c);
			continue;
		}
		blank = false;
		// Trim the line's extent to its first and last kept character; cuts
		// left outside (a leading `(上接4版)`, a trailing `**`) are removed spans.
		const cuts = line.cuts;
		trimToKept(input, line);
		const kept = new Set(line.cuts);
		for (const c of cuts) if (!kept.has(c)) removed.push(c);
		lines.push(line);
	}
	return { lines, removed };
}

/** A Markdown ATX heading (`## 一、…`): the hashes are markup, the line is the heading. */
function markAtxHeading(input: string, line: ContentLine) {
	const m = /^#{1,6}[ \t\u3000]+(?=\S)/.exec(input.slice(line.start, Math.min(line.end, line.start + 12)));
	if (m) line.cuts.push({ start: line.start, end: line.start + m[0].length, reason: 'markup' });
}

/** Markdown bold (`**…**`): the asterisks are markup, the span between them is bold. */
function markBold(input: string, line: ContentLine) {
	const text = input.slice(line.start, line.end);
	const re = /\*\*/g;
	const marks: number[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) marks.push(line.start + m.index);
	// Pair them up; an unpaired trailing ** is still markup, not text.
	for (let i = 0; i < marks.length; i++) {
		line.cuts.push({ start: marks[i], end: marks[i] + 2, reason: 'markup' });
		if (i % 2 === 1) line.bold.push([marks[i - 1] + 2, marks[i]]);
	}
}

function keptLength(line: ContentLine): number {
	let n = line.end - line.start;
	for (const c of line.cuts) n -= c.end - c.start;
	return n;
}

/**
 * Move the line's ends past cuts that sit at them (and whitespace), until
 * neither end moves. Each end walks the sorted cuts once: linear, where
 * re-scanning every cut per step was quadratic on a line of `**` marks.
 */
function trimToKept(input: string, line: ContentLine) {
	const byStart = line.cuts;
	const byEnd = [...line.cuts].sort((a, b) => b.end - a.end);
	let i = 0;
	let j = 0;
	let moved = true;
	while (moved && line.start < line.end) {
		moved = false;
		while (i < byStart.length && byStart[i].start < line.start) i++;
		while (i < byStart.length && byStart[i].start === line.start && line.start < line.end) {
			line.start = Math.max(line.start, byStart[i].end);
			i++;
			moved = true;
		}
		while (j < byEnd.length && byEnd[j].end > line.end) j++;
		while (j < byEnd.length && byEnd[j].end === line.end && line.start < line.end) {
			line.end = Math.min(line.end, byEnd[j].start);
			j++;
			moved = true;
		}
		const [s, e] = trimRange(input, line.start, line.end);
		if (s !== line.start || e !== line.end) moved = true;
		[line.start, line.end] = [s, e];
	}
	line.cuts = line.cuts.filter((c) => c.start >= line.start && c.end <= line.end);
}
