/**
 * Word frequencies in the lint: does a doubled character read as ordinary
 * Chinese — a word ending with the character the next word starts with
 * (海关|关税, 健全|人防|防护)? The model is the injected segmenter's own
 * (core/segmenter: jieba's unigram model over data/lexicon.json, the
 * dictionary's frequencies), so the lint and the segmenter read a clause
 * the same way; a segmenter that knows no frequencies (the Intl fallback)
 * turns these checks off.
 */
import type { Segmenter } from '../segmenter/base';

/** The longest word of a two-words-meet reading (the doubled character's side of it). */
const MAX_WORD = 4;

/**
 * A common word: one jieba's dictionary counts at least 20 times in its
 * total of 60,101,964 (as a probability, so it holds for any lexicon that
 * keeps jieba's total). The lexicon also holds rarer words, because the
 * reports use them (无证, 3 times): they take part in the best reading, but
 * a doubling is never excused as two of them meeting (无证|证明 stays a
 * slip) — that test asks for ordinary words.
 */
const COMMON = Math.log(19.5 / 60_101_964);

/** ln P(`word`) when it is a common word of the segmenter's dictionary, else undefined. */
function common(seg: Segmenter, word: string): number | undefined {
	const p = seg.logProb?.(word);
	return p !== undefined && p >= COMMON ? p : undefined;
}

/** Is `word` a common word of the segmenter's dictionary? */
export function isWord(seg: Segmenter, word: string): boolean {
	return common(seg, word) !== undefined;
}

/**
 * Does the doubled character at `text[i] === text[i + 1]` read as two words
 * meeting — one ending with it, the next starting with it (海关|关税,
 * 人防|防护, 各方|方面) — nearly as well as the best reading of its clause?
 * `margin` is in natural-log units: how much less probable that reading may
 * be. The reading with the two words forced is the best reading before
 * them, the two words, and the best reading after them.
 */
export function overlapReading(seg: Segmenter, clauseText: string, i: number, margin: number): boolean {
	const { bestReading } = seg;
	if (!bestReading) return false;
	const floor = bestReading(clauseText) - margin;
	for (let a = 1; a < MAX_WORD; a++) {
		const s = i + 1 - (a + 1);
		if (s < 0) break;
		const first = common(seg, clauseText.slice(s, i + 1));
		if (first === undefined) continue;
		const before = bestReading(clauseText.slice(0, s));
		for (let b = 2; b <= MAX_WORD; b++) {
			const e = i + 1 + b;
			if (e > clauseText.length) break;
			const second = common(seg, clauseText.slice(i + 1, e));
			if (second === undefined) continue;
			if (before + first + second + bestReading(clauseText.slice(e)) >= floor) return true;
		}
	}
	return false;
}
