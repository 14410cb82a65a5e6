/**
 * The CLI bundle as `npm run build` writes it (scripts/build.js buildCli) and
 * the bin that starts it (bin/duidu.js): what start-up depends on
 * (docs/cli.md, start-up) without changing any output.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const A = 'reports/liaocheng-2020-gwr.txt';
const B = 'reports/liaocheng-2023-gwr-part2.txt';

describe('cli bundle', () => {
	let build: string;
	beforeAll(async () => {
		mkdirSync(join(root, 'build'), { recursive: true });
		// Inside the repository (build/ is ignored by git), so the bundle finds its packages in node_modules.
		build = mkdtempSync(join(root, 'build', 'test-cli-bundle-'));
		const { buildCli } = await import('../../scripts/build.js');
		await buildCli(build);
	}, 120_000);
	afterAll(() => rmSync(build, { recursive: true, force: true }));

	const run = (args: string[], env: Record<string, string> = {}) =>
		spawnSync(process.execPath, [join(build, 'main.js'), ...args], {
			cwd: root,
			encoding: 'buffer',
			env: { ...process.env, NO_COLOR: '1', DUIDU_CACHE: 'off', ...env },
			maxBuffer: 64 << 20
		});
	const fromSources = (args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
			cwd: root,
			encoding: 'buffer',
			env: { ...process.env, NO_COLOR: '1', DUIDU_CACHE: 'off' },
			maxBuffer: 64 << 20
		});

	it('keeps the large data tables beside the chunks, their long strings as raw files, the same data; no chunk holds them', () => {
		const source = (name: string) => JSON.parse(readFileSync(join(root, 'src', 'lib', 'core', 'data', name), 'utf8'));
		// The lexicon: a small JSON and its three trie strings, read back as the module reads them.
		const lexicon = JSON.parse(readFileSync(join(build, 'lexicon.json'), 'utf8'));
		const raw = readdirSync(build).filter((f) => f.startsWith('lexicon.') && f !== 'lexicon.json');
		expect(raw.sort()).toEqual(['lexicon.labels.utf16le', 'lexicon.starts.latin1', 'lexicon.values.latin1']);
		for (const f of raw) {
			const [, key, encoding] = f.split('.');
			expect(lexicon[key]).toBeNull();
			lexicon[key] = readFileSync(join(build, f), encoding as BufferEncoding);
		}
		const want = source('lexicon.json');
		expect(Object.keys(lexicon)).toEqual(Object.keys(want));
		expect(lexicon).toEqual(want);
		// Every other table beside the chunks (today the align vectors) is a data file of the core, read back the same way.
		const beside = readdirSync(build);
		const tables = beside.filter((f) => f.endsWith('.json') && f !== 'version.json' && f !== 'lexicon.json');
		for (const name of tables) {
			const table = JSON.parse(readFileSync(join(build, name), 'utf8'));
			const stem = name.slice(0, -'.json'.length);
			for (const f of beside.filter((b) => b.startsWith(stem + '.') && b !== name)) {
				const [key, encoding] = f.slice(stem.length + 1).split('.');
				table[key] = readFileSync(join(build, f), encoding as BufferEncoding);
			}
			expect(table).toEqual(source(name));
		}
		const accounted = beside.filter(
			(f) => f.endsWith('.js') || f === 'version.json' || [...tables, 'lexicon.json'].some((t) => f.startsWith(t.slice(0, -4)))
		);
		expect(beside.filter((f) => !accounted.includes(f))).toEqual([]);

		const chunks = readdirSync(build).filter((f) => f.endsWith('.js'));
		expect(chunks.length).toBeGreaterThan(5);
		for (const f of chunks) {
			// The largest chunk was the lexicon's (2 MB); what is left is code.
			expect(statSync(join(build, f)).size).toBeLessThan(256 * 1024);
			expect(readFileSync(join(build, f), 'utf8')).not.toContain(want._comment.slice(0, 40));
		}
	});

	it('besideFiles: strings come back unit for unit, lone surrogates and all', async () => {
		const { besideFiles } = await import('../../scripts/build.js');
		const wide = '中\ud800x\udfff'.repeat(20_000);
		const narrow = 'AB+/é'.repeat(20_000);
		const [table, ...strings] = besideFiles('/x/t.json', { a: 1, wide, short: 'short', narrow });
		expect(JSON.parse(table.bytes.toString('utf8'))).toEqual({ a: 1, wide: null, short: 'short', narrow: null });
		expect(strings.map((f) => [f.name, f.encoding])).toEqual([
			['t.wide.utf16le', 'utf16le'],
			['t.narrow.latin1', 'latin1']
		]);
		expect(strings[0].bytes.toString('utf16le') === wide).toBe(true);
		expect(strings[1].bytes.toString('latin1') === narrow).toBe(true);
	});

	it('takes built-ins with process.getBuiltinModule: no chunk imports one (no ES module facade at start-up)', async () => {
		const { builtinsWithoutFacade } = await import('../../scripts/build.js');
		expect(builtinsWithoutFacade('import{readFileSync as r,statSync}from"node:fs";import{x}from"./chunk-A.js";f();')).toBe(
			'const{readFileSync:r,statSync}=process.getBuiltinModule("node:fs");import{x}from"./chunk-A.js";f();'
		);
		expect(builtinsWithoutFacade('import{ join }from"node:path"')).toBe('const{join}=process.getBuiltinModule("node:path");');
		for (const f of readdirSync(build).filter((f) => f.endsWith('.js')))
			expect(readFileSync(join(build, f), 'utf8')).not.toMatch(/from\s*"node:/);
	});

	it('the bundle prints byte for byte what the sources print: diff (the segmenter reads the lexicon file), lint (word frequencies), parse', () => {
		for (const args of [
			['diff', A, B, '--json'],
			['diff', A, B, '--phrases'],
			['lint', A, '--json'],
			['parse', A, '--json']
		]) {
			const built = run(args);
			const src = fromSources(args);
			expect(built.stderr.toString('utf8')).toBe('');
			expect(built.status).toBe(src.status);
			expect(built.stdout.length).toBeGreaterThan(100);
			expect(built.stdout.equals(src.stdout)).toBe(true);
		}
	}, 120_000);

	it('a missing data file is an error that names it, not a wrong result', () => {
		const copy = mkdtempSync(join(root, 'build', 'test-cli-bundle-copy-'));
		try {
			for (const f of readdirSync(build)) if (f !== 'lexicon.labels.utf16le') copyFileSync(join(build, f), join(copy, f));
			const r = spawnSync(process.execPath, [join(copy, 'main.js'), 'diff', A, B], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, DUIDU_CACHE: 'off' }
			});
			expect(r.status).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain('lexicon.labels.utf16le');
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});

describe('the duidu bin', () => {
	const first = readFileSync(join(root, 'bin', 'duidu.js'), 'utf8').split('\n')[0];

	it('starts Node through env -S with V8 flags this Node accepts', () => {
		const m = /^#!\/usr\/bin\/env -S node((?: --[a-z-]+=\d+)*)$/.exec(first);
		expect(m).not.toBeNull();
		const flags = m![1].trim().split(' ');
		expect(flags).toEqual(['--min-semi-space-size=32', '--max-semi-space-size=32']);
		const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write(JSON.stringify(process.execArgv))'], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(expect.arrayContaining(flags));
	});

	it('loads node:child_process only to run itself again under an older Node', () => {
		const src = readFileSync(join(root, 'scripts', 'lib', 'project-node.js'), 'utf8');
		expect(src).not.toMatch(/^import .*node:child_process/m);
	});
});
