/**
 * Monotone alignment of sequences, independent of what the items are: the
 * caller passes the similarity function (as diff2html's rematch does with
 * its distance). Order within each sequence is never changed; matched items
 * share a row, unmatched ones get rows of their own between the matches.
 */

/**
 * Best order-preserving matching of `a` against `b`: maximises the summed
 * similarity of matched pairs, considering only pairs at or above
 * `threshold` (a DP over the two sequences, like LCS with weights).
 */
export function alignPair<A, B>(a: A[], b: B[], similarity: (x: A, y: B) => number, threshold: number): [number, number, number][] {
	const n = a.length;
	const m = b.length;
	const sim: Float64Array[] = [];
	for (let i = 0; i < n; i++) {
		const row = new Float64Array(m);
		for (let j = 0; j < m; j++) {
			const s = similarity(a[i], b[j]);
			row[j] = s >= threshold ? s : 0;
		}
		sim.push(row);
	}
	const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
	for (let i = 1; i <= n; i++) {
		for (let j = 1; j <= m; j++) {
			let v = Math.max(best[i - 1][j], best[i][j - 1]);
			const s = sim[i - 1][j - 1];
			if (s > 0) v = Math.max(v, best[i - 1][j - 1] + s);
			best[i][j] = v;
		}
	}
	const pairs: [number, number, number][] = [];
	for (let i = n, j = m; i > 0 && j > 0;) {
		const s = sim[i - 1][j - 1];
		if (s > 0 && best[i][j] === best[i - 1][j - 1] + s) {
			pairs.push([i - 1, j - 1, s]);
			i--;
			j--;
		} else if (best[i][j] === best[i - 1][j]) i--;
		else j--;
	}
	return pairs.reverse();
}

/**
 * Align several columns into rows. Columns are added one at a time against
 * the rows built so far (an item's similarity to a row is its best
 * similarity to any item already in it), which keeps every column in order
 * and lets a statement repeated in reports 1 and 3 but missing from 2 still
 * line up.
 */
export function alignColumns<T>(columns: T[][], similarity: (x: T, y: T) => number, threshold: number): (T | null)[][] {
	const width = columns.length;
	let rows: (T | null)[][] = [];
	columns.forEach((column, k) => {
		if (k === 0) {
			rows = column.map((item) => Array.from({ length: width }, (_, c) => (c === 0 ? item : null)));
			return;
		}
		const rowSim = (row: (T | null)[], item: T) => {
			let best = 0;
			for (const cell of row) if (cell !== null) best = Math.max(best, similarity(cell, item));
			return best;
		};
		const pairs = alignPair(rows, column, rowSim, threshold);
		const next: (T | null)[][] = [];
		let r = 0;
		let c = 0;
		const fresh = (item: T) => Array.from({ length: width }, (_, x) => (x === k ? item : null));
		for (const [ri, ci] of pairs) {
			// Between two matches: the old rows first, then the new column's items.
			while (r < ri) next.push(rows[r++]);
			while (c < ci) next.push(fresh(column[c++]));
			const row = rows[r++];
			row[k] = column[c++];
			next.push(row);
		}
		while (r < rows.length) next.push(rows[r++]);
		while (c < column.length) next.push(fresh(column[c++]));
		rows = next;
	});
	return rows;
}

/**
 * Align several columns into rows by what the items are about, not by their
 * order: each column's items are matched against the rows built so far
 * (an item's similarity to a row is its best similarity to any item in it),
 * keeping, for every item and every row, the pairs within `near` of its best
 * (at most `most` each). So a long paragraph of one report can face the five
 * lead-ins another report writes on the same matters: one row per pair, the
 * paragraph repeated. Rows keep the order of the first column (then of the
 * column that opened them); an unmatched item gets a row of its own right
 * after the row of the nearest earlier item of its column that was matched,
 * so it stays next to what precedes it in its report. Nothing is dropped.
 */
