import { getCorpus } from '$lib/server/corpus';
import { foldedText, indexedTrend, seriesMembers, termStatsOf } from '$lib/server/rhetoric';
import { serveTifa } from '$lib/server/tifa';
import { kwic, newAndVanished, parseTerms, predecessorOf, regionsOf, selectSeries, termTrend } from '$lib/core/rhetoric';
import { TextMap } from '$lib/core/textmap';
import type { PageServerLoad } from './$types';

const DEFAULT_TERMS = '高质量发展,新质生产力';

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	// Saved drafts never join a series.
	const all = seriesMembers(corpus);
	const regions = regionsOf(all);
	const years = [...new Set(all.map((m) => m.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
	const terms = parseTerms(url.searchParams.get('terms') ?? DEFAULT_TERMS);
	const yearParam = Number(url.searchParams.get('year'));
	const mode: 'region' | 'year' = url.searchParams.get('year') && Number.isInteger(yearParam) ? 'year' : 'region';
	const region = url.searchParams.get('region') ?? (regions.some((r) => r.region === '中华人民共和国') ? '中华人民共和国' : regions[0]?.region ?? '');
	const series = mode === 'year' ? selectSeries(all, { year: yearParam }) : selectSeries(all, { region });

	// One region's reports: counted on each folded text. Every region of a year: from the full-text index.
	const trend = mode === 'year' ? indexedTrend(corpus, series, terms) : termTrend(series.map((m) => ({ ...m, folded: foldedText(corpus, m.id) })), terms);
	const partial = Object.fromEntries(series.filter((m) => m.partial).map((m) => [m.id, m.partial!]));

	// The report under the chart: the one asked for, else the latest of the series.
	const reportId = url.searchParams.get('report');
	const selected = series.find((m) => m.id === reportId) ?? series[series.length - 1];
	let context: { id: string; title: string; terms: { term: string; total: number; lines: ReturnType<typeof kwic>['lines'] }[] } | null = null;
	let changes: { id: string; title: string; prevId: string; prevTitle: string; result: ReturnType<typeof newAndVanished> } | null = null;
	let noPredecessor = false;
	if (selected) {
		const parsed = corpus.parsed(selected.id)!;
		const map = new TextMap(parsed.pieces);
		const title = `${selected.region ?? ''} ${selected.year ?? ''}`.trim() || selected.id;
		context = { id: selected.id, title, terms: terms.map((term) => ({ term, ...kwic(parsed.text, map, term, { limit: 8 }) })) };
		const prev = predecessorOf(all, selected);
		if (prev) {
			const a = termStatsOf(corpus, prev.id)!;
			const b = termStatsOf(corpus, selected.id)!;
			const fa = foldedText(corpus, prev.id);
			const fb = foldedText(corpus, selected.id);
			changes = {
				id: selected.id,
				title,
				prevId: prev.id,
				prevTitle: `${prev.region ?? ''} ${prev.year ?? ''}`.trim() || prev.id,
				result: newAndVanished(a, b, { prev: (t) => fa.includes(t), cur: (t) => fb.includes(t) }, { limit: 20 })
			};
		} else noPredecessor = true;
	}
	const tifa = changes ? serveTifa(corpus, changes.prevId, changes.id) : null;
	return { tifa, terms, partial, mode, region, year: mode === 'year' ? yearParam : null, regions, years, trend, selected: selected?.id ?? null, context, changes, noPredecessor };
};
