/**
 * Phrases two texts share outside the wording the diff already pairs up.
 * Between two cities almost every sentence is "deleted" or "inserted": the
 * diff alone shows no common ground, yet both may speak of 老旧小区改造 or
 * 集中供热. This finds the longest runs of at least MIN_PHRASE content
 * characters (folded as the topic compare view folds them) that occur in
 * the unmatched text of both sides — segments marked deleted, inserted or
 * changed — and ranks them by length × rarity.
 *
 * Boilerplate (the data list and n-grams found in a large share of all
 * sentences, as in the topic compare view) never counts: a phrase is cut
 * at it, and what is left must still be MIN_PHRASE characters long.
 */
import { contentChars } from '../text/content';
import { commonGrams, MIN_PHRASE } from '../text/ngrams';
import type { DiffResult } from './engine';
import type { SegmentStatus } from './segments';
import { HAN_CLASS } from '../text/han';

export interface SharedPhrase {
	/** The phrase as written at its first occurrence in A. */
	text: string;
	/** Folded content characters (digits as 0): the matching key. */
	key: string;
	/** Occurrences in the unmatched text of each side. */
	countA: number;
	countB: number;
	/** Text offsets of the first occurrence on each side, and the unit it is in. */
	firstA: { start: number; end: number; unit: number };
	firstB: { start: number; end: number; unit: number };
	/** length × rarity: higher first. */
	score: number;
}

export interface SharedPhrases {
	/** Ranked, best first. */
	phrases: SharedPhrase[];
	/** Merged [start, end) text offsets of every occurrence, per side, sorted. */
	a: [number, number][];
	b: [number, number][];
}

/** Statuses whose wording the diff did not pair with identical wording. */
const UNMATCHED: ReadonlySet<SegmentStatus> = new Set(['deleted', 'inserted', 'changed']);

/**
 * A side's unmatched text as one string of folded content characters, runs
 * from different places kept apart by a separator, with the text offset of
 * every character (-1 for separators) and its unit.
 */
interface Stream {
	chars: string;
	offsets: Int32Array;
	units: Int32Array;
}

function streamOf(side: DiffResult['a'], text: string, separator: string): Stream {
	let chars = '';
	const offsets: number[] = [];
	const units: number[] = [];
	const segs = side.segments;
	let i = 0;
	while (i < segs.length) {
		if (!UNMATCHED.has(segs[i].status)) {
			i++;
			continue;
		}
		// A run of unmatched segments within one unit: a phrase never spans sentences.
		let j = i;
		while (
			j + 1 < segs.length &&
			UNMATCHED.has(segs[j + 1].status) &&
			segs[j + 1].unit === segs[i].unit &&
			segs[j + 1].start === segs[j].end
		)
			j++;
		const start = segs[i].start;
		const f = contentChars(text.slice(start, segs[j].end));
		// A figure breaks a phrase, as a separator does: a phrase shown as shared never
		// carries one side's number as the other's (300万平方米 against 439万平方米).
		chars += f.chars.replace(/0/g, separator) + separator;
		f.offsets.forEach((o, k) => {
			const digit = f.chars[k] === '0';
			offsets.push(digit ? -1 : start + o);
			units.push(digit ? -1 : segs[i].unit);
		});
		offsets.push(-1);
		units.push(-1);
		i = j + 1;
	}
	return { chars, offsets: Int32Array.from(offsets), units: Int32Array.from(units) };
}

function gramPositions(s: string, n: number): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (let i = 0; i + n <= s.length; i++) {
		const g = s.slice(i, i + n);
		const list = out.get(g);
		if (list) list.push(i);
		else out.set(g, [i]);
	}
	return out;
}

/** Positions of `s` covered by a boilerplate n-gram. */
function boilerplateMask(s: string, boilerplate: Set<string>, n: number): Uint8Array {
	const mask = new Uint8Array(s.length);
	for (let i = 0; i + n <= s.length; i++) if (boilerplate.has(s.slice(i, i + n))) mask.fill(1, i, i + n);
	return mask;
}

