/**
 * The corpus pages' faster paths give what the slower ones gave, on the
 * bundled reports: a year's term counts read from the year's own texts equal
 * the corpus-wide counts; a region's figure series kept in memory and in the
 * index equal the series built from its reports' figures; the rhetoric page's
 * changes panel, now fetched on its own, is what the page computed inline.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore, getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import { corpusFigures } from '../../src/lib/server/figures';
import { figuresPage, pageStarts, regionSeriesOf } from '../../src/lib/server/figures-page';
import { readFiguresQuery } from '../../src/lib/urls/figures';
import { foldedText, indexedTrend, rhetoricChanges, rhetoricPage, seriesMembers, termStatsOf } from '../../src/lib/server/rhetoric';
import { serveTifa } from '../../src/lib/server/tifa';
import { indicatorKey, regionSeries } from '../../src/lib/core/figures/series';
import { reportFiguresPage } from '../../src/lib/server/pages/report';
import { newAndVanished, per10k, predecessorOf, selectSeries } from '../../src/lib/core/rhetoric';
import { readRhetoricQuery } from '../../src/lib/urls/rhetoric';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-corpus-pages-'));
const dir = join(tmp, 'reports');
const db = join(tmp, 'index.sqlite');
let store: CorpusStore;
const env = { reports: process.env.DUIDU_REPORTS, db: process.env.DUIDU_DB };

beforeAll(async () => {
	cpSync(reports, dir, { recursive: true });
	store = await new CorpusStore({ dirs: [dir], db }).load();
	// The page services read the app's corpus: the same tree and index.
	process.env.DUIDU_REPORTS = dir;
	process.env.DUIDU_DB = db;
	resetCorpus();
	await (await getCorpus()).ready();
});
afterAll(() => {
	store.close();
	process.env.DUIDU_REPORTS = env.reports;
	process.env.DUIDU_DB = env.db;
	if (env.reports === undefined) delete process.env.DUIDU_REPORTS;
	if (env.db === undefined) delete process.env.DUIDU_DB;
	rmSync(tmp, { recursive: true, force: true });
});

const TERMS = ['高质量发展', '城市更新', '乡村振兴', '改革', '聊城', '的', '5G', '亿元', '不存在的提法'];

describe('term counts of a set of texts', () => {
	it.each(TERMS)('%s: the same counts as counted corpus-wide', (term) => {
		const all = store.index.termCounts(term);
		for (const subset of [
			store.list().map((e) => e.hash),
			store
				.list()
				.slice(0, 2)
				.map((e) => e.hash),
			[store.list()[3].hash]
		]) {
			const some = store.index.termCounts(term, subset);
			for (const h of subset) expect(some.get(h) ?? 0, `${term} in ${h}`).toBe(all.get(h) ?? 0);
			for (const h of some.keys()) expect(subset).toContain(h);
		}
		expect(store.index.termCounts(term, [])).toEqual(new Map());
	});

	it('a year-wide trend counts what the corpus-wide counts give, per 10,000 characters', () => {
		const series = selectSeries(seriesMembers(store), { year: 2024 });
		expect(series.length).toBeGreaterThanOrEqual(3);
		const terms = ['聊城', '高质量发展', '的'];
		const trend = indexedTrend(store, series, terms);
		const hashes = series.map((m) => store.get(m.id)!.hash);
		const lengths = store.index.textLengths(hashes);
		const wide = terms.map((t) => store.index.termCounts(t));
		expect(trend.points.map((p) => p.id)).toEqual(series.map((m) => m.id));
		for (const p of trend.points) {
			const h = store.get(p.id)!.hash;
			const counts = wide.map((c) => c.get(h) ?? 0);
			expect(p.counts).toEqual(counts);
			expect(p.per10k).toEqual(counts.map((n) => per10k(n, lengths.get(h) ?? 0)));
		}
		// Real text: 聊城 is in the 聊城 reports of 2024 and not in 运城's.
		expect(trend.points.find((p) => p.id === 'liaocheng-2024-gwr-excerpt')!.counts[0]).toBeGreaterThan(0);
		expect(trend.points.find((p) => p.id === 'yuncheng-2024-gwr-excerpt')!.counts[0]).toBe(0);
	});
});

describe("a region's figure series, kept", () => {
	it('built, from memory and read back from the index: the series built from the reports', async () => {
		const region = '聊城市';
		const want = regionSeries(
			corpusFigures(store, (m) => m.region === region),
			region
		);
		expect(want.length).toBeGreaterThan(10);
		const first = regionSeriesOf(store, region);
		expect(first).toEqual(want);
		expect(regionSeriesOf(store, region)).toBe(first);
		// Another store over the same index (a restarted server): one row read, the same series.
		const again = await new CorpusStore({ dirs: [dir], db }).load();
		try {
			expect(JSON.parse(JSON.stringify(regionSeriesOf(again, region)))).toEqual(JSON.parse(JSON.stringify(want)));
		} finally {
			again.close();
		}
	});

	it('a region with one report fewer is another key: its figures are not in the series', async () => {
		const other = join(tmp, 'more');
		cpSync(reports, other, { recursive: true });
		rmSync(join(other, 'liaocheng-2020-gwr.txt'));
		const fewer = await new CorpusStore({ dirs: [other], db: join(tmp, 'more.sqlite') }).load();
		try {
			const without = regionSeriesOf(fewer, '聊城市');
			const ids = new Set(without.flatMap((s) => s.points.map((p) => p.reportId)));
			expect(ids.has('liaocheng-2020-gwr')).toBe(false);
			expect(ids.size).toBeGreaterThan(0);
			const withIt = new Set(regionSeriesOf(store, '聊城市').flatMap((s) => s.points.map((p) => p.reportId)));
			expect(withIt.has('liaocheng-2020-gwr')).toBe(true);
		} finally {
			fewer.close();
		}
	});
});

describe("a region's figures, paginated by series and values", () => {
	it('pages hold at most 12 series and 180 values (a longer series alone), every series once, in rank order', () => {
		const sizes = [80, 60, 20, 200, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 149, 2];
		const series = sizes.map((n) => ({ points: Array.from({ length: n }) }));
		const starts = pageStarts(series);
		expect(starts).toEqual([0, 3, 4, 16]);
		for (let p = 0; p < starts.length; p++) {
			const page = series.slice(starts[p], starts[p + 1] ?? series.length);
			const values = page.reduce((a, s) => a + s.points.length, 0);
			expect(page.length).toBeLessThanOrEqual(12);
			expect(values <= 180 || page.length === 1).toBe(true);
		}
		expect(pageStarts([])).toEqual([0]);
	});

	it("the pages of 聊城市 together are the region's series, ranked as before", async () => {
		const first = await figuresPage(readFiguresQuery(new URLSearchParams('region=聊城市')));
		const shown = [];
		for (let p = 1; p <= first.pages; p++)
			shown.push(...(await figuresPage(readFiguresQuery(new URLSearchParams(`region=聊城市&page=${p}`)))).series);
		const whole = regionSeriesOf(store, '聊城市');
		expect(shown.map((s) => s.key)).toEqual(whole.map((s) => s.key));
		expect(shown.map((s) => s.points.length)).toEqual(whole.map((s) => s.points.length));
		expect(first.total).toBe(whole.length);
	});
});

describe('the rhetoric page and its changes panel', () => {
	it('the panel is what the page computed inline: new and vanished terms and 提法 shifts against the predecessor', async () => {
		const query = readRhetoricQuery(new URLSearchParams('region=聊城市&terms=高质量发展,城市更新'));
		const page = await rhetoricPage(query);
		expect(page.selected).toBe('liaocheng-2024-gwr-excerpt');
		expect(page.context!.terms.map((t) => t.term)).toEqual(['高质量发展', '城市更新']);
		const panel = await rhetoricChanges(query);
		const corpus = await getCorpus();
		const all = seriesMembers(corpus);
		const prev = predecessorOf(
			all,
			all.find((m) => m.id === page.selected)!
		)!;
		expect(prev.id).toBe('liaocheng-2023-gwr-part2');
		const fa = foldedText(corpus, prev.id);
		const fb = foldedText(corpus, page.selected!);
		const want = newAndVanished(
			termStatsOf(corpus, prev.id)!,
			termStatsOf(corpus, page.selected!)!,
			{ prev: (t) => fa.includes(t), cur: (t) => fb.includes(t) },
			{ limit: 20 }
		);
		expect(panel.changes!.result).toEqual(want);
		expect(panel.changes!.prevId).toBe(prev.id);
		expect(panel.changes!.result.appeared.length).toBeGreaterThan(0);
		expect(panel.tifa).toEqual(serveTifa(corpus, prev.id, page.selected!));
		expect(panel.noPredecessor).toBe(false);
	});

	it('the first report of a region has no predecessor; the JSON endpoint answers', async () => {
		const query = readRhetoricQuery(new URLSearchParams('region=聊城市&terms=高质量发展&report=liaocheng-2020-gwr'));
		expect(await rhetoricChanges(query)).toEqual({ changes: null, tifa: null, noPredecessor: true });
		const { rhetoricChangesResponse } = await import('../../src/lib/server/rhetoric');
		const res = await rhetoricChangesResponse(readRhetoricQuery(new URLSearchParams('year=2024&terms=高质量发展')));
		expect(res.headers.get('content-type')).toMatch(/json/);
		const body = await res.json();
		expect(Object.keys(body).sort()).toEqual(['changes', 'noPredecessor', 'tifa']);
	});
});

describe("a report's figures page", () => {
	it('each figure finds the series the scan over every series found; only those series are sent', async () => {
		const id = 'liaocheng-2023-gwr-part2';
		const page = await reportFiguresPage(id);
		const series = regionSeriesOf(store, '聊城市');
		// The slower path: every series scanned for each figure.
		const want = page.figures.map((f) => {
			const s = series.find(
				(x) => x.key.startsWith(`${indicatorKey(f.indicator)}|`) && x.points.some((p) => p.reportId === id && p.start === f.start)
			);
			return s && s.points.length > 1 ? s.key : null;
		});
		expect(page.figures.map((f) => f.seriesKey)).toEqual(want);
		expect(want.filter(Boolean).length).toBeGreaterThan(2);
		expect(Object.keys(page.series).sort()).toEqual([...new Set(want.filter((k): k is string => !!k))].sort());
		expect(page.figures.filter((f) => f.change).length).toBeGreaterThan(0);
	}, 600_000);
});
