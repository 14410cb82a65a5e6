/** What the compare view shows of a figure change: computed on the server, rendered by AlignedRows. */
import type { Figure } from '$lib/core/figures/extract';

/** A changed figure as the view needs it: values, when and what kind, and where the new one is in the cell. */
export interface CellChange {
	/** Column of the earlier passage. */
	from: number;
	indicator: string;
	unit: string;
	oldValue: number;
	newValue: number;
	oldPeriod: number | null;
	newPeriod: number | null;
	oldKind: Figure['kind'];
	newKind: Figure['kind'];
	oldRaw: string;
	newRaw: string;
	/** Key into `series` (region|series key), when the region has a series for it. */
	series: string | null;
}

/** A figure to mark in a cell's text (offsets into the cell text), ▲/▼ by direction. */
export interface FigureMark {
	start: number;
	end: number;
	dir: 'up' | 'down';
}
