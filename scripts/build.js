#!/usr/bin/env node
/**
 * `npm run build`: the app (vite build into build/), then the two plain
 * JavaScript bundles that run without TypeScript tooling, so a production
 * install (`npm ci --omit=dev`: no vite, esbuild or tsx) runs both:
 *
 * - build/cli/main.js: the command line (`duidu`, bin/duidu.js);
 * - build/work/worker.js: the worker threads of the server's pool
 *   (src/lib/server/work), found by scripts/start.js.
 *
 * vite empties build/ first, so the bundles come after it.
 * `node scripts/build.js --bundles` builds only the two bundles.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Data tables (src/lib/core/data/*.json) as `JSON.parse('…')` rather than
 * object literals: V8 reads JSON several times faster than the same data as
 * JavaScript, and a command parses them at every start.
 *
 * A data table of at least this many bytes (the segmenter's lexicon, 1.6 MB;
 * the lint's word frequencies, 0.6 MB) is not put in the bundle at all: it
 * is written beside the bundle (besideFiles) and read with `readFileSync`
 * when its module loads. As a string literal in a chunk, V8 has to scan and
 * keep 2 MB of source and Node's compile cache a 2.6 MB entry for it at every
 * start; read as a file, the lexicon loads in about half the CPU time
 * (docs/cli.md, start-up). Output and behaviour are the same: the same data.
 */
const BESIDE_BYTES = 256 * 1024;
/** A top-level string of at least this many characters in such a table (the lexicon's trie strings) is a file of its own. */
const RAW_STRING = 64 * 1024;

/**
 * The files a large table becomes beside the bundle: the table as JSON with
 * each long top-level string left as `null`, and each such string as a raw
 * file read back with `readFileSync(file, encoding)` — `latin1` when every
 * UTF-16 unit is below 256 (a one-byte string), else `utf16le` (every unit
 * as it is, lone surrogates included). Reading them takes about half the
 * main-thread time of `JSON.parse` over the whole table (the lexicon: 4.4
 * against 9.7 ms); the strings come back unit for unit.
 */
export function besideFiles(path, data) {
	const base = basename(path, '.json');
	const table = { ...data };
	const strings = [];
	if (data && typeof data === 'object' && !Array.isArray(data))
		for (const [key, v] of Object.entries(data)) {
			if (typeof v !== 'string' || v.length < RAW_STRING || !/^[\w-]+$/.test(key)) continue;
			let narrow = true;
			for (let i = 0; i < v.length && narrow; i++) narrow = v.charCodeAt(i) < 256;
			const encoding = narrow ? 'latin1' : 'utf16le';
			strings.push({ key, encoding, name: `${base}.${key}.${encoding}`, bytes: Buffer.from(v, encoding) });
			table[key] = null;
		}
	return [{ name: basename(path), bytes: Buffer.from(JSON.stringify(table)) }, ...strings];
}

/** `beside`: large tables go beside the bundle (the CLI); else every table is inlined (the worker, one file). */
const jsonAsParse = ({ beside: large = false } = {}) => ({
	name: 'json-as-parse',
	setup(build) {
		const beside = new Map();
		build.onLoad({ filter: /\.json$/ }, async (args) => {
			const { readFile } = await import('node:fs/promises');
			if (large && statSync(args.path).size >= BESIDE_BYTES) {
				const files = besideFiles(args.path, JSON.parse(await readFile(args.path, 'utf8')));
				beside.set(args.path, files);
				const url = (name) => `new URL(${JSON.stringify(`./${name}`)}, import.meta.url)`;
				const [table, ...strings] = files;
				// Default export only: the module's top-level keys are not importable by name from such a table.
				return {
					contents: [
						`import { readFileSync } from 'node:fs';`,
						`const data = JSON.parse(readFileSync(${url(table.name)}, 'utf8'));`,
						...strings.map((f) => `data[${JSON.stringify(f.key)}] = readFileSync(${url(f.name)}, ${JSON.stringify(f.encoding)});`),
						'export default data;'
					].join('\n'),
					loader: 'js'
				};
			}
			const data = JSON.parse(await readFile(args.path, 'utf8'));
			// Top-level keys stay importable by name, as with esbuild's own JSON loader.
			const keys =
				data && typeof data === 'object' && !Array.isArray(data)
					? Object.keys(data).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default')
					: [];
			const named = keys.length ? `export const { ${keys.join(', ')} } = data;` : '';
			return {
				contents: `const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\nexport default data;\n${named}`,
				loader: 'js'
			};
		});
		build.onEnd((result) => {
			if (result.errors.length) return;
			const out = build.initialOptions.outdir ?? dirname(build.initialOptions.outfile);
			const names = new Set();
			for (const files of beside.values())
				for (const f of files) {
					if (names.has(f.name)) throw new Error(`json-as-parse: two data files named ${f.name}`);
					names.add(f.name);
					mkdirSync(out, { recursive: true });
					writeFileSync(join(out, f.name), f.bytes);
				}
		});
	}
});

