/**
 * The report page (/reports/ID), its figures (/reports/ID/figures) and their
 * CSV as services. Only ids from the corpus index resolve: a path never
 * reaches the file system.
 */
import { error } from '@sveltejs/kit';
import { figuresCsv } from '../../core/figures/csv';
import type { Figure } from '../../core/figures/extract';
import { REUSE_ROWS, type ReportFiguresQuery } from '../../urls/report';
import { indicatorKey, type Series, type SeriesPoint } from '../../core/figures/series';
import { predecessorOf } from '../../core/rhetoric';
import { getCorpus } from '../corpus';
import { figuresOf, topicNames } from '../figures';
import { around, regionSeriesOf } from '../figures-page';
import { keptSources, storeCorpus } from '../reuse';
import type { ServedSources } from '../../core/reuse/view';
import type { ParsedReport } from '../../core/parse';
import { members } from '../rhetoric';
import { parsedOffThread, sourcesOffThread } from '../work';
import { csvResponse } from './csv';

/** Reports up to this many characters are parsed on the request thread (the collection's largest is ~35,000). */
const IN_THREAD_CHARS = 200_000;

/**
 * Reports longer than this (characters of text; ~250 of the collection's 2,908) are shown in parts:
 * the text is on the page twice (its markup, and the data the page is made live from), so a report of
 * 35,000 characters with 130 reused passages marked made 408 KB, and the national 1955 report (56,568) 432 KB.
 */
export const PARTS_OVER = 22_000;
/** …of at most about this many characters each. */
const PART_CHARS = 20_000;

interface Range {
	start: number;
	end: number;
}

/**
 * A long report's parts (text offsets; one part for most reports): cut where a block begins (a
 * paragraph, or a heading on its own line), at a heading of level 1 or 2 when one lies within a
 * quarter of a part of the even cut, else at the block start nearest to it. Linear in the blocks.
 */
export function textParts(
	report: Pick<ParsedReport, 'text' | 'paragraphs' | 'sections'>,
	{ over = PARTS_OVER, size = PART_CHARS }: { over?: number; size?: number } = {}
): Range[] {
	const len = report.text.length;
	if (len <= over || !report.paragraphs.length) return [{ start: 0, end: len }];
	const n = Math.ceil(len / size);
	const paras = report.paragraphs;
	// Block starts in text order; a heading inside a paragraph (run in) is no place to cut.
	const starts: { at: number; heading: boolean }[] = paras.map((p) => ({ at: p.textStart, heading: false }));
	let k = 0;
	for (const s of [...report.sections].sort((a, b) => a.headingStart - b.headingStart)) {
		while (k < paras.length && paras[k].textEnd <= s.headingStart) k++;
		const inside = k < paras.length && paras[k].textStart < s.headingStart && s.headingStart < paras[k].textEnd;
		if (!inside) starts.push({ at: s.headingStart, heading: s.level <= 2 });
		else if (paras[k].textStart === s.headingStart && s.level <= 2) starts.push({ at: s.headingStart, heading: true });
	}
	starts.sort((a, b) => a.at - b.at || (a.heading ? -1 : 1));
	const cuts = [0];
	const slack = len / n / 4;
	let i = 0;
	for (let c = 1; c < n; c++) {
		const ideal = (len * c) / n;
		let best: number | null = null;
		let bestHeading: number | null = null;
		for (; i < starts.length && starts[i].at <= ideal + slack; i++) {
			const at = starts[i].at;
			if (at <= cuts[cuts.length - 1]) continue;
			if (best === null || Math.abs(at - ideal) < Math.abs(best - ideal)) best = at;
			if (
				starts[i].heading &&
				Math.abs(at - ideal) <= slack &&
				(bestHeading === null || Math.abs(at - ideal) < Math.abs(bestHeading - ideal))
			)
				bestHeading = at;
		}
		const cut = bestHeading ?? best;
		if (cut !== null && cut > cuts[cuts.length - 1]) cuts.push(cut);
	}
	return cuts.map((start, j) => ({ start, end: j + 1 < cuts.length ? cuts[j + 1] : len }));
}

/**
 * The report page's data. `removed` (the view of what cleaning removed, `?removed=1`): only then is
 * the decoded input sent as well — it doubled the page (the longest report's page was 599 KB). A long
 * report (over PARTS_OVER characters) is sent one part at a time: `part` (1-based), else the part that
 * holds `at` (a link to a passage), else the first; every section stays in the outline.
 */
