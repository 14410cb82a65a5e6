/**
 * The worker pool (issue 13): heavy work runs on worker threads, so the
 * request thread stays free; a job that is too slow or crashes its worker
 * fails with a clear error and the pool goes on; a full queue says busy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerPool, WorkError } from '../../src/lib/server/work/pool';
import { ImportRefusal } from '../../src/lib/server/import/refusal';
import { codeVersions } from '../../src/lib/server/store/code-version';
import { fixtures, removeDir, tempDir } from './import-helpers';

const pools: WorkerPool[] = [];
const caught = (x: unknown) => x as Error & { code: string };
const make = (o: ConstructorParameters<typeof WorkerPool>[0]) => {
	const p = new WorkerPool(o);
	pools.push(p);
	return p;
};
afterAll(async () => {
	await Promise.all(pools.map((p) => p.close()));
});

/** The worst lateness of a 10 ms timer while `work` runs: how long the request thread was blocked. */
async function worstLag(work: Promise<unknown>): Promise<number> {
	let worst = 0;
	let done = false;
	void work.finally(() => (done = true));
	while (!done) {
		const t = performance.now();
		await new Promise((r) => setTimeout(r, 10));
		worst = Math.max(worst, performance.now() - t - 10);
	}
	return worst;
}

describe('the worker pool', () => {
	it('runs jobs on worker threads; the request thread stays free while four busy jobs run', async () => {
		const pool = make({ size: 2 });
		await pool.warm();
		expect(pool.threaded).toBe(true);
		expect(await pool.run('echo', { a: [1, '二'] })).toEqual({ a: [1, '二'] });
		const four = Promise.all([1, 2, 3, 4].map(() => pool.run<number>('spin', 600)));
		const lag = await worstLag(four);
		expect((await four).every((n) => n > 0)).toBe(true);
		// Four 600 ms busy loops on the request thread would block it for 2.4 s.
		expect(lag).toBeLessThan(500);
	}, 60_000);

	it('a job over its time limit fails as too slow; the next job runs on a fresh worker', async () => {
		const pool = make({ size: 1, timeoutMs: 300 });
		const e = await pool.run<never>('spin', 5000).catch(caught);
		expect(e).toBeInstanceOf(WorkError);
		expect(e.code).toBe('too-slow');
		expect(await pool.run('echo', 'next')).toBe('next');
		expect(pool.stats.replaced).toBe(1);
	}, 60_000);

	it('a worker that dies fails its job with a clear error, not the server', async () => {
		const pool = make({ size: 1 });
		const e = await pool.run<never>('exit', null).catch(caught);
		expect(e).toBeInstanceOf(WorkError);
		expect(e.code).toBe('crashed');
		expect(await pool.run('echo', 1)).toBe(1);
	}, 60_000);

	it('a full queue answers busy at once', async () => {
		const pool = make({ size: 1, maxQueue: 1 });
		await pool.warm();
		const a = pool.run('spin', 300);
		const b = pool.run('spin', 10);
		const c = await pool.run<never>('echo', 1).catch(caught);
		expect(c).toBeInstanceOf(WorkError);
		expect(c.code).toBe('busy');
		await Promise.all([a, b]);
	}, 60_000);

	it('an import preview on a worker: the candidate comes back, a refusal keeps its code', async () => {
		const dir = tempDir();
		try {
			const pool = make({ size: 1 });
			const bytes = new Uint8Array(readFileSync(join(fixtures, 'liaocheng-gwr-2023.docx')));
			const r = await pool.run<{ candidate: { id: string; excerpt: string; stats: { sections: number } } }>('import', {
				action: 'preview',
				bytes,
				name: 'liaocheng-gwr-2023.docx',
				dir,
				maxBytes: 1e7
			});
			expect(r.candidate.id).toBe('聊城市-2023-gwr');
			expect(r.candidate.stats.sections).toBeGreaterThan(3);
			const e = await pool
				.run<never>('import', { action: 'preview', bytes: new Uint8Array(0), name: 'e.txt', dir, maxBytes: 1e7 })
				.catch(caught);
			expect(e).toBeInstanceOf(ImportRefusal);
			expect(e.code).toBe('empty');
		} finally {
			removeDir(dir);
		}
	}, 60_000);

	it('a worker derives under the code versions of the process that started it, not its own reading of the sources', async () => {
		const pool = make({ size: 1 });
		const got = await pool.run<{ versions: Record<string, string>; inherited: boolean }>('code-versions', null);
		expect(got.inherited).toBe(true);
		expect(got.versions).toEqual(codeVersions());
	}, 60_000);

	it('inline (DUIDU_WORKERS=0) runs the same jobs on this thread', async () => {
		const pool = make({ size: 0 });
		expect(await pool.run('echo', 'x')).toBe('x');
		expect(pool.threaded).toBe(false);
	});
});
