/**
 * From positioned text on PDF pages to report text: lines rebuilt from text
 * runs, running headers/footers and page numbers dropped, and lines rejoined
 * into paragraphs — across page breaks too, so a page number can never land
 * in the middle of a sentence. Pure: the PDF reading itself is done by the
 * server (unpdf/pdf.js) and handed over as plain data.
 */
import { isPageNumberLine } from '../chrome';

/** One text run as pdf.js reports it, in PDF user space (y grows upwards). */
export interface PdfTextRun {
	str: string;
	x: number;
	/** Baseline. */
	y: number;
	width: number;
	/** Font size (height of the run). */
	height: number;
	/** pdf.js marks the run that ends a line. */
	hasEOL?: boolean;
}

export interface PdfPageRuns {
	width: number;
	height: number;
	runs: PdfTextRun[];
}

export interface PdfLine {
	text: string;
	x: number;
	xEnd: number;
	y: number;
	size: number;
	page: number;
}

export interface PdfLayoutResult {
	text: string;
	/** Lines dropped as running headers, footers or page numbers. */
	dropped: { page: number; text: string; why: 'page-number' | 'running-header' | 'running-footer' }[];
	lineCount: number;
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * Rebuild lines in content-stream order (the producer's reading order): a
 * run on the same baseline continues the line, anything else starts a new
 * one. Sorting by position would scramble multi-column pages.
 */
export function buildLines(page: PdfPageRuns, pageIndex: number): PdfLine[] {
	const lines: PdfLine[] = [];
	let cur: PdfLine | null = null;
	for (const r of page.runs) {
		const str = r.str;
		if (cur && !str.trim() && !r.hasEOL) {
			// A space run between words: keep one space if it separates Latin words.
			if (str.length && !cur.text.endsWith(' ')) cur.text += ' ';
			continue;
		}
		if (!str.trim()) {
			if (r.hasEOL && cur) {
				lines.push(finish(cur));
				cur = null;
			}
			continue;
		}
		const size = Math.abs(r.height) || 10;
		const sameLine = cur && Math.abs(cur.y - r.y) < Math.max(cur.size, size) * 0.5 && r.x >= cur.x - size * 0.5;
		if (cur && sameLine) {
			const gap = r.x - cur.xEnd;
			// Words set apart by a visible gap keep a space between them (Latin, numbers, "省长 王某").
			if (gap > size * 0.25 && !cur.text.endsWith(' ')) cur.text += ' ';
			cur.text += str;
			cur.xEnd = Math.max(cur.xEnd, r.x + r.width);
			cur.size = Math.max(cur.size, size);
		} else {
			if (cur) lines.push(finish(cur));
			cur = { text: str, x: r.x, xEnd: r.x + r.width, y: r.y, size, page: pageIndex };
		}
		if (r.hasEOL && cur) {
			lines.push(finish(cur));
			cur = null;
		}
	}
	if (cur) lines.push(finish(cur));
	return lines.filter((l) => l.text.length > 0);
}

function finish(l: PdfLine): PdfLine {
	l.text = l.text.replace(/\s+/g, ' ').trim();
	return l;
}

/** A page number as the parser knows it (one rule: data/chrome.json), on a line of the PDF's text layer. */
export function isPageNumber(text: string): boolean {
	return isPageNumberLine(text.trim());
}

/** The signature of a running header/footer: digits folded so "— 3 —" and "— 4 —" match. */
function signature(text: string): string {
	return text
		.replace(/[0-9０-９]+/g, '#')
		.replace(/[一二三四五六七八九十百]+(?=\s*页)/g, '#')
		.replace(/\s+/g, '');
}

const EDGE_LINES = 3;

/**
 * Drop page furniture. A line is furniture when it sits among the first or
 * last few lines of a page and either reads as a page number or repeats
 * (digits folded) on at least half of the pages at about the same height.
 */
export function dropFurniture(pages: PdfLine[][], pageHeights: number[]): { pages: PdfLine[][]; dropped: PdfLayoutResult['dropped'] } {
	const lineStep = typicalLineStep(pages);
	const dropped: PdfLayoutResult['dropped'] = [];
	const counts = new Map<string, number>();
	const edge = (lines: PdfLine[]) => {
		const byY = [...lines].sort((a, b) => b.y - a.y);
		return { top: byY.slice(0, EDGE_LINES), bottom: byY.slice(-EDGE_LINES) };
	};
	const edgeKey = (l: PdfLine, h: number) => `${signature(l.text)}@${Math.round((l.y / (h || 1)) * 40)}`;
	for (let p = 0; p < pages.length; p++) {
		const { top, bottom } = edge(pages[p]);
		for (const l of new Set([...top, ...bottom])) {
			const k = edgeKey(l, pageHeights[p]);
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
	}
	const minRepeats = Math.max(2, Math.ceil(pages.length / 2));
	const out = pages.map((lines, p) => {
		const { top, bottom } = edge(lines);
		const topSet = new Set(top);
		const bottomSet = new Set(bottom);
		const drop = new Set<PdfLine>();
		// Page numbers: only among the outermost lines, and set apart from the text by
		// more than a line's spacing (a number closing a paragraph or a table cell is not).
		const byY = [...lines].sort((a, b) => b.y - a.y);
		const n = byY.length;
		const candidates: [number, number | null][] = [
			[0, 1],
			[1, 2],
			[n - 1, n - 2],
			[n - 2, n - 3]
		];
		for (const [i, j] of candidates) {
			const l = byY[i];
			if (!l || drop.has(l) || i < 0 || !isPageNumber(l.text)) continue;
			const neighbour = j !== null && j >= 0 && j < n ? byY[j] : null;
			if (neighbour && Math.abs(l.y - neighbour.y) <= lineStep * 1.3) continue;
			drop.add(l);
			dropped.push({ page: p, text: l.text, why: 'page-number' });
		}
		if (pages.length >= 2) {
			for (const l of new Set([...top, ...bottom])) {
				if (drop.has(l)) continue;
				if ((counts.get(edgeKey(l, pageHeights[p])) ?? 0) >= minRepeats) {
					drop.add(l);
					dropped.push({ page: p, text: l.text, why: topSet.has(l) && !bottomSet.has(l) ? 'running-header' : 'running-footer' });
				}
			}
		}
		return lines.filter((l) => !drop.has(l));
	});
	return { pages: out, dropped };
}

function median(xs: number[]): number {
	if (!xs.length) return 0;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** The most common value after rounding: the body text's left edge. */
function mode(xs: number[]): number {
	const counts = new Map<number, number>();
	for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
	let best = 0;
	let n = -1;
	for (const [x, c] of counts) if (c > n || (c === n && x < best)) [best, n] = [x, c];
	return best;
}

/** A high percentile: the body's right edge (a few wide lines must not set it). */
function percentile(xs: number[], q: number): number {
	if (!xs.length) return 0;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/** The usual distance between consecutive lines of body text. */
function typicalLineStep(pages: PdfLine[][]): number {
	const gaps: number[] = [];
	for (const lines of pages)
		for (let i = 1; i < lines.length; i++) {
			const d = lines[i - 1].y - lines[i].y;
			if (d > 0) gaps.push(d);
		}
	return median(gaps) || median(pages.flat().map((l) => l.size)) * 1.5 || 15;
}

/**
 * Rejoin lines into paragraphs. A line starts a new paragraph when it is
 * indented past the body's left edge, when the line before stopped well
 * short of the right edge (the last line of a paragraph, a heading), or
 * when a wider vertical gap separates them. At a page break the same rules
 * apply, so a paragraph that runs on to the next page is joined back.
 */
export function joinParagraphs(pages: PdfLine[][]): string[] {
	const all = pages.flat();
	if (!all.length) return [];
	const size = median(all.map((l) => l.size)) || 10;
	const left = mode(all.map((l) => l.x));
	const right = percentile(
		all.map((l) => l.xEnd),
		0.9
	);
	const lineStep = typicalLineStep(pages);

	const paragraphs: string[] = [];
	let cur = '';
	let prev: PdfLine | null = null;
	for (const line of all) {
		let fresh = prev === null;
		if (prev) {
			const indented = line.x > left + size * 0.8;
			const prevShort = prev.xEnd < right - size * 1.5;
			const samePage = prev.page === line.page;
			const bigGap = samePage && prev.y - line.y > lineStep * 1.45;
			const wentBack = samePage && line.y > prev.y + size * 0.5; // a new column or a jump up the page
			// Centred lines (titles) are indented and short: each stays on its own.
			fresh = indented || prevShort || bigGap || (wentBack && prevShort);
		}
		if (fresh) {
			if (cur) paragraphs.push(cur);
			cur = line.text;
		} else {
			cur += LATIN_END.test(cur) && LATIN_START.test(line.text) ? ' ' + line.text : line.text;
		}
		prev = line;
	}
	if (cur) paragraphs.push(cur);
	return paragraphs;
}

/** The whole pipeline: runs per page → report text with paragraphs separated by blank lines. */
export function layoutPdfText(pages: PdfPageRuns[]): PdfLayoutResult {
	const lines = pages.map((p, i) => buildLines(p, i));
	const { pages: kept, dropped } = dropFurniture(
		lines,
		pages.map((p) => p.height)
	);
	const paragraphs = joinParagraphs(kept);
	return { text: paragraphs.join('\n\n'), dropped, lineCount: lines.reduce((n, l) => n + l.length, 0) };
}
