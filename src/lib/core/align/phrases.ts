/**
 * Phrases shared between the passages of a row: runs of at least `minLength`
 * content characters (folded) that occur in another passage of the row.
 * Boilerplate (the data list, and any 4-gram found in a large share of all
 * compared passages) is not highlighted: it says nothing about the match.
 */
import boilerplateData from '../data/boilerplate.json';
import { tokensOf, type Segmenter } from '../segment';
import { contentChars } from './similarity';

export const MIN_PHRASE = 4;

/** 4-grams never worth highlighting, from the data list. */
function listedBoilerplate(n: number): Set<string> {
	const out = new Set<string>();
	for (const p of (boilerplateData as { phrases: string[] }).phrases) {
		const { chars } = contentChars(p);
		for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n));
	}
	return out;
}

function grams(chars: string, n: number): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n));
	return out;
}

/** n-grams common to many of `texts` (document frequency ≥ share, and at least 3). */
export function commonGrams(texts: string[], share = 0.4, n = MIN_PHRASE): Set<string> {
	const df = new Map<string, number>();
	for (const t of texts) for (const g of grams(contentChars(t).chars, n)) df.set(g, (df.get(g) ?? 0) + 1);
	const min = Math.max(3, Math.ceil(texts.length * share));
	const out = listedBoilerplate(n);
	for (const [g, c] of df) if (c >= min) out.add(g);
	return out;
}

/**
 * For each text of a row, the [start, end) ranges (offsets into that text)
 * of phrases it shares with at least one other text of the row.
 */
export function sharedPhrases(texts: (string | null)[], boilerplate: Set<string>, segmenter: Segmenter, n = MIN_PHRASE): [number, number][][] {
	// Digits are kept: 300万平方米 and 439万平方米 share 万平方米, not a figure.
	const folded = texts.map((t) => (t === null ? null : contentChars(t, true)));
	const gramSets = folded.map((f) => (f ? grams(f.chars, n) : null));
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

/**
 * Shrink ranges to whole words (of the given segmenter: jieba on the server): a shared run never
 * starts or ends inside a word (促进区域协调发|展 becomes 促进区域协调). Runs
 * left with fewer than two characters are dropped.
 */
const HAN = /\p{Script=Han}/u;

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
		// A lone character at either end that runs on into the text (协调发|力) is half of a word jieba does not know.
		const lone = (i: number) => i >= 0 && i < tokens.length && tokens[i].end - tokens[i].start === 1 && HAN.test(tokens[i].word);
		while (u >= 0 && u < tokens.length && tokens[u].end > e) u--;
		if (lone(u) && tokens[u].end === e && HAN.test(text[e] ?? '')) e = tokens[u].start;
		while (t < tokens.length && tokens[t].start < s) t++;
		if (lone(t) && tokens[t].start === s && HAN.test(text[s - 1] ?? '')) s = tokens[t].end;
		if (e - s >= 2) out.push([s, e]);
	}
	return out;
}
