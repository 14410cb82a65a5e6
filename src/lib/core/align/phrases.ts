/**
 * Phrases shared between the passages of a row: runs of at least `minLength`
 * content characters (folded) that occur in another passage of the row.
 * Boilerplate (the data list, and any 4-gram found in a large share of all
 * compared passages) is not highlighted: it says nothing about the match.
 */
import boilerplateData from '../data/boilerplate.json';
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
export function sharedPhrases(texts: (string | null)[], boilerplate: Set<string>, n = MIN_PHRASE): [number, number][][] {
	const folded = texts.map((t) => (t === null ? null : contentChars(t)));
	const gramSets = folded.map((f) => (f ? grams(f.chars, n) : null));
	return folded.map((f, k) => {
		if (!f) return [];
		const ranges: [number, number][] = [];
		for (let i = 0; i + n <= f.chars.length; i++) {
			const g = f.chars.slice(i, i + n);
			if (boilerplate.has(g) || /^0+$/.test(g)) continue;
			if (!gramSets.some((s, o) => o !== k && s !== null && s.has(g))) continue;
			const start = f.offsets[i];
			const end = f.offsets[i + n - 1] + 1;
			const last = ranges[ranges.length - 1];
			if (last && start <= last[1]) last[1] = Math.max(last[1], end);
			else ranges.push([start, end]);
		}
		return ranges;
	});
}
