/**
 * The library at scale: facets counted in one pass equal a recount (the
 * catalogue filtered once per facet), the region order ranked once equals
 * the collator's, and paging cuts the same list every time, each report on
 * exactly one page. Metadata as the store infers it: the bundled reports,
 * and a tree in the public collection's layout read by its paths.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore, getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import { libraryPage } from '../../src/lib/server/library';
import { pathMeta } from '../../src/lib/core/corpus/path';
import {
	catalogView,
	facetCounts,
	filterCatalog,
	groupCatalog,
	orderCatalog,
	pageOf,
	pageOfOrdered,
	rankedRegionOrder,
	type CatalogItem,
	type LibraryQuery
} from '../../src/lib/core/corpus/catalog';
import { PROVINCES } from '../browser/corpus-tree';

let items: CatalogItem[];

beforeAll(async () => {
	const store = await new CorpusStore({ dirs: [fileURLToPath(new URL('../../reports/', import.meta.url))], cacheDir: null }).load();
	items = store.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
	store.close();
	// The layout of the public collection: the national series, provinces (北京 under 主要城市), cities; a plan here and there.
	const paths: string[][] = [];
	for (const y of [1954, 1964, 1975, 2019, 2023, 2024]) paths.push(['政府工作报告-国务院', `${y}.md`]);
	paths.push(['政府工作报告-国务院', '1964-part.md']);
	for (const [province, cities] of Object.entries(PROVINCES)) {
		for (const y of [2022, 2023, 2024]) paths.push(['政府工作报告-省自治区', province, `${y}.md`]);
		cities.forEach((city, i) => {
			for (const y of [2021, 2022, 2023, 2024, 2025].slice(i % 3)) paths.push(['政府工作报告-其他地市', city, `${y}.md`]);
		});
	}
	for (const y of [2023, 2024]) paths.push(['政府工作报告-主要城市', '北京市', `${y}.md`]);
	paths.forEach((segs, i) => {
		const pm = pathMeta(segs);
		items.push({ id: pm.id, meta: { ...pm.meta, ...(i % 7 === 3 ? { kind: 'plan' } : i % 5 ? { kind: 'gwr' } : {}) }, size: 1000 + i });
	});
});

/** The plain way: filter once per facet, dropping that facet's own filter, and count. */
function recount(all: CatalogItem[], query: LibraryQuery) {
	return {
		levels: facetCounts(filterCatalog(all, { ...query, level: undefined })).levels,
		provinces: facetCounts(filterCatalog(all, { ...query, province: undefined, region: undefined })).provinces,
		regions: facetCounts(filterCatalog(all, { ...query, region: undefined })).regions,
		years: facetCounts(filterCatalog(all, { ...query, year: undefined })).years,
		kinds: facetCounts(filterCatalog(all, { ...query, kind: undefined })).kinds
	};
}

function queries(): LibraryQuery[] {
	const out: LibraryQuery[] = [];
	for (const level of [undefined, 'national', 'provincial', 'city'] as const)
		for (const province of [undefined, '山东省', '河南省'])
			for (const region of [undefined, '聊城市', '山西省'])
				for (const year of [undefined, 2024, 1964])
					for (const kind of [undefined, 'gwr', 'plan'])
						for (const q of [undefined, '聊城', '2023 山东']) out.push({ level, province, region, year, kind, q });
	return out;
}

