/**
 * The reading view of a parsed report: the blocks the report page renders,
 * in order. It decides only layout — which heading stands on its own line,
 * which runs into its paragraph, where a removed span is shown — never what
 * the text is: every character comes from `report.text` (clean view) or from
 * the decoded input (the view that shows what cleaning removed), so the two
 * views can be checked against the parser's own invariants.
 */
import type { ParsedReport, Section } from '../../core/parse';
import { TextMap } from '../../core/textmap';
import type { Found } from '../../urls/report';

export type ReadingReport = Pick<ParsedReport, 'text' | 'sections' | 'paragraphs' | 'removed' | 'pieces'>;

export type Inline =
	| { t: 'text'; text: string }
	/** A heading written into its paragraph (bold lead-ins, "(一)…。" mid-paragraph). */
	| { t: 'runin'; id: string; level: number; lead: boolean; parts: Inline[] }
	| { t: 'removed'; text: string; reason: string }
	/** A line break of the input that cleaning joined (a page or line break mid-sentence). */
	| { t: 'joined' }
	/** Text a link pointed at (`?at=start-end`, text offsets): a figure's sentence, a passage. */
	| { t: 'found'; text: string; first: boolean }
	/** A passage reused from a report above (marked, linking to its source). */
	| { t: 'reused'; text: string; href: string; title: string; closeness: string };

export type ReadingBlock =
	| { t: 'heading'; id: string; level: number; lead: boolean; parts: Inline[] }
	| { t: 'para'; kind: 'front' | 'body' | 'item'; section: string | null; parts: Inline[] }
	/** Removed input standing on lines of its own (front matter, page chrome). */
	| { t: 'removed'; text: string; reason: string };

/** A block before rendering: ranges in text space, run-in headings inside it. */
interface Draft {
	t: 'heading' | 'para';
	start: number;
	end: number;
	section?: Section;
	kind?: 'front' | 'body' | 'item';
	sectionId?: string | null;
	runins: Section[];
}

/** Lay the report out in text space: standalone headings, paragraphs, run-in headings. */
function drafts(report: ReadingReport): Draft[] {
	const out: Draft[] = [];
	const inPara = new Set<Section>();
	for (const p of report.paragraphs) {
		const heads = report.sections
			.filter((s) => s.headingStart >= p.textStart && s.headingStart < p.textEnd)
			.sort((a, b) => a.headingStart - b.headingStart);
		heads.forEach((s) => inPara.add(s));
		let start = p.textStart;
		// A numbered heading that opens its paragraph ("(一)动能转换明显加快。…") reads
		// best on a line of its own; lead-ins stay run-in, as the report writes them.
		if (heads.length && heads[0].headingStart === p.textStart && heads[0].kind !== 'lead') {
			const h = heads.shift()!;
			const end = Math.min(h.headingEnd, p.textEnd);
			out.push({ t: 'heading', start: h.headingStart, end, section: h, runins: [] });
			start = end;
		}
		if (report.text.slice(start, p.textEnd).trim()) {
			out.push({ t: 'para', start, end: p.textEnd, kind: p.kind, sectionId: p.section, runins: heads });
		}
	}
	for (const s of report.sections) {
		if (inPara.has(s)) continue;
		out.push({ t: 'heading', start: s.headingStart, end: s.headingEnd, section: s, runins: [] });
	}
	return out.sort((a, b) => a.start - b.start || (a.t === 'heading' ? -1 : 1));
}

/** Split `[start, end)` of `source` at run-in headings (given as ranges in the same space). */
function withRunins(
	source: string,
	start: number,
	end: number,
	runins: { section: Section; start: number; end: number }[],
	leaf: (s: number, e: number) => Inline[]
): Inline[] {
	const parts: Inline[] = [];
	let pos = start;
	for (const r of runins) {
		if (r.start < pos || r.start >= end) continue;
		parts.push(...leaf(pos, r.start));
		const rEnd = Math.min(r.end, end);
		parts.push({ t: 'runin', id: r.section.id, level: r.section.level, lead: r.section.kind === 'lead', parts: leaf(r.start, rEnd) });
		pos = rEnd;
	}
	parts.push(...leaf(pos, end));
	return parts.filter((p) => p.t !== 'text' || p.text.length > 0);
}

