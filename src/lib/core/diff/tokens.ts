/**
 * Chinese-aware tokens for the word-level diff. A number with its unit is
 * one token (`1.39万亿斤`, `5.2%`, `200 亿元`), so a changed figure shows as
 * one replaced token rather than a few changed digits; everything else goes
 * through the word segmenter. Tokens tile the text exactly (lossless).
 *
 * The units are the figures' table (data/units.json, also in full width:
 * ５％), the magnitudes those of text/numerals, and the few date and ordinal
 * words that are no unit (年, 届, 号) data/diff-counters.json.
 */
import unitsData from '../data/units.json';
import counterData from '../data/diff-counters.json';
import { fullWidth } from '../text/fold';
import { comparisonKey, type DiffOptions } from './options';
import type { Segmenter } from '../segmenter/base';
import { alternation } from '../text/alternation';

export interface Token {
	/** Offsets into the text the tokens were cut from. */
	start: number;
	end: number;
	/** Comparison key under the diff options; '' for whitespace when whitespace is ignored. */
	key: string;
}

/** Every unit of the figures' table ('ratio' names a kind of figure, not a written unit), as written and in full width. */
const UNITS = [
	...new Set(
		Object.keys(unitsData.units)
			.filter((u) => u !== 'ratio')
			.flatMap((u) => [u, fullWidth(u)])
	),
	...counterData.counters
];
/** Magnitude words before a unit: 万, 亿, 万亿, 千万 … (the magnitudes of text/numerals). */
const MULTIPLIER = '[百千万亿萬億]{1,2}';

// digits, optional thousands groups and decimals, then a unit (千伏安 before 千 + …) or [multiplier][unit].
const NUMBER = new RegExp(
	`[0-9０-９]+(?:[,，][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?` +
		`(?:[ \\u00a0\\u3000]?(?:${alternation(UNITS)}|${MULTIPLIER}(?:${alternation(UNITS)})?))?`,
	'y'
);
const SPACE = /[\s\u00a0\u3000\ufeff\u200b]+/y;
// Everything the segmenter handles: runs without digits or whitespace.
const WORDS = /[^0-9０-９\s\u00a0\u3000\ufeff\u200b]+/y;

function match(re: RegExp, text: string, at: number): number {
	re.lastIndex = at;
	const m = re.exec(text);
	return m ? m[0].length : 0;
}

/** Tokens of `text[start, end)`. */
export function tokenize(text: string, start: number, end: number, segment: Segmenter, o: DiffOptions): Token[] {
	return tokenizeMany(text, [{ start, end }], segment, o)[0];
}

type Piece = { start: number; end: number; words: boolean };

/**
 * Tokens of many ranges of one text. The word runs of all ranges go to the
 * segmenter in ONE call, joined by newlines (a boundary every segmenter
 * respects): crossing into wasm once per sentence cost more than segmenting.
 */
export function tokenizeMany(text: string, ranges: { start: number; end: number }[], segment: Segmenter, o: DiffOptions): Token[][] {
	const pieces = ranges.map((r) => split(text, r.start, r.end));
	const runs: string[] = [];
	for (const ps of pieces) for (const p of ps) if (p.words) runs.push(text.slice(p.start, p.end));
	const segmented = segmentRuns(runs, segment);
	let k = 0;
	return pieces.map((ps) => {
		const out: Token[] = [];
		const push = (s: number, e: number) => out.push({ start: s, end: e, key: comparisonKey(text.slice(s, e), o) });
		for (const p of ps) {
			if (!p.words) {
				push(p.start, p.end);
				continue;
			}
			let pos = p.start;
			for (const w of segmented[k++]) {
				push(pos, pos + w.length);
				pos += w.length;
			}
		}
		return o.ignoreWhitespace ? absorbBlanks(out) : out;
	});
}

/** Numbers with units, whitespace runs, and word runs (left to the segmenter). */
function split(text: string, start: number, end: number): Piece[] {
	const out: Piece[] = [];
	let pos = start;
	while (pos < end) {
		let n = match(NUMBER, text, pos) || match(SPACE, text, pos);
		const words = n === 0;
		if (words) n = match(WORDS, text, pos) || 1; // `|| 1` guards against an endless loop; the classes cover everything
		const e = Math.min(pos + n, end);
		out.push({ start: pos, end: e, words });
		pos = e;
	}
	return out;
}

/** Segment each run, in one segmenter call when the joined result splits back cleanly. */
function segmentRuns(runs: string[], segment: Segmenter): string[][] {
	if (!runs.length) return [];
	const joined = runs.join('\n');
	const pieces = segment(joined);
	const out: string[][] = [];
	let current: string[] = [];
	let len = 0;
	let r = 0;
	let ok = pieces.join('') === joined;
	for (const p of ok ? pieces : []) {
		if (!p) continue;
		if (p === '\n' && len === runs[r]?.length) {
			out.push(current);
			current = [];
			len = 0;
			r++;
			continue;
		}
		current.push(p);
		len += p.length;
		if (len > (runs[r]?.length ?? 0)) {
			ok = false; // a piece straddles two runs
			break;
		}
	}
	if (ok) out.push(current);
	if (ok && out.length === runs.length && out.every((ws, i) => ws.join('') === runs[i])) return out;
	// Fall back to one call per run; a segmenter that loses characters is not trusted at all.
	return runs.map((run) => {
		const ws = segment(run);
		return ws.join('') === run ? ws : Array.from(run);
	});
}

/**
 * When whitespace is ignored, a blank token would still count as a token
 * of its own and misalign the diff; glue it to its neighbour instead, so
 * `200 亿元` and `200亿元` compare equal and no text is lost.
 */
function absorbBlanks(tokens: Token[]): Token[] {
	const out: Token[] = [];
	let pendingStart = -1;
	for (const t of tokens) {
		if (t.key === '') {
			if (out.length) out[out.length - 1].end = t.end;
			else if (pendingStart < 0) pendingStart = t.start;
			continue;
		}
		if (pendingStart >= 0) {
			t.start = pendingStart;
			pendingStart = -1;
		}
		out.push(t);
	}
	if (pendingStart >= 0 && !out.length) out.push({ start: pendingStart, end: tokens[tokens.length - 1].end, key: '' });
	return out;
}
