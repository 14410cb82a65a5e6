/**
 * One row of the diff as a single stream (the unified / inline view and
 * the terminal): A's and B's segments of the row interleaved in reading
 * order — kept text once, then what was removed before what replaced it.
 */
import type { Row } from './rows';
import type { Segment, SegmentStatus } from './segments';

/** The part of a diff (or of its view) that inlining needs. */
export interface SegmentSides {
	a: { segments: Segment[]; unitSegments: number[] };
	b: { segments: Segment[]; unitSegments: number[] };
}

export interface InlinePiece {
	/** Which side's text this is: 'both' for text kept on both sides (shown once, from B). */
	side: 'a' | 'b' | 'both';
	/** Segment index on that side (B's for 'both'). */
	index: number;
	status: SegmentStatus;
}

export function inlinePieces(result: SegmentSides, row: Row): InlinePiece[] {
	const range = (side: 'a' | 'b', u: number | null): number[] => {
		if (u === null) return [];
		const us = result[side].unitSegments;
		const out: number[] = [];
		for (let i = us[u]; i < us[u + 1]; i++) out.push(i);
		return out;
	};
	const as = range('a', row.a);
	const bs = range('b', row.b);
	const A = result.a.segments;
	const B = result.b.segments;
	// Units that are not each other's pair (a gap row) are shown one after the other.
	if (!rowIsPair(result, row))
		return [
			...as.map((index) => ({ side: 'a' as const, index, status: A[index].status })),
			...bs.map((index) => ({ side: 'b' as const, index, status: B[index].status }))
		];

	const out: InlinePiece[] = [];
	let i = 0;
	let j = 0;
	while (i < as.length || j < bs.length) {
		const a = i < as.length ? A[as[i]] : null;
		const b = j < bs.length ? B[bs[j]] : null;
		if (a && a.pair === null) {
			out.push({ side: 'a', index: as[i++], status: a.status });
		} else if (b && b.pair === null) {
			out.push({ side: 'b', index: bs[j++], status: b.status });
		} else if (a && a.status === 'changed') {
			out.push({ side: 'a', index: as[i++], status: 'changed' });
			out.push({ side: 'b', index: bs[j++], status: 'changed' });
		} else if (a) {
			out.push({ side: 'both', index: bs[j], status: a.status });
			i++;
			j++;
		} else {
			out.push({ side: 'b', index: bs[j], status: B[bs[j++]].status });
		}
	}
	return out;
}

/** Whether a row's two cells are counterparts (rather than unrelated neighbours in a gap). */
export function rowIsPair(result: SegmentSides, row: Row): boolean {
	if (row.a === null || row.b === null) return false;
	const us = result.a.unitSegments;
	for (let i = us[row.a]; i < us[row.a + 1]; i++) {
		const p = result.a.segments[i].pair;
		if (p !== null && result.b.segments[p].unit === row.b) return true;
	}
	return false;
}
