/**
 * Word segmentation, injected: the contract every segmenter meets, and the
 * fallback. Every feature takes its segmenter as a parameter and imports
 * only this file (no lexicon comes with it): the server, its workers and the
 * CLI pass jieba's algorithm and dictionary (`segmenter()` of ./index.ts,
 * dag.ts: plain TypeScript over a 1.6 MB lexicon, so it runs in a browser or
 * a worker too); tests may pass others.
 * `Intl.Segmenter` exists in every runtime and is the fallback (it splits
 * many policy terms: 城市/更新).
 *
 * A segmenter returns pieces that concatenate exactly to its input (the
 * diff's tokenizer checks that). One that also knows its dictionary's
 * part-of-speech tags offers `tag` (the proofreading lint asks whether the
 * word beside a doubled character is a noun), and one that cuts by word
 * frequencies offers `logProb` and `bestReading` (the lint asks whether a
 * doubled character reads as two words meeting, 海关|关税); without them,
 * those checks are off.
 */

export interface Segmenter {
	(text: string): string[];
	/** The dictionary's part-of-speech tag of `word` (n, v, a, nz …), or undefined when it is not one word. */
	tag?: (word: string) => string | undefined;
	/** ln P(`word`) under the dictionary's unigram model (ln frequency − ln total), or undefined when it is not one word. */
	logProb?: (word: string) => number | undefined;
	/** ln P of the most probable reading of `text` under that model: the score of the route the segmenter cuts along. */
	bestReading?: (text: string) => number;
}

/** A word of a text and where it starts. */
export interface Token {
	word: string;
	start: number;
	end: number;
}

/** `text` cut into words, each with its offsets into `text`. */
export function tokensOf(segmenter: Segmenter, text: string): Token[] {
	const out: Token[] = [];
	let pos = 0;
	for (const word of segmenter(text)) {
		out.push({ word, start: pos, end: pos + word.length });
		pos += word.length;
	}
	return out;
}

let intl: Intl.Segmenter | null = null;

/** ICU word segmentation: in every runtime, but it splits many policy terms (城市/更新), so it is only the fallback. */
export const intlSegmenter: Segmenter = (text) => {
	intl ??= new Intl.Segmenter('zh', { granularity: 'word' });
	const out: string[] = [];
	for (const s of intl.segment(text)) out.push(s.segment);
	return out;
};
