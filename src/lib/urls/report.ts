/**
 * A report page's URL: `/reports/ID[?at=START-END][?removed=1][?reuse=all][?part=N][#found]`.
 * `at` marks a range of the report's cleaned text (a figure's sentence, a
 * search hit, a reused passage; `#found` scrolls to it); `removed=1` shows
 * what cleaning removed instead of the clean text. Both are shareable and
 * work without JavaScript.
 */

/** A range of the text to show as found (text offsets, start < end ≤ the text's length). */
export interface Found {
	start: number;
	end: number;
}

export interface ReportView {
	found: Found | null;
	removed: boolean;
	/** `?reuse=all`: every reused passage listed in the sources panel (else the first REUSE_ROWS; all are marked in the text). */
	allReused?: boolean;
	/** `?part=N` (from 2): the part of a long report shown (a report over 22,000 characters is shown in parts). */
	part?: number;
}

/** Rows of the sources panel shown before its "show all" link (`?reuse=all`). */
export const REUSE_ROWS = 20;

/** Read `?at=START-END` (a range inside a text of `textLength`; anything else is no range) and `?removed=1`. */
export function readReportView(q: URLSearchParams, textLength: number): ReportView {
	const m = /^(\d{1,9})-(\d{1,9})$/.exec(q.get('at') ?? '');
	const start = Number(m?.[1]);
	const end = Number(m?.[2]);
	return {
		found: m && start < end && end <= textLength ? { start, end } : null,
		removed: q.get('removed') === '1',
		...(q.get('reuse') === 'all' ? { allReused: true } : {}),
		...(/^[2-9]$|^[1-9]\d$/.test(q.get('part') ?? '') ? { part: Number(q.get('part')) } : {})
	};
}

/** What the server needs of the view: the removed view, the part asked for, the start of `?at=` (which picks the part), the whole panel list. */
export function readReportServed(q: URLSearchParams): { removed: boolean; part: number | null; at: number | null; allReused: boolean } {
	const v = readReportView(q, Number.MAX_SAFE_INTEGER);
	return { removed: v.removed, part: v.part ?? null, at: v.found?.start ?? null, allReused: v.allReused === true };
}

/** The query of a view ('' for the plain clean text). */
export function reportQueryString(v: Partial<ReportView>): string {
	const p = new URLSearchParams();
	if (v.found) p.set('at', `${v.found.start}-${v.found.end}`);
	if (v.removed) p.set('removed', '1');
	if (v.allReused) p.set('reuse', 'all');
	if (v.part && v.part > 1) p.set('part', String(v.part));
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** A link to a report, opened at a range when `found` is given (`scroll`: jump to it with `#found`). */
export function reportHref(id: string, v: Partial<ReportView> = {}, scroll = false): string {
	return `/reports/${encodeURIComponent(id)}${reportQueryString(v)}${scroll && v.found ? '#found' : ''}`;
}

export type ReportFiguresSort = 'text' | 'name' | 'kind';

/**
 * A report's figures page, `/reports/ID/figures[?q=TEXT][&topic=ID][&sort=name|kind][&page=N][&figure=START]`:
 * the server filters and orders the whole report, then cuts it in pages. `figure` (a figure's
 * input offset, its `#f-START` anchor) opens the page that holds it; `page` is ignored then.
 * The CSV of the same filter and order: `/reports/ID/figures/csv[?q=…&topic=…&sort=…]`
 * (no filter: every figure).
 */
export interface ReportFiguresQuery {
	q: string;
	topic: string;
	sort: ReportFiguresSort;
	/** 1-based; anything but an integer above 1 is the first page. */
	page: number;
	/** A figure to land on (its start offset in the input), null when none. */
	figure: number | null;
}

export function readReportFiguresQuery(p: URLSearchParams): ReportFiguresQuery {
	const sort = p.get('sort');
	const page = Number(p.get('page'));
	const figure = /^\d{1,9}$/.test(p.get('figure') ?? '') ? Number(p.get('figure')) : null;
	return {
		q: p.get('q') ?? '',
		topic: p.get('topic') ?? '',
		sort: sort === 'name' || sort === 'kind' ? sort : 'text',
		page: Number.isInteger(page) && page > 1 ? page : 1,
		figure
	};
}

function figuresQueryString(f: Partial<ReportFiguresQuery>): string {
	const p = new URLSearchParams();
	if (f.q?.trim()) p.set('q', f.q.trim());
	if (f.topic) p.set('topic', f.topic);
	if (f.sort && f.sort !== 'text') p.set('sort', f.sort);
	if (f.figure != null) p.set('figure', String(f.figure));
	else if (f.page && f.page > 1) p.set('page', String(f.page));
	const s = p.toString();
	return s ? `?${s}` : '';
}

/**
 * The anchor of a figure's row on its report's figures page, unique per figure: the later items of a value given to
 * each item of a list (温室和大棚各3000栋: one span, `item` 1, 2…) add their item; a link by start lands on item 0.
 */
export const figureAnchor = (start: number, item = 0): string => (item ? `f-${start}-${item}` : `f-${start}`);

/** A view of a report's figures (defaults left out); with `figure`, the page that holds it, scrolled to it. */
export function reportFiguresHref(id: string, f: Partial<ReportFiguresQuery> = {}): string {
	const hash = f.figure != null ? `#${figureAnchor(f.figure)}` : '';
	return `/reports/${encodeURIComponent(id)}/figures${figuresQueryString(f)}${hash}`;
}

/** The CSV of a report's figures, filtered and ordered as asked (no filter: all of them). */
export function reportFiguresCsvHref(id: string, f: Partial<Pick<ReportFiguresQuery, 'q' | 'topic' | 'sort'>> = {}): string {
	return `/reports/${encodeURIComponent(id)}/figures/csv${figuresQueryString({ q: f.q, topic: f.topic, sort: f.sort })}`;
}
