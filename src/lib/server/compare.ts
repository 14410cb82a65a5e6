/**
 * The compare page (/compare) and its report picker, as services: the route
 * files only parse the URL and call these. The page carries the list of
 * regions (name and count), never the whole library: a region's reports are
 * asked for when it is opened (regionReports, /compare/regions?region=…), so
 * the page stays small with thousands of reports.
 */
import { coverageOf } from '../core/coverage';
import { getCorpus, type CorpusStore } from './corpus';
import { reportTopics } from './topics';
import { segmenter } from '../core/segmenter';
import { corpusFigures, figuresOf } from './figures';
import { alignReports } from '../core/align/index';
import { defaultTaxonomy } from '../core/topics/index';
import { changeView, successiveChanges } from '../core/figures/changes';
import { regionSeries, type Series } from '../core/figures/series';
import type { CellChange, FigureMark } from '../components/compare/types';
import type { CompareQuery } from '../urls/compare';

interface RegionEntry {
	region: string;
	count: number;
}

interface PickerReport {
	id: string;
	title: string;
	region: string;
	year: number | null;
}

const regionCache = new WeakMap<CorpusStore, { size: number; list: RegionEntry[] }>();

/** Every region of the corpus with its number of reports, by name. */
function regionList(corpus: CorpusStore): RegionEntry[] {
	const all = corpus.list();
	const hit = regionCache.get(corpus);
	if (hit && hit.size === all.length) return hit.list;
	const by = new Map<string, number>();
	for (const e of all) {
		const key = e.meta.region || '—';
		by.set(key, (by.get(key) ?? 0) + 1);
	}
	const list = [...by.entries()].map(([region, count]) => ({ region, count })).sort((a, b) => a.region.localeCompare(b.region, 'zh'));
	regionCache.set(corpus, { size: all.length, list });
	return list;
}

/** The reports of one region, newest first (the picker's second click). */
export async function regionReports({ region }: { region: string }): Promise<PickerReport[]> {
	const corpus = await getCorpus();
	return corpus
		.list()
		.filter((e) => (e.meta.region || '—') === region)
		.map((e) => ({ id: e.id, title: e.meta.title ?? e.id, region: e.meta.region ?? '', year: e.meta.year ?? null }))
		.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id));
}

/** Everything the compare page shows for the reports and topic in its URL. */
export async function comparePage(query: CompareQuery) {
	const corpus = await getCorpus();
	const topicIds = defaultTaxonomy.topics.map((t) => t.id);
	const ids = query.reports.filter((id) => corpus.get(id));
	const missing = query.reports.filter((id) => !corpus.get(id));
	const wanted = query.topic;
	// Urban is the topic users ask for first; a taxonomy without it starts at its first topic.
	const topic = topicIds.includes(wanted) ? wanted : topicIds.includes('urban') ? 'urban' : topicIds[0];

	const inputs = ids.map((id) => ({ id, report: corpus.parsed(id)!, topics: reportTopics(corpus, id)! }));
	const alignment = inputs.length >= 2 ? alignReports(inputs, topic, segmenter()) : null;

	// Figures that changed between aligned passages of one region, with the region's series for sparklines.
	const figures = inputs.map((i) => figuresOf(corpus, i.id) ?? []);
	const regionOf = inputs.map((i) => i.report.meta.region ?? null);
	const yearOf = inputs.map((i) => i.report.meta.year ?? null);
	const seriesByRegion = new Map<string, Series[]>();
	const seriesOf = (region: string) => {
		let s = seriesByRegion.get(region);
		if (!s)
			seriesByRegion.set(
				region,
				(s = regionSeries(
					corpusFigures(corpus, (m) => m.region === region),
					region
				))
			);
		return s;
	};
	const usedSeries: Record<string, Series> = {};

	const rows = (alignment?.rows ?? []).map((r) => {
		const changes: CellChange[][] = r.cells.map(() => []);
		const marks: FigureMark[][] = r.cells.map(() => []);
		const sources = r.cells.map((c, k) =>
			c && r.cells.filter(Boolean).length > 1
				? { region: regionOf[k], year: yearOf[k], figures: figures[k].filter((f) => f.textStart >= c.textStart && f.textEnd <= c.textEnd) }
				: null
		);
		for (const step of successiveChanges(sources, { seriesOf })) {
			const from = r.cells[step.from]!;
			const to = r.cells[step.to]!;
			for (const ch of step.changes) {
				const key = ch.seriesKey ? `${regionOf[step.to]}|${ch.seriesKey}` : null;
				if (key && !usedSeries[key]) usedSeries[key] = seriesOf(regionOf[step.to]!).find((s) => s.key === ch.seriesKey)!;
				changes[step.to].push({ from: step.from, ...changeView(ch, key) });
				const dir = ch.abs > 0 ? 'up' : 'down';
				marks[step.from].push({ start: ch.old.textStart - from.textStart, end: ch.old.textEnd - from.textStart, dir });
				marks[step.to].push({ start: ch.new.textStart - to.textStart, end: ch.new.textEnd - to.textStart, dir });
			}
		}
		return {
			similarity: r.similarity,
			matter: r.matter,
			evidence: r.evidence,
			cells: r.cells.map((c, k) =>
				c
					? {
							text: c.text,
							section: c.section,
							shared: c.shared,
							start: c.start,
							end: c.end,
							part: c.part,
							skip: c.skip,
							changes: changes[k],
							marks: marks[k].sort((a, b) => a.start - b.start)
						}
					: null
			)
		};
	});

	return {
		topic,
		onlyMatched: query.onlyMatched,
		selected: ids,
		missing,
		taxonomy: defaultTaxonomy.topics.map((t) => ({ id: t.id, zh: t.zh, en: t.en })),
		regions: regionList(corpus),
		columns: inputs.map((i) => ({
			id: i.id,
			title: i.report.meta.title ?? i.id,
			region: i.report.meta.region ?? '',
			year: i.report.meta.year ?? null,
			shares: i.topics.shares,
			partial: coverageOf(i.id, i.report.meta).partial
		})),
		rows,
		series: usedSeries
	};
}