const WORDING = new RegExp(`[${HAN_CLASS}A-Za-z]`, 'u');
const wordingLength = (s: string) => {
	let k = 0;
	for (const c of s) if (WORDING.test(c)) k++;
	return k;
};

/**
 * Maximal runs of A's stream that also occur in B's: for each start in A,
 * extend over B's candidate positions (those sharing the first n-gram) as
 * long as one still matches. A run inside the previous run is a suffix of it
 * and skipped.
 */
function maximalRuns(a: string, b: string, n: number): [number, number][] {
	const inB = gramPositions(b, n);
	const runs: [number, number][] = [];
	let lastEnd = 0;
	for (let i = 0; i + n <= a.length; i++) {
		const first = inB.get(a.slice(i, i + n));
		if (!first) continue;
		let cands: number[] = first;
		let len = n;
		while (i + len < a.length) {
			const c = a[i + len];
			const next: number[] = cands.filter((p) => b[p + len] === c);
			if (!next.length) break;
			cands = next;
			len++;
		}
		if (i + len > lastEnd) {
			runs.push([i, i + len]);
			lastEnd = i + len;
		}
	}
	return runs;
}

/** Every start of `key` in `s`. */
function occurrences(s: string, key: string): number[] {
	const out: number[] = [];
	for (let p = s.indexOf(key); p >= 0; p = s.indexOf(key, p + 1)) out.push(p);
	return out;
}

function merge(ranges: [number, number][]): [number, number][] {
	const sorted = ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const out: [number, number][] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/**
 * Rarity of a phrase's wording in these two texts: the mean inverse
 * document frequency (over all sentences of both sides) of its character
 * bigrams, scaled to [0, 1]. 集中供热 is rare; 全面提升 is everywhere.
 */
function rarityScale(result: DiffResult, textA: string, textB: string) {
	const df = new Map<string, number>();
	let n = 0;
	for (const [side, text] of [
		[result.a, textA],
		[result.b, textB]
	] as const) {
		for (const u of side.units) {
			n++;
			const { chars } = contentChars(text.slice(u.start, u.end));
			const seen = new Set<string>();
			for (let i = 0; i + 2 <= chars.length; i++) seen.add(chars.slice(i, i + 2));
			for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1);
		}
	}
	const max = Math.log(n + 1) || 1;
	return (key: string) => {
		let sum = 0;
		let k = 0;
		for (let i = 0; i + 2 <= key.length; i++) {
			sum += Math.log((n + 1) / (df.get(key.slice(i, i + 2)) ?? 1));
			k++;
		}
		return k ? sum / k / max : 0;
	};
}

export interface SharedPhraseOptions {
	/** Shortest phrase, in content characters (default MIN_PHRASE = 4). */
	minLength?: number;
}

const CLAUSE_BREAK = /[，,、。；;：:！!？?]/;

/** Split stream positions [from, to) where the original text between two characters holds punctuation. */
function clauses(s: Stream, text: string, from: number, to: number): [number, number][] {
	const out: [number, number][] = [];
	let start = from;
	for (let p = from + 1; p < to; p++) {
		if (CLAUSE_BREAK.test(text.slice(s.offsets[p - 1] + 1, s.offsets[p]))) {
			out.push([start, p]);
			start = p;
		}
	}
	out.push([start, to]);
	return out;
}

