/**
 * What a viewer needs from a diff, and nothing more: the texts, the
 * segments, the rows, grouped into hunks (runs of rows with changes) for
 * navigation. Plain data, small enough to send to a browser.
 */
import type { DiffResult } from './engine';
import type { Row } from './rows';
import type { Segment } from './segments';
import type { DiffStats } from './stats';
import type { DiffOptions } from './options';

export interface ViewSide {
	/** The side's whole report text (segments index into it). */
	text: string;
	segments: Segment[];
	unitSegments: number[];
	/** Unit kinds, to style headings. */
	headings: number[];
	/** The report's sections (text offsets, sorted by start), to name where a change is; absent when not given. */
	sections?: ViewSection[];
}

export interface ViewSection {
	start: number;
	end: number;
	heading: string;
}

export interface Hunk {
	/** Rows `[from, to)` that differ, consecutive. */
	from: number;
	to: number;
}

export interface DiffView {
	a: ViewSide;
	b: ViewSide;
	rows: Row[];
	hunks: Hunk[];
	stats: DiffStats;
	options: DiffOptions;
}

type SectionLike = { textStart: number; textEnd: number; heading: string };

export function toView(result: DiffResult, textA: string, textB: string, outline?: { a: SectionLike[]; b: SectionLike[] }): DiffView {
	const side = (s: DiffResult['a'], text: string, sections?: SectionLike[]): ViewSide => ({
		text,
		segments: s.segments,
		unitSegments: s.unitSegments,
		headings: s.units.flatMap((u, i) => (u.kind === 'heading' ? [i] : [])),
		...(sections
			? {
					sections: sections
						.map((x) => ({ start: x.textStart, end: x.textEnd, heading: x.heading }))
						.sort((x, y) => x.start - y.start || y.end - x.end)
				}
			: {})
	});
	const heading = (r: Row) =>
		(r.a !== null && result.a.units[r.a].kind === 'heading') || (r.b !== null && result.b.units[r.b].kind === 'heading');
	return {
		a: side(result.a, textA, outline?.a),
		b: side(result.b, textB, outline?.b),
		rows: result.rows,
		hunks: hunksOf(result.rows, heading),
		stats: result.stats,
		options: result.options
	};
}

/**
 * Runs of rows that differ, as stops for next/previous. An edited or moved
 * sentence is a stop of its own (that is where an editor looks); runs of
 * removed and added text group together, but a heading starts a new stop,
 * so texts that differ throughout still have stops a section apart.
 */
export function hunksOf(rows: Row[], isHeading: (r: Row) => boolean = () => false): Hunk[] {
	const hunks: Hunk[] = [];
	const single = (r: Row) => r.kind === 'changed' || r.kind === 'moved';
	rows.forEach((r, i) => {
		if (r.kind === 'equal') return;
		const last = hunks[hunks.length - 1];
		const joins = last && last.to === i && !single(r) && !single(rows[i - 1]) && !isHeading(r);
		if (joins) last.to = i + 1;
		else hunks.push({ from: i, to: i + 1 });
	});
	return hunks;
}
