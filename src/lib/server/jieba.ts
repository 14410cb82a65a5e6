/**
 * jieba (jieba-rs compiled to wasm) as the word segmenter of the server and
 * the CLI. It keeps policy terms whole where Intl.Segmenter splits them
 * (城市更新, 绿水青山, 集中供热; evidence in bench/segmenters.ts). The Node
 * build reads its 4 MB wasm from disk when first used, so it is loaded
 * lazily and only here, never in the core or the browser: the core takes the
 * segmenter as a parameter (src/lib/core/segment.ts).
 *
 * One setting for every feature — the diff, the draft checker, the
 * proofreading lint, rhetoric terms, shared phrases: dictionary words only,
 * no HMM guessing. With HMM on, an unknown run is glued into an invented
 * word, so a slip such as 经经济 would come out as one "word" and the lint
 * could not see the doubling; in the diff, an unknown run is compared
 * character by character instead, which only makes the word level finer.
 */
import { createRequire } from 'node:module';
import { intlSegmenter, type Segmenter } from '../core/segment';

interface Jieba {
	cut(text: string, hmm?: boolean): string[];
	tag(text: string, hmm?: boolean): { word: string; tag: string }[];
}

let jieba: Jieba | null | undefined;
let seg: Segmenter | null = null;

/** The jieba segmenter (with part-of-speech tags), or null if the wasm cannot be loaded. */
export function jiebaSegmenter(): Segmenter | null {
	if (jieba === undefined) {
		try {
			// The package's Node entry is CommonJS and instantiates the wasm synchronously.
			jieba = createRequire(import.meta.url)('jieba-wasm') as Jieba;
		} catch {
			jieba = null;
		}
	}
	if (!jieba) return null;
	if (!seg) {
		const j = jieba;
		const s: Segmenter = (text) => j.cut(text, false);
		s.tag = (word) => {
			const tags = j.tag(word, false);
			return tags.length === 1 ? tags[0].tag : undefined;
		};
		seg = s;
	}
	return seg;
}

/** The segmenter every server service and CLI command passes to the core: jieba, else Intl. */
export function segmenter(): Segmenter {
	return jiebaSegmenter() ?? intlSegmenter;
}
