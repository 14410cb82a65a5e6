import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpec, parseSpec } from '../../src/cli/commands/specs';
import { DiskCache } from '../../src/cli/disk-cache';
import { cachedParse } from '../../src/cli/reports';
import { recordingIo, resultKey, ResultCache } from '../../src/cli/result-cache';
import { parseReport } from '../../src/lib/core/parse';

const root = new URL('../../', import.meta.url).pathname;
const report = (name: string) => join(root, 'reports', name);
const A = report('liaocheng-2024-gwr-excerpt.txt');
const B = report('yuncheng-2024-gwr-excerpt.txt');
const made: string[] = [];
const tmp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'duidu-result-'));
	made.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('cli result cache: keys', () => {
	it('the same files and options give the same key; a changed input, option, colour or code version does not', () => {
		const dir = tmp();
		const a = join(dir, 'a.txt');
		copyFileSync(A, a);
		const key = (args: string[], color = false, code = 'c1') => resultKey('diff', diffSpec, args, color, code);
		const base = key([a, B, '--json']);
		expect(base).toMatch(/^[0-9a-f]{40}$/);
		expect(key([a, B, '--json'])).toBe(base);
		// Options as parsed, not as typed: order does not matter.
		expect(key(['--json', a, B])).toBe(base);
		expect(key([a, B])).not.toBe(base);
		expect(key([a, B, '--json', '--exact-punct'])).not.toBe(base);
		expect(key([a, B, '--json', '--segmenter', 'intl'])).not.toBe(base);
		expect(key([B, a, '--json'])).not.toBe(base);
		expect(key([a, B, '--json'], true)).not.toBe(base);
		expect(key([a, B, '--json'], false, 'c2')).not.toBe(base);
		// The same command on another command's name is another result.
		expect(resultKey('parse', parseSpec, [a], false, 'c1')).not.toBe(resultKey('parse', parseSpec, [a, '--json'], false, 'c1'));
		// One character changed in A.
		writeFileSync(a, readFileSync(A, 'utf8').replace('聊城', '聊成'));
		expect(key([a, B, '--json'])).not.toBe(base);
		// The extension picks the decoder, so it is part of the key.
		const md = join(dir, 'a.md');
		copyFileSync(A, md);
		copyFileSync(A, a);
		expect(key([a, B, '--json'])).toBe(base);
		expect(key([md, B, '--json'])).not.toBe(base);
	});

	it('no key for a corpus id, a folder or wrong usage (the command reports those)', () => {
		expect(resultKey('diff', diffSpec, ['national-2024', B], false, 'c')).toBeNull();
		expect(resultKey('diff', diffSpec, [root, B], false, 'c')).toBeNull();
		expect(resultKey('diff', diffSpec, [A, B, '--jsn'], false, 'c')).toBeNull();
		expect(resultKey('diff', diffSpec, [A, B, '--section'], false, 'c')).toBeNull();
	});
});

describe('cli result cache: entries', () => {
	it('gives back the stored output byte for byte, with its exit code', () => {
		const cache = new ResultCache(new DiskCache(tmp(), 1 << 20));
		const out = readFileSync(A, 'utf8') + '\n';
		cache.set('k1', 0, out);
		const hit = cache.get('k1')!;
		expect(hit.exit).toBe(0);
		expect(hit.out.equals(Buffer.from(out, 'utf8'))).toBe(true);
		cache.set('k2', 1, '');
		expect(cache.get('k2')).toEqual({ exit: 1, out: Buffer.alloc(0) });
		expect(cache.get('none')).toBeNull();
	});

	it('ignores and drops a damaged entry: truncated, a byte changed, a bad header, empty', () => {
		const dir = tmp();
		const cache = new ResultCache(new DiskCache(dir, 1 << 20));
		const out = readFileSync(B, 'utf8');
		const good = () => {
			cache.set('k', 0, out);
			return readFileSync(join(dir, 'k'));
		};
		const whole = good();
		const damaged = [
			whole.subarray(0, whole.length - 7),
			Buffer.concat([whole.subarray(0, whole.length - 1), Buffer.from('x')]),
			Buffer.concat([Buffer.from('{"exit":0,'), whole.subarray(whole.indexOf(10))]),
			Buffer.alloc(0)
		];
		for (const bytes of damaged) {
			writeFileSync(join(dir, 'k'), bytes);
			expect(cache.get('k')).toBeNull();
			expect(readdirSync(dir)).toEqual([]);
			good();
			expect(cache.get('k')!.out.toString('utf8')).toBe(out);
		}
		// Whole, but no exit code on its first line.
		cache.store.setChecked('k', Buffer.from('x\nabc'));
		expect(cache.get('k')).toBeNull();
		expect(readdirSync(dir)).toEqual([]);
	});

	it('keeps what a run printed only when it wrote nothing on stderr and did not refuse', () => {
		const seen: string[] = [];
		const io = { out: (s: string) => seen.push(s), err: () => {}, color: false };
		const ok = recordingIo(io);
		ok.io.out('a');
		ok.io.out('b\n');
		expect(ok.stored()).toBe('a\nb\n');
		expect(seen).toEqual(['a', 'b\n']);
		const warned = recordingIo(io);
		warned.io.out('a');
		warned.io.err('careful');
		expect(warned.stored()).toBeNull();
		const refused = recordingIo(io);
		refused.io.out('a');
		refused.io.noStore!();
		expect(refused.stored()).toBeNull();
	});
});

