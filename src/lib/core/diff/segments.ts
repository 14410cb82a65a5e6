/**
 * The diff as two lists of segments, one per side, that tile each side's
 * compared text exactly: `a.map(s => text.slice(s.start, s.end)).join('')`
 * is A's text, character for character (the lossless invariant). A segment
 * links to its counterpart on the other side by index (`pair`).
 */
import type { Alignment } from './base';
import type { Unit } from './units';
import type { WordDiff } from './words';

export type SegmentStatus = 'equal' | 'changed' | 'inserted' | 'deleted' | 'moved';

export interface Segment {
	/** Offsets into the side's report text. */
	start: number;
	end: number;
	status: SegmentStatus;
	/** Index of the counterpart segment in the other side's list, or null. */
	pair: number | null;
	/** The unit (sentence or heading) this segment belongs to. */
	unit: number;
}

/** A segment before indices are known: counterparts share a `link`. */
interface Draft {
	start: number;
	end: number;
	status: SegmentStatus;
	link: number;
}

export interface WordLevel {
	/** Tokens and word ops of a similar pair, by pair index. */
	tokens(pairIndex: number): WordDiff;
}

/** Segments of both sides, in text order, with `unitSegments[u]` = [from, to) into the list. */
export function buildSegments(
	unitsA: Unit[],
	unitsB: Unit[],
	alignment: Alignment,
	words: WordLevel
): { a: Segment[]; b: Segment[]; unitSegmentsA: Int32Array; unitSegmentsB: Int32Array } {
	const draftsA: Draft[][] = unitsA.map(() => []);
	const draftsB: Draft[][] = unitsB.map(() => []);
	let nextLink = 0;
	const NONE = -1;

	alignment.pairs.forEach((p, pi) => {
		const ua = unitsA[p.a];
		const ub = unitsB[p.b];
		const same = p.inOrder ? 'equal' : 'moved';
		if (p.kind === 'identical') {
			const link = nextLink++;
			draftsA[p.a].push({ start: ua.start, end: ua.end, status: same, link });
			draftsB[p.b].push({ start: ub.start, end: ub.end, status: same, link });
			return;
		}
		const { a: ta, b: tb, ops } = words.tokens(pi);
		for (let k = 0; k < ops.length; k++) {
			const op = ops[k];
			const next = ops[k + 1];
			if (op.kind === 'equal') {
				const link = nextLink++;
				draftsA[p.a].push({ start: ta[op.aFrom].start, end: ta[op.aTo - 1].end, status: same, link });
				draftsB[p.b].push({ start: tb[op.bFrom].start, end: tb[op.bTo - 1].end, status: same, link });
			} else if (next && next.kind !== 'equal' && next.kind !== op.kind) {
				// A deletion next to an insertion is one replacement: a `changed` pair.
				const [del, ins] = op.kind === 'deleted' ? [op, next] : [next, op];
				const link = nextLink++;
				draftsA[p.a].push({ start: ta[del.aFrom].start, end: ta[del.aTo - 1].end, status: 'changed', link });
				draftsB[p.b].push({ start: tb[ins.bFrom].start, end: tb[ins.bTo - 1].end, status: 'changed', link });
				k++;
			} else if (op.kind === 'deleted') {
				draftsA[p.a].push({ start: ta[op.aFrom].start, end: ta[op.aTo - 1].end, status: 'deleted', link: NONE });
			} else {
				draftsB[p.b].push({ start: tb[op.bFrom].start, end: tb[op.bTo - 1].end, status: 'inserted', link: NONE });
			}
		}
	});
	unitsA.forEach((u, i) => {
		if (alignment.pairOfA[i] < 0) draftsA[i].push({ start: u.start, end: u.end, status: 'deleted', link: NONE });
	});
	unitsB.forEach((u, i) => {
		if (alignment.pairOfB[i] < 0) draftsB[i].push({ start: u.start, end: u.end, status: 'inserted', link: NONE });
	});

	const fa = flatten(unitsA, draftsA);
	const fb = flatten(unitsB, draftsB);
	const a = resolve(fa.drafts, fa.units, fb.positionOfLink);
	const b = resolve(fb.drafts, fb.units, fa.positionOfLink);
	return { a, b, unitSegmentsA: fa.unitSegments, unitSegmentsB: fb.unitSegments };
}

/** Lay each unit's drafts end to end, widening them to cover the unit exactly (trailing whitespace included). */
function flatten(units: Unit[], drafts: Draft[][]) {
	const out: Draft[] = [];
	const unitOf: number[] = [];
	const unitSegments = new Int32Array(units.length + 1);
	const positionOfLink = new Map<number, number>();
	units.forEach((u, ui) => {
		unitSegments[ui] = out.length;
		const ds = drafts[ui].sort((x, y) => x.start - y.start);
		let pos = u.start;
		for (let k = 0; k < ds.length; k++) {
			const d = ds[k];
			// Gaps between tokens cannot occur (tokens tile the unit), but the unit's
			// trailing whitespace follows its last token: it joins that segment.
			d.start = pos;
			if (k === ds.length - 1) d.end = u.end;
			pos = d.end;
			if (d.link >= 0) positionOfLink.set(d.link, out.length);
			out.push(d);
			unitOf.push(ui);
		}
	});
	unitSegments[units.length] = out.length;
	return { drafts: out, units: unitOf, unitSegments, positionOfLink };
}

function resolve(drafts: Draft[], units: number[], otherPosition: Map<number, number>): Segment[] {
	return drafts.map((d, i) => ({
		start: d.start,
		end: d.end,
		status: d.status,
		pair: d.link >= 0 ? (otherPosition.get(d.link) ?? null) : null,
		unit: units[i]
	}));
}