export async function reportPage(
	id: string,
	view: { removed?: boolean; part?: number | null; at?: number | null; allReused?: boolean } = {}
) {
	const corpus = await getCorpus();
	const entry = corpus.get(id);
	// A report of ordinary size is read from the index (or parsed, 5–50 ms) here: a worker's round trip
	// cost more than that the first time (its own corpus loaded). A large one not parsed yet goes to a
	// worker thread, so other requests do not wait.
	const parsed = entry && (entry.size <= IN_THREAD_CHARS ? corpus.parsed(entry.id) : await parsedOffThread(corpus, entry.id));
	if (!entry || !parsed) error(404, 'No such report');
	// Sentences are not shown here; leaving them out keeps the page small.
	const { meta, text, sections, paragraphs, removed, pieces } = parsed;
	// The part shown (the whole text in the removed view, which lays out the input).
	const parts = view.removed ? [{ start: 0, end: text.length }] : textParts(parsed);
	const wanted = view.part
		? view.part - 1
		: view.at !== null && view.at !== undefined
			? parts.findIndex((p) => p.start <= view.at! && view.at! < p.end)
			: 0;
	const part = Math.min(Math.max(0, wanted), parts.length - 1);
	const range = parts[part];
	// The same region's previous report, if any: what a draft check or a year-on-year comparison starts from.
	const all = members(corpus);
	const prev = predecessorOf(
		all,
		all.find((m) => m.id === entry.id)!
	);
	const predecessor = prev
		? { id: prev.id, year: prev.year ?? null, title: [prev.region, prev.year, prev.title].filter(Boolean).join(' · ') }
		: null;
	// Reused wording: at once when kept (memory, or the index under the content hashes it came from),
	// else computed by a worker thread and streamed (the page does not wait; the first report of a
	// year reads or builds the year's n-gram table there, seconds of CPU that hold no request).
	const kept = keptSources(storeCorpus(corpus), entry.id);
	const sources =
		kept !== undefined
			? forPage(kept, range, view.allReused)
			: sourcesOffThread(corpus, entry.id).then(
					(s) => forPage(s, range, view.allReused),
					(e) => {
						console.error(`sources of ${entry.id}:`, e);
						return null;
					}
				);
	return {
		id: entry.id,
		size: entry.size,
		// The part's text from `textFrom` (the page pads it back to its offsets), its paragraphs, and every section.
		report: {
			meta,
			text: parts.length > 1 ? text.slice(range.start, range.end) : text,
			textFrom: parts.length > 1 ? range.start : 0,
			sections,
			paragraphs: parts.length > 1 ? paragraphs.filter((p) => p.textStart >= range.start && p.textStart < range.end) : paragraphs,
			removed,
			pieces
		},
		parts,
		part,
		input: view.removed ? corpus.input(entry.id)! : null,
		predecessor,
		sources
	};
}

/**
 * The sources panel as the page gets it: a passage's own text is left out (the page takes it from
 * the report's text, which it has: `text.slice(start, end)`; kept for a passage outside the part
 * shown), and its source's text is sent only
 * when the panel shows it (a lightly edited passage among the rows listed: REUSE_ROWS, or all with
 * `?reuse=all`). With 200 passages they were 60 KB of the page.
 */
function forPage(s: ServedSources | null, shown: Range, allRows = false): ServedSources | null {
	if (!s) return s;
	const inside = (p: { start: number; end: number }) => p.start >= shown.start && p.end <= shown.end;
	const listed = allRows ? s.passages.length : REUSE_ROWS;
	return {
		...s,
		passages: s.passages.map((p, i) => ({
			...p,
			text: inside(p) ? '' : p.text,
			sourceText: p.closeness === 'edited' && i < listed ? p.sourceText : ''
		}))
	};
}

/**
 * Figures a page of a report's figures holds: ~2.6 KB of HTML each with its change and sparkline
 * (the national 2023 report's 244 on one page made 664 KB).
 */
export const REPORT_FIGURES_PAGE = 60;

type Filterable = Pick<Figure, 'indicator' | 'raw' | 'topic' | 'kind' | 'start'>;

/**
 * The one filter and order of a report's figures (page, pager and CSV): the search in the
 * indicator or the figure as written, the topic ('' = every topic), then the order (as in the
 * text, by indicator name, by kind then text).
 */
export function filterReportFigures<F extends Filterable>(figures: F[], f: Pick<ReportFiguresQuery, 'q' | 'topic' | 'sort'>): F[] {
	const q = f.q.trim();
	const r = figures.filter((x) => (!q || x.indicator.includes(q) || x.raw.includes(q)) && (!f.topic || (x.topic ?? '') === f.topic));
	if (f.sort === 'name') {
		const zh = new Intl.Collator('zh');
		r.sort((a, b) => zh.compare(a.indicator, b.indicator) || a.start - b.start);
	} else if (f.sort === 'kind') r.sort((a, b) => a.kind.localeCompare(b.kind) || a.start - b.start);
	return r;
}

/**
 * One page of the filtered list: `figure` (a start offset) picks the page that holds it (when the
 * filter hides it, the filter is dropped so the link still lands); else `page`, capped at the last.
 */
