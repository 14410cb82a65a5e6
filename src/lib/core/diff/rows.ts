/**
 * Rows for a side-by-side view: units laid out so that every pair in place
 * sits on one row, and what lies between two such rows (removed, added or
 * moved units) fills the rows between them, A on the left, B on the right.
 */
import type { Alignment } from './base';

export type RowKind = 'equal' | 'changed' | 'moved' | 'deleted' | 'inserted' | 'gap';

export interface Row {
	/** Unit indices, or null for an empty cell. */
	a: number | null;
	b: number | null;
	kind: RowKind;
}

export function buildRows(nA: number, nB: number, alignment: Alignment): Row[] {
	const rows: Row[] = [];
	const { pairs, pairOfA, pairOfB } = alignment;
	const kindOfA = (i: number): RowKind => (pairOfA[i] < 0 ? 'deleted' : 'moved');
	const kindOfB = (j: number): RowKind => (pairOfB[j] < 0 ? 'inserted' : 'moved');
	let i = 0;
	let j = 0;
	const fillGap = (toA: number, toB: number) => {
		while (i < toA || j < toB) {
			const a = i < toA ? i++ : null;
			const b = j < toB ? j++ : null;
			const kind: RowKind =
				a !== null && b !== null ? (kindOfA(a) === kindOfB(b) ? kindOfA(a) : 'gap') : a !== null ? kindOfA(a) : kindOfB(b!);
			rows.push({ a, b, kind });
		}
	};
	for (const p of pairs) {
		if (!p.inOrder) continue;
		fillGap(p.a, p.b);
		rows.push({ a: p.a, b: p.b, kind: p.kind === 'identical' ? 'equal' : 'changed' });
		i = p.a + 1;
		j = p.b + 1;
	}
	fillGap(nA, nB);
	return rows;
}
