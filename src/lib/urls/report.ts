/**
 * A report page's URL: `/reports/ID[?at=START-END][?removed=1][#found]`.
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
}

/** Read `?at=START-END` (a range inside a text of `textLength`; anything else is no range) and `?removed=1`. */
export function readReportView(q: URLSearchParams, textLength: number): ReportView {
	const m = /^(\d{1,9})-(\d{1,9})$/.exec(q.get('at') ?? '');
	const start = Number(m?.[1]);
	const end = Number(m?.[2]);
	return { found: m && start < end && end <= textLength ? { start, end } : null, removed: q.get('removed') === '1' };
}

/** The query of a view ('' for the plain clean text). */
export function reportQueryString(v: Partial<ReportView>): string {
	const p = new URLSearchParams();
	if (v.found) p.set('at', `${v.found.start}-${v.found.end}`);
	if (v.removed) p.set('removed', '1');
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** A link to a report, opened at a range when `found` is given (`scroll`: jump to it with `#found`). */
export function reportHref(id: string, v: Partial<ReportView> = {}, scroll = false): string {
	return `/reports/${encodeURIComponent(id)}${reportQueryString(v)}${scroll && v.found ? '#found' : ''}`;
}

export type ReportFiguresSort = 'text' | 'name' | 'kind';

/** A report's figures page, `/reports/ID/figures[?q=TEXT][&topic=ID][&sort=name|kind]`: filtered and ordered in the browser. */
export interface ReportFiguresQuery {
	q: string;
	topic: string;
	sort: ReportFiguresSort;
}

export function readReportFiguresQuery(p: URLSearchParams): ReportFiguresQuery {
	const sort = p.get('sort');
	return { q: p.get('q') ?? '', topic: p.get('topic') ?? '', sort: sort === 'name' || sort === 'kind' ? sort : 'text' };
}
