/**
 * Every year's n-gram table built in the background after indexing (issues 11/16, B2b): on the
 * bundled reports (2020, 2023, 2024), the pass keeps a table for every year, equal to the one
 * counted from the texts; a first panel then reads it and builds none (seen through the index);
 * a second pass builds nothing; a changed report rebuilds only the tables that count it; a
 * request for a year being built waits for that build; stop() ends the pass; an index in memory
 * is skipped. The jobs run on this thread here (the pool's inline mode): the same jobs a worker runs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CorpusStore, getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import {
	keptSources,
	panelOrder,
	serveSources,
	storeCorpus,
	tableYears,
	yearFrequency,
	yearTableKept,
	type ReuseCorpus
} from '../../src/lib/server/reuse';
import { generationOf } from '../../src/lib/server/work';
import { WorkerPool } from '../../src/lib/server/work/pool';
import { YearTables } from '../../src/lib/server/work/year-tables';

const root = new URL('../..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-year-tables-'));
const reports = join(tmp, 'reports');
cpSync(join(root, 'reports'), reports, { recursive: true });
const env = { reports: process.env.DUIDU_REPORTS, db: process.env.DUIDU_DB };

beforeAll(() => {
	process.env.DUIDU_REPORTS = reports;
	process.env.DUIDU_DB = join(tmp, 'index.sqlite');
	resetCorpus();
});
afterAll(() => {
	for (const [k, v] of [
		['DUIDU_REPORTS', env.reports],
		['DUIDU_DB', env.db]
	] as const)
		if (v === undefined) delete process.env[k];
		else process.env[k] = v;
	resetCorpus();
	rmSync(tmp, { recursive: true, force: true });
});

/** The app's corpus as the jobs see it (they run here, on the shared corpus). */
const app = async () => (await getCorpus()).ready();
/** The pass on this thread; without the panels unless asked (the tests of the tables look at the tables alone). */
const inline = (panels = false) => new YearTables({ pool: () => new WorkerPool({ inline: true }), inline: true, panels });
/** The same store without the index's kept results: what the texts give. */
const plain = (v: ReuseCorpus): ReuseCorpus => ({ list: () => v.list(), input: (id) => v.input(id), parsed: (id) => v.parsed(id) });
const counts = (v: ReuseCorpus, year: number) => Buffer.from(yearFrequency(v, year).snapshot().counts.buffer);