function headingBlock(d: Draft, parts: Inline[]): ReadingBlock {
	const s = d.section!;
	return { t: 'heading', id: s.id, level: s.level, lead: s.kind === 'lead', parts };
}

/** A passage to mark in the text (text offsets) with a link to where it came from. */
export interface ReusedMark {
	start: number;
	end: number;
	href: string;
	title: string;
	closeness: string;
}

/**
 * The clean reading view: the parser's `text`, laid out; `found` marks a range a link pointed at,
 * `reused` the passages reused from reports above (overlapping ones after the first are left out; `found` wins where they meet).
 */
export function cleanView(report: ReadingReport, found: Found | null = null, reused: ReusedMark[] = []): ReadingBlock[] {
	const text = report.text;
	let first = true;
	const marks: ReusedMark[] = [];
	for (const m of [...reused].sort((a, b) => a.start - b.start || b.end - a.end)) {
		if (m.start < m.end && m.end <= text.length && (!marks.length || m.start >= marks[marks.length - 1].end)) marks.push(m);
	}
	/** The part of [s, e) outside `found`: plain text split around the reused marks. */
	const plain = (s: number, e: number, out: Inline[]) => {
		// First mark ending after s (marks are sorted and disjoint).
		let lo = 0;
		let hi = marks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (marks[mid].end <= s) lo = mid + 1;
			else hi = mid;
		}
		let at = s;
		for (let k = lo; k < marks.length && marks[k].start < e; k++) {
			const m = marks[k];
			const ms = Math.max(at, m.start);
			const me = Math.min(e, m.end);
			if (ms > at) out.push({ t: 'text', text: text.slice(at, ms) });
			out.push({ t: 'reused', text: text.slice(ms, me), href: m.href, title: m.title, closeness: m.closeness });
			at = me;
		}
		if (e > at) out.push({ t: 'text', text: text.slice(at, e) });
	};
	const leaf = (s: number, e: number): Inline[] => {
		if (e <= s) return [];
		const out: Inline[] = [];
		if (!found || found.end <= s || found.start >= e) {
			plain(s, e, out);
			return out;
		}
		const fs = Math.max(s, found.start);
		const fe = Math.min(e, found.end);
		if (fs > s) plain(s, fs, out);
		out.push({ t: 'found', text: text.slice(fs, fe), first });
		first = false;
		if (e > fe) plain(fe, e, out);
		return out;
	};
	return drafts(report).map((d) => {
		if (d.t === 'heading') return headingBlock(d, leaf(d.start, d.end));
		const runins = d.runins.map((section) => ({ section, start: section.headingStart, end: section.headingEnd }));
		return { t: 'para', kind: d.kind!, section: d.sectionId ?? null, parts: withRunins(text, d.start, d.end, runins, leaf) };
	});
}

/**
 * The view that shows what cleaning removed: the decoded input laid out like
 * the clean view, with every removed span in place and marked with its
 * reason, and the line breaks cleaning joined marked too. Removed spans on a
 * line of their own become blocks; those on a block's line stay inline.
 */