/** Phrases shared by the unmatched text of both sides of a diff. */
export function sharedPhrasesOf(result: DiffResult, textA: string, textB: string, opts: SharedPhraseOptions = {}): SharedPhrases {
	const n = opts.minLength ?? MIN_PHRASE;
	const A = streamOf(result.a, textA, '\u0001');
	const B = streamOf(result.b, textB, '\u0002');
	const sentences = [result.a, result.b].flatMap((side, k) => side.units.map((u) => (k === 0 ? textA : textB).slice(u.start, u.end)));
	const boilerplate = commonGrams(sentences, 0.4, n);
	const maskA = boilerplateMask(A.chars, boilerplate, n);

	// Candidate keys: maximal shared runs, cut where boilerplate covers them.
	const keys = new Set<string>();
	for (const [from, to] of maximalRuns(A.chars, B.chars, n)) {
		let i = from;
		while (i < to) {
			while (i < to && maskA[i]) i++;
			let j = i;
			while (j < to && !maskA[j]) j++;
			// A phrase does not run across a comma or a stop: "件,人大代表建议" is the
			// tail of one clause and the head of the next, not shared wording.
			for (const [ps, pe] of clauses(A, textA, i, j)) {
				// Figures at the edges are numbers, not shared wording: 改造老旧小区17 → 改造老旧小区.
				const key = A.chars.slice(ps, pe).replace(/^0+|0+$/g, '');
				if (key.length >= n && wordingLength(key) >= n) keys.add(key);
			}
			i = j;
		}
	}

	const rarity = rarityScale(result, textA, textB);
	const rangesA: [number, number][] = [];
	const rangesB: [number, number][] = [];
	const range = (s: Stream, p: number, len: number): [number, number] => [s.offsets[p], s.offsets[p + len - 1] + 1];
	let phrases: SharedPhrase[] = [];
	for (const key of keys) {
		const inA = occurrences(A.chars, key);
		const inB = occurrences(B.chars, key);
		if (!inA.length || !inB.length) continue;
		for (const p of inA) rangesA.push(range(A, p, key.length));
		for (const p of inB) rangesB.push(range(B, p, key.length));
		const [sa, ea] = range(A, inA[0], key.length);
		const [sb, eb] = range(B, inB[0], key.length);
		phrases.push({
			text: textA.slice(sa, ea),
			key,
			countA: inA.length,
			countB: inB.length,
			firstA: { start: sa, end: ea, unit: A.units[inA[0]] },
			firstB: { start: sb, end: eb, unit: B.units[inB[0]] },
			score: Math.round(key.length * rarity(key) * 1000) / 1000
		});
	}
	// A phrase inside a longer one, found exactly where the longer one is, says nothing more.
	phrases = phrases.filter(
		(p) =>
			!phrases.some(
				(q) => q !== p && q.key.length > p.key.length && q.key.includes(p.key) && q.countA === p.countA && q.countB === p.countB
			)
	);
	phrases.sort((x, y) => y.score - x.score || y.key.length - x.key.length || x.firstA.start - y.firstA.start);
	return { phrases, a: merge(rangesA), b: merge(rangesB) };
}

/** A piece of a segment's text: inside a shared phrase or not (offsets into the side's text). */
export interface PhrasePiece {
	start: number;
	end: number;
	shared: boolean;
}

/**
 * For the viewer: the segments that contain part of a shared phrase, each
 * cut into pieces that tile it. Segments without one are absent, so the
 * viewer renders them as plain text (most segments, most of the time).
 */
export function phrasePiecesBySegment(segments: { start: number; end: number }[], ranges: [number, number][]): Map<number, PhrasePiece[]> {
	const out = new Map<number, PhrasePiece[]>();
	let r = 0;
	segments.forEach((s, i) => {
		while (r < ranges.length && ranges[r][1] <= s.start) r++;
		if (r >= ranges.length || ranges[r][0] >= s.end) return;
		const pieces: PhrasePiece[] = [];
		let pos = s.start;
		for (let k = r; k < ranges.length && ranges[k][0] < s.end; k++) {
			const from = Math.max(ranges[k][0], s.start);
			const to = Math.min(ranges[k][1], s.end);
			if (from > pos) pieces.push({ start: pos, end: from, shared: false });
			pieces.push({ start: from, end: to, shared: true });
			pos = to;
		}
		if (pos < s.end) pieces.push({ start: pos, end: s.end, shared: false });
		out.set(i, pieces);
	});
	return out;
}