describe('the library at scale', () => {
	it('has a catalogue of real inferred metadata to work on', () => {
		expect(items.length).toBeGreaterThan(100);
		expect(items.filter((i) => i.meta.level === 'national').length).toBe(7);
		expect(items.find((i) => i.id === '北京市-2024')?.meta.level).toBe('provincial');
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});

	it('counts every facet in one pass exactly as a recount does, for 1,296 filter combinations', () => {
		const order = rankedRegionOrder(items);
		let nonEmpty = 0;
		for (const query of queries()) {
			const view = catalogView(items, query, order);
			expect(view.facets, JSON.stringify(query)).toEqual(recount(items, query));
			expect(view.shown.map((i) => i.id)).toEqual(filterCatalog(items, query).map((i) => i.id));
			expect(view.provinces).toEqual(facetCounts(items).provinces);
			if (view.shown.length) nonEmpty++;
		}
		// The grid is not vacuous: many combinations show reports.
		expect(nonEmpty).toBeGreaterThan(100);
		const shandong = catalogView(items, { province: '山东省', level: 'city' }, order);
		// 33 city reports of the tree's 山东 cities, and the three bundled 聊城市 reports.
		expect(shandong.shown.length).toBe(PROVINCES['山东省'].reduce((n, _, i) => n + 5 - (i % 3), 0) + 3);
		// The level facet ignores the level filter: what choosing "provincial" instead would give.
		expect(shandong.facets.levels.find((l) => l.value === 'provincial')?.count).toBe(3);
	});

	it('orders regions with the ranked order exactly as with the collator', () => {
		const order = rankedRegionOrder(items);
		expect(groupCatalog(items, order)).toEqual(groupCatalog(items));
		expect(groupCatalog(items, order)[0].region).toBe('中华人民共和国');
	});

	it('pages through a filter with each report on exactly one page, the same pages every time', () => {
		const order = rankedRegionOrder(items);
		for (const query of [{}, { level: 'city' as const }, { year: 2024 }, { province: '山西省' }]) {
			const ordered = orderCatalog(catalogView(items, query, order).shown, order);
			const size = 7;
			const { pages } = pageOfOrdered(ordered, 1, size, order);
			expect(pages).toBe(Math.max(1, Math.ceil(ordered.length / size)));
			const seen: string[] = [];
			for (let p = 1; p <= pages; p++) {
				const page = pageOfOrdered(ordered, p, size, order);
				// The same as the plain paging over the filtered list, and again the same on a second call.
				expect(page).toEqual(pageOf(filterCatalog(items, query), p, size));
				expect(pageOfOrdered(ordered, p, size, order)).toEqual(page);
				seen.push(...page.groups.flatMap((g) => g.years.flatMap((y) => y.items.map((i) => i.id))));
			}
			expect(seen).toEqual(ordered.map((i) => i.id));
			expect(new Set(seen).size).toBe(filterCatalog(items, query).length);
			// A page past the end is the last page, not an empty one.
			expect(pageOfOrdered(ordered, pages + 5, size, order).page).toBe(pages);
		}
	});
});

describe('the library service keeps its counts with the report list', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'duidu-library-'));
	const saved = { reports: process.env.DUIDU_REPORTS, cache: process.env.DUIDU_CACHE };
	afterAll(() => {
		resetCorpus();
		process.env.DUIDU_REPORTS = saved.reports;
		process.env.DUIDU_CACHE = saved.cache;
		if (saved.reports === undefined) delete process.env.DUIDU_REPORTS;
		if (saved.cache === undefined) delete process.env.DUIDU_CACHE;
		rmSync(tmp, { recursive: true, force: true });
	});

	it('serves a repeated query from its view, and counts again once a file is added', async () => {
		// Without its front matter and its delivery date, so the path gives the year (a dated
		// session line would list every copy as the 2020 report).
		const text = readFileSync(fileURLToPath(new URL('../../reports/liaocheng-2020-gwr.txt', import.meta.url)), 'utf8')
			.replace(/^---\n[\s\S]*?\n---\n/, '')
			.replace('——2020年5月26日', '——');
		const put = (rel: string) => {
			mkdirSync(join(tmp, rel, '..'), { recursive: true });
			writeFileSync(join(tmp, rel), text + `\n${rel}\n`);
		};
		for (const y of [2021, 2022, 2023]) put(`政府工作报告-其他地市/聊城市/${y}.md`);
		put('政府工作报告-省自治区/山东省/2023.md');
		process.env.DUIDU_REPORTS = tmp;
		process.env.DUIDU_CACHE = 'off';
		resetCorpus();
		const first = await libraryPage({ province: '山东省' });
		expect(first.total).toBe(4);
		expect(first.facets.levels).toEqual([
			{ value: 'provincial', count: 1 },
			{ value: 'city', count: 3 }
		]);
		expect(first.facets.years.find((y) => y.value === 2023)?.count).toBe(2);
		// The same query again: the same counts (from the kept view), page by page the same reports.
		const again = await libraryPage({ province: '山东省', page: 1 });
		expect(again.facets).toEqual(first.facets);
		expect(again.groups).toEqual(first.groups);
		// A file added and the tree read again: a new list, so new counts — never the kept ones.
		put('政府工作报告-其他地市/聊城市/2024.md');
		await (await getCorpus()).load();
		const after = await libraryPage({ province: '山东省' });
		expect(after.total).toBe(5);
		expect(after.shown).toBe(5);
		expect(after.facets.levels.find((l) => l.value === 'city')?.count).toBe(4);
		expect(after.facets.years.find((y) => y.value === 2024)?.count).toBe(1);
		expect(after.groups.find((g) => g.region === '聊城市')?.years.map((y) => y.year)).toEqual([2024, 2023, 2022, 2021]);
	});
});
