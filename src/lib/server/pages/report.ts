/**
 * The report page (/reports/ID), its figures (/reports/ID/figures) and their
 * CSV as services. Only ids from the corpus index resolve: a path never
 * reaches the file system.
 */
import { error } from '@sveltejs/kit';
import { figuresCsv } from '../../core/figures/csv';
import { indicatorKey, type Series } from '../../core/figures/series';
import { predecessorOf } from '../../core/rhetoric';
import { getCorpus } from '../corpus';
import { figuresOf, topicNames } from '../figures';
import { regionSeriesOf } from '../figures-page';
import { sourcesForPage, storeCorpus } from '../reuse';
import { members } from '../rhetoric';
import { parsedOffThread } from '../work';
import { csvResponse } from './csv';

/** Reports up to this many characters are parsed on the request thread (the collection's largest is ~35,000). */
const IN_THREAD_CHARS = 200_000;

export async function reportPage(id: string) {
	const corpus = await getCorpus();
	const entry = corpus.get(id);
	// A report of ordinary size is read from the index (or parsed, 5–50 ms) here: a worker's round trip
	// cost more than that the first time (its own corpus loaded). A large one not parsed yet goes to a
	// worker thread, so other requests do not wait.
	const parsed = entry && (entry.size <= IN_THREAD_CHARS ? corpus.parsed(entry.id) : await parsedOffThread(corpus, entry.id));
	if (!entry || !parsed) error(404, 'No such report');
	// Sentences are not shown here; leaving them out keeps the page small.
	const { meta, text, sections, paragraphs, removed, pieces } = parsed;
	// The same region's previous report, if any: what a draft check or a year-on-year comparison starts from.
	const all = members(corpus);
	const prev = predecessorOf(
		all,
		all.find((m) => m.id === entry.id)!
	);
	const predecessor = prev
		? { id: prev.id, year: prev.year ?? null, title: [prev.region, prev.year, prev.title].filter(Boolean).join(' · ') }
		: null;
	// Reused wording: at once when the year's n-gram table is built, else streamed when it is (the page does not wait).
	const sources = sourcesForPage(storeCorpus(corpus), entry.id);
	return {
		id: entry.id,
		size: entry.size,
		report: { meta, text, sections, paragraphs, removed, pieces },
		input: corpus.input(entry.id)!,
		predecessor,
		sources
	};
}

export async function reportFiguresPage(id: string) {
	const corpus = await getCorpus();
	const report = corpus.parsed(id);
	const figures = figuresOf(corpus, id);
	if (!report || !figures) error(404, 'No such report');
	const region = report.meta.region ?? null;
	// The region's series, so each figure can show how its indicator moved.
	const series = region ? regionSeriesOf(corpus, region) : [];
	// This report's points, by their offset: the series each figure is in, found without a scan of
	// every series per figure (the national region has 3,447: 570 ms a request before).
	const at = new Map<number, Series[]>();
	for (const s of series)
		for (const p of s.points) {
			if (p.reportId !== id) continue;
			const l = at.get(p.start);
			if (!l) at.set(p.start, [s]);
			else if (l[l.length - 1] !== s) l.push(s);
		}
	// Only the series this report's figures are in go to the page (all of them made 2.8 MB).
	const seriesByIndicator: Record<string, Series> = {};
	return {
		id,
		meta: report.meta,
		region,
		figures: figures.map((f) => {
			const s = at.get(f.start)?.find((x) => x.key.startsWith(`${indicatorKey(f.indicator)}|`));
			const me = s?.points.find((p) => p.reportId === id && p.start === f.start);
			// The latest earlier actual of the same series: what this figure changed from.
			const prev = s && me ? [...s.points].reverse().find((p) => p.kind === 'actual' && p.year < me.year) : undefined;
			if (s && s.points.length > 1) seriesByIndicator[s.key] = s;
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

/** Every figure of the report as CSV. */
export async function reportFiguresCsv(id: string): Promise<Response> {
	const corpus = await getCorpus();
	const figures = figuresOf(corpus, id);
	if (!figures) error(404, 'No such report');
	return csvResponse(figuresCsv(id, figures), 'figures.csv', `figures-${id}.csv`);
}
