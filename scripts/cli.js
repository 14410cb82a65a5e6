#!/usr/bin/env node
/**
 * `npm run cli -- …`: the command line, bundled once into build/cli/ by
 * esbuild (rebuilt whenever a source file is newer) so that each run starts
 * in plain Node without compiling TypeScript: a `diff` is dominated by the
 * work, not by start-up.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'build', 'cli');
const entry = join(outdir, 'main.js');

function newest(dir) {
	let t = 0;
	for (const name of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, name.name);
		t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

const stale = () => {
	const built = statSync(entry).mtimeMs;
	return newest(join(root, 'src', 'cli')) > built || newest(join(root, 'src', 'lib')) > built || statSync(join(root, 'package.json')).mtimeMs > built;
};

if (!existsSync(entry) || stale()) {
	const { build } = await import('esbuild');
	await build({
		entryPoints: [join(root, 'src', 'cli', 'main.ts')],
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		// Packages stay in node_modules (jieba's wasm, mammoth, unpdf load from there).
		packages: 'external',
		logLevel: 'warning'
	});
}

await import(pathToFileURL(entry).href);
