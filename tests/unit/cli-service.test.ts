import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/cli/commands/diff';
import type { Io } from '../../src/cli/io';
import { flatSegments, type DiffResult } from '../../src/lib/core/diff/index';
import { CorpusStore } from '../../src/lib/server/corpus';
import { serveDiff } from '../../src/lib/server/diff';

const root = new URL('../../', import.meta.url).pathname;
const cache = mkdtempSync(join(tmpdir(), 'duidu-cli-service-'));
const saved = { reports: process.env.DUIDU_REPORTS, cache: process.env.DUIDU_CACHE };

beforeAll(() => {
	process.env.DUIDU_REPORTS = join(root, 'reports');
	process.env.DUIDU_CACHE = cache;
});
afterAll(() => {
	for (const [k, v] of [
		['DUIDU_REPORTS', saved.reports],
		['DUIDU_CACHE', saved.cache]
	] as const) {
		if (v === undefined) delete process.env[k];
		else process.env[k] = v;
	}
});

async function cliJson(args: string[]) {
	let out = '';
	const io: Io = { out: (s) => (out += s), err: () => {}, color: false };
	expect(await diff.run(args, io)).toBe(0);
	return JSON.parse(out);
}

describe('cli diff = the app’s diff service', () => {
	it.each([
		['liaocheng-2023-gwr-part2', 'liaocheng-2024-gwr-excerpt'],
		['liaocheng-2020-gwr', 'yuncheng-2024-gwr-excerpt']
	])('%s → %s: the same segments and statistics, run twice', async (a, b) => {
		const store = await new CorpusStore({ dirs: [join(root, 'reports')], cacheDir: null }).load();
		const served = serveDiff(store, { a, b });
		if ('error' in served) throw new Error(served.error);
		const view = served.view;
		const expected = flatSegments(
			{ a: { segments: view.a.segments }, b: { segments: view.b.segments } } as DiffResult,
			view.a.text,
			view.b.text
		);

		const cold = await cliJson([a, b, '--json']);
		const warm = await cliJson([a, b, '--json']);
		for (const got of [cold, warm]) {
			expect(got.stats).toEqual(view.stats);
			expect(got.a).toEqual(expected.a);
			expect(got.b).toEqual(expected.b);
		}
		expect(cold.a.map((s: { text: string }) => s.text).join('')).toBe(view.a.text);
		store.close();
	});
});
