/**
 * The corpus pages' faster paths over the public collection (../shared/corpus/gov,
 * 2,908 reports) give what the slower paths give: a year-wide term trend
 * counted in the year's own texts equals the corpus-wide counts for every
 * report of the year; the national figure series (70 years) kept in the index
 * equal the series built from the reports' figures; its pages together are
 * the whole ranked series. The index is kept in the system's temp folder
 * between runs (DUIDU_CORPUS_PAGES_DB; the first run indexes the whole tree:
 * minutes).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore, getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import { corpusFigures } from '../../src/lib/server/figures';
import { pageStarts, regionSeriesOf } from '../../src/lib/server/figures-page';
import { indexedTrend, seriesMembers } from '../../src/lib/server/rhetoric';
import { indicatorKey, regionSeries } from '../../src/lib/core/figures/series';
import { reportFiguresPage } from '../../src/lib/server/pages/report';
import { selectSeries } from '../../src/lib/core/rhetoric';
import { SHARED } from './shared';

const GOV = join(SHARED, 'corpus', 'gov');
const DB = process.env.DUIDU_CORPUS_PAGES_DB ?? join(tmpdir(), 'duidu-corpus-pages-gov.sqlite');
let store: CorpusStore;

beforeAll(async () => {
	store = await new CorpusStore({ dirs: [GOV], db: DB }).load();
	// The page services read the app's corpus: the same tree and index.
	process.env.DUIDU_REPORTS = GOV;
	process.env.DUIDU_DB = DB;
	resetCorpus();
	await (await getCorpus()).ready();
}, 1_800_000);
afterAll(() => store?.close());

describe('a year-wide term trend, counted in the year’s texts', () => {
	it.each([2024, 2010, 1990])('%i: every report’s counts equal the corpus-wide counts', (year) => {
		const series = selectSeries(seriesMembers(store), { year });
		expect(series.length).toBeGreaterThan(year === 1990 ? 0 : 50);
		const terms = ['高质量发展', '新质生产力', '改革', '5G', '乡村振兴'];
		const trend = indexedTrend(store, series, terms);
		const wide = terms.map((t) => store.index.termCounts(t));
		let nonZero = 0;
		for (const p of trend.points) {
			const h = store.get(p.id)!.hash;
			const want = wide.map((c) => c.get(h) ?? 0);
			expect(p.counts, p.id).toEqual(want);
			nonZero += want.filter(Boolean).length;
		}
		expect(nonZero).toBeGreaterThan(0);
	});
});

describe('the national figures (70 years)', () => {
	it('kept series equal the series built from the reports’ figures, also read back by another store', async () => {
		const want = regionSeries(
			corpusFigures(store, (m) => m.region === '中华人民共和国'),
			'中华人民共和国'
		);
		expect(want.length).toBeGreaterThan(100);
		const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
		expect(plain(regionSeriesOf(store, '中华人民共和国'))).toEqual(plain(want));
		const again = await new CorpusStore({ dirs: [GOV], db: DB }).load();
		try {
			expect(plain(regionSeriesOf(again, '中华人民共和国'))).toEqual(plain(want));
		} finally {
			again.close();
		}
	}, 600_000);

	it('its pages hold at most 180 values (or one series) and together are the whole ranked list', () => {
		const whole = regionSeriesOf(store, '中华人民共和国');
		const starts = pageStarts(whole);
		expect(starts.length).toBeGreaterThan(10);
		const seen: string[] = [];
		for (let p = 0; p < starts.length; p++) {
			const page = whole.slice(starts[p], starts[p + 1] ?? whole.length);
			const values = page.reduce((a, s) => a + s.points.length, 0);
			expect(values <= 180 || page.length === 1).toBe(true);
			seen.push(...page.map((s) => s.key));
		}
		expect(seen).toEqual(whole.map((s) => s.key));
	});
});

describe("a report's figures page", () => {
	it('each figure finds the series the scan over every series found; only those series are sent', async () => {
		const id = '中华人民共和国-2023';
		const page = await reportFiguresPage(id);
		const series = regionSeriesOf(store, '中华人民共和国');
		// The slower path: every series scanned for each figure.
		const want = page.figures.map((f) => {
			const s = series.find(
				(x) => x.key.startsWith(`${indicatorKey(f.indicator)}|`) && x.points.some((p) => p.reportId === id && p.start === f.start)
			);
			return s && s.points.length > 1 ? s.key : null;
		});
		expect(page.figures.map((f) => f.seriesKey)).toEqual(want);
		expect(want.filter(Boolean).length).toBeGreaterThan(5);
		expect(Object.keys(page.series).sort()).toEqual([...new Set(want.filter((k): k is string => !!k))].sort());
		expect(page.figures.filter((f) => f.change).length).toBeGreaterThan(0);
	}, 600_000);
});
