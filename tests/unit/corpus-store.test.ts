import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('CorpusStore', () => {
	it('lists the bundled reports with their front-matter metadata', async () => {
		const store = await new CorpusStore({ dirs: [reports], cacheDir: null }).load();
		const ids = store.list().map((e) => e.id);
		expect(ids.sort()).toEqual([
			'dongchangfu-2024-plan',
			'liaocheng-2020-gwr',
			'liaocheng-2023-gwr-part2',
			'liaocheng-2024-gwr-excerpt',
			'yuncheng-2024-gwr-excerpt'
		]);
		const e = store.get('dongchangfu-2024-plan')!;
		expect(e.meta).toMatchObject({ region: '东昌府区', level: 'district', year: 2024, kind: 'plan', province: '山东省' });
		expect(store.problems).toEqual([]);
	});

	it('caches parse results by content hash: a restart over an unchanged corpus parses nothing', async () => {
		const cacheDir = join(tmp, 'cache');
		const first = await new CorpusStore({ dirs: [reports], cacheDir }).load();
		for (const e of first.list()) first.parsed(e.id);
		expect(first.cache.hits).toBe(0);
		const second = await new CorpusStore({ dirs: [reports], cacheDir }).load();
		for (const e of second.list()) expect(second.parsed(e.id)!.sections.length).toBeGreaterThan(0);
		expect(second.cache.hits).toBe(5);
		expect(second.cache.misses).toBe(0);
		// One index file (and its write-ahead log), nothing else.
		expect(readdirSync(cacheDir).filter((f) => !f.startsWith('index.sqlite'))).toEqual([]);
	});

	it('re-parses a report whose text changed', async () => {
		const dir = join(tmp, 'changing');
		mkdirSync(dir);
		const cacheDir = join(tmp, 'cache2');
		writeFileSync(join(dir, 'r.txt'), '一、总体情况\n今年经济平稳。\n');
		const a = await new CorpusStore({ dirs: [dir], cacheDir }).load();
		expect(a.parsed('r')!.text).toContain('今年经济平稳');
		writeFileSync(join(dir, 'r.txt'), '一、总体情况\n今年经济回升向好。\n');
		const b = await new CorpusStore({ dirs: [dir], cacheDir }).load();
		expect(b.parsed('r')!.text).toContain('回升向好');
	});

	it('resolves only ids from its own index: paths and encoded paths read nothing', async () => {
		const store = await new CorpusStore({ dirs: [reports], cacheDir: null }).load();
		for (const bad of [
			'../package',
			'..%2Fpackage',
			'/etc/passwd',
			'%2Fetc%2Fpasswd',
			'reports/liaocheng-2020-gwr',
			'..',
			'.',
			'',
			'liaocheng-2020-gwr.txt/..',
			'C:\\windows'
		]) {
			expect(store.get(bad)).toBeUndefined();
			expect(store.parsed(bad)).toBeUndefined();
			expect(store.input(bad)).toBeUndefined();
		}
	});

	it('lists unreadable files as problems instead of dropping them silently', async () => {
		const dir = join(tmp, 'bad');
		mkdirSync(dir);
		writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7]));
		const store = await new CorpusStore({ dirs: [dir], cacheDir: null }).load();
		expect(store.list()).toEqual([]);
		expect(store.problems[0].error).toMatch(/not valid UTF-8/);
	});
});
