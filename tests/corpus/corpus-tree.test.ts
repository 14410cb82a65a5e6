/**
 * The public collection's tree (../shared/corpus/gov, ~2,900 reports) read as
 * a corpus: no id collisions, every file a report or a listed problem,
 * region/level/year as the path says them, the national series complete —
 * and search answers from the index. The index is kept in the system's temp
 * folder between runs (the first run indexes the whole tree: minutes).
 */
import Database from 'better-sqlite3';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';
import { searchCorpus } from '../../src/lib/server/search';
import { readSearchQuery } from '../../src/lib/urls/search';
import {
	catalogView,
	facetCounts,
	filterCatalog,
	orderCatalog,
	pageOf,
	pageOfOrdered,
	rankedRegionOrder,
	type LibraryQuery
} from '../../src/lib/core/corpus/catalog';
import { SHARED } from './shared';

const GOV = join(SHARED, 'corpus', 'gov');
const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市'];

function walk(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** The index, kept between runs (DUIDU_CORPUS_TEST_DB names another: several checkouts share /tmp). */
const DB = process.env.DUIDU_CORPUS_TEST_DB ?? join(tmpdir(), 'duidu-corpus-test-gov.sqlite');
const files = walk(GOV).map((f) => relative(GOV, f));
let store: CorpusStore;

beforeAll(async () => {
	store = await new CorpusStore({ dirs: [GOV], db: DB }).load();
}, 1_200_000);

describe('the public collection as a corpus', () => {
	it('every file is a report or a listed problem; no id collides', () => {
		const reported = new Set(store.list().map((e) => e.path));
		const problems = new Set(store.problems.map((p) => p.file));
		for (const f of files) expect(reported.has(f) || problems.has(f), f).toBe(true);
		expect(store.problems.filter((p) => p.code === 'id-clash')).toEqual([]);
		const ids = store.list().map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		// An id clash and a year from the report's own session line are listed reports too.
		const listed = new Set(['id-clash', 'year-from-text']);
		expect(store.list().length).toBe(files.length - store.problems.filter((p) => !listed.has(p.code)).length);
	});

	it('region, level and year are what the path says — the year unless the report’s own session line dates it otherwise', () => {
		const wrong: string[] = [];
		const ownYear: string[] = [];
		for (const e of store.list()) {
			const [folder, ...rest] = e.path.split('/');
			const year = Number(/^(\d{4})/.exec(rest[rest.length - 1])![1]);
			let want: { region: string; level: string };
			if (folder.includes('国务院')) want = { region: '中华人民共和国', level: 'national' };
			else if (folder.includes('省自治区')) want = { region: rest[0], level: 'provincial' };
			else want = { region: rest[0], level: MUNICIPALITIES.includes(rest[0]) ? 'provincial' : 'city' };
			if (e.pathYear !== undefined) {
				ownYear.push(`${e.path} ${e.meta.year}`);
				if (e.pathYear !== year) wrong.push(`${e.path}: path year ${e.pathYear}`);
			}
			if (e.meta.region !== want.region || e.meta.level !== want.level || (e.pathYear ?? e.meta.year) !== year)
				wrong.push(`${e.path}: ${e.meta.region} ${e.meta.level} ${e.meta.year}`);
		}
		expect(wrong).toEqual([]);
		// Each read (docs/parser.md): filed under the year they review, or under another year than their own. 四川省 2003–2019:
		// dated by their session lines, and 2003–2005, 2008 and 2013 (no session line) by their review headings
		// (2004年工作回顾, “十五”工作回顾: meta.ts reviewedYear).
		const sichuan = [2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].map(
			(y) => `政府工作报告-省自治区/四川省/${y}.md ${y + 1}`
		);
		expect(ownYear.sort()).toEqual(
			[
				...sichuan,
				'政府工作报告-主要城市/兰州市/2021.md 2022',
				'政府工作报告-主要城市/西宁市/2016-11.md 2017',
				'政府工作报告-其他地市/邢台市/2014.md 2012',
				'政府工作报告-其他地市/清远市/2015.md 2014',
				'政府工作报告-其他地市/潮州市/2015.md 2014',
				'政府工作报告-其他地市/牡丹江市/2016.md 2015'
			].sort()
		);
		expect(store.problems.filter((p) => p.code === 'year-from-text').length).toBe(ownYear.length);
	});

	it('the national series is complete, partial texts marked', () => {
		const national = files.filter((f) => f.startsWith('政府工作报告-国务院/'));
		const series = store.list().filter((e) => e.meta.level === 'national');
		expect(series.length).toBe(national.length);
		expect(new Set(series.map((e) => e.meta.year))).toEqual(new Set(national.map((f) => Number(/(\d{4})/.exec(f)![1]))));
		expect(store.get('中华人民共和国-1964-part')!.meta).toMatchObject({ year: 1964, partial: 'part' });
		expect(store.get('中华人民共和国-1964-summary')!.meta).toMatchObject({ year: 1964, partial: 'summary' });
		expect(store.get('中华人民共和国-2024')!.meta.partial).toBeUndefined();
	});

	it('a city knows its province; a municipality is provincial', () => {
		expect(store.get('聊城市-2023')!.meta).toMatchObject({ region: '聊城市', province: '山东省', level: 'city', year: 2023 });
		expect(store.get('北京市-2024')!.meta).toMatchObject({ level: 'provincial', province: '北京市' });
		const cities = store.list().filter((e) => e.meta.level === 'city');
		expect(cities.filter((e) => !e.meta.province).map((e) => e.path)).toEqual([]);
	});

	it('search finds a term from the national report down to cities, with passages that hold it', () => {
		const r = searchCorpus(store, readSearchQuery(new URLSearchParams('q=新质生产力')));
		const national = r.byRegion.find((x) => x.region === '中华人民共和国')!;
		expect(national.first).toBe(2024);
		expect(r.byYear.filter((y) => y.using > 0 && y.year < 2023)).toEqual([]);
		for (const g of r.groups) {
			const text = store.parsed(g.id)!.text;
			for (const h of g.lines) expect(text.slice(h.start, h.end)).toBe('新质生产力');
		}
	});

	it('the full-text index in two shards finds exactly what a scan of every paragraph finds', () => {
		// The reference: every stored paragraph read (SQL instr; a term of three or more characters case-folded, as the trigram index folds).
		const db = new Database(DB, { readonly: true });
		try {
			const hashOf = new Map(db.prepare('SELECT id, hash FROM texts').raw().all() as [number, string][]);
			const odd = [...hashOf.keys()].filter((id) => id % 2 === 1).length;
			expect(odd).toBeGreaterThan(1000);
			for (const term of ['新质生产力', '城市更新', '高质量发展', '低空经济', 'GDP', '改革', '5G', '碳', '的']) {
				const fold = [...term].length >= 3;
				const rows = db
					.prepare(`SELECT rowid, text FROM paras WHERE ${fold ? 'instr(lower(text), lower(?))' : 'instr(text, ?)'} > 0 ORDER BY rowid`)
					.raw()
					.all(term) as [number, string][];
				const texts = new Map<string, number>();
				const counts = new Map<string, number>();
				for (const [rowid, text] of rows) {
					const h = hashOf.get(Math.floor(rowid / 2 ** 24))!;
					texts.set(h, (texts.get(h) ?? 0) + 1);
					const n = text.split(term).length - 1;
					if (n) counts.set(h, (counts.get(h) ?? 0) + n);
				}
				expect(store.index.textsWith(term), term).toEqual(texts);
				expect(new Map([...store.index.termCounts(term)].filter(([, n]) => n > 0)), term).toEqual(counts);
				const hits = store.index.paragraphsWith(term, 500);
				expect(
					hits.map((r) => r.text),
					term
				).toEqual(rows.slice(0, 500).map((r) => r[1]));
			}
		} finally {
			db.close();
		}
	});

	it('library facets counted in one pass equal a recount, and paging covers each report once', () => {
		const items = store.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
		const order = rankedRegionOrder(items);
		const queries: LibraryQuery[] = [
			{},
			{ level: 'national' },
			{ province: '山东省', level: 'city' },
			{ year: 2024 },
			{ region: '聊城市' },
			{ kind: 'gwr', year: 2010 },
			{ q: '山东 2020' }
		];
		for (const query of queries) {
			const view = catalogView(items, query, order);
			expect(view.facets, JSON.stringify(query)).toEqual({
				levels: facetCounts(filterCatalog(items, { ...query, level: undefined })).levels,
				provinces: facetCounts(filterCatalog(items, { ...query, province: undefined, region: undefined })).provinces,
				regions: facetCounts(filterCatalog(items, { ...query, region: undefined })).regions,
				years: facetCounts(filterCatalog(items, { ...query, year: undefined })).years,
				kinds: facetCounts(filterCatalog(items, { ...query, kind: undefined })).kinds
			});
			const ordered = orderCatalog(view.shown, order);
			const shown = filterCatalog(items, query);
			const pages = pageOfOrdered(ordered, 1, 60, order).pages;
			const seen: string[] = [];
			for (let p = 1; p <= pages; p++) {
				const page = pageOfOrdered(ordered, p, 60, order);
				if (p <= 3 || p === pages) expect(page).toEqual(pageOf(shown, p));
				seen.push(...page.groups.flatMap((g) => g.years.flatMap((y) => y.items.map((i) => i.id))));
			}
			expect(seen.length).toBe(shown.length);
			expect(new Set(seen).size).toBe(shown.length);
		}
	});
});