export function alignByMatter<T>(
	columns: T[][],
	similarity: (x: T, y: T) => number,
	threshold: number,
	near = 0.75,
	most = 3,
	facet: (x: T, y: T) => string | null = () => null,
	sameFacet = Infinity,
	joint = 0,
	mutualOnly?: (x: T, y: T) => boolean,
	close?: { margin: number; together: (x: T, y: T) => boolean },
	veto?: (x: T, y: T, mutual: boolean, floor: boolean) => boolean
): (T | null)[][] {
	const width = columns.length;
	let rows: (T | null)[][] = [];
	columns.forEach((column, k) => {
		const fresh = (item: T) => Array.from({ length: width }, (_, x) => (x === k ? item : null));
		if (rows.length === 0) {
			rows = column.map(fresh);
			return;
		}
		// Similarity of every row to every item of the new column. A pair that weaker evidence alone
		// made (mutualOnly) counts only where no other cell of the row is a candidate for the item; such
		// pairs are kept only as the best of both sides over all pairs, and do not lower what the other
		// pairs are measured against.
		const weakPair: boolean[][] = rows.map(() => new Array<boolean>(column.length).fill(false));
		const sims: Float64Array[] = rows.map((row, r) => {
			const out = new Float64Array(column.length);
			for (let j = 0; j < column.length; j++) {
				let best = 0;
				let weak = 0;
				for (const cell of row)
					if (cell !== null) {
						const s = similarity(cell, column[j]);
						if (mutualOnly && mutualOnly(cell, column[j])) weak = Math.max(weak, s);
						else best = Math.max(best, s);
					}
				if (best < threshold && weak >= threshold) {
					best = weak;
					weakPair[r][j] = true;
				}
				out[j] = best >= threshold ? best : 0;
			}
			return out;
		});
		const fullOfItem = column.map((_, j) => Math.max(0, ...rows.map((_, r) => sims[r][j])));
		const fullOfRow = rows.map((_, r) => Math.max(0, ...sims[r]));
		const bestOfItem = column.map((_, j) => Math.max(0, ...rows.map((_, r) => (weakPair[r][j] ? 0 : sims[r][j]))));
		const bestOfRow = rows.map((_, r) => Math.max(0, ...column.map((_, j) => (weakPair[r][j] ? 0 : sims[r][j]))));
		const keep = (r: number, j: number) => {
			const s = sims[r][j];
			return s > 0 && (s >= near * bestOfItem[j] || s >= near * bestOfRow[r]);
		};
		// Cap the pairs per row and per item, strongest first.
		const all: [number, number, number][] = [];
		for (let r = 0; r < rows.length; r++) for (let j = 0; j < column.length; j++) if (sims[r][j] > 0) all.push([r, j, sims[r][j]]);
		all.sort((a, b) => b[2] - a[2]);
		// The joint assignment: a one-to-one matching over all candidate pairs (strongest first, each side
		// once), so a pair that loses to a better partner of one side still counts when that partner is
		// taken by a better pair of its own. Its pairs from `joint` up are kept like mutual best pairs.
		const assigned = new Set<number>();
		if (joint > 0) {
			const rowTaken = new Set<number>();
			const itemTaken = new Set<number>();
			for (const [r, j, s] of all) {
				if (s < joint || rowTaken.has(r) || itemTaken.has(j)) continue;
				rowTaken.add(r);
				itemTaken.add(j);
				assigned.add(r * column.length + j);
			}
		}
		// The cell of a row most like an item (the one that speaks for the row in this pair).
		const cellFor = (r: number, j: number) => {
			let best: T | null = null;
			let bs = -1;
			for (const cell of rows[r])
				if (cell !== null) {
					const s = similarity(cell, column[j]);
					if (s > bs) [bs, best] = [s, cell];
				}
			return best;
		};
		// A pair within `close.margin` of the best pair of one of its sides, that `close.together` accepts,
		// is an extra counterpart of that side: the one-matter rule does not stop it (the caps still do).
		const isClose = (r: number, j: number) => {
			if (!close || !(close.margin > 0) || weakPair[r][j]) return false;
			const s = sims[r][j];
			if (!(s > 0 && (s >= close.margin * bestOfItem[j] || s >= close.margin * bestOfRow[r]))) return false;
			const cell = cellFor(r, j);
			return cell !== null && close.together(cell, column[j]);
		};
		// A vetoed pair is dropped after the best pairs were taken: the other pairs are still measured against it.
		// `mutual`: the pair is the best of both its sides; `floor`: weaker evidence made it (kept only as a mutual pair).
		const vetoed = (r: number, j: number) =>
			veto !== undefined &&
			veto(cellFor(r, j)!, column[j], weakPair[r][j] || (sims[r][j] === bestOfItem[j] && sims[r][j] === bestOfRow[r]), weakPair[r][j]);
		const pairs = all.filter(([r, j]) => (keep(r, j) || assigned.has(r * column.length + j) || isClose(r, j)) && !vetoed(r, j));
		const perRow = new Map<number, number[]>();
		const perItem = new Map<number, number>();
		// What each pair is about (its facet): a passage faces several counterparts only on different facets.
		const rowFacets = new Map<number, Set<string>>();
		const itemFacets = new Map<number, Set<string>>();
		const facetOf = (r: number, j: number) => {
			const best = cellFor(r, j);
			return best !== null ? facet(best, column[j]) : null;
		};
		for (const [r, j, s] of pairs) {
			const rl = perRow.get(r) ?? [];
			const f = facetOf(r, j);
			const rf = rowFacets.get(r) ?? new Set<string>();
			const jf = itemFacets.get(j) ?? new Set<string>();
			// A pair that is the best of both sides is always kept; others only while both have room, on a new facet.
			if (weakPair[r][j]) {
				if (s !== fullOfItem[j] || s !== fullOfRow[r]) continue;
			}
			const mutual = (s === bestOfItem[j] && s === bestOfRow[r]) || assigned.has(r * column.length + j) || weakPair[r][j];
			// A second counterpart on a matter already faced needs a similarity of `sameFacet`: one city
			// may write two passages on the same matter where the other writes one.
			const facetTaken = f !== null && (rf.has(f) || jf.has(f)) && s < sameFacet && !isClose(r, j);
			if (!mutual && (rl.length >= most || (perItem.get(j) ?? 0) >= most || facetTaken)) continue;
			rl.push(j);
			perRow.set(r, rl);
			perItem.set(j, (perItem.get(j) ?? 0) + 1);
			if (f !== null) {
				rf.add(f);
				jf.add(f);
			}
			rowFacets.set(r, rf);
			itemFacets.set(j, jf);
		}
		// Where each unmatched item goes: right after the nearest earlier item of its column that was
		// matched (after that item's first row); with no match at all in the column, spread evenly.
		const firstRowOf = new Map<number, number>();
		for (let r = 0; r < rows.length; r++)
			for (const j of (perRow.get(r) ?? []).sort((a, b) => a - b)) if (!firstRowOf.has(j)) firstRowOf.set(j, r);
		const afterItem = new Map<number, number[]>(); // matched item (-1: before everything) → unmatched items
		const afterRow = new Map<number, number[]>();
		let anchor = -1;
		for (let j = 0; j < column.length; j++) {
			if (firstRowOf.has(j)) {
				anchor = j;
				continue;
			}
			if (firstRowOf.size > 0) {
				const list = afterItem.get(anchor) ?? [];
				list.push(j);
				afterItem.set(anchor, list);
			} else {
				const at = Math.floor(((j + 1) * rows.length) / (column.length + 1)) - 1;
				const list = afterRow.get(at) ?? [];
				list.push(j);
				afterRow.set(at, list);
			}
		}
		const next: (T | null)[][] = [];
		for (const j of [...(afterItem.get(-1) ?? []), ...(afterRow.get(-1) ?? [])]) next.push(fresh(column[j]));
		for (let r = 0; r < rows.length; r++) {
			const items = (perRow.get(r) ?? []).sort((a, b) => a - b);
			if (items.length === 0) next.push(rows[r]);
			items.forEach((j, i) => {
				const row = i === 0 ? rows[r] : rows[r].slice();
				row[k] = column[j];
				next.push(row);
				if (firstRowOf.get(j) === r) for (const u of afterItem.get(j) ?? []) next.push(fresh(column[u]));
			});
			for (const u of afterRow.get(r) ?? []) next.push(fresh(column[u]));
		}
		rows = next;
	});
	return rows;
}