export function removedView(report: ReadingReport, input: string): ReadingBlock[] {
	const map = new TextMap(report.pieces);
	const removed = [...report.removed].sort((a, b) => a.start - b.start);
	const ds = drafts(report).map((d) => ({
		d,
		start: map.toInput(d.start),
		end: map.toInput(d.end, 'end')
	}));

	// Removed spans overlapping a block belong to it; the rest fall in gaps.
	const owner: number[] = removed.map(() => -1);
	removed.forEach((r, i) => {
		const b = ds.findIndex((x) => r.start < x.end && r.end > x.start);
		if (b >= 0) {
			owner[i] = b;
			ds[b].start = Math.min(ds[b].start, r.start);
			ds[b].end = Math.max(ds[b].end, r.end);
		}
	});
	// A gap span on the same line as the next block (an opening `**`) or the
	// previous one (a closing `**`) joins that block.
	const blockAfter = (pos: number) => ds.findIndex((x) => x.start >= pos);
	for (let i = removed.length - 1; i >= 0; i--) {
		if (owner[i] >= 0) continue;
		const b = blockAfter(removed[i].end);
		if (b >= 0 && !input.slice(removed[i].end, ds[b].start).includes('\n') && (b === 0 || ds[b - 1].end <= removed[i].start)) {
			owner[i] = b;
			ds[b].start = removed[i].start;
		}
	}
	for (let i = 0; i < removed.length; i++) {
		if (owner[i] >= 0) continue;
		const after = blockAfter(removed[i].end);
		const b = (after < 0 ? ds.length : after) - 1;
		if (b >= 0 && ds[b].end <= removed[i].start && !input.slice(ds[b].end, removed[i].start).includes('\n')) {
			owner[i] = b;
			ds[b].end = removed[i].end;
		}
	}

	// Input in [s, e): kept text, removed spans (by reason), joined line breaks.
	const leafIn = (s: number, e: number): Inline[] => {
		const parts: Inline[] = [];
		let pos = s;
		const kept = (a: number, b: number) => {
			const chunk = input.slice(a, b);
			// Split at line breaks: each run of them is a break cleaning joined.
			const pieces = chunk.split(/[ \t\u3000]*\r?\n[\s]*/);
			pieces.forEach((piece, i) => {
				if (i > 0) parts.push({ t: 'joined' });
				if (piece) parts.push({ t: 'text', text: piece });
			});
		};
		for (const r of removed) {
			if (r.end <= s || r.start >= e) continue;
			const rs = Math.max(r.start, s);
			const re = Math.min(r.end, e);
			if (rs > pos) kept(pos, rs);
			if (re > Math.max(rs, pos)) parts.push({ t: 'removed', text: input.slice(Math.max(rs, pos), re), reason: r.reason });
			pos = Math.max(pos, re);
		}
		if (e > pos) kept(pos, e);
		return parts;
	};

	const blocks: { at: number; block: ReadingBlock }[] = [];
	for (const x of ds) {
		const { d } = x;
		if (d.t === 'heading') {
			blocks.push({ at: x.start, block: headingBlock(d, trimJoined(leafIn(x.start, x.end))) });
			continue;
		}
		const runins = d.runins.map((section) => ({
			section,
			start: map.toInput(section.headingStart),
			end: map.toInput(section.headingEnd, 'end')
		}));
		// A run-in heading's opening `**` belongs to the heading, not the text before it.
		for (const r of runins) {
			for (const span of removed) if (span.end === r.start && span.start >= x.start) r.start = span.start;
			for (const span of removed) if (span.start === r.end && span.end <= x.end) r.end = span.end;
		}
		const parts = trimJoined(withRunins(input, x.start, x.end, runins, leafIn));
		blocks.push({ at: x.start, block: { t: 'para', kind: d.kind!, section: d.sectionId ?? null, parts } });
	}
	removed.forEach((r, i) => {
		if (owner[i] < 0) blocks.push({ at: r.start, block: { t: 'removed', text: input.slice(r.start, r.end), reason: r.reason } });
	});
	return blocks.sort((a, b) => a.at - b.at).map((b) => b.block);
}

/** Line breaks at a block's edges separate blocks; only those inside were joined. */
function trimJoined(parts: Inline[]): Inline[] {
	let s = 0;
	let e = parts.length;
	while (s < e && parts[s].t === 'joined') s++;
	while (e > s && parts[e - 1].t === 'joined') e--;
	return parts.slice(s, e);
}

/** All characters a block shows, in order (for tests and for the outline's text search). */
export function inlineText(parts: Inline[], include: (p: Inline) => boolean = () => true): string {
	let out = '';
	for (const p of parts) {
		if (p.t === 'runin') out += inlineText(p.parts, include);
		else if ((p.t === 'text' || p.t === 'found' || p.t === 'reused') && include(p)) out += p.text;
		else if (p.t === 'removed' && include(p)) out += p.text;
	}
	return out;
}

export function blockText(b: ReadingBlock, include?: (p: Inline) => boolean): string {
	if (b.t === 'removed') return !include || include({ t: 'removed', text: b.text, reason: b.reason }) ? b.text : '';
	return inlineText(b.parts, include);
}
