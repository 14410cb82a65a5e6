/**
 * Word segmentation is pluggable because the best segmenter is not
 * available everywhere: jieba (dictionary-based, keeps 城市更新 and
 * 绿水青山 whole) is a 4 MB wasm loaded from disk by the server and CLI
 * (see src/lib/server/jieba.ts), while `Intl.Segmenter` exists in every
 * runtime and serves as the fallback. A segmenter must return pieces that
 * concatenate exactly to its input; the tokenizer checks that.
 */
export type WordSegmenter = (text: string) => string[];

let intl: Intl.Segmenter | null = null;

/** ICU word segmentation. Splits many policy terms (城市/更新), so it is only the fallback. */
export const intlSegmenter: WordSegmenter = (text) => {
	intl ??= new Intl.Segmenter('zh', { granularity: 'word' });
	const out: string[] = [];
	for (const s of intl.segment(text)) out.push(s.segment);
	return out;
};

/** One piece per character: the segmenter of last resort, and a baseline in the bench. */
export const charSegmenter: WordSegmenter = (text) => Array.from(text);
