import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';
import { facets, filterCatalog, groupCatalog, type CatalogItem } from '../../src/lib/core/corpus/catalog';

let items: CatalogItem[];
beforeAll(async () => {
	const store = await new CorpusStore({ dirs: [fileURLToPath(new URL('../../reports/', import.meta.url))], cacheDir: null }).load();
	items = store.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
});

const ids = (list: CatalogItem[]) => list.map((i) => i.id).sort();

describe('library catalogue on the bundled corpus', () => {
	it('groups by region (cities before districts), newest year first', () => {
		const groups = groupCatalog(items);
		expect(groups.map((g) => g.region)).toEqual(['聊城市', '运城市', '东昌府区']);
		const liaocheng = groups[0];
		expect(liaocheng.province).toBe('山东省');
		expect(liaocheng.level).toBe('city');
		expect(liaocheng.years.map((y) => y.year)).toEqual([2024, 2023, 2020]);
		expect(groups[2].level).toBe('district');
	});

	it('filters by region, year, kind and words', () => {
		expect(ids(filterCatalog(items, { region: '聊城市' }))).toEqual([
			'liaocheng-2020-gwr',
			'liaocheng-2023-gwr-part2',
			'liaocheng-2024-gwr-excerpt'
		]);
		expect(ids(filterCatalog(items, { year: 2024 }))).toEqual([
			'dongchangfu-2024-plan',
			'liaocheng-2024-gwr-excerpt',
			'yuncheng-2024-gwr-excerpt'
		]);
		expect(ids(filterCatalog(items, { kind: 'plan' }))).toEqual(['dongchangfu-2024-plan']);
		expect(ids(filterCatalog(items, { region: '聊城市', year: 2024, kind: 'gwr' }))).toEqual(['liaocheng-2024-gwr-excerpt']);
		// A province matches the reports of its regions.
		expect(ids(filterCatalog(items, { region: '山西省' }))).toEqual(['yuncheng-2024-gwr-excerpt']);
		// Words: all must match; width and case do not matter; speaker and notes count.
		expect(ids(filterCatalog(items, { q: '李长萍' }))).toEqual(['liaocheng-2020-gwr']);
		expect(ids(filterCatalog(items, { q: '聊城 ２０２４' }))).toEqual(['dongchangfu-2024-plan', 'liaocheng-2024-gwr-excerpt']);
		expect(ids(filterCatalog(items, { q: 'EXCERPT 运城' }))).toEqual(['yuncheng-2024-gwr-excerpt']);
		expect(filterCatalog(items, { q: '上海' })).toEqual([]);
	});

	it('offers the regions, years and kinds present', () => {
		const f = facets(items);
		expect(f.regions).toEqual([
			{ region: '聊城市', level: 'city', count: 3 },
			{ region: '运城市', level: 'city', count: 1 },
			{ region: '东昌府区', level: 'district', count: 1 }
		]);
		expect(f.years).toEqual([2024, 2023, 2020]);
		expect(f.kinds).toEqual(['gwr', 'plan']);
	});
});
