/**
 * The report parser: decoded input in, structured report out, losing
 * nothing. `text` is the input minus the spans listed in `removed` (and
 * whitespace between lines); every offset in the result points into the
 * input, and `pieces` maps the text back to it.
 */
import { joinBlocks } from './blocks';
import { readFrontMatter } from './frontmatter';
import { scanLines, type ContentLine, type Removed } from './lines';
import { inferMeta, metaFromFields, type ReportMeta } from './meta';
import { buildOutline, type BlockKind, type SectionKind, type TextBlock } from './outline';
import { splitSentences } from './sentences';
import { DeepestSweep } from './text/deepest';
import { TextMap, type Piece } from './textmap';

export type { Removed } from './lines';
export type { ReportMeta } from './meta';

export interface Section {
	id: string;
	parent: string | null;
	level: number;
	heading: string;
	/** Input offsets of the whole section (heading through the end of its content). */
	start: number;
	end: number;
	kind: SectionKind;
	/** Text offsets of the section and of its heading. */
	textStart: number;
	textEnd: number;
	headingStart: number;
	headingEnd: number;
}

export interface Paragraph {
	start: number;
	end: number;
	section: string | null;
	kind: Exclude<BlockKind, 'heading'>;
	textStart: number;
	textEnd: number;
}

export interface Sentence {
	start: number;
	end: number;
	textStart: number;
	textEnd: number;
	paragraph: number;
}

export interface ParsedReport {
	meta: ReportMeta;
	text: string;
	sections: Section[];
	paragraphs: Paragraph[];
	sentences: Sentence[];
	removed: Removed[];
	/** Text → input map: `text.slice(p.outStart, p.outStart + p.length) === input.slice(p.inStart, …)`. */
	pieces: Piece[];
}

export class ParseError extends Error {}

/** Parse a decoded report (front matter optional). */
export function parseReport(input: string): ParsedReport {
	if (typeof input !== 'string') throw new ParseError('input must be a string');
	const removed: Removed[] = [];
	const fm = readFrontMatter(input);
	let bodyStart = 0;
	if (fm) {
		bodyStart = fm.bodyStart;
		removed.push({ start: 0, end: trimEnd(input, 0, fm.bodyStart), reason: 'front-matter' });
	} else if (input.charCodeAt(0) === 0xfeff) bodyStart = 1;

	const scan = scanLines(input, bodyStart);
	// One by one: a spread of 100,000s of spans overflows the call stack.
	for (const r of scan.removed) removed.push(r);

	const lineText = (l: ContentLine) => keptText(input, l);
	const raw = joinBlocks(scan.lines, { input, lineText });

	// Build the cleaned text: blocks on their own lines, broken lines rejoined.
	// The text is collected in parts and joined once, and each block's text on
	// its own: slicing a growing string would copy (and keep) it once per block.
	const pieces: Piece[] = [];
	const blocks: TextBlock[] = [];
	const parts: string[] = [];
	let length = 0;
	for (const rb of raw) {
		if (length) {
			parts.push('\n');
			length++;
		}
		const textStart = length;
		const blockParts: string[] = [];
		let lastChar = '';
		const bold: [number, number][] = [];
		for (const line of rb.lines) {
			const segs = keptSegments(line);
			// A line that is all markup and invisible characters (**\ufeff****) keeps nothing: its removals are listed.
			if (segs.length === 0) continue;
			const first = input[segs[0][0]];
			// Latin words broken across lines need their space back.
			if (length > textStart && /[A-Za-z]/.test(lastChar) && /[A-Za-z]/.test(first)) {
				blockParts.push(' ');
				length++;
			}
			const lineOut = length;
			for (const [s, e] of segs) {
				pieces.push({ inStart: s, outStart: length, length: e - s });
				blockParts.push(input.slice(s, e));
				length += e - s;
				lastChar = input[e - 1];
			}
			const toText = mapper(segs, lineOut);
			for (const [bs, be] of line.bold) bold.push([toText(bs), toText(be)]);
			for (const c of line.cuts) removed.push(c);
		}
		const blockText = blockParts.join('');
		parts.push(blockText);
		blocks.push({ textStart, textEnd: length, text: blockText, bold, atx: rb.atx, titled: rb.titled });
	}
	const text = parts.join('');

	const outline = buildOutline(blocks, text.length);
	const map = new TextMap(pieces);

	const ids = sectionIds(outline.map((s) => s.parent));
	const sections: Section[] = outline.map((s, i) => {
		const textEnd = trimTextEnd(text, s.textStart, s.textEnd);
		return {
			id: ids[i],
			parent: s.parent === null ? null : ids[s.parent],
			level: s.level,
			heading: s.heading,
			start: map.toInput(s.textStart),
			end: map.toInput(textEnd, 'end'),
			kind: s.kind,
			textStart: s.textStart,
			textEnd,
			headingStart: s.headingStart,
			headingEnd: s.headingEnd
		};
	});

	const paragraphs: Paragraph[] = [];
	const sentences: Sentence[] = [];
	const deepest = new DeepestSweep(sections);
	for (const b of blocks) {
		if (b.kind === 'heading' || b.kind === undefined) continue;
		const pIndex = paragraphs.length;
		paragraphs.push({
			start: map.toInput(b.textStart),
			end: map.toInput(b.textEnd, 'end'),
			section: deepest.at(b.textStart)?.id ?? null,
			kind: b.kind,
			textStart: b.textStart,
			textEnd: b.textEnd
		});
		for (const [s, e] of splitSentences(b.text, b.textStart)) {
			sentences.push({ start: map.toInput(s), end: map.toInput(e, 'end'), textStart: s, textEnd: e, paragraph: pIndex });
		}
	}

	removed.sort((a, b) => a.start - b.start);
	const frontLines = blocks.filter((b) => b.kind === 'front').map((b) => b.text);
	const firstBody = blocks.find((b) => b.kind !== 'front');
	const headings = sections
		.filter((s) => s.level === 1)
		.slice(0, 3)
		.map((s) => s.heading.slice(0, 60));
	const meta = inferMeta(
		{ lines: frontLines, opening: firstBody ? text.slice(firstBody.textStart, firstBody.textStart + 200) : '', headings },
		fm ? metaFromFields(fm.fields) : {}
	);
	return { meta, text, sections, paragraphs, sentences, removed, pieces };
}

