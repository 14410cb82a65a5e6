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
import { TextMap, type Piece } from './textmap';

export type { Removed } from './lines';
export type { ReportMeta } from './meta';

/** Bump when the parser's output changes, so caches keyed by content are invalidated. */
export const PARSER_VERSION = 1;

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
	removed.push(...scan.removed);

	const lineText = (l: ContentLine) => keptText(input, l);
	const raw = joinBlocks(scan.lines, { input, lineText });

	// Build the cleaned text: blocks on their own lines, broken lines rejoined.
	const pieces: Piece[] = [];
	const blocks: TextBlock[] = [];
	let text = '';
	for (const rb of raw) {
		if (text.length) text += '\n';
		const textStart = text.length;
		const bold: [number, number][] = [];
		for (const line of rb.lines) {
			const segs = keptSegments(line);
			const first = input[segs[0][0]];
			// Latin words broken across lines need their space back.
			if (text.length > textStart && /[A-Za-z]/.test(text[text.length - 1]) && /[A-Za-z]/.test(first)) text += ' ';
			const lineOut = text.length;
			for (const [s, e] of segs) {
				pieces.push({ inStart: s, outStart: text.length, length: e - s });
				text += input.slice(s, e);
			}
			for (const [bs, be] of line.bold) bold.push([mapIn(segs, lineOut, bs), mapIn(segs, lineOut, be)]);
			for (const c of line.cuts) removed.push(c);
		}
		blocks.push({ textStart, textEnd: text.length, text: text.slice(textStart), bold });
	}

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
	for (const b of blocks) {
		if (b.kind === 'heading' || b.kind === undefined) continue;
		const pIndex = paragraphs.length;
		paragraphs.push({
			start: map.toInput(b.textStart),
			end: map.toInput(b.textEnd, 'end'),
			section: deepestSection(sections, b.textStart),
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
	const meta = inferMeta(
		{ lines: frontLines, opening: firstBody ? text.slice(firstBody.textStart, firstBody.textStart + 200) : '' },
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

/** Text offset of input offset `pos` within a line whose kept segments start at `outStart`. */
function mapIn(segs: [number, number][], outStart: number, pos: number): number {
	let out = outStart;
	for (const [s, e] of segs) {
		if (pos <= e) return out + Math.max(0, pos - s);
		out += e - s;
	}
	return out;
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

function deepestSection(sections: Section[], textPos: number): string | null {
	let best: Section | null = null;
	for (const s of sections) {
		if (s.textStart <= textPos && textPos < Math.max(s.textEnd, s.textStart + 1) && (!best || s.level >= best.level)) best = s;
	}
	return best ? best.id : null;
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
