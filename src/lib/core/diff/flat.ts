/**
 * The compact, stable JSON contract of a diff (CLI `--json`):
 * `{a: [{text, status, pair}], b: [...], stats}`. Adjacent segments that
 * are equal (or moved) together on both sides merge into one, so a long
 * unchanged stretch is one segment rather than one per sentence.
 */
import type { DiffResult } from './engine';
import type { Segment, SegmentStatus } from './segments';

export interface FlatSegment {
	text: string;
	status: SegmentStatus;
	pair: number | null;
}

/** The compared text of one side, rebuilt from its segments (lossless check). */
export function sideText(result: DiffResult, side: 'a' | 'b', text: string): string {
	return result[side].segments.map((s) => text.slice(s.start, s.end)).join('');
}

export function flatSegments(result: DiffResult, textA: string, textB: string): { a: FlatSegment[]; b: FlatSegment[] } {
	const A = result.a.segments;
	const B = result.b.segments;
	// Group A into runs: a segment joins the previous run when both are paired,
	// share a status, and their counterparts are also adjacent and same-status.
	const joins = (x: Segment, y: Segment) =>
		x.status === y.status &&
		(x.status === 'equal' || x.status === 'moved') &&
		x.pair !== null &&
		y.pair === x.pair + 1 &&
		B[x.pair].status === B[y.pair].status;
	const runOfA = new Int32Array(A.length);
	const runOfB = new Int32Array(B.length).fill(-1);
	let runs = -1;
	A.forEach((s, i) => {
		if (i > 0 && joins(A[i - 1], s)) runOfA[i] = runs;
		else runOfA[i] = ++runs;
		if (s.pair !== null) runOfB[s.pair] = runOfA[i];
	});
	const out = (segs: Segment[], text: string, runOf: Int32Array) => {
		const list: FlatSegment[] = [];
		const firstOfRun = new Map<number, number>();
		segs.forEach((s, i) => {
			const run = runOf[i];
			const prev = list.length - 1;
			if (run >= 0 && i > 0 && runOf[i - 1] === run) {
				list[prev].text += text.slice(s.start, s.end);
				return;
			}
			if (run >= 0) firstOfRun.set(run, list.length);
			list.push({ text: text.slice(s.start, s.end), status: s.status, pair: s.pair === null ? null : run });
		});
		return { list, firstOfRun };
	};
	const fa = out(A, textA, runOfA);
	const fb = out(B, textB, runOfB);
	for (const s of fa.list) if (s.pair !== null) s.pair = fb.firstOfRun.get(s.pair) ?? null;
	for (const s of fb.list) if (s.pair !== null) s.pair = fa.firstOfRun.get(s.pair) ?? null;
	return { a: fa.list, b: fb.list };
}
