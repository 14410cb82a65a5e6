/**
 * Phrases shared between the passages of a row: runs of at least `minLength`
 * content characters (folded) that occur in another passage of the row.
 * Boilerplate (the data list, and any 4-gram found in a large share of all
 * compared passages) is not highlighted: it says nothing about the match.
 */
import { tokensOf, type Segmenter } from '../segmenter/base';
import { contentChars } from '../text/content';
import { isHan } from '../text/han';
import { MIN_PHRASE, ngramSet } from '../text/ngrams';

/**
 * For each text of a row, the [start, end) ranges (offsets into that text)
 * of phrases it shares with at least one other text of the row.
 */
export function sharedPhrases(
	texts: (string | null)[],
	boilerplate: Set<string>,
	segmenter: Segmenter,
	n = MIN_PHRASE
): [number, number][][] {
	// Digits are kept: 300万平方米 and 439万平方米 share 万平方米, not a figure.
	const folded = texts.map((t) => (t === null ? null : contentChars(t, true)));
	const gramSets = folded.map((f) => (f ? ngramSet(f.chars, n) : null));
	return folded.map((f, k) => {
		if (!f) return [];
		const ranges: [number, number][] = [];
		for (let i = 0; i + n <= f.chars.length; i++) {
			const g = f.chars.slice(i, i + n);
			if (boilerplate.has(g) || /[0-9]/.test(g)) continue;
			if (!gramSets.some((s, o) => o !== k && s !== null && s.has(g))) continue;
			const start = f.offsets[i];
			const end = f.offsets[i + n - 1] + 1;
			const last = ranges[ranges.length - 1];
			if (last && start <= last[1]) last[1] = Math.max(last[1], end);
			else ranges.push([start, end]);
		}
		return ranges.length ? onWords(texts[k]!, ranges, segmenter) : ranges;
	});
}

/** Lone characters in a row that make a word of their own jieba does not know (减|污|降|碳). */
const UNKNOWN_WORD = 3;

/**
 * Shrink ranges to whole words (of the given segmenter: jieba on the server): a shared run never
 * starts or ends inside a word (促进区域协调发|展 becomes 促进区域协调). Runs
 * left with fewer than two characters are dropped.
 */
export function onWords(text: string, ranges: [number, number][], segmenter: Segmenter): [number, number][] {
	const tokens = tokensOf(segmenter, text);
	const out: [number, number][] = [];
	let t = 0;
	for (const [s0, e0] of ranges) {
		let s = s0;
		let e = e0;
		while (t < tokens.length && tokens[t].end <= s) t++;
		if (t < tokens.length && tokens[t].start < s) s = tokens[t].end;
		let u = t;
		while (u < tokens.length && tokens[u].end < e) u++;
		if (u < tokens.length && tokens[u].start < e && e < tokens[u].end) e = tokens[u].start;
		// A lone character at either end that runs on into the text (协调发|力) is half of a word jieba does not know — unless
		// it ends a run of three or more lone characters inside the phrase: that run is the unknown word itself, shared
		// whole (减污降碳, cut 减|污|降|碳).
		const lone = (i: number) => i >= 0 && i < tokens.length && tokens[i].end - tokens[i].start === 1 && isHan(tokens[i].word);
		const loneRun = (from: number, step: 1 | -1) => {
			let n = 0;
			for (let i = from; lone(i) && tokens[i].start >= s && tokens[i].end <= e && n < UNKNOWN_WORD; i += step) n++;
			return n;
		};
		while (u >= 0 && u < tokens.length && tokens[u].end > e) u--;
		if (lone(u) && tokens[u].end === e && isHan(text[e]) && loneRun(u, -1) < UNKNOWN_WORD) e = tokens[u].start;
		while (t < tokens.length && tokens[t].start < s) t++;
		if (lone(t) && tokens[t].start === s && isHan(text[s - 1]) && loneRun(t, 1) < UNKNOWN_WORD) s = tokens[t].end;
		if (e - s >= 2) out.push([s, e]);
	}
	return out;
}
