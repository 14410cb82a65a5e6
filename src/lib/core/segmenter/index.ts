/**
 * The word segmenter of every feature (diff, draft checker, proofreading
 * lint, rhetoric terms, shared phrases), in the core: jieba's algorithm
 * (dag.ts) over the lexicon built from jieba-wasm's dictionary and the
 * reports (data/lexicon.json, scripts/build-lexicon.ts). Each first character's words
 * become a lookup table when a text first needs them.
 */
import type { Segmenter } from '../segment';
import data from '../data/lexicon.json';
import { dagSegmenter, Lexicon } from './dag';

let seg: Segmenter | null = null;

/** The segmenter over the shipped lexicon (with part-of-speech tags). */
export function lexiconSegmenter(): Segmenter {
	seg ??= dagSegmenter(new Lexicon(data));
	return seg;
}
