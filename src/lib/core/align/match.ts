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
	for (let i = n, j = m; i > 0 && j > 0; ) {
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
