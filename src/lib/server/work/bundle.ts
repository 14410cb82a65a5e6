/**
 * The worker threads run plain JavaScript: worker.ts and everything it
 * imports, bundled by esbuild into `build/work/worker.js` (packages stay in
 * node_modules). `npm run build` (scripts/build.js) ships it prebuilt and
 * `npm start` names it in DUIDU_WORKER_BUNDLE, so the built app needs no
 * esbuild at run time (a production install has none). Under `vite dev` and
 * the tests it is built here on demand when a source under src/lib is newer,
 * written to a temp name and renamed, so two processes building at once
 * never load half a file; without esbuild, an existing bundle is used as
 * it is.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = join('src', 'lib', 'server', 'work', 'worker.ts');

/** The project's root: `DUIDU_ROOT`, else the first folder up from here or the working directory that holds the worker's source. */
export function projectRoot(): string | null {
	const starts = [process.env.DUIDU_ROOT, dirname(fileURLToPath(import.meta.url)), process.cwd()].filter((s): s is string => !!s);
	for (const start of starts) {
		let dir = resolve(start);
		for (;;) {
			if (existsSync(join(dir, ENTRY)) && existsSync(join(dir, 'package.json'))) return dir;
			const up = dirname(dir);
			if (up === dir) break;
			dir = up;
		}
	}
	return null;
}

function newest(dir: string): number {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

/** Path of an up-to-date worker bundle, building it if needed; null if there is no way to (no sources, no esbuild). */
export async function workerBundle(): Promise<string | null> {
	const root = projectRoot();
	const fromEnv = process.env.DUIDU_WORKER_BUNDLE;
	// Worker threads take an absolute path (or one starting with ./): a relative name is read from the working directory.
	if (fromEnv && existsSync(fromEnv)) return resolve(fromEnv);
	if (!root) return null;
	const out = join(root, 'build', 'work', 'worker.js');
	const fresh =
		existsSync(out) && statSync(out).mtimeMs >= Math.max(newest(join(root, 'src', 'lib')), statSync(join(root, 'package.json')).mtimeMs);
	if (fresh) return out;
	try {
		const esbuild = await import('esbuild');
		const r = await esbuild.build({
			entryPoints: [join(root, ENTRY)],
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			packages: 'external',
			write: false,
			logLevel: 'silent',
			absWorkingDir: root
		});
		// esbuild keeps a service process until told to stop.
		await esbuild.stop?.();
		mkdirSync(dirname(out), { recursive: true });
		const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
		writeFileSync(tmp, r.outputFiles[0].contents);
		renameSync(tmp, out);
		return out;
	} catch (e) {
		if (existsSync(out)) return out;
		console.warn(`duidu: cannot build the worker bundle (${(e as Error).message}); heavy work runs on the request thread`);
		return null;
	}
}
