/**
 * How much of A's wording B reuses: shares of sentences unchanged, edited,
 * moved, removed and new, and the share of characters kept verbatim.
 */
import type { Alignment } from './base';
import type { Segment } from './segments';
import type { Unit } from './units';
import { WHITESPACE_G } from '../text/whitespace';

export interface DiffStats {
	/** Sentences (headings excluded) on each side. */
	sentencesA: number;
	sentencesB: number;
	/** Identical and in place. */
	unchanged: number;
	/** Paired with a similar sentence, in place. */
	edited: number;
	/** Paired (identical or similar) but out of order. */
	moved: number;
	/** In A without counterpart. */
	removed: number;
	/** In B without counterpart. */
	added: number;
	/** unchanged/edited/moved/removed as shares of A's sentences; added as a share of B's. */
	share: { unchanged: number; edited: number; moved: number; removed: number; added: number };
	/** Share of each side's characters (whitespace aside) in equal or moved segments: the wording reused. */
	reusedA: number;
	reusedB: number;
	/** Number of segments that are not equal, per side. */
	changesA: number;
	changesB: number;
}

export function computeStats(
	unitsA: Unit[],
	unitsB: Unit[],
	alignment: Alignment,
	a: Segment[],
	b: Segment[],
	textA: string,
	textB: string
): DiffStats {
	let unchanged = 0,
		edited = 0,
		moved = 0,
		removed = 0,
		added = 0,
		sentencesA = 0,
		sentencesB = 0;
	unitsA.forEach((u, i) => {
		if (u.kind !== 'sentence') return;
		sentencesA++;
		const pi = alignment.pairOfA[i];
		if (pi < 0) return void removed++;
		const p = alignment.pairs[pi];
		if (!p.inOrder) moved++;
		else if (p.kind === 'identical') unchanged++;
		else edited++;
	});
	unitsB.forEach((u, j) => {
		if (u.kind !== 'sentence') return;
		sentencesB++;
		if (alignment.pairOfB[j] < 0) added++;
	});
	const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);
	return {
		sentencesA,
		sentencesB,
		unchanged,
		edited,
		moved,
		removed,
		added,
		share: {
			unchanged: share(unchanged, sentencesA),
			edited: share(edited, sentencesA),
			moved: share(moved, sentencesA),
			removed: share(removed, sentencesA),
			added: share(added, sentencesB)
		},
		reusedA: share(...reused(a, textA)),
		reusedB: share(...reused(b, textB)),
		changesA: a.filter((s) => s.status !== 'equal').length,
		changesB: b.filter((s) => s.status !== 'equal').length
	};
}

function reused(segs: Segment[], text: string): [number, number] {
	let kept = 0;
	let all = 0;
	for (const s of segs) {
		const n = text.slice(s.start, s.end).replace(WHITESPACE_G, '').length;
		all += n;
		if (s.status === 'equal' || s.status === 'moved') kept += n;
	}
	return [kept, all];
}
