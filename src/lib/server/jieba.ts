/**
 * jieba (jieba-rs compiled to wasm) as the diff's word segmenter in Node —
 * the server and the CLI. It keeps policy terms whole where Intl.Segmenter
 * splits them (城市更新, 绿水青山, 集中供热; evidence in bench/segmenters.ts).
 * The Node build reads its 4 MB wasm from disk when first imported, so it is
 * loaded lazily and only here, never in the core or the browser.
 */
import { createRequire } from 'node:module';
import type { WordSegmenter } from '../core/diff/segmenter';

let cut: ((text: string, hmm?: boolean) => string[]) | null = null;

/** The jieba segmenter, or null if the wasm cannot be loaded (callers fall back to Intl). */
export function jiebaSegmenter(): WordSegmenter | null {
	if (!cut) {
		try {
			// The package's Node entry is CommonJS and instantiates the wasm synchronously.
			cut = createRequire(import.meta.url)('jieba-wasm').cut;
		} catch {
			return null;
		}
	}
	const c = cut!;
	// HMM on: unknown words such as 新质 are guessed rather than split into characters.
	return (text) => c(text, true);
}
