/**
 * Sentence boundaries in Chinese report text: after 。！？ (and ! ?), with
 * any closing quotes or brackets that follow. Pure regular expressions, so
 * it is fast on every runtime (Intl.Segmenter is slow on Node 20).
 *
 * Some web texts end a sentence with an ASCII full stop, always after a
 * percentage in the collection (广东 2004: `增长11.5%.金融机构本外币存款余额…`,
 * 76 times in 11 reports of ../shared/corpus/gov): a `.` after `%` and before
 * a Han letter or an opening quote ends a sentence. Elsewhere a `.` is a
 * decimal point, an outline number (`一.“十二五”时期`) or part of a name.
 *
 * Two reports write the decimal point as 。 (山东 1997 `增长18。1%`, 合肥 2009; 66 places in the collection): a 。 between
 * a number and one or two digits and a unit is a decimal point, not a sentence end (but `排名全省第1。88%的村…` ends one).
 */

/** A 。 written as a decimal point: after a number (not an ordinal after 第), before one or two digits and a unit. */
const DECIMAL_STOP = /(?<=(?<!第[0-9０-９]*)[0-9０-９])。(?=[0-9０-９]{1,2}(?:%|％|个百分点|万|亿|元|倍))/y;

/** Whether the 。 at `at` of `text` is a decimal point (增长18。1%): the figure scanner reads it as one where this says so. */
export function isDecimalStop(text: string, at: number): boolean {
	DECIMAL_STOP.lastIndex = at;
	return DECIMAL_STOP.test(text);
}

const SENTENCE_END = new RegExp(
	`(?:[！？!?]|(?!${DECIMAL_STOP.source})。)[。！？!?]*[”’」』）)》]*|…{1,2}[”’」』）)]*(?=[^，,、；;：:]|$)|(?<=%)\\.(?=[\\u4e00-\\u9fff“])`,
	'g'
);

/** Sentence ranges `[start, end)` within `text`, covering it without gaps (whitespace-only tails dropped). */
export function splitSentences(text: string, offset = 0): [number, number][] {
	const out: [number, number][] = [];
	let start = 0;
	let m: RegExpExecArray | null;
	SENTENCE_END.lastIndex = 0;
	while ((m = SENTENCE_END.exec(text))) {
		const end = m.index + m[0].length;
		if (end > start) out.push([offset + start, offset + end]);
		start = end;
	}
	if (start < text.length && text.slice(start).trim() !== '') out.push([offset + start, offset + text.length]);
	return out;
}
