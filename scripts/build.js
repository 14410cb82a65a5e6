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

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: root };

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