function trimEnd(input: string, start: number, end: number): number {
	while (end > start && /\s/.test(input[end - 1])) end--;
	return end;
}

function trimTextEnd(text: string, start: number, end: number): number {
	while (end > start && text[end - 1] === '\n') end--;
	return end;
}

/** Input ranges of a line that survive its cuts. */
function keptSegments(line: ContentLine): [number, number][] {
	const segs: [number, number][] = [];
	let pos = line.start;
	for (const c of line.cuts) {
		if (c.start > pos) segs.push([pos, c.start]);
		pos = Math.max(pos, c.end);
	}
	if (pos < line.end) segs.push([pos, line.end]);
	return segs;
}

function keptText(input: string, line: ContentLine): string {
	return keptSegments(line)
		.map(([s, e]) => input.slice(s, e))
		.join('');
}

/**
 * Text offsets of input offsets within a line whose kept segments start at
 * `outStart`, for positions asked in increasing order (bold marks are): a
 * cursor walks the segments once, so a line of 200,000 `**` marks is linear.
 */
function mapper(segs: [number, number][], outStart: number): (pos: number) => number {
	let k = 0;
	let out = outStart;
	return (pos) => {
		if (k > 0 && pos <= segs[k - 1][1]) {
			// Out of order after all: start over (never happens for sorted marks).
			k = 0;
			out = outStart;
		}
		while (k < segs.length && pos > segs[k][1]) {
			out += segs[k][1] - segs[k][0];
			k++;
		}
		return k < segs.length ? out + Math.max(0, pos - segs[k][0]) : out;
	};
}

/** Ids that read as the outline's path: s1, s1.2, s1.2.3. */
function sectionIds(parents: (number | null)[]): string[] {
	const ids: string[] = [];
	const childCount = new Map<number | null, number>();
	parents.forEach((p, i) => {
		const n = (childCount.get(p) ?? 0) + 1;
		childCount.set(p, n);
		ids[i] = p === null ? `s${n}` : `${ids[p]}.${n}`;
	});
	return ids;
}

/** Input with the removed spans cut out — the lossless invariant's left side. */
export function inputMinusRemoved(input: string, removed: Removed[]): string {
	let out = '';
	let pos = 0;
	for (const r of [...removed].sort((a, b) => a.start - b.start)) {
		if (r.start > pos) out += input.slice(pos, r.start);
		pos = Math.max(pos, r.end);
	}
	return out + input.slice(pos);
}
