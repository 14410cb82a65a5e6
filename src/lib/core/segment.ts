/**
 * Word segmentation, through jieba (dictionary only, no HMM guessing: a
 * slip such as 经经济 must not be glued into an invented word). Used by the
 * proofreading lint (does a repeated character break a word?) and by the
 * rhetoric term extractor.
 *
 * jieba-wasm's Node build is synchronous; its browser build needs an async
 * `init()` first, so code using this module runs on the server (the CLI,
 * the /check form action, the rhetoric endpoints), never in a component.
 */
import { cut, cut_all, tag } from 'jieba-wasm';

/** A word of `text` and where it starts. */
export interface Token {
	word: string;
	start: number;
	end: number;
}

/** Segment `text` into dictionary words (unknown characters come out one by one). */
export function segment(text: string): Token[] {
	const out: Token[] = [];
	let pos = 0;
	for (const word of cut(text, false)) {
		out.push({ word, start: pos, end: pos + word.length });
		pos += word.length;
	}
	return out;
}

/** Is `w` a word of the segmentation dictionary? */
export function isDictionaryWord(w: string): boolean {
	if (w.length < 2) return false;
	return cut_all(w).includes(w);
}

/** The dictionary's part-of-speech tag of `word` (n, v, a, nz …), or undefined when it is not one word. */
export function wordTag(word: string): string | undefined {
	const tags = tag(word, false);
	return tags.length === 1 ? tags[0].tag : undefined;
}
