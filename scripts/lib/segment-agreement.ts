/**
 * How two cuts of one text agree: jieba-wasm's (the reference) and the core
 * segmenter's. Used by scripts/eval/segment.ts and the segmenter's tests.
 */

/** The offsets between words (a word's end that is not the text's end). */
function boundaries(words: string[]): Set<number> {
	const out = new Set<number>();
	let pos = 0;
	for (const w of words.slice(0, -1)) out.add((pos += w.length));
	return out;
}

/** Boundaries both have (tp), only `ours` has (fp), only `ref` has (fn). */
export function boundaryCounts(ref: string[], ours: string[]): { tp: number; fp: number; fn: number } {
	const a = boundaries(ref);
	const b = boundaries(ours);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const x of b)
		if (a.has(x)) tp++;
		else fp++;
	for (const x of a) if (!b.has(x)) fn++;
	return { tp, fp, fn };
}

/** Precision, recall and F1 of summed counts. */
export function scores(c: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
	const precision = c.tp / (c.tp + c.fp);
	const recall = c.tp / (c.tp + c.fn);
	return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** The stretches where the cuts differ, [ref's words, ours], each from one shared boundary to the next. */
export function disagreements(ref: string[], ours: string[]): [string[], string[]][] {
	const out: [string[], string[]][] = [];
	let i = 0;
	let j = 0;
	let pa = 0;
	let pb = 0;
	while (i < ref.length && j < ours.length) {
		if (pa === pb && ref[i] === ours[j]) {
			pa += ref[i++].length;
			pb += ours[j++].length;
			continue;
		}
		const wa: string[] = [];
		const wb: string[] = [];
		do {
			if (pa <= pb) {
				wa.push(ref[i]);
				pa += ref[i++].length;
			} else {
				wb.push(ours[j]);
				pb += ours[j++].length;
			}
		} while (pa !== pb && (pa <= pb ? i < ref.length : j < ours.length));
		out.push([wa, wb]);
	}
	return out;
}
