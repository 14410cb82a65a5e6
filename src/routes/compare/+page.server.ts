import { coverageOf } from '$lib/core/coverage';
import { getCorpus } from '$lib/server/corpus';
import { reportTopics } from '$lib/server/topics';
import { corpusFigures, figuresOf } from '$lib/server/figures';
import { alignReports } from '$lib/core/align/index';
import { defaultTaxonomy } from '$lib/core/topics/index';
import { changeView, successiveChanges } from '$lib/core/figures/changes';
import { regionSeries, type Series } from '$lib/core/figures/series';
import type { CellChange, FigureMark } from '$lib/components/compare/types';
import type { PageServerLoad } from './$types';
import { segmenter } from '$lib/server/jieba';

const MAX_REPORTS = 6;


export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const topicIds = defaultTaxonomy.topics.map((t) => t.id);
	const asked = (url.searchParams.get('reports') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
	const unique = [...new Set(asked)].slice(0, MAX_REPORTS);
	const ids = unique.filter((id) => corpus.get(id));
	const missing = unique.filter((id) => !corpus.get(id));
	const wanted = url.searchParams.get('topic') ?? '';
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
		if (!s) seriesByRegion.set(region, (s = regionSeries(corpusFigures(corpus, (m) => m.region === region), region)));
		return s;
	};
	const usedSeries: Record<string, Series> = {};

	const rows = (alignment?.rows ?? []).map((r) => {
		const changes: CellChange[][] = r.cells.map(() => []);
		const marks: FigureMark[][] = r.cells.map(() => []);
		const sources = r.cells.map((c, k) =>
			c && r.cells.filter(Boolean).length > 1 ? { region: regionOf[k], year: yearOf[k], figures: figures[k].filter((f) => f.textStart >= c.textStart && f.textEnd <= c.textEnd) } : null
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
					? { text: c.text, section: c.section, shared: c.shared, start: c.start, end: c.end, part: c.part, skip: c.skip, changes: changes[k], marks: marks[k].sort((a, b) => a.start - b.start) }
					: null
			)
		};
	});

	return {
		topic,
		onlyMatched: url.searchParams.get('only') === 'matched',
		selected: ids,
		missing,
		taxonomy: defaultTaxonomy.topics.map((t) => ({ id: t.id, zh: t.zh, en: t.en })),
		library: corpus.list().map((e) => ({ id: e.id, title: e.meta.title ?? e.id, region: e.meta.region ?? '', year: e.meta.year ?? null, level: e.meta.level ?? '' })),
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
};
