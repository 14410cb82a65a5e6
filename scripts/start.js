#!/usr/bin/env node
/**
 * `npm start`: build the app if the build is missing or older than the
 * sources, then serve it on the bundled corpus at http://localhost:3000
 * (PORT overrides). It listens on localhost only unless HOST says otherwise:
 * reports may be confidential drafts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildEntry = join(root, 'build', 'index.js');

function newest(dir) {
	let t = 0;
	if (!existsSync(dir)) return t;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const st = statSync(p);
		t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
	}
	return t;
}

const sourcesChanged = () => {
	const built = statSync(buildEntry).mtimeMs;
	return ['src', 'static'].some((d) => newest(join(root, d)) > built) ||
		['svelte.config.js', 'vite.config.ts', 'package.json'].some((f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > built);
};

if (!existsSync(buildEntry) || sourcesChanged()) {
	console.log('duidu: building the app…');
	const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';
process.env.DUIDU_REPORTS ??= join(root, 'reports');
process.env.DUIDU_CACHE ??= join(root, '.cache', 'duidu');
// adapter-node assumes https unless told the origin; without it every form POST fails the CSRF check.
process.env.ORIGIN ??= `http://${process.env.HOST === '127.0.0.1' ? 'localhost' : process.env.HOST}:${process.env.PORT}`;
process.env.BODY_SIZE_LIMIT ??= String(64 * 1024 * 1024);
console.log(`duidu: serving ${process.env.DUIDU_REPORTS} at http://${process.env.HOST === '127.0.0.1' ? 'localhost' : process.env.HOST}:${process.env.PORT}`);
await import(buildEntry);
