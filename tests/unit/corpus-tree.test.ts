/**
 * Real corpus trees (FOLDER/REGION/YEAR.md): metadata from the path, unique
 * and stable ids, every file a report or a listed problem, symbolic links
 * that dangle or loop, several corpus folders — on text from the bundled
 * reports laid out as the public collection lays them out.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';
import { pathMeta } from '../../src/lib/core/corpus/path';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-tree-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Body of a bundled report without its front matter (so the path must speak). */
function body(name: string): string {
	return readFileSync(join(reports, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

function put(root: string, rel: string, text: string) {
	mkdirSync(join(root, rel, '..'), { recursive: true });
	writeFileSync(join(root, rel), text);
}

describe('metadata from the path', () => {
	it('reads level, region and year from the reference layout', () => {
		expect(pathMeta(['政府工作报告-其他地市', '聊城市', '2023.md'])).toEqual({
			id: '聊城市-2023',
			meta: { year: 2023, region: '聊城市', level: 'city', province: '山东省' },
			hint: { year: 2023, region: '聊城市' }
		});
		expect(pathMeta(['政府工作报告-国务院', '1964-part.md'])).toEqual({
			id: '中华人民共和国-1964-part',
			meta: { year: 1964, partial: 'part', region: '中华人民共和国', level: 'national' },
			hint: { year: 1964, region: '中华人民共和国' }
		});
		expect(pathMeta(['政府工作报告-国务院', '1964-summary.md']).meta.partial).toBe('summary');
		// A municipality under 主要城市 is provincial-level.
		expect(pathMeta(['政府工作报告-主要城市', '北京市', '2024.md']).meta).toEqual({
			year: 2024,
			region: '北京市',
			level: 'provincial',
			province: '北京市'
		});
		expect(pathMeta(['政府工作报告-主要城市', '济南市', '2024.md']).meta.level).toBe('city');
		expect(pathMeta(['政府工作报告-省自治区', '山东省', '2024.md']).meta).toMatchObject({
			level: 'provincial',
			region: '山东省',
			province: '山东省'
		});
		expect(pathMeta(['政府工作报告-其他地市', '南昌市', '2021-10.md']).meta.year).toBe(2021);
		// national/ without its manifest: each file is named by its year.
		expect(pathMeta(['national', '1954.txt']).meta).toEqual({ year: 1954, region: '中华人民共和国', level: 'national' });
		// A flat folder keeps file-name ids and says nothing.
		expect(pathMeta(['liaocheng-2020-gwr.txt'])).toEqual({ id: 'liaocheng-2020-gwr', meta: {}, hint: { year: 2020 } });
		// One table for region names: a short folder name is canonical in the metadata, kept in the id.
		expect(pathMeta(['政府工作报告-其他地市', '聊城', '2023.md'])).toMatchObject({
			id: '聊城-2023',
			meta: { region: '聊城市', level: 'city' },
			hint: { region: '聊城市', year: 2023 }
		});
		expect(pathMeta(['政府工作报告-省自治区', '西藏', '2024.md']).meta).toMatchObject({
			region: '西藏自治区',
			level: 'provincial',
			province: '西藏自治区'
		});
	});
});

describe('a corpus tree', () => {
	const root = join(tmp, 'gov');
	put(root, '政府工作报告-国务院/2024.md', '---\ntitle: 政府工作报告\n---\n' + body('liaocheng-2020-gwr.txt'));
	put(root, '政府工作报告-国务院/1964-part.md', body('liaocheng-2024-gwr-excerpt.txt'));
	put(root, '政府工作报告-其他地市/聊城市/2023.md', body('liaocheng-2023-gwr-part2.txt'));
	put(root, '政府工作报告-其他地市/聊城市/2024.md', body('liaocheng-2024-gwr-excerpt.txt'));
	put(root, '政府工作报告-主要城市/北京市/2024.md', body('yuncheng-2024-gwr-excerpt.txt'));
	put(root, '政府工作报告-其他地市/运城市/notes.pdfx', 'x');
	put(root, 'national/2024.txt', body('liaocheng-2020-gwr.txt') + '\n');

	it('gives every file an id, its metadata, or a listed problem', async () => {
		const store = await new CorpusStore({ dirs: [root], db: null }).load();
		const ids = store
			.list()
			.map((e) => e.id)
			.sort();
		expect(ids).toEqual([
			'中华人民共和国-1964-part',
			'中华人民共和国-2024',
			'中华人民共和国-2024-2',
			'北京市-2024',
			'聊城市-2023',
			'聊城市-2024'
		]);
		expect(store.get('聊城市-2023')!.meta).toMatchObject({ region: '聊城市', level: 'city', year: 2023 });
		expect(store.get('北京市-2024')!.meta).toMatchObject({ region: '北京市', level: 'provincial', year: 2024 });
		expect(store.get('中华人民共和国-1964-part')!.meta).toMatchObject({ level: 'national', year: 1964, partial: 'part' });
		// The clash is resolved deterministically (sorted paths: the later one gets -2) and reported.
		expect(store.get('中华人民共和国-2024-2')!.path).toBe('政府工作报告-国务院/2024.md');
		const codes = store.problems.map((p) => [p.code, p.file]);
		expect(codes).toContainEqual(['id-clash', '政府工作报告-国务院/2024.md']);
		expect(codes).toContainEqual(['not-a-report', '政府工作报告-其他地市/运城市/notes.pdfx']);
		// Ids are stable: a second load gives the same.
		const again = await new CorpusStore({ dirs: [root], db: null }).load();
		expect(
			again
				.list()
				.map((e) => e.id)
				.sort()
		).toEqual(ids);
	});

	it('reads a flat national/ folder without its manifest: file-name ids, national, the year from the name', async () => {
		const dir = join(tmp, 'national');
		// (A text without a dated session line: one with such a line is listed under that line's year.)
		put(dir, '2024.txt', body('liaocheng-2024-gwr-excerpt.txt').replace('全市', '全国'));
		put(dir, '1964-part.txt', body('liaocheng-2024-gwr-excerpt.txt'));
		const store = await new CorpusStore({ dirs: [dir], db: null }).load();
		expect(store.get('2024')!.meta).toMatchObject({ region: '中华人民共和国', level: 'national', year: 2024 });
		expect(store.get('1964-part')!.meta).toMatchObject({ level: 'national', year: 1964, partial: 'part' });
	});

	it("never serves another file's text under an address, with several corpus folders", async () => {
		const a = join(tmp, 'a');
		const b = join(tmp, 'b');
		put(a, '政府工作报告-其他地市/聊城市/2024.md', body('liaocheng-2024-gwr-excerpt.txt'));
		put(b, '政府工作报告-其他地市/聊城市/2024.md', body('yuncheng-2024-gwr-excerpt.txt'));
		const store = await new CorpusStore({ dirs: [a, b], cacheDir: join(tmp, 'ab-cache') }).load();
		const [first, second] = [store.get('聊城市-2024')!, store.get('聊城市-2024-2')!];
		expect(first.file).toBe(join(a, '政府工作报告-其他地市/聊城市/2024.md'));
		expect(second.file).toBe(join(b, '政府工作报告-其他地市/聊城市/2024.md'));
		expect(store.input(first.id)).toBe(readFileSync(first.file, 'utf8'));
		expect(store.input(second.id)).toBe(readFileSync(second.file, 'utf8'));
		expect(store.parsed(second.id)!.text).toContain('运城');
		expect(store.parsed(first.id)!.text).not.toContain('运城');
	});

	it('lists a dangling link and a link loop, never throws, and recovers when they go', async () => {
		const dir = join(tmp, 'links');
		put(dir, '政府工作报告-其他地市/聊城市/2024.md', body('liaocheng-2024-gwr-excerpt.txt'));
		symlinkSync(join(dir, 'nowhere.md'), join(dir, '政府工作报告-其他地市/聊城市/2023.md'));
		symlinkSync(dir, join(dir, '政府工作报告-其他地市/loop'));
		const store = await new CorpusStore({ dirs: [dir], db: null }).load();
		expect(store.list().map((e) => e.id)).toEqual(['聊城市-2024']);
		expect(store.problems.map((p) => p.code).sort()).toEqual(['dangling-link', 'link-loop']);
		unlinkSync(join(dir, '政府工作报告-其他地市/聊城市/2023.md'));
		unlinkSync(join(dir, '政府工作报告-其他地市/loop'));
		await store.load();
		expect(store.problems).toEqual([]);
		expect(store.list().map((e) => e.id)).toEqual(['聊城市-2024']);
	});
});

describe('the index', () => {
	it('re-indexes a changed file alone, and forgets a removed one', async () => {
		const dir = join(tmp, 'changing');
		cpSync(reports, dir, { recursive: true });
		const db = join(tmp, 'changing.sqlite');
		const first = await new CorpusStore({ dirs: [dir], db }).load();
		expect(first.progress.total).toBe(5);
		first.close();
		writeFileSync(
			join(dir, 'liaocheng-2020-gwr.txt'),
			readFileSync(join(dir, 'liaocheng-2020-gwr.txt'), 'utf8') + '\n城市更新行动全面推进。\n'
		);
		unlinkSync(join(dir, 'yuncheng-2024-gwr-excerpt.txt'));
		const second = await new CorpusStore({ dirs: [dir], db }).load();
		expect(second.progress.total).toBe(1);
		expect(second.list().length).toBe(4);
		expect(second.parsed('liaocheng-2020-gwr')!.text).toContain('城市更新行动全面推进');
		expect(second.index.paragraphsWith('城市更新行动全面推进', 5).length).toBe(1);
		expect(second.index.paragraphsWith('运城', 5)).toEqual([]);
		second.close();
	});

	it('a warm start serves the last catalog at once, then picks up a changed file and drops a removed one', async () => {
		const dir = join(tmp, 'warm');
		cpSync(reports, dir, { recursive: true });
		const db = join(tmp, 'warm.sqlite');
		const first = await new CorpusStore({ dirs: [dir], db }).load();
		expect(first.list().length).toBe(5);
		first.close();
		writeFileSync(
			join(dir, 'liaocheng-2020-gwr.txt'),
			readFileSync(join(dir, 'liaocheng-2020-gwr.txt'), 'utf8') + '\n老旧小区改造三百个。\n'
		);
		unlinkSync(join(dir, 'yuncheng-2024-gwr-excerpt.txt'));
		// Served from the index before the tree is walked: the catalog as it was.
		const second = await new CorpusStore({ dirs: [dir], db }).load({ background: 60_000 });
		expect(second.progress.running).toBe(true);
		expect(second.list().map((e) => e.id)).toContain('yuncheng-2024-gwr-excerpt');
		expect(second.parsed('liaocheng-2020-gwr')!.text).not.toContain('老旧小区改造三百个');
		// Reconciled behind it: the changed file alone re-indexed, the removed one gone (its text too).
		await second.ready();
		expect(second.progress).toMatchObject({ running: false, total: 1, done: 1 });
		expect(
			second
				.list()
				.map((e) => e.id)
				.sort()
		).toEqual(['dongchangfu-2024-plan', 'liaocheng-2020-gwr', 'liaocheng-2023-gwr-part2', 'liaocheng-2024-gwr-excerpt']);
		expect(second.get('yuncheng-2024-gwr-excerpt')).toBeUndefined();
		expect(second.parsed('liaocheng-2020-gwr')!.text).toContain('老旧小区改造三百个');
		expect(second.index.paragraphsWith('老旧小区改造三百个', 5).length).toBe(1);
		expect(second.index.paragraphsWith('运城', 5)).toEqual([]);
		second.close();
		// The next start serves the reconciled catalog.
		const third = await new CorpusStore({ dirs: [dir], db }).load({ background: 60_000 });
		expect(third.list().length).toBe(4);
		await third.ready();
		expect(third.progress.total).toBe(0);
		third.close();
	});

	it('flags two reports of one region and year instead of merging them', async () => {
		const root = join(tmp, 'dups');
		put(root, '政府工作报告-其他地市/聊城市/2020.md', body('liaocheng-2020-gwr.txt'));
		put(root, 'extra/聊城市-2020-second.md', readFileSync(join(reports, 'liaocheng-2020-gwr.txt'), 'utf8').replace('今年', '今年，'));
		const store = await new CorpusStore({ dirs: [root], cacheDir: null }).load();
		expect(store.list().length).toBe(2);
		const [a, b] = store.list().map((e) => e.id);
		expect(store.duplicates).toEqual([{ region: '聊城市', year: 2020, kind: 'gwr', ids: expect.arrayContaining([a, b]) }]);
		expect(store.duplicatesOf(a)).toEqual([b]);
		expect(store.duplicatesOf(b)).toEqual([a]);
		store.close();
	});

	it("lists a report under its own session's year, not its path's, with a notice — and flags the year it then shares", async () => {
		// The collection files 四川省's reports of 2007–2020 under the year they review, with
		// front matter titled so: 2019.md and 2020.md both hold the report delivered on 2020-05-09.
		const root = join(tmp, 'own-year');
		const sichuan = (labelled: number) =>
			[
				'---',
				`title: ${labelled}年四川省人民政府工作报告`,
				'---',
				'',
				'**政府工作报告**',
				'',
				'——2020年5月9日在四川省第十三届人民代表大会第三次会议上',
				'',
				'各位代表：',
				'',
				'现在，我代表省人民政府，向大会报告工作，请予审议。',
				'',
				'一、2019年工作回顾',
				'',
				'全省地区生产总值增长7.5%。'
			].join('\n');
		put(root, '政府工作报告-省自治区/四川省/2019.md', sichuan(2019));
		put(root, '政府工作报告-省自治区/四川省/2020.md', sichuan(2020));
		const store = await new CorpusStore({ dirs: [root], cacheDir: null }).load();
		const byPath = new Map(store.list().map((e) => [e.path, e]));
		const older = byPath.get('政府工作报告-省自治区/四川省/2019.md')!;
		// The id stays the path's (stable links); the year is the report's own.
		expect(older.id).toBe('四川省-2019');
		expect(older.meta).toMatchObject({ year: 2020, date: '2020-05-09', region: '四川省' });
		expect(older.pathYear).toBe(2019);
		expect(byPath.get('政府工作报告-省自治区/四川省/2020.md')!.pathYear).toBeUndefined();
		expect(store.problems).toEqual([
			expect.objectContaining({
				file: '政府工作报告-省自治区/四川省/2019.md',
				code: 'year-from-text',
				year: 2020,
				pathYear: 2019,
				date: '2020-05-09'
			})
		]);
		expect(store.duplicates).toEqual([{ region: '四川省', year: 2020, kind: 'gwr', ids: ['四川省-2019', '四川省-2020'] }]);
		store.close();
	});

	it('lists a report that opens on a review of its path’s year under the next year, saying why (四川省/2004.md)', async () => {
		// No session line: the collection's title (2004年…) names the year the report reviews; its targets are 2005's.
		const root = join(tmp, 'review-year');
		const body = (title: string, review: string) =>
			['---', `title: ${title}`, '---', '', '各位代表：', '', `**${review}**`, '', '全省生产总值增长12.7%。'].join('\n');
		put(root, '政府工作报告-省自治区/四川省/2004.md', body('2004年四川省人民政府工作报告', '2004年工作回顾'));
		put(root, '政府工作报告-省自治区/四川省/2005.md', body('2005年四川省人民政府工作报告', '一、“十五”工作回顾'));
		const store = await new CorpusStore({ dirs: [root], cacheDir: null }).load();
		const byPath = new Map(store.list().map((e) => [e.path, e]));
		expect(byPath.get('政府工作报告-省自治区/四川省/2004.md')!.meta).toMatchObject({ year: 2005, reviews: 2004 });
		expect(byPath.get('政府工作报告-省自治区/四川省/2005.md')!.meta).toMatchObject({ year: 2006, reviews: 2005 });
		expect([...store.problems].sort((a, b) => a.file.localeCompare(b.file))).toEqual([
			expect.objectContaining({
				file: '政府工作报告-省自治区/四川省/2004.md',
				code: 'year-from-text',
				year: 2005,
				pathYear: 2004,
				reviews: 2004
			}),
			expect.objectContaining({
				file: '政府工作报告-省自治区/四川省/2005.md',
				code: 'year-from-text',
				year: 2006,
				pathYear: 2005,
				reviews: 2005
			})
		]);
		expect(store.duplicates).toEqual([]);
		store.close();
	});

	it('rebuilds an index that is not a database', async () => {
		const db = join(tmp, 'corrupt.sqlite');
		writeFileSync(db, 'this is not a database, just bytes '.repeat(200));
		const store = await new CorpusStore({ dirs: [reports], db }).load();
		expect(store.notices).toEqual(['rebuilt']);
		expect(store.list().length).toBe(5);
		expect(store.parsed('liaocheng-2020-gwr')!.sections.length).toBeGreaterThan(0);
		store.close();
		const again = await new CorpusStore({ dirs: [reports], db }).load();
		expect(again.notices).toEqual([]);
		expect(again.progress.total).toBe(0);
		again.close();
	});

	it('works, with a notice, where the index cannot be written', async () => {
		const blocker = join(tmp, 'not-a-dir');
		writeFileSync(blocker, '');
		const store = await new CorpusStore({ dirs: [reports], cacheDir: join(blocker, 'cache') }).load();
		expect(store.notices).toEqual(['read-only']);
		expect(store.list().length).toBe(5);
		expect(store.parsed('liaocheng-2020-gwr')!.text.length).toBeGreaterThan(1000);
	});

	it('treats a cached entry of the wrong shape (null, {}) as a miss', async () => {
		const db = join(tmp, 'shape.sqlite');
		const store = await new CorpusStore({ dirs: [reports], db, codeVersion: () => 'v' }).load();
		const hash = store.get('liaocheng-2020-gwr')!.hash;
		for (const bad of ['null', '{}', '[1,2', '"text"']) {
			store.index.setDerived('parse', 'v', hash, bad);
			const fresh = await new CorpusStore({ dirs: [reports], db, codeVersion: () => 'v' }).load();
			expect(fresh.parsed('liaocheng-2020-gwr')!.sections.length).toBeGreaterThan(0);
			fresh.close();
		}
		store.index.setDerived('topics', 'x:v', hash, 'null');
		const fresh = await new CorpusStore({ dirs: [reports], db, codeVersion: () => 'v' }).load();
		expect(fresh.derived('liaocheng-2020-gwr', 'topics', 'x', () => ({ ok: true }))).toEqual({ ok: true });
		fresh.close();
		store.close();
	});
});
