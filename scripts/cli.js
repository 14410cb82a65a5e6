#!/usr/bin/env node
/**
 * `npm run cli -- …`: the command line in the repository. It runs the same
 * bundle as the `duidu` bin (build/cli/main.js, written by `npm run build`),
 * rebuilding it first (esbuild, scripts/build.js) when it is missing or a
 * source under src/ or package.json is newer — so an edit shows at once.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'build', 'cli', 'main.js');

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
	return (
		newest(join(root, 'src', 'cli')) > built ||
		newest(join(root, 'src', 'lib')) > built ||
		statSync(join(root, 'package.json')).mtimeMs > built ||
		// An install changes the packages the bundle imports (and the version the result cache keys by).
		(existsSync(join(root, 'package-lock.json')) && statSync(join(root, 'package-lock.json')).mtimeMs > built)
	);
};

if (!existsSync(entry) || stale()) {
	try {
		await (await import('./build.js')).buildCli();
	} catch (e) {
		// A production install has no esbuild: run the bundle `npm run build` left, if any (bin/duidu.js says when there is none).
		if (!existsSync(join(root, 'node_modules', 'esbuild')))
			console.error('duidu: cannot rebuild the CLI here (no esbuild: a production install); running the built one');
		else throw e;
	}
}

await import(pathToFileURL(join(root, 'bin', 'duidu.js')).href);