export function pageOfFigures<F extends Filterable>(figures: F[], query: ReportFiguresQuery, size = REPORT_FIGURES_PAGE) {
	let filter: Pick<ReportFiguresQuery, 'q' | 'topic' | 'sort'> = query;
	let all = filterReportFigures(figures, filter);
	let at = query.figure === null ? -1 : all.findIndex((x) => x.start === query.figure);
	if (query.figure !== null && at < 0 && figures.some((x) => x.start === query.figure)) {
		filter = { q: '', topic: '', sort: query.sort };
		all = filterReportFigures(figures, filter);
		at = all.findIndex((x) => x.start === query.figure);
	}
	const pages = Math.max(1, Math.ceil(all.length / size));
	const page = at >= 0 ? Math.floor(at / size) + 1 : Math.min(query.page, pages);
	return {
		shown: all.slice((page - 1) * size, page * size),
		size,
		page,
		pages,
		total: all.length,
		filter: { q: filter.q, topic: filter.topic, sort: filter.sort },
		/** The filter asked for hid the figure linked to: it was dropped. */
		dropped: filter !== query,
		figure: at >= 0 ? query.figure : null
	};
}

const noFilter: ReportFiguresQuery = { q: '', topic: '', sort: 'text', page: 1, figure: null };

export async function reportFiguresPage(id: string, query: ReportFiguresQuery = noFilter) {
	const corpus = await getCorpus();
	const report = corpus.parsed(id);
	const figures = figuresOf(corpus, id);
	if (!report || !figures) error(404, 'No such report');
	const region = report.meta.region ?? null;
	// The search, topic and order apply to the whole report, then it is cut in pages.
	const { shown, ...cut } = pageOfFigures(figures, query);
	// The region's series, so each figure can show how its indicator moved.
	const series = region ? regionSeriesOf(corpus, region) : [];
	// This page's points, by their offset: the series each figure is in, found without a scan of
	// every series per figure (the national region has 3,447: 570 ms a request before).
	const wanted = new Set(shown.map((f) => f.start));
	const at = new Map<number, Series[]>();
	for (const s of series)
		for (const p of s.points) {
			if (p.reportId !== id || !wanted.has(p.start)) continue;
			const l = at.get(p.start);
			if (!l) at.set(p.start, [s]);
			else if (l[l.length - 1] !== s) l.push(s);
		}
	// Only the series this page's figures are in go to the page (all of them made 2.8 MB).
	type SentPoint = Pick<SeriesPoint, 'year' | 'value' | 'kind' | 'estimate' | 'approx' | 'context' | 'reportId' | 'textStart' | 'textEnd'>;
	const seriesByIndicator: Record<string, { unit: string; points: SentPoint[] }> = {};
	return {
		id,
		meta: report.meta,
		region,
		...cut,
		topics: [...new Set(figures.map((f) => f.topic ?? ''))].sort(),
		figures: shown.map((f) => {
			const s = at.get(f.start)?.find((x) => x.key.startsWith(`${indicatorKey(f.indicator)}|`));
			const me = s?.points.find((p) => p.reportId === id && p.start === f.start);
			// The latest earlier actual of the same series: what this figure changed from.
			const prev = s && me ? [...s.points].reverse().find((p) => p.kind === 'actual' && p.year < me.year) : undefined;
			// Sent with what a sparkline shows (each point's sentence shortened around its figure, as on
			// the region page; the link opens the whole sentence): whole 70-year series with their
			// sentences and headings made the national 2024 page, 39 figures, 283 KB.
			if (s && s.points.length > 1 && !seriesByIndicator[s.key])
				seriesByIndicator[s.key] = {
					unit: s.unit,
					points: s.points.map((p) => ({
						year: p.year,
						value: p.value,
						kind: p.kind,
						estimate: p.estimate,
						approx: p.approx,
						context: around(p.context, p.raw),
						reportId: p.reportId,
						textStart: p.textStart,
						textEnd: p.textEnd
					}))
				};
			return {
				...f,
				seriesKey: s && s.points.length > 1 ? s.key : null,
				change: s && me && prev ? { unit: s.unit, oldValue: prev.value, oldYear: prev.year, newValue: me.value, newYear: me.year } : null
			};
		}),
		series: seriesByIndicator,
		topicNames: topicNames()
	};
}

/** The report's figures as CSV: every one, or those of a search / topic in its order (the same filter as the page). */
export async function reportFiguresCsv(id: string, query: Pick<ReportFiguresQuery, 'q' | 'topic' | 'sort'> = noFilter): Promise<Response> {
	const corpus = await getCorpus();
	const figures = figuresOf(corpus, id);
	if (!figures) error(404, 'No such report');
	return csvResponse(figuresCsv(id, filterReportFigures(figures, query)), 'figures.csv', `figures-${id}.csv`);
}
