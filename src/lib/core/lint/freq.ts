/**
 * Word frequencies (data/word-freq.json, built from the dictionary jieba
 * ships) and the most probable reading of a short stretch of text under a
 * unigram model — the model jieba itself segments with. The lint uses it to
 * ask whether a doubled character reads as ordinary Chinese: a word ending
 * with the character the next word starts with (海关|关税, 健全|人防|防护).
 * Pure: a table and arithmetic, no segmenter.
 */
import data from '../data/word-freq.json';

let table: Map<string, number> | null = null;
const LOG_TOTAL = Math.log(data.total);
/** Log-probability of a character the table does not know. */
const UNKNOWN = -Math.log(data.total);
const MAX_WORD = 4;

function words(): Map<string, number> {
	if (!table) {
		table = new Map();
		for (const [b, list] of Object.entries(data.buckets as Record<string, string>))
			for (const w of list.split(' ')) if (w) table.set(w, Number(b));
	}
	return table;
}

/** ln(frequency) of a dictionary word (2–4 characters, frequency ≥ minFreq) or character, else null. */
export function logFreq(word: string): number | null {
	return words().get(word) ?? null;
}

/** Log-probability of the best reading of `text` (unknown characters one by one). O(n · 4). */
export function bestReading(text: string, forced: [number, number][] = []): number {
	const w = words();
	const n = text.length;
	// best[i]: best log-probability of text[i..n); a forced word must be read as one.
	const best = new Array<number>(n + 1).fill(-Infinity);
	best[n] = 0;
	const forcedAt = new Map(forced.map(([a, b]) => [a, b]));
	const inside = (i: number) => forced.some(([a, b]) => i > a && i < b);
	for (let i = n - 1; i >= 0; i--) {
		if (inside(i)) continue;
		const f = forcedAt.get(i);
		if (f !== undefined) {
			const lf = w.get(text.slice(i, f));
			best[i] = (lf === undefined ? UNKNOWN : lf - LOG_TOTAL) + best[f];
			continue;
		}
		for (let L = 1; L <= MAX_WORD && i + L <= n; L++) {
			if (forced.some(([a]) => i < a && i + L > a) || inside(i + L)) continue;
			const lf = w.get(text.slice(i, i + L));
			const p = lf === undefined ? (L === 1 ? UNKNOWN : null) : lf - LOG_TOTAL;
			if (p === null) continue;
			best[i] = Math.max(best[i], p + best[i + L]);
		}
	}
	return best[0];
}

/**
 * Does the doubled character at `text[i] === text[i + 1]` read as two words
 * meeting — one ending with it, the next starting with it (海关|关税,
 * 人防|防护, 各方|方面) — nearly as well as the best reading of its clause?
 * `margin` is in natural-log units: how much less probable that reading may be.
 */
export function overlapReading(clauseText: string, i: number, margin: number): boolean {
	const w = words();
	const best = bestReading(clauseText);
	for (let a = 1; a < MAX_WORD; a++) {
		const s = i + 1 - (a + 1);
		if (s < 0) break;
		if (!w.has(clauseText.slice(s, i + 1))) continue;
		for (let b = 2; b <= MAX_WORD; b++) {
			const e = i + 1 + b;
			if (e > clauseText.length) break;
			if (!w.has(clauseText.slice(i + 1, e))) continue;
			if (
				bestReading(clauseText, [
					[s, i + 1],
					[i + 1, e]
				]) >=
				best - margin
			)
				return true;
		}
	}
	return false;
}