describe('the background pass over the year tables', () => {
	it('keeps every year’s table, equal to the counts of the texts; a second pass builds none', async () => {
		const corpus = await app();
		const years = tableYears(storeCorpus(corpus));
		expect(years).toEqual([2024, 2023, 2020]);
		for (const y of years) expect(yearTableKept(storeCorpus(corpus), y)).toBe(false);

		const r = await inline().run(corpus, generationOf(corpus));
		expect(r.skipped).toBeUndefined();
		expect(r.built).toEqual(years);
		// Read back by a fresh store over the same index: the same counters as counted from the texts.
		const fresh = await new CorpusStore({ dirs: [reports], db: process.env.DUIDU_DB }).load();
		for (const y of years) {
			expect(yearTableKept(storeCorpus(fresh), y)).toBe(true);
			expect(counts(storeCorpus(fresh), y).equals(counts(plain(storeCorpus(fresh)), y))).toBe(true);
		}
		fresh.close();

		const again = await inline().run(corpus, generationOf(corpus));
		expect(again).toMatchObject({ years: 3, built: [] });
	});

	it('a first panel then reads its year’s table from the index and builds none', async () => {
		const corpus = await app();
		const id = corpus.list().find((e) => e.meta.region === '东昌府区' && e.meta.year === 2024)!.id;
		const fresh = await new CorpusStore({ dirs: [reports], db: process.env.DUIDU_DB }).load();
		const put = vi.spyOn(fresh.index, 'setDerived');
		const get = vi.spyOn(fresh.index, 'getDerived');
		const panel = serveSources(storeCorpus(fresh), id);
		expect(panel?.passages.length).toBeGreaterThan(0);
		expect(get.mock.calls.some(([kind]) => kind === 'reuse-year')).toBe(true);
		const kinds = put.mock.calls.map(([kind]) => kind);
		expect(kinds).toContain('reuse-sources');
		expect(kinds).not.toContain('reuse-year');
		// The same panel as computed from the texts alone.
		expect(serveSources(plain(storeCorpus(fresh)), id)).toEqual(panel);
		fresh.close();
	});

	it('a changed report rebuilds the tables that count it (its year; the next is absent), not the others', async () => {
		const file = join(reports, 'liaocheng-2024-gwr-excerpt.txt');
		writeFileSync(file, readFileSync(file, 'utf8') + '\n新增一段只此一处的文字，用来改变内容。\n');
		resetCorpus();
		const corpus = await app();
		expect(yearTableKept(storeCorpus(corpus), 2024)).toBe(false);
		expect(yearTableKept(storeCorpus(corpus), 2023)).toBe(true);
		const r = await inline().run(corpus, generationOf(corpus));
		expect(r.built).toEqual([2024]);
		expect(counts(storeCorpus(corpus), 2024).equals(counts(plain(storeCorpus(corpus)), 2024))).toBe(true);
	});

	it('a request for a year being built waits for that build, and the pass waits for a request’s build', async () => {
		const corpus = await app();
		const order: string[] = [];
		let finish!: () => void;
		let hold = true;
		// A pool whose year jobs end when the test says so.
		const pool = {
			threaded: true,
			run: async (job: string, args: { year: number }) => {
				if (job !== 'year-table') return null;
				order.push(`pass ${args.year} start`);
				if (args.year === 2024 && hold) await new Promise<void>((r) => (finish = r));
				order.push(`pass ${args.year} end`);
				return { year: args.year, outcome: 'kept', cpuMs: 0, wallMs: 0 };
			},
			close: async () => undefined
		} as unknown as WorkerPool;
		const yt = new YearTables({ pool: () => pool, inline: true, panels: false });
		const pass = yt.run(corpus, generationOf(corpus));
		await vi.waitFor(() => expect(order).toEqual(['pass 2024 start']));
		const request = yt.around(2024, async () => order.push('request 2024'));
		await new Promise((r) => setTimeout(r, 20));
		expect(order).toEqual(['pass 2024 start']);
		finish();
		await request;
		await pass;
		expect(order.indexOf('pass 2024 end')).toBeLessThan(order.indexOf('request 2024'));

		// The other way round: a request's job of 2023 in flight holds the pass's 2023.
		order.length = 0;
		let answer!: () => void;
		const held = yt.around(2023, () => new Promise<void>((r) => (answer = () => (order.push('request 2023 end'), r()))));
		hold = false;
		const second = yt.run(corpus, generationOf(corpus));
		await vi.waitFor(() => expect(order).toContain('pass 2024 end'));
		await new Promise((r) => setTimeout(r, 20));
		expect(order).not.toContain('pass 2023 start');
		answer();
		await held;
		await second;
		expect(order.indexOf('request 2023 end')).toBeLessThan(order.indexOf('pass 2023 start'));
	});

	it('in a worker thread of its own (the default), over a new index: every year kept', async () => {
		process.env.DUIDU_DB = join(tmp, 'threaded.sqlite');
		resetCorpus();
		try {
			const corpus = await app();
			const r = await new YearTables().run(corpus, generationOf(corpus));
			expect(r.skipped).toBeUndefined();
			expect(r.built).toEqual([2024, 2023, 2020]);
			expect(r.cpuMs).toBeGreaterThan(0);
			// Its worker at the lowest CPU priority (Linux: the thread's own nice), never this thread.
			expect(r.lowPriority).toBe(process.platform === 'linux');
			expect(os.getPriority()).not.toBe(19);
			// Then the panels in the same worker (the one bundled report with a report above it).
			expect(r.panels).toMatchObject({ looked: 1, built: 1 });
			for (const y of r.built) expect(yearTableKept(storeCorpus(corpus), y)).toBe(true);
		} finally {
			process.env.DUIDU_DB = join(tmp, 'index.sqlite');
			resetCorpus();
		}
	}, 60_000);

	it('stop() ends the pass before its next year; an index in memory is skipped', async () => {
		const corpus = await app();
		const yt = inline();
		const pass = yt.run(corpus, generationOf(corpus));
		await yt.stop();
		expect(await pass).toMatchObject({ stopped: true, built: [] });

		const memory = await new CorpusStore({ dirs: [reports], db: null }).load();
		expect(await inline().run(memory, generationOf(memory))).toMatchObject({ skipped: 'memory', years: 0 });
		memory.close();
	});
});

