/**
 * What is new and what vanished between a report and its predecessor:
 * terms one uses and the other never writes, ranked by how distinctive
 * they are — the weighted log-odds ratio with an informative Dirichlet
 * prior (Monroe, Colaresi & Quinn 2008), as a z-score. Raw counts would put
 * long reports' common words first; the z-score weighs a term's count
 * against both reports' lengths and against how common it is overall.
 */
import type { TermStats } from './terms';

export interface DistinctTerm {
	term: string;
	/** Occurrences in the report where the term is present. */
	count: number;
	/** z-score of the log-odds ratio (higher = more distinctive). */
	score: number;
	quoted: boolean;
}

export interface NewAndVanished {
	appeared: DistinctTerm[];
	vanished: DistinctTerm[];
	/** Quoted slogans only (“六稳”“放管服”), ranked the same way: they are easy to lose among words. */
	appearedSlogans: DistinctTerm[];
	vanishedSlogans: DistinctTerm[];
}

/** Prior strength: how many pseudo-counts the pooled distribution contributes. */
const ALPHA0 = 1000;

function total(s: TermStats): number {
	let n = 0;
	for (const c of Object.values(s.counts)) n += c;
	return n;
}

/**
 * `present(term)` tells whether a term occurs anywhere in a text (a
 * substring check on the folded text): a term jieba split differently in
 * the other report must not count as absent from it.
 */
export function newAndVanished(
	prev: TermStats,
	cur: TermStats,
	presentIn: { prev: (term: string) => boolean; cur: (term: string) => boolean },
	opts: { limit?: number; minCount?: number } = {}
): NewAndVanished {
	const limit = opts.limit ?? 25;
	const minCount = opts.minCount ?? 2;
	const nPrev = total(prev);
	const nCur = total(cur);
	const nAll = nPrev + nCur || 1;
	const quoted = new Set([...prev.quoted, ...cur.quoted]);

	const score = (yCur: number, yPrev: number) => {
		const alpha = ALPHA0 * ((yCur + yPrev) / nAll);
		const lCur = Math.log((yCur + alpha) / (nCur + ALPHA0 - yCur - alpha));
		const lPrev = Math.log((yPrev + alpha) / (nPrev + ALPHA0 - yPrev - alpha));
		return (lCur - lPrev) / Math.sqrt(1 / (yCur + alpha) + 1 / (yPrev + alpha));
	};

	const side = (from: TermStats, other: (t: string) => boolean, sign: 1 | -1, slogansOnly = false): DistinctTerm[] => {
		const out: DistinctTerm[] = [];
		for (const [term, count] of Object.entries(from.counts)) {
			if (slogansOnly && !quoted.has(term)) continue;
			// A slogan in quotation marks is news even when written once.
			if (count < (quoted.has(term) ? 1 : minCount) || other(term)) continue;
			const s = sign === 1 ? score(count, 0) : -score(0, count);
			out.push({ term, count, score: Math.round(s * 100) / 100, quoted: quoted.has(term) });
		}
		out.sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term));
		// Drop a term inside a better-ranked one it always occurs with (高质量 in 高质量发展).
		const kept: DistinctTerm[] = [];
		for (const t of out) {
			if (kept.some((k) => k.term.includes(t.term) && k.count >= t.count)) continue;
			kept.push(t);
			if (kept.length >= limit) break;
		}
		return kept;
	};

	return {
		appeared: side(cur, presentIn.prev, 1),
		vanished: side(prev, presentIn.cur, -1),
		appearedSlogans: side(cur, presentIn.prev, 1, true),
		vanishedSlogans: side(prev, presentIn.cur, -1, true)
	};
}
