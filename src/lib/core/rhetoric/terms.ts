/**
 * A report's candidate terms, for "what is new and what vanished": quoted
 * spans (“六稳”“六保”, “放管服” — slogans are quoted when coined) and the
 * words of its text (by the given segmenter: jieba on the server), minus stopwords, numbers and
 * single characters. Counted on the folded text, so old traditional-script
 * reports line up with modern ones. The result is plain data, cached per
 * report by the corpus store.
 */
import stop from '../data/stopwords.json';
import { tokensOf, type Segmenter } from '../segmenter/base';
import { foldForCount } from './fold';
import { HAN, HAN_CLASS } from '../text/han';

const NOT_HAN = new RegExp(`[^${HAN_CLASS}]+`, 'u');

/** Bump when term stats change, so cached stats are recomputed. */
export const TERMS_VERSION = 1;

const STOP = new Set<string>(stop.words);
/** Quoted spans worth a term: short, no sentence punctuation inside. */
const QUOTED = /[“「]([^”」“「，。；：！？,;:!?\n]{2,16})[”」]/g;
const NUMERIC = /^[0-9.%〇零一二三四五六七八九十百千万亿两第]+$/;

export interface TermStats {
	/** Characters of folded text. */
	chars: number;
	/** Term → occurrences. */
	counts: Record<string, number>;
	/** Terms that were written in quotation marks. */
	quoted: string[];
}

export function isCandidate(word: string): boolean {
	return word.length >= 2 && word.length <= 16 && HAN.test(word) && !STOP.has(word) && !NUMERIC.test(word);
}

export function termStats(text: string, segmenter: Segmenter): TermStats {
	const folded = foldForCount(text);
	const counts: Record<string, number> = Object.create(null);
	const quoted = new Set<string>();
	for (const m of folded.matchAll(QUOTED)) {
		const term = m[1];
		if (!HAN.test(term)) continue;
		quoted.add(term);
		counts[term] = (counts[term] ?? 0) + 1;
	}
	// Words outside quotes (the quoted ones were counted whole above).
	const unquoted = folded.replace(QUOTED, (m) => '\n'.repeat(m.length));
	for (const piece of unquoted.split(NOT_HAN)) {
		if (piece.length < 2) continue;
		for (const t of tokensOf(segmenter, piece)) if (isCandidate(t.word)) counts[t.word] = (counts[t.word] ?? 0) + 1;
	}
	return { chars: folded.length, counts: { ...counts }, quoted: [...quoted] };
}
