/**
 * The one alignment algorithm behind every level of the diff, in the
 * manner of jsdiff's `base.ts`: the algorithm is generic, and each level
 * (sections, sentences) is a subclass that overrides hooks — what makes two
 * units identical (`key`), how alike two units are (`similarity`), which
 * units are worth scoring (`candidates`) and from what score two units
 * count as the same unit edited (`threshold`).
 *
 * Units are matched by content, never by position: first identical units,
 * then similar ones, best pairs first. Only then is order considered — the
 * largest set of pairs in the same order on both sides is "in place"; every
 * other pair is a move. A moved sentence is therefore reported as moved,
 * not as a deletion plus an insertion.
 */

export type PairKind = 'identical' | 'similar';

export interface Pair {
	a: number;
	b: number;
	kind: PairKind;
	/** False when the pair is out of order relative to the others: a move. */
	inOrder: boolean;
	score: number;
}

export interface Alignment {
	/** Sorted by `a`. */
	pairs: Pair[];
	/** Pair index by unit index, or -1 for units without a counterpart. */
	pairOfA: Int32Array;
	pairOfB: Int32Array;
}

export abstract class Aligner<U> {
	/** Units with equal keys are identical under the diff options. */
	abstract key(u: U): string;
	/** 0 (nothing shared) to 1 (identical). */
	abstract similarity(a: U, b: U, ai: number, bi: number): number;
	/** Minimum similarity for two units to be shown as one unit edited. */
	threshold = 0.5;

	/** Called once before matching, e.g. to build indexes over `bs`. */
	prepare(_as: U[], _bs: U[]): void {}

	/** Indices of `bs` worth scoring against `as[ai]`; by default all unmatched. */
	candidates(_ai: number, bs: U[], isFree: (bi: number) => boolean): number[] {
		const out: number[] = [];
		for (let i = 0; i < bs.length; i++) if (isFree(i)) out.push(i);
		return out;
	}

	align(as: U[], bs: U[]): Alignment {
		const pairOfA = new Int32Array(as.length).fill(-1);
		const pairOfB = new Int32Array(bs.length).fill(-1);
		const found: Omit<Pair, 'inOrder'>[] = [];

		// 1. Identical units. Repeated units pair up in order of appearance.
		const byKey = new Map<string, number[]>();
		bs.forEach((u, i) => {
			const k = this.key(u);
			const list = byKey.get(k);
			if (list) list.push(i);
			else byKey.set(k, [i]);
		});
		const used = new Map<string, number>();
		as.forEach((u, ai) => {
			const k = this.key(u);
			const list = byKey.get(k);
			if (!list) return;
			const n = used.get(k) ?? 0;
			if (n >= list.length) return;
			used.set(k, n + 1);
			const bi = list[n];
			pairOfA[ai] = pairOfB[bi] = found.length;
			found.push({ a: ai, b: bi, kind: 'identical', score: 1 });
		});

		// 2. Similar units among the rest, best-scoring pairs first.
		this.prepare(as, bs);
		const scored: { a: number; b: number; score: number }[] = [];
		const freeB = (bi: number) => pairOfB[bi] < 0;
		for (let ai = 0; ai < as.length; ai++) {
			if (pairOfA[ai] >= 0) continue;
			for (const bi of this.candidates(ai, bs, freeB)) {
				if (pairOfB[bi] >= 0) continue;
				const score = this.similarity(as[ai], bs[bi], ai, bi);
				if (score >= this.threshold) scored.push({ a: ai, b: bi, score });
			}
		}
		scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
		for (const s of scored) {
			if (pairOfA[s.a] >= 0 || pairOfB[s.b] >= 0) continue;
			pairOfA[s.a] = pairOfB[s.b] = found.length;
			found.push({ ...s, kind: 'similar' });
		}

		// 3. Order: the longest run of pairs increasing on both sides stays in place.
		const order = found.map((_, i) => i).sort((x, y) => found[x].a - found[y].a);
		const inPlace = longestIncreasing(order.map((i) => found[i].b));
		const pairs: Pair[] = order.map((i, k) => ({ ...found[i], inOrder: inPlace[k] }));
		pairs.forEach((p, i) => {
			pairOfA[p.a] = i;
			pairOfB[p.b] = i;
		});
		return { pairs, pairOfA, pairOfB };
	}
}

/** Marks the members of one longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasing(xs: number[]): boolean[] {
	const tails: number[] = []; // index into xs of the smallest tail of each length
	const prev = new Int32Array(xs.length).fill(-1);
	for (let i = 0; i < xs.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (xs[tails[mid]] < xs[i]) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) prev[i] = tails[lo - 1];
		tails[lo] = i;
	}
	const keep = new Array<boolean>(xs.length).fill(false);
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep[i] = true;
	return keep;
}