describe('cli parse cache', () => {
	it('gives the same parse as parsing, from disk the second time; nothing is kept without a built code version', () => {
		const dir = tmp();
		const env = { DUIDU_CACHE: dir };
		for (const name of ['liaocheng-2020-gwr.txt', 'dongchangfu-2024-plan.txt', 'yuncheng-2024-gwr-excerpt.txt']) {
			const input = readFileSync(report(name), 'utf8');
			const fresh = parseReport(input);
			expect(cachedParse(input, 'c1', env)).toEqual(fresh);
			expect(cachedParse(input, 'c1', env)).toEqual(fresh);
		}
		expect(readdirSync(join(dir, 'parses'))).toHaveLength(3);
		// Another code version is another entry.
		cachedParse(readFileSync(A, 'utf8'), 'c2', env);
		expect(readdirSync(join(dir, 'parses'))).toHaveLength(4);
		const none = tmp();
		expect(cachedParse(readFileSync(A, 'utf8'), null, { DUIDU_CACHE: none })).toEqual(parseReport(readFileSync(A, 'utf8')));
		expect(readdirSync(none)).toEqual([]);
	});

	it('is served from the entry; a damaged entry, or one that does not fit the input, is parsed again and rewritten', () => {
		const dir = tmp();
		const env = { DUIDU_CACHE: dir };
		const input = readFileSync(B, 'utf8');
		const fresh = parseReport(input);
		cachedParse(input, 'c1', env);
		const [file] = readdirSync(join(dir, 'parses'));
		const store = new DiskCache(join(dir, 'parses'), 1 << 20);
		const whole = readFileSync(join(dir, 'parses', file));
		// A whole entry that fits the input is used as it is (here with another title).
		store.setChecked(file, Buffer.from(JSON.stringify({ ...fresh, meta: { ...fresh.meta, title: '另一个标题' } })));
		expect(cachedParse(input, 'c1', env).meta.title).toBe('另一个标题');
		// Whole, but its text no longer matches the input through its pieces.
		store.setChecked(file, Buffer.from(JSON.stringify({ ...fresh, text: fresh.text.replaceAll('运城', '运成') })));
		expect(cachedParse(input, 'c1', env)).toEqual(fresh);
		expect(readFileSync(join(dir, 'parses', file)).equals(whole)).toBe(true);
		// Damaged bytes.
		writeFileSync(join(dir, 'parses', file), Buffer.concat([whole.subarray(0, 200), Buffer.from('x'), whole.subarray(201)]));
		expect(cachedParse(input, 'c1', env)).toEqual(fresh);
		expect(readFileSync(join(dir, 'parses', file)).equals(whole)).toBe(true);
	});
});

describe('cli cache folders are bounded', () => {
	it('past its bound, the least recently used entries go, down to three quarters of it', () => {
		const dir = tmp();
		const store = new DiskCache(dir, 10_000);
		const kb = Buffer.alloc(1000, 'x');
		for (let i = 0; i < 9; i++) {
			store.set(`e${i}`, kb);
			// Distinct, increasing times (the file system's clock may be coarse).
			const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
			utimesSync(join(dir, `e${i}`), t, t);
		}
		expect(readdirSync(dir)).toHaveLength(9);
		// Reading e0 makes it the most recently used.
		expect(store.get('e0')).not.toBeNull();
		store.set('e9', kb);
		store.set('e10', kb);
		const left = readdirSync(dir).sort();
		const size = left.reduce((s, n) => s + statSync(join(dir, n)).size, 0);
		expect(size).toBeLessThanOrEqual(7_500);
		expect(left).toContain('e0');
		expect(left).toContain('e10');
		expect(left).not.toContain('e1');
		expect(left).not.toContain('e2');
	});
});

