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
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Data tables (src/lib/core/data/*.json) as `JSON.parse('…')` rather than
 * object literals: V8 reads JSON several times faster than the same data as
 * JavaScript, and a command parses them at every start.
 */
const jsonAsParse = {
	name: 'json-as-parse',
	setup(build) {
		build.onLoad({ filter: /\.json$/ }, async (args) => {
			const { readFile } = await import('node:fs/promises');
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
	}
};

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
	plugins: [jsonAsParse]
};

/** build/cli/: main.js and a chunk per command (a command loads only what it needs). */
export async function buildCli() {
	const { build } = await import('esbuild');
	// Built beside and swapped in, so a command running meanwhile never loads half a bundle.
	const out = join(root, 'build', 'cli');
	const tmp = `${out}.${process.pid}.tmp`;
	await build({ ...common, entryPoints: [join(root, 'src', 'cli', 'main.ts')], outdir: tmp, splitting: true });
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
