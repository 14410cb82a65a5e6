/**
 * The change list of a diff, in words: each stop (hunk) names the section
 * it falls in, what kind of change it is (added, removed, edited, moved)
 * and the opening of its first sentence — not the first changed fragment
 * ("2024年", "——"), which says nothing out of context. Also the changes
 * as CSV rows, for a spreadsheet. One pass over the rows.
 */
import type { DiffView, ViewSection, ViewSide } from './view';
import { DeepestSweep } from '../text/deepest';
import type { RowKind } from './rows';
import { csvRows } from '../csv';

export type ChangeKind = 'added' | 'removed' | 'edited' | 'moved';

export interface ChangeEntry {
	/** Rows [from, to) of the view. */
	from: number;
	to: number;
	/** Kinds present, in this order: edited, moved, removed, added. */
	kinds: ChangeKind[];
	/** Heading of the section the change is in (B's when the change has B text, else A's); '' before any heading. */
	section: string;
	/** Opening of the first changed sentence (B's, or A's when the sentence was removed). */
	opening: string;
	/** Which text `opening` is from. */
	side: 'a' | 'b';
	/** Whole text of the changed units on each side (for the CSV). */
	textA: string;
	textB: string;
}

const KIND_OF: Record<RowKind, ChangeKind[]> = {
	equal: [],
	changed: ['edited'],
	moved: ['moved'],
	deleted: ['removed'],
	inserted: ['added'],
	gap: ['removed', 'added']
};
const ORDER: ChangeKind[] = ['edited', 'moved', 'removed', 'added'];

/** Text of unit `u` of a side, whitespace trimmed. */
export function unitText(side: ViewSide, u: number): string {
	const from = side.unitSegments[u];
	const to = side.unitSegments[u + 1];
	if (to <= from) return '';
	return side.text.slice(side.segments[from].start, side.segments[to - 1].end).trim();
}

/** The first `n` characters of a sentence, with an ellipsis when cut. */
export function opening(text: string, n = 24): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return [...t].length > n ? [...t].slice(0, n).join('') + '…' : t;
}

export function changeEntries(view: DiffView, hunks = view.hunks, openingLength = 24): ChangeEntry[] {
	const headA = new Set(view.a.headings);
	const headB = new Set(view.b.headings);
	// The last heading seen on each side, row by row (rows keep each side's units in order).
	const sectionAt: { a: string; b: string }[] = new Array(view.rows.length);
	let a = '';
	let b = '';
	view.rows.forEach((r, i) => {
		if (r.a !== null && headA.has(r.a)) a = unitText(view.a, r.a);
		if (r.b !== null && headB.has(r.b)) b = unitText(view.b, r.b);
		sectionAt[i] = { a, b };
	});
	// With the reports' outlines: the deepest section around each change's first unit.
	const firsts = hunks.map((h) => {
		const r = view.rows[h.from];
		const side: 'a' | 'b' = r.b !== null ? 'b' : 'a';
		const u = (side === 'b' ? r.b : r.a)!;
		return { side, pos: view[side].segments[view[side].unitSegments[u]]?.start ?? 0 };
	});
	const named = {
		a: deepest(
			view.a.sections,
			firsts.map((f) => f.pos)
		),
		b: deepest(
			view.b.sections,
			firsts.map((f) => f.pos)
		)
	};
	return hunks.map((h, k) => {
		const kinds = new Set<ChangeKind>();
		const as: string[] = [];
		const bs: string[] = [];
		for (let r = h.from; r < h.to; r++) {
			const row = view.rows[r];
			for (const k of KIND_OF[row.kind]) kinds.add(k);
			if (row.a !== null) as.push(unitText(view.a, row.a));
			if (row.b !== null) bs.push(unitText(view.b, row.b));
		}
		const first = view.rows[h.from];
		const side: 'a' | 'b' = first.b !== null ? 'b' : 'a';
		const unit = (side === 'b' ? first.b : first.a)!;
		const s = sectionAt[h.from];
		return {
			from: h.from,
			to: h.to,
			kinds: ORDER.filter((k) => kinds.has(k)),
			section: named[side]?.[k] ?? opening(side === 'b' ? s.b || s.a : s.a || s.b, 20),
			opening: opening(unitText(view[side], unit), openingLength),
			side,
			textA: as.join(''),
			textB: bs.join('')
		};
	});
}

/**
 * Where each position is: the headings of the two deepest sections around
 * it ("(五)精益求精打造宜居城市 › 承载能力持续增强"), or null without
 * sections. Sections are nested and sorted by start (longer first), so of
 * those around a position the later one is the deeper: the sweep ranks them
 * by index. Positions are answered in sorted order (n log n).
 */
function deepest(sections: ViewSection[] | undefined, positions: number[]): string[] | null {
	if (!sections) return null;
	const sweep = new DeepestSweep(
		sections.map((s, i) => ({ textStart: s.start, textEnd: s.end, level: i })),
		{ halfOpen: true }
	);
	const order = positions.map((p, i) => [p, i]).sort((x, y) => x[0] - y[0]);
	const out: string[] = new Array(positions.length).fill('');
	for (const [pos, i] of order)
		out[i] = sweep
			.chainAt(pos, 2)
			.reverse()
			.map((k) => opening(sections[k].heading, 16))
			.join(' › ');
	return out;
}

/** The changes as CSV (the figures' CSV writer: RFC 4180, BOM, CRLF), one row per change. */
export function changesCsv(entries: ChangeEntry[], header: string[], kindName: (k: ChangeKind) => string): string {
	return csvRows([header, ...entries.map((e, i) => [i + 1, e.section, e.kinds.map(kindName).join(' + '), e.opening, e.textA, e.textB])]);
}
