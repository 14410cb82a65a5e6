/** Presentation helpers for the compare view (no domain logic). */

export interface Run {
	text: string;
	shared: boolean;
}

/** Plain text, or a changed figure (boxed, with ▲/▼) that may itself hold shared wording. */
export type Chunk = { kind: 'text'; run: Run } | { kind: 'figure'; dir: 'up' | 'down'; runs: Run[] };

/**
 * Split text into chunks by two overlapping sets of ranges: shared wording
 * and changed figures (offsets into `text`). A figure stays one chunk even
 * when shared wording starts or ends inside it. Rendered as text, never as HTML.
 */
export function chunks(
	text: string,
	shared: [number, number][],
	figures: { start: number; end: number; dir: 'up' | 'down' }[] = []
): Chunk[] {
	const out: Chunk[] = [];
	const sharedRuns = (from: number, to: number): Run[] => {
		const cuts = new Set([from, to]);
		for (const [s, e] of shared) for (const x of [s, e]) if (x > from && x < to) cuts.add(x);
		const pts = [...cuts].sort((a, b) => a - b);
		const runs: Run[] = [];
		for (let i = 0; i + 1 < pts.length; i++) {
			const [a, b] = [pts[i], pts[i + 1]];
			const isShared = shared.some(([s, e]) => s <= a && b <= e);
			const last = runs[runs.length - 1];
			if (last && last.shared === isShared) last.text += text.slice(a, b);
			else runs.push({ text: text.slice(a, b), shared: isShared });
		}
		return runs;
	};
	let pos = 0;
	for (const f of [...figures].sort((a, b) => a.start - b.start)) {
		const start = Math.max(pos, f.start);
		const end = Math.min(text.length, f.end);
		if (end <= start) continue;
		for (const run of sharedRuns(pos, start)) out.push({ kind: 'text', run });
		out.push({ kind: 'figure', dir: f.dir, runs: sharedRuns(start, end) });
		pos = end;
	}
	for (const run of sharedRuns(pos, text.length)) out.push({ kind: 'text', run });
	return out.filter((c) => (c.kind === 'text' ? c.run.text.length > 0 : c.runs.length > 0));
}

/** A colour per topic (by taxonomy order); charts also label and outline, so colour never carries meaning alone. */
const PALETTE = [
	'#8c8c8c',
	'#4e79a7',
	'#f28e2b',
	'#76b7b2',
	'#b07aa1',
	'#59a14f',
	'#e15759',
	'#2f8f5b',
	'#edc948',
	'#9c755f',
	'#ff9da7',
	'#6b6ecf',
	'#bab0ac'
];
export function topicColor(index: number): string {
	return PALETTE[index % PALETTE.length];
}

export function percent(x: number): string {
	return `${Math.round(x * 100)}%`;
}

/**
 * The rows of an alignment as the view lays them out: each matched row on its
 * own, and the unmatched passages between two matched rows gathered into one
 * compact block, each column listing its own in reading order — so the
 * columns never run as a diagonal staircase (all of A, then all of B).
 */
export type Block<C> = { kind: 'matched'; index: number; n: number } | { kind: 'gap'; columns: { cell: C; index: number }[][] };

export function blocks<C>(rows: { cells: (C | null)[] }[], width: number): Block<C>[] {
	const out: Block<C>[] = [];
	let n = 0;
	rows.forEach((row, index) => {
		const present = row.cells.filter((c) => c !== null).length;
		if (present > 1) {
			out.push({ kind: 'matched', index, n: ++n });
			return;
		}
		let last = out[out.length - 1];
		if (!last || last.kind !== 'gap') out.push((last = { kind: 'gap', columns: Array.from({ length: width }, () => []) }));
		row.cells.forEach((cell, c) => {
			if (cell !== null) (last as { columns: { cell: C; index: number }[][] }).columns[c].push({ cell, index });
		});
	});
	return out;
}
