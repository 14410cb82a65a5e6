/** What the compare view shows of a figure change: computed on the server, rendered by AlignedRows. */
import type { FigureChangeView } from '$lib/core/figures/changes';

/** A changed figure (the one view shape of core/figures) and the column of the earlier passage; `seriesKey` is a key into `series` (region|series key). */
export type CellChange = FigureChangeView & { from: number };

/** A figure to mark in a cell's text (offsets into the cell text), ▲/▼ by direction. */
export interface FigureMark {
	start: number;
	end: number;
	dir: 'up' | 'down';
}
