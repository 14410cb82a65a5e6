/**
 * Sentence reuse between an old report and a draft: every draft sentence is
 * reused word for word, reused with edits, or new.
 *
 * INTERFACE FOR THE LEAD: `compareDrafts(old, draft)` is the seam where the
 * diff engine (issue 4) plugs in. Keep its signature and `DraftComparison`
 * shape; replace the body with the diff engine's sentence alignment.
 * The implementation here is simple but real: exact matching on a folded
 * sentence key, then for the rest the most similar old sentence by
 * character-bigram Dice coefficient (found through a bigram index, so it is
 * not quadratic), "edited" at similarity ≥ EDITED_MIN.
 */
import type { ParsedReport } from '../parse';
import { sentenceKey } from './normalize';

export type ReuseStatus = 'same' | 'edited' | 'new';

export interface SentenceMatch {
	/** Index into the draft's `sentences`. */
	sentence: number;
	status: ReuseStatus;
	/** Index into the old report's `sentences` (same / edited). */
	old?: number;
	/** Dice similarity of the folded sentences, 0–1. */
	similarity: number;
}

export interface DraftComparison {
	matches: SentenceMatch[];
	/** Shares of draft sentences, by count and by characters. */
	shares: Record<ReuseStatus, number>;
	charShares: Record<ReuseStatus, number>;
	counts: Record<ReuseStatus, number>;
}

export type CompareDrafts = (old: ParsedReport, draft: ParsedReport) => DraftComparison;

export const EDITED_MIN = 0.5;
/** Sentences shorter than this (folded) are matched only exactly: "各位代表！" is no evidence. */
const MIN_FUZZY = 8;

function bigrams(s: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
	return out;
}

function dice(a: string[], b: string[]): number {
	if (!a.length || !b.length) return 0;
	const m = new Map<string, number>();
	for (const g of a) m.set(g, (m.get(g) ?? 0) + 1);
	let common = 0;
	for (const g of b) {
		const n = m.get(g);
		if (n) {
			common++;
			m.set(g, n - 1);
		}
	}
	return (2 * common) / (a.length + b.length);
}

export const compareDrafts: CompareDrafts = (old, draft) => {
	const oldKeys = old.sentences.map((s) => sentenceKey(old.text.slice(s.textStart, s.textEnd)));
	const exact = new Map<string, number>();
	oldKeys.forEach((k, i) => {
		if (k && !exact.has(k)) exact.set(k, i);
	});
	const oldGrams = oldKeys.map(bigrams);
	const index = new Map<string, number[]>();
	oldGrams.forEach((gs, i) => {
		for (const g of new Set(gs)) {
			let list = index.get(g);
			if (!list) index.set(g, (list = []));
			list.push(i);
		}
	});

	const matches: SentenceMatch[] = draft.sentences.map((s, k) => {
		const key = sentenceKey(draft.text.slice(s.textStart, s.textEnd));
		const hit = exact.get(key);
		if (hit !== undefined) return { sentence: k, status: 'same', old: hit, similarity: 1 };
		if (key.length < MIN_FUZZY) return { sentence: k, status: 'new', similarity: 0 };
		const grams = bigrams(key);
		const shared = new Map<number, number>();
		for (const g of new Set(grams)) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
		// Only the old sentences sharing the most bigrams are worth a full comparison.
		const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, 8);
		let best = -1;
		let bestSim = 0;
		for (const [i] of candidates) {
			const sim = dice(grams, oldGrams[i]);
			if (sim > bestSim) [best, bestSim] = [i, sim];
		}
		if (best >= 0 && bestSim >= EDITED_MIN) return { sentence: k, status: 'edited', old: best, similarity: Math.round(bestSim * 1000) / 1000 };
		return { sentence: k, status: 'new', similarity: Math.round(bestSim * 1000) / 1000 };
	});

	const counts = { same: 0, edited: 0, new: 0 };
	const chars = { same: 0, edited: 0, new: 0 };
	for (const m of matches) {
		const s = draft.sentences[m.sentence];
		counts[m.status]++;
		chars[m.status] += s.textEnd - s.textStart;
	}
	const n = matches.length || 1;
	const c = chars.same + chars.edited + chars.new || 1;
	const r = (x: number) => Math.round(x * 1000) / 1000;
	return {
		matches,
		counts,
		shares: { same: r(counts.same / n), edited: r(counts.edited / n), new: r(counts.new / n) },
		charShares: { same: r(chars.same / c), edited: r(chars.edited / c), new: r(chars.new / c) }
	};
};
