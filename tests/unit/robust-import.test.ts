/**
 * Careless use of the import, from the API and the CLI (issue 13): bad
 * metadata is refused with 400, a target that is a file is one file's
 * refusal (the batch goes on), and temp files orphaned by `kill -9` are
 * cleaned at start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStaleTemps } from '../../src/lib/server/import/pipeline';
import { importCommand } from '../../src/cli/commands/import';
import type { Io } from '../../src/cli/io';
import { fixtures, listing, removeDir, tempDir } from './import-helpers';

let dir: string;
let POST: (e: unknown) => Promise<Response>;
beforeAll(async () => {
	dir = tempDir();
	process.env.DUIDU_REPORTS = dir;
	process.env.DUIDU_CACHE = 'off';
	POST = (await import('../../src/routes/import/api/+server')).POST as never;
});
afterAll(() => removeDir(dir));

function call(meta: string | null, action = 'save') {
	const url = new URL('http://localhost/import/api');
	url.searchParams.set('name', 'yuncheng.gbk.txt');
	url.searchParams.set('action', action);
	if (meta !== null) url.searchParams.set('meta', meta);
	const body = readFileSync(join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt'));
	const request = new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream', host: 'localhost' } });
	return POST({ request, url } as never);
}

describe('the import API refuses metadata that is not an object of fields', () => {
	for (const meta of ['null', '[]', '["region"]', '"运城市"', '42', 'true', '{"region":{"x":1}}', '{"year":[2024]}']) {
		it(`meta=${meta} → 400, nothing written`, async () => {
			const res = await call(meta);
			expect(res.status).toBe(400);
			const body = await res.json();
			expect(body.ok).toBe(false);
			expect(body.message).toMatch(/metadata/);
			expect(listing(dir)).toEqual([]);
		});
	}

	it('meta that is not JSON → 400; a proper object still previews', async () => {
		expect((await call('{region')).status).toBe(400);
		const res = await call('{"region":"运城市","year":"2024"}', 'preview');
		expect(res.status).toBe(200);
		expect((await res.json()).ok).toBe(true);
	});
});

describe('import --into', () => {
	function io() {
		const out: string[] = [];
		const err: string[] = [];
		const sink: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s), color: false };
		return { sink, out, err };
	}

	it('a file as the target: each file is refused with the reason, no stack trace, the batch goes on', async () => {
		const target = join(dir, 'not-a-folder.txt');
		writeFileSync(target, 'x');
		const { sink, out, err } = io();
		const files = [join(fixtures, 'liaocheng-gwr-2023.docx'), join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt')];
		const code = await importCommand.run([...files, '--into', target], sink);
		expect(code).toBe(1);
		expect(err.filter((l) => /cannot import into .*not-a-folder\.txt: it is a file, not a folder/.test(l))).toHaveLength(2);
		expect(err.join('\n')).not.toMatch(/\n\s+at /);
		expect(out.join('\n')).toMatch(/0 imported, 2 refused/);
		expect(readFileSync(target, 'utf8')).toBe('x');
	});

	it('a folder inside a file (unusable path): refused per file as well', async () => {
		const { sink, err } = io();
		const code = await importCommand.run(
			[join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt'), '--into', join(dir, 'not-a-folder.txt', 'sub')],
			sink
		);
		expect(code).toBe(1);
		expect(err.join('\n')).toMatch(/refused .*yuncheng-2024-gwr-excerpt\.gbk\.txt: cannot import into/);
	});
});

describe('temp files orphaned by kill -9', () => {
	it('are removed at start when their process is gone or they are over an hour old; live ones stay', () => {
		const d = join(dir, 'temps');
		mkdirSync(d);
		const dead = `.运城市-2024-gwr.999999999.0a1b2c3d.tmp`;
		const mine = `.运城市-2024-gwr.${process.pid}.deadbeef.tmp`;
		const old = `.liaocheng.${process.pid}.01234567.tmp`;
		for (const n of [dead, mine, old, '.hidden', 'report.txt']) writeFileSync(join(d, n), 'x');
		const hourAgo = (Date.now() - 2 * 3600_000) / 1000;
		utimesSync(join(d, old), hourAgo, hourAgo);
		expect(cleanStaleTemps(d).sort()).toEqual([dead, old].sort());
		expect(listing(d)).toEqual([mine, '.hidden', 'report.txt'].sort());
		expect(cleanStaleTemps(join(d, 'missing'))).toEqual([]);
	});
});