describe('then every report’s reused-wording panel (issue 11, B2)', () => {
	// A second district report, of 2023 (the bundled 东昌府区 2024 text, dated a year earlier), so two years have panels.
	const copy = join(reports, 'dongchangfu-2023-copy.txt');
	const db = join(tmp, 'panels.sqlite');
	/** Which panels a pass computed: the ids whose `reuse-sources` it wrote. */
	const written = (corpus: CorpusStore) => {
		const put = vi.spyOn(corpus.index, 'setDerived');
		return () => {
			const kinds = put.mock.calls.filter(([kind]) => kind === 'reuse-sources').length;
			put.mockRestore();
			return kinds;
		};
	};

	beforeAll(() => {
		writeFileSync(copy, readFileSync(join(reports, 'dongchangfu-2024-plan.txt'), 'utf8').replace('year: 2024', 'year: 2023'));
		process.env.DUIDU_DB = db;
		resetCorpus();
	});

	it('after the pass every panel is kept in the index, equal to the one computed from the texts; a second pass computes none', async () => {
		const corpus = await app();
		const ids = panelOrder(storeCorpus(corpus));
		// The reports with a report above them in their two years, latest year first: the two district reports.
		expect(ids).toEqual(['dongchangfu-2024-plan', 'dongchangfu-2023-copy']);
		const count = written(corpus);
		const r = await inline(true).run(corpus, generationOf(corpus));
		expect(r.panels).toMatchObject({ looked: 2, built: 2 });
		expect(count()).toBe(2);

		// A fresh store over the same index: every panel read back, none computed or written.
		const fresh = await new CorpusStore({ dirs: [reports], db }).load();
		const put = vi.spyOn(fresh.index, 'setDerived');
		const view = storeCorpus(fresh);
		for (const id of ids) {
			const kept = keptSources(view, id);
			expect(kept).toBeTruthy();
			expect(kept!.passages.length).toBeGreaterThan(0);
			expect(kept).toEqual(serveSources(plain(view), id));
		}
		expect(put).not.toHaveBeenCalled();
		fresh.close();

		const again = await inline(true).run(corpus, generationOf(corpus));
		expect(again.panels).toMatchObject({ looked: 2, built: 0 });
	});

	it('a changed report recomputes only its own panel and those whose year table counts it (its year’s and the next year’s)', async () => {
		// 聊城市 2020: no panel of 2020 or 2021 exists, so none is computed again.
		const old = join(reports, 'liaocheng-2020-gwr.txt');
		writeFileSync(old, readFileSync(old, 'utf8') + '\n新增一段只此一处的文字，用来改变内容。\n');
		resetCorpus();
		let corpus = await app();
		let count = written(corpus);
		let r = await inline(true).run(corpus, generationOf(corpus));
		expect(r.panels).toMatchObject({ looked: 2, built: 0 });
		expect(count()).toBe(0);

		// 聊城市 2024: the 2024 panel (its year) is computed again, the 2023 one is not.
		const late = join(reports, 'liaocheng-2024-gwr-excerpt.txt');
		writeFileSync(late, readFileSync(late, 'utf8') + '\n再加一段只此一处的文字。\n');
		resetCorpus();
		corpus = await app();
		const view = storeCorpus(corpus);
		count = written(corpus);
		r = await inline(true).run(corpus, generationOf(corpus));
		expect(r.panels).toMatchObject({ looked: 2, built: 1 });
		expect(count()).toBe(1);
		expect(keptSources(view, 'dongchangfu-2024-plan')).toEqual(serveSources(plain(view), 'dongchangfu-2024-plan'));

		// The 2023 district copy: its own panel only (district reports are counted in no year's table).
		writeFileSync(copy, readFileSync(copy, 'utf8') + '\n第三段只此一处的文字。\n');
		resetCorpus();
		corpus = await app();
		count = written(corpus);
		r = await inline(true).run(corpus, generationOf(corpus));
		expect(r.panels).toMatchObject({ looked: 2, built: 1 });
		expect(count()).toBe(1);

		// 聊城市 2023: the 2023 panel (its year) and the 2024 one (whose table counts 2023's reports).
		const mid = join(reports, 'liaocheng-2023-gwr-part2.txt');
		writeFileSync(mid, readFileSync(mid, 'utf8') + '\n第四段只此一处的文字。\n');
		resetCorpus();
		corpus = await app();
		count = written(corpus);
		r = await inline(true).run(corpus, generationOf(corpus));
		expect(r.panels).toMatchObject({ looked: 2, built: 2 });
		expect(count()).toBe(2);
	});

	it('a request for the report whose panel the pass computes waits for it, then reads it; stop() ends the pass between panels', async () => {
		const corpus = await app();
		const order: string[] = [];
		let finish!: () => void;
		const pool = {
			threaded: true,
			run: async (job: string, args: { id?: string; year?: number }) => {
				if (job === 'year-table') return { year: args.year, outcome: 'kept', cpuMs: 0, wallMs: 0 };
				if (job !== 'panel') return null;
				order.push(`pass ${args.id} start`);
				if (args.id === 'dongchangfu-2024-plan') await new Promise<void>((r) => (finish = r));
				order.push(`pass ${args.id} end`);
				return { id: args.id, outcome: 'built', cpuMs: 0, wallMs: 0 };
			},
			close: async () => undefined
		} as unknown as WorkerPool;
		const yt = new YearTables({ pool: () => pool, inline: true, panels: true });
		const pass = yt.run(corpus, generationOf(corpus));
		await vi.waitFor(() => expect(order).toEqual(['pass dongchangfu-2024-plan start']));
		const request = yt.around(2024, async () => order.push('request'), 'dongchangfu-2024-plan');
		await new Promise((r) => setTimeout(r, 20));
		expect(order).not.toContain('request');
		// Stopped while the first panel is in flight: the second never starts.
		const stopped = yt.stop();
		finish();
		await request;
		await stopped;
		expect(order.indexOf('pass dongchangfu-2024-plan end')).toBeLessThan(order.indexOf('request'));
		expect(order).not.toContain('pass dongchangfu-2023-copy start');
		expect(await pass).toMatchObject({ stopped: true });
	});
});
