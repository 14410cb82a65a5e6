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

	// Components: count, kind and previous component (-1: none), in growing typed
	// arrays; written inline below (closures over these cost a cold process more).
	let count = new Int32Array(64);
	let kind = new Uint8Array(64);
	let prev = new Int32Array(64);
	let nodes = 0;
	/** Room for two more components (a diagonal step adds at most two). */
	const reserve = () => {
		if (nodes + 2 <= count.length) return;
		const n = count.length * 2;
		const c = new Int32Array(n);
		c.set(count);
		const k = new Uint8Array(n);
		k.set(kind);
		const p = new Int32Array(n);
		p.set(prev);
		count = c;
		kind = k;
		prev = p;
	};
	const build = (last: number): Change[] => {
		const out: Change[] = [];
		for (let c = last; c >= 0; c = prev[c]) out.push({ count: count[c], added: kind[c] === ADDED, removed: kind[c] === REMOVED });
		return out.reverse();
	};

	// The best path on each diagonal d ∈ [-maxEdit - 1, maxEdit + 1], at index d + off.
	const off = maxEdit + 1;
	const pathOld = new Int32Array(2 * maxEdit + 3).fill(NONE);
	const pathLast = new Int32Array(2 * maxEdit + 3).fill(-1);

	// The seed: the common start (jsdiff's extractCommon on diagonal 0).
	let oldPos = -1;
	let newPos = -1;
	let last = -1;
	while (newPos + 1 < newLen && oldPos + 1 < oldLen && old[oldPos + 1] === next[newPos + 1]) {
		newPos++;
		oldPos++;
	}
	if (oldPos >= 0) {
		reserve();
		count[nodes] = oldPos + 1;
		kind[nodes] = COMMON;
		prev[nodes] = -1;
		last = nodes++;
	}
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
			reserve();
			// From the path farthest along the old side that stays inside the edit graph
			// (jsdiff's addToPath: a step of the same kind as the last component extends a copy of it).
			let from: number;
			let k: number;
			if (!canRemove || (canAdd && removeOld < addOld)) {
				oldPos = addOld;
				from = pathLast[add];
				k = ADDED;
			} else {
				oldPos = removeOld + 1;
				from = removeLast;
				k = REMOVED;
			}
			if (from >= 0 && kind[from] === k) {
				count[nodes] = count[from] + 1;
				prev[nodes] = prev[from];
			} else {
				count[nodes] = 1;
				prev[nodes] = from;
			}
			kind[nodes] = k;
			last = nodes++;
			// jsdiff's extractCommon: follow the diagonal while items are equal.
			newPos = oldPos - d;
			let common = 0;
			while (newPos + 1 < newLen && oldPos + 1 < oldLen && old[oldPos + 1] === next[newPos + 1]) {
				newPos++;
				oldPos++;
				common++;
			}
			if (common) {
				count[nodes] = common;
				kind[nodes] = COMMON;
				prev[nodes] = last;
				last = nodes++;
			}
			if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(last);
			pathOld[d + off] = oldPos;
			pathLast[d + off] = last;
			if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
			if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
		}
	}
	return undefined;
}
