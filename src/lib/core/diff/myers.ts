/**
 * The Myers diff the word level runs: jsdiff 9's algorithm
 * (`diff/libesm/diff/base.js`, as `diffArrays` runs it, without callback or
 * timeout) step for step — the same diagonal bounds, the same choice between
 * an insertion and a deletion at every diagonal, the same pruning — so its
 * changes are exactly jsdiff's. What differs is only the bookkeeping, which
 * dominated a cold process (issue 14): jsdiff keeps its paths in an array
 * indexed by negative diagonals (V8 stores that as a dictionary) and one
 * object per path and per component; here the paths are two typed arrays
 * offset by the largest edit length, and the components a pool of typed arrays
 * linked by index.
 */

/** A run of the edit script, in jsdiff's shape (without `value`). */
export interface Change {
	count: number;
	added: boolean;
	removed: boolean;
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/** No path on this diagonal (a path's old position is ≥ -1). */
const NONE = -2;

/**
 * The changes turning `old` into `next` (items equal by `===`), or undefined
 * when more than `maxEditLength` edits would be needed (jsdiff's `maxEditLength`).
 */
export function myersDiff<T>(old: ArrayLike<T>, next: ArrayLike<T>, maxEditLength = Infinity): Change[] | undefined {
	const oldLen = old.length;
	const newLen = next.length;
	const maxEdit = Math.min(oldLen + newLen, maxEditLength);

	// Components: count, kind and previous component (-1: none), in growing typed arrays.
	let count = new Int32Array(64);
	let kind = new Uint8Array(64);
	let prev = new Int32Array(64);
	let nodes = 0;
	const node = (n: number, k: number, p: number): number => {
		if (nodes === count.length) {
			const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
				const b = make(a.length * 2);
				b.set(a);
				return b;
			};
			count = grow(count, (n) => new Int32Array(n));
			kind = grow(kind, (n) => new Uint8Array(n));
			prev = grow(prev, (n) => new Int32Array(n));
		}
		count[nodes] = n;
		kind[nodes] = k;
		prev[nodes] = p;
		return nodes++;
	};
	const addToPath = (last: number, k: number): number =>
		last >= 0 && kind[last] === k ? node(count[last] + 1, k, prev[last]) : node(1, k, last);
	const build = (last: number): Change[] => {
		const out: Change[] = [];
		for (let c = last; c >= 0; c = prev[c]) out.push({ count: count[c], added: kind[c] === ADDED, removed: kind[c] === REMOVED });
		return out.reverse();
	};

	// The best path on each diagonal d ∈ [-maxEdit - 1, maxEdit + 1], at index d + off.
	const off = maxEdit + 1;
	const pathOld = new Int32Array(2 * maxEdit + 3).fill(NONE);
	const pathLast = new Int32Array(2 * maxEdit + 3).fill(-1);

	// Follows the diagonal while items are equal; returns the new position reached.
	let oldPos = -1;
	let last = -1;
	const extractCommon = (diagonal: number): number => {
		let newPos = oldPos - diagonal;
		let common = 0;
		while (newPos + 1 < newLen && oldPos + 1 < oldLen && old[oldPos + 1] === next[newPos + 1]) {
			newPos++;
			oldPos++;
			common++;
		}
		if (common) last = node(common, COMMON, last);
		return newPos;
	};

	let newPos = extractCommon(0);
	if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(last);
	pathOld[off] = oldPos;
	pathLast[off] = last;

	let minDiagonal = -Infinity;
	let maxDiagonal = Infinity;
	for (let editLength = 1; editLength <= maxEdit; editLength++) {
		const hi = Math.min(maxDiagonal, editLength);
		for (let d = Math.max(minDiagonal, -editLength); d <= hi; d += 2) {
			const rem = d - 1 + off;
			const add = d + 1 + off;
			const removeOld = pathOld[rem];
			const removeLast = pathLast[rem];
			const addOld = pathOld[add];
			// jsdiff clears the path it branches a deletion from: nobody reads it again.
			if (removeOld !== NONE) pathOld[rem] = NONE;
			let canAdd = false;
			if (addOld !== NONE) {
				const addNew = addOld - d;
				canAdd = 0 <= addNew && addNew < newLen;
			}
			const canRemove = removeOld !== NONE && removeOld + 1 < oldLen;
			if (!canAdd && !canRemove) {
				pathOld[d + off] = NONE;
				continue;
			}
			// From the path farthest along the old side that stays inside the edit graph.
			if (!canRemove || (canAdd && removeOld < addOld)) {
				oldPos = addOld;
				last = addToPath(pathLast[add], ADDED);
			} else {
				oldPos = removeOld + 1;
				last = addToPath(removeLast, REMOVED);
			}
			newPos = extractCommon(d);
			if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(last);
			pathOld[d + off] = oldPos;
			pathLast[d + off] = last;
			if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
			if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
		}
	}
	return undefined;
}