// Whitespace and syntax minified (less to parse at start-up); names kept, so stack traces still read.
const common = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	packages: 'external',
	logLevel: 'warning',
	logOverride: { 'tsconfig.json': 'silent' },
	absWorkingDir: root,
	minifyWhitespace: true,
	minifySyntax: true,
	plugins: [jsonAsParse()]
};

/**
 * The version of the built CLI code, kept in build/cli/version.json: a hash
 * of the bundle's files and of the version of every package it imports
 * (external to the bundle). The CLI's result cache (src/cli/result-cache.ts)
 * keys finished outputs by it, so a rebuilt CLI or an upgraded package never
 * reads a result the old code made.
 */
function codeVersion(dir, metafile) {
	const h = createHash('sha256');
	for (const name of readdirSync(dir).sort())
		h.update(name)
			.update('\0')
			.update(readFileSync(join(dir, name)))
			.update('\0');
	const packages = new Set();
	for (const out of Object.values(metafile.outputs))
		for (const i of out.imports)
			if (i.external && !i.path.startsWith('node:'))
				packages.add(
					i.path
						.split('/')
						.slice(0, i.path.startsWith('@') ? 2 : 1)
						.join('/')
				);
	for (const name of [...packages].sort()) {
		let version = 'missing';
		try {
			version = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
		} catch {
			// Not installed: the bundle cannot use it either.
		}
		h.update(`${name}@${version}\0`);
	}
	return h.digest('hex').slice(0, 32);
}

/**
 * Node's built-in modules, imported by a chunk as `import{a as b}from"node:fs"`,
 * taken instead with `process.getBuiltinModule` (Node ≥ 22.3; the bundle runs
 * on the project's Node 24): an ESM import of a built-in makes Node build an
 * ES module facade over it, ~8 ms of a command's start-up for the six
 * built-ins a `diff` loads (docs/cli.md, start-up). The bindings are the same
 * objects: the facade's exports are the built-in's own properties. Only
 * esbuild's named-import form is rewritten; anything else is left as an import.
 */
export function builtinsWithoutFacade(code) {
	return code.replace(/\bimport\{([\w$\s,]+)\}from"(node:[\w/]+)";?/g, (_m, names, id) => {
		const props = names
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean)
			.map((n) => {
				const [name, local] = n.split(/\s+as\s+/);
				return local && local !== name ? `${name}:${local}` : name;
			});
		return `const{${props.join(',')}}=process.getBuiltinModule(${JSON.stringify(id)});`;
	});
}

/** build/cli/ (or `out`): main.js, a chunk per command (a command loads only what it needs) and version.json. */
export async function buildCli(out = join(root, 'build', 'cli')) {
	const { build } = await import('esbuild');
	// Built beside and swapped in, so a command running meanwhile never loads half a bundle.
	const tmp = `${out}.${process.pid}.tmp`;
	const { metafile } = await build({
		...common,
		entryPoints: [join(root, 'src', 'cli', 'main.ts')],
		outdir: tmp,
		splitting: true,
		metafile: true,
		plugins: [jsonAsParse({ beside: true })]
	});
	for (const name of readdirSync(tmp))
		if (name.endsWith('.js')) writeFileSync(join(tmp, name), builtinsWithoutFacade(readFileSync(join(tmp, name), 'utf8')));
	writeFileSync(join(tmp, 'version.json'), JSON.stringify({ code: codeVersion(tmp, metafile) }) + '\n');
	rmSync(out, { recursive: true, force: true });
	renameSync(tmp, out);
}

/** build/work/worker.js: the worker thread's code, one file. */
export async function buildWorker() {
	const { build } = await import('esbuild');
	const out = join(root, 'build', 'work', 'worker.js');
	mkdirSync(join(root, 'build', 'work'), { recursive: true });
	const tmp = `${out}.${process.pid}.tmp`;
	await build({ ...common, entryPoints: [join(root, 'src', 'lib', 'server', 'work', 'worker.ts')], outfile: tmp });
	renameSync(tmp, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	if (!process.argv.includes('--bundles')) {
		const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
	await Promise.all([buildCli(), buildWorker()]);
	console.log('duidu: built build/cli/main.js (the duidu command) and build/work/worker.js (the worker threads)');
}
