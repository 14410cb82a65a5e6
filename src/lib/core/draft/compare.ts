/**
 * Sentence reuse between an old report and a draft: every draft sentence is
 * reused word for word, reused with edits, or new. The shape of the answer;
 * `compare-diff.ts` computes it with the diff engine, so the checker and the
 * diff view agree on what was reused.
 */
import type { ParsedReport } from '../parse';
import type { Segmenter } from '../segmenter/base';

export type ReuseStatus = 'same' | 'edited' | 'new';

export interface SentenceMatch {
	/** Index into the draft's `sentences`. */
	sentence: number;
	status: ReuseStatus;
	/** Index into the old report's `sentences` (same / edited). */
	old?: number;
	/** Dice similarity of the folded sentences, 0–1. */
	similarity: number;
	/**
	 * Word-level edits of an edited sentence, in reading order: draft text
	 * kept or inserted (offsets into the draft's cleaned `text`), and old
	 * text deleted at that point (the old words themselves).
	 */
	words?: WordPiece[];
}

export type WordPiece = { kind: 'same' | 'ins'; start: number; end: number } | { kind: 'del'; text: string };

export interface DraftComparison {
	matches: SentenceMatch[];
	/** Shares of draft sentences, by count and by characters. */
	shares: Record<ReuseStatus, number>;
	charShares: Record<ReuseStatus, number>;
	counts: Record<ReuseStatus, number>;
}

/** Compare with the same word segmenter as the diff view (jieba on the server), so the two agree. */
export type CompareDrafts = (old: ParsedReport, draft: ParsedReport, segmenter: Segmenter) => DraftComparison;
