/**
 * The reused-wording panel kept in the index (issues 11/16, B2): a year's n-gram table and a
 * report's sources are stored under the content hashes they came from and the reuse code's
 * version, so a fresh server reads them back instead of reading the year's reports. Kept results
 * must equal what is computed from the texts, and a changed report must not be served stale.
 * On the bundled reports: 东昌府区 2024 (a district) against its city 聊城市.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CorpusStore, getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import { reportPage } from '../../src/lib/server/pages/report';
import { REUSE_ROWS } from '../../src/lib/urls/report';
import type { ServedSources } from '../../src/lib/core/reuse/view';
import {
	keptSources,
	serveSources,
	sourcesForPage,
	sourcesOf,
	storeCorpus,
	yearFrequency,
	type ReuseCorpus
} from '../../src/lib/server/reuse';

const root = new URL('../..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-reuse-speed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const reports = join(tmp, 'reports');
cpSync(join(root, 'reports'), reports, { recursive: true });
const db = join(tmp, 'index.sqlite');
const open = () => new CorpusStore({ dirs: [reports], db }).load();
/** The same store without the index's kept results: how the panel was computed before (texts only). */
const plain = (v: ReuseCorpus): ReuseCorpus => ({ list: () => v.list(), input: (id) => v.input(id), parsed: (id) => v.parsed(id) });
const tableOf = (v: ReuseCorpus, year: number) => Buffer.from(yearFrequency(v, year).snapshot().counts.buffer);

describe('sources kept in the index', () => {
	it('a fresh store reads the panel and the year table back, equal to what the texts give, without reading the year’s reports', async () => {
		const first = await open();
		const id = first.list().find((e) => e.meta.region === '东昌府区' && e.meta.year === 2024)!.id;
		const computed = serveSources(storeCorpus(first), id);
		expect(computed?.passages.length).toBeGreaterThan(0);
		expect(computed?.shares.map((s) => s.region)).toContain('聊城市');
		const built = tableOf(storeCorpus(first), 2024);
		first.close();

		const second = await open();
		const read = vi.spyOn(second, 'input');
		const v = storeCorpus(second);
		expect(keptSources(v, id)).toEqual(computed);
		// A page asks: the answer is there at once (no promise), and no report text was read for it.
		expect(sourcesForPage(v, id)).toEqual(computed);
		expect(tableOf(v, 2024).equals(built)).toBe(true);
		expect(read).not.toHaveBeenCalled();
		// The same as before the index kept anything: computed from the texts alone (which reads them).
		expect(serveSources(plain(v), id)).toEqual(computed);
		expect(tableOf(plain(v), 2024).equals(built)).toBe(true);
		expect(read).toHaveBeenCalled();
		second.close();
	});

	it('a changed report is a new key: nothing stale is served', async () => {
		const before = await open();
		const id = before.list().find((e) => e.meta.region === '东昌府区' && e.meta.year === 2024)!.id;
		expect(keptSources(storeCorpus(before), id)).toBeDefined();
		before.close();
		// The city's 2024 report (a source and a member of the year table) changes.
		const file = join(reports, 'liaocheng-2024-gwr-excerpt.txt');
		writeFileSync(file, readFileSync(file, 'utf8') + '\n新增一段只此一处的文字，用来改变内容。\n');
		const after = await open();
		const v = storeCorpus(after);
		expect(keptSources(v, id)).toBeUndefined();
		const fresh = serveSources(v, id);
		expect(serveSources(plain(v), id)).toEqual(fresh);
		after.close();
	});
});

describe('a report with nothing above it', () => {
	it('has no panel, known without reading or building its year’s table', async () => {
		const store = await new CorpusStore({ dirs: [reports], db: join(tmp, 'above.sqlite') }).load();
		// 聊城市 2020: no province or national report of 2019–2020 among the bundled reports.
		const id = store.list().find((e) => e.meta.region === '聊城市' && e.meta.year === 2020)!.id;
		expect(sourcesOf(plain(storeCorpus(store)), id).sources).toEqual([]);
		const get = vi.spyOn(store.index, 'getDerived');
		const put = vi.spyOn(store.index, 'setDerived');
		const v = storeCorpus(store);
		expect(sourcesForPage(v, id)).toBeNull();
		expect(serveSources(v, id)).toBeNull();
		expect([...get.mock.calls, ...put.mock.calls].some(([kind]) => kind === 'reuse-year')).toBe(false);
		store.close();
	});
});

describe('the report page', () => {
	it('streams a panel it has not kept (computed by a job, not before the page), then gives it at once', async () => {
		const dir = join(tmp, 'page-reports');
		cpSync(join(root, 'reports'), dir, { recursive: true });
		const env = { reports: process.env.DUIDU_REPORTS, db: process.env.DUIDU_DB, workers: process.env.DUIDU_WORKERS };
		process.env.DUIDU_REPORTS = dir;
		process.env.DUIDU_DB = join(tmp, 'page.sqlite');
		// The job runs on this thread here (the pool's inline mode): the same job a worker thread runs.
		process.env.DUIDU_WORKERS = '0';
		try {
			resetCorpus();
			const corpus = await getCorpus();
			await corpus.ready();
			const id = corpus.list().find((e) => e.meta.region === '东昌府区' && e.meta.year === 2024)!.id;
			const first = await reportPage(id);
			expect(first.sources).toBeInstanceOf(Promise);
			const streamed = await first.sources;
			expect(streamed?.passages.length).toBeGreaterThan(0);
			// The page's panel leaves out what the page has already (issue 11, page size): a passage's text is
			// the report's text at its offsets; a source's text is sent for a lightly edited passage only.
			const full = serveSources(plain(storeCorpus(corpus)), id)!;
			expect({ ...streamed, passages: [] }).toEqual({ ...full, passages: [] });
			expect(streamed!.passages.map((p) => ({ ...p, text: first.report.text.slice(p.start, p.end) }))).toEqual(
				full.passages.map((p, i) => ({ ...p, sourceText: p.closeness === 'edited' && i < REUSE_ROWS ? p.sourceText : '' }))
			);
			// With ?reuse=all the panel lists every passage: each lightly edited one with its source's text.
			const all = (await reportPage(id, { allReused: true })).sources as ServedSources;
			expect(all.passages.map((p) => p.sourceText)).toEqual(full.passages.map((p) => (p.closeness === 'edited' ? p.sourceText : '')));
			expect(streamed!.passages.some((p) => p.closeness === 'edited' && p.sourceText.length > 0)).toBe(true);
			const again = await reportPage(id);
			expect(again.sources).not.toBeInstanceOf(Promise);
			expect(again.sources).toEqual(streamed);
			// The decoded input comes with the page only for the view of what cleaning removed.
			expect(first.input).toBeNull();
			expect((await reportPage(id, { removed: true })).input).toBe(corpus.input(id));
		} finally {
			for (const [k, v] of [
				['DUIDU_REPORTS', env.reports],
				['DUIDU_DB', env.db],
				['DUIDU_WORKERS', env.workers]
			] as const)
				if (v === undefined) delete process.env[k];
				else process.env[k] = v;
			resetCorpus();
		}
	});
});
