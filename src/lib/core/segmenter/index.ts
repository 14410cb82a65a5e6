/**
 * The word segmenter of every feature — the diff, the draft checker, the
 * proofreading lint, rhetoric terms, shared phrases — in the app's server,
 * its worker threads, the CLI and (it is plain TypeScript) the browser:
 * jieba's algorithm (dag.ts) over the lexicon built from jieba-wasm's
 * dictionary and the reports (data/lexicon.json, scripts/build-lexicon.ts).
 * Loading is the JSON parse of the lexicon (1.6 MB): nothing is built.
 *
 * One setting for every feature, as before with jieba-wasm: dictionary
 * words only, no HMM guessing. With HMM on, an unknown run is glued into an
 * invented word, so a slip such as 经经济 would come out as one "word" and
 * the lint could not see the doubling; in the diff, an unknown run is
 * compared character by character instead, which only makes the word level
 * finer.
 */
import type { Segmenter } from './base';
import data from '../data/lexicon.json';
import { dagSegmenter, Lexicon } from './dag';

let seg: Segmenter | null = null;

/** The segmenter every server service, worker job and CLI command passes to the core (with part-of-speech tags). */
export function segmenter(): Segmenter {
	seg ??= dagSegmenter(new Lexicon(data));
	return seg;
}
