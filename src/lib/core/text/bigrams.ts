/**
 * How alike two pieces of wording are: the Dice coefficient of their
 * character bigrams. Bigrams suit Chinese (most words are two characters)
 * and need no segmentation, so scoring thousands of candidate pairs is cheap.
 */

// Punctuation and spaces carry no wording; they would make every pair look alike.
const NOT_WORDING = /[\s\p{P}\p{S}]+/gu;

/** Distinct character bigrams of a comparison key. */
export function bigrams(key: string): Set<string> {
	// Chinese text is BMP; a rare astral character just yields bigrams of surrogate halves, consistently on both sides.
	const w = key.replace(NOT_WORDING, '');
	const out = new Set<string>();
	if (w.length === 1) out.add(w);
	for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
	return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
	if (!a.size || !b.size) return 0;
	// Without a destructured pair: an array per call while the code is still cold.
	const small = a.size <= b.size ? a : b;
	const big = small === a ? b : a;
	let shared = 0;
	for (const g of small) if (big.has(g)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/**
 * Every character bigram of `s` in order, repeats kept and nothing stripped:
 * the multiset that `multisetDice` compares. For short names (a figure's
 * indicator, 地区生产总值) where a repeated bigram and the punctuation inside
 * the name are part of the wording.
 */
export function bigramBag(s: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
	return out;
}

/**
 * Dice over bigram multisets (`bigramBag`): a bigram shared counts as many
 * times as both sides hold it. 0 when either side has no bigram.
 */
export function multisetDice(a: readonly string[], b: readonly string[]): number {
	if (!a.length || !b.length) return 0;
	const pool = new Map<string, number>();
	for (const g of a) pool.set(g, (pool.get(g) ?? 0) + 1);
	let common = 0;
	for (const g of b) {
		const n = pool.get(g);
		if (n) {
			common++;
			pool.set(g, n - 1);
		}
	}
	return (2 * common) / (a.length + b.length);
}

/**
 * An inverted index over one side's bigram sets, to find for a unit the few
 * units of the other side worth scoring instead of scoring all n × m pairs.
 */
export class BigramIndex {
	private postings = new Map<string, number[]>();
	private counts: Int32Array;
	constructor(
		private sets: (Set<string> | null)[],
		/** Bigrams in more units than this (发展, 推进) say little about which unit matches. */
		private maxPostings = 64
	) {
		sets.forEach((set, i) => {
			if (!set) return;
			for (const g of set) {
				let p = this.postings.get(g);
				if (!p) this.postings.set(g, (p = []));
				p.push(i);
			}
		});
		this.counts = new Int32Array(sets.length);
	}

	/** Up to `limit` indices sharing the most informative bigrams with `query`. */
	candidates(query: Set<string>, limit = 6): number[] {
		return this.candidatesShared(query, limit).found;
	}

	/**
	 * `candidates`, with the number of distinct bigrams each shares with
	 * `query` (`shared[k]` for `found[k]`): what `dice` counts, got from the
	 * postings already walked plus a look-up of the few common bigrams skipped,
	 * so a caller scoring the candidates needs no `dice` of its own.
	 */
	candidatesShared(query: Set<string>, limit = 6): { found: number[]; shared: number[] } {
		this.skipped.length = 0;
		let found = this.collect(query, limit, this.maxPostings);
		// A sentence made only of common words still deserves candidates.
		if (!found.length) {
			this.skipped.length = 0;
			found = this.collect(query, limit, Infinity);
		}
		const shared = this.lastShared;
		for (let k = 0; k < found.length; k++) {
			const set = this.sets[found[k]]!;
			for (let j = 0; j < this.skipped.length; j++) if (set.has(this.skipped[j])) shared[k]++;
		}
		return { found, shared: shared.slice(0, found.length) };
	}
	/** Bigrams of the last query left out for being too common; counts of the last candidates found. */
	private skipped: string[] = [];
	private lastShared: number[] = [];

	private collect(query: Set<string>, limit: number, maxPostings: number): number[] {
		if (limit <= 0) return [];
		const counts = this.counts;
		const touched: number[] = [];
		for (const g of query) {
			const p = this.postings.get(g);
			if (!p) continue;
			if (p.length > maxPostings) {
				this.skipped.push(g);
				continue;
			}
			for (let j = 0; j < p.length; j++) {
				const i = p[j];
				if (counts[i]++ === 0) touched.push(i);
			}
		}
		// The first `limit` of `touched` stably sorted by count, descending (what a
		// full stable sort then slice gave), by insertion into a short sorted list.
		const out: number[] = [];
		for (let t = 0; t < touched.length; t++) {
			const i = touched[t];
			const c = counts[i];
			if (out.length === limit && counts[out[limit - 1]] >= c) continue;
			let at = out.length < limit ? out.length : limit - 1;
			while (at > 0 && counts[out[at - 1]] < c) {
				out[at] = out[at - 1];
				at--;
			}
			out[at] = i;
		}
		for (let k = 0; k < out.length; k++) this.lastShared[k] = counts[out[k]];
		for (let t = 0; t < touched.length; t++) counts[touched[t]] = 0;
		return out;
	}
}