describe('cli result cache: whole processes through the built bundle', () => {
	let build: string;
	beforeAll(async () => {
		mkdirSync(join(root, 'build'), { recursive: true });
		// Inside the repository (build/ is ignored by git), so the bundle finds its packages in node_modules.
		build = mkdtempSync(join(root, 'build', 'test-cli-'));
		const { buildCli } = await import('../../scripts/build.js');
		await buildCli(build);
	}, 120_000);
	afterAll(() => rmSync(build, { recursive: true, force: true }));

	const run = (cache: string, args: string[], env: Record<string, string> = {}) => {
		const r = spawnSync(process.execPath, [join(build, 'main.js'), ...args], {
			cwd: root,
			encoding: 'buffer',
			env: { ...process.env, NO_COLOR: '1', DUIDU_CACHE: cache, ...env },
			maxBuffer: 64 << 20
		});
		return { status: r.status, out: r.stdout, err: r.stderr.toString('utf8') };
	};
	const entries = (cache: string) => readdirSync(join(cache, 'results'));

	it('a hit prints byte for byte what the command prints without a cache; a changed input or option misses', () => {
		expect(JSON.parse(readFileSync(join(build, 'version.json'), 'utf8')).code).toMatch(/^[0-9a-f]{32}$/);
		const cache = tmp();
		for (const args of [
			['diff', A, B, '--json'],
			['diff', A, B],
			['parse', A, '--json'],
			['parse', B]
		]) {
			const none = run('off', args);
			expect(none.status).toBe(0);
			const first = run(cache, args);
			const second = run(cache, args);
			expect(first.out.equals(none.out)).toBe(true);
			expect(second.out.equals(none.out)).toBe(true);
			expect(second.status).toBe(0);
		}
		// Four runs, four entries: --json and the text output are separate results.
		expect(entries(cache)).toHaveLength(4);

		// The second run is served from the entry: one rewritten (consistently) shows in the output.
		const own = tmp();
		run(own, ['parse', B]);
		const [file] = entries(own);
		new DiskCache(join(own, 'results'), 1 << 20).setChecked(file, Buffer.from('0\nserved from the cache\n'));
		expect(run(own, ['parse', B]).out.toString()).toBe('served from the cache\n');

		// A changed input misses, and is stored beside.
		const dir = tmp();
		const b2 = join(dir, 'b.txt');
		writeFileSync(b2, readFileSync(B, 'utf8').replaceAll('运城', '运成'));
		const changed = run(cache, ['diff', A, b2, '--json']);
		expect(changed.out.equals(run('off', ['diff', A, b2, '--json']).out)).toBe(true);
		expect(changed.out.equals(run(cache, ['diff', A, B, '--json']).out)).toBe(false);
		// A changed option misses.
		const punct = run(cache, ['diff', A, B, '--json', '--exact-punct']);
		expect(punct.out.equals(run('off', ['diff', A, B, '--json', '--exact-punct']).out)).toBe(true);
		expect(entries(cache)).toHaveLength(6);
	}, 120_000);

	it('a damaged entry is ignored and rewritten; errors are never stored', () => {
		const cache = tmp();
		const args = ['diff', A, B, '--json'];
		const want = run('off', args).out;
		run(cache, args);
		const [file] = entries(cache);
		const path = join(cache, 'results', file);
		const whole = readFileSync(path);
		writeFileSync(path, whole.subarray(0, whole.length >> 1));
		const again = run(cache, args);
		expect(again.status).toBe(0);
		expect(again.out.equals(want)).toBe(true);
		expect(readFileSync(path).equals(whole)).toBe(true);

		expect(run(cache, ['diff', A, join(root, 'no-such.txt')]).status).toBe(1);
		expect(run(cache, ['parse', A, '--jsn']).status).toBe(2);
		expect(entries(cache)).toEqual([file]);
	}, 120_000);

	it('DUIDU_CACHE_MAX_MB bounds the folders (results, parses): the newest result stays, older ones go', () => {
		const cache = tmp();
		// ~31 KB: room for one diff --json of these excerpts (~23 KB) or two parse --json (13 and 16 KB).
		const env = { DUIDU_CACHE_MAX_MB: '0.03' };
		const big = run(cache, ['diff', A, B, '--json'], env).out.length;
		expect(big).toBeGreaterThan(15_000);
		expect(big).toBeLessThan(31_000);
		run(cache, ['parse', A, '--json'], env);
		run(cache, ['parse', B, '--json'], env);
		const total = (sub: string) => readdirSync(join(cache, sub)).reduce((s, n) => s + statSync(join(cache, sub, n)).size, 0);
		expect(total('results')).toBeLessThanOrEqual(0.03 * 1024 * 1024);
		expect(total('parses')).toBeLessThanOrEqual(0.03 * 1024 * 1024);
		expect(entries(cache).length).toBeGreaterThanOrEqual(1);
	}, 120_000);
});
