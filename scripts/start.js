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

// `node scripts/start.js` by hand with an older Node: run again under the project's.
(await import('./lib/project-node.js')).ensureProjectNode(fileURLToPath(import.meta.url));

const root = fileURLToPath(new URL('..', import.meta.url));
const buildEntry = join(root, 'build', 'index.js');

function newest(dir) {
	let t = 0;
	if (!existsSync(dir)) return t;
	for (const name of readdirSync(dir)) {
		// Screenshots for the README are not part of the app.
		if (name === 'screenshots') continue;
		const p = join(dir, name);
		const st = statSync(p);
		t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
	}
	return t;
}

const sourcesChanged = () => {
	const built = statSync(buildEntry).mtimeMs;
	return (
		['src', 'static'].some((d) => newest(join(root, d)) > built) ||
		['svelte.config.js', 'vite.config.ts', 'package.json'].some((f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > built)
	);
};

// DUIDU_NO_BUILD=1 serves the build as it is (tests that start a second server beside a running one).
// A production install (`npm ci --omit=dev`) has no vite: it serves the build it was given.
const canBuild = existsSync(join(root, 'node_modules', 'vite', 'bin', 'vite.js'));
if (!existsSync(buildEntry) && !canBuild) {
	console.error(
		'duidu: no build, and no build tools here (a production install): run `npm run build` where the dev dependencies are installed'
	);
	process.exit(1);
}
if (!existsSync(buildEntry) || (canBuild && process.env.DUIDU_NO_BUILD !== '1' && sourcesChanged())) {
	console.log('duidu: building the app…');
	// The app and the worker threads' bundle (scripts/build.js, as `npm run build`).
	const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

process.env.HOST ??= '127.0.0.1';
// The worker threads run the bundle `npm run build` wrote (no esbuild at run time: a
// production install has none); a build without it (an older one) has it built from
// src/lib/server/work by bundle.ts when esbuild is there.
const worker = join(root, 'build', 'work', 'worker.js');
if (existsSync(worker)) process.env.DUIDU_WORKER_BUNDLE ??= worker;
process.env.DUIDU_ROOT ??= root;
process.env.PORT ??= '3000';
process.env.DUIDU_REPORTS ??= join(root, 'reports');
process.env.DUIDU_CACHE ??= join(root, '.cache', 'duidu');
process.env.BODY_SIZE_LIMIT ??= String(64 * 1024 * 1024);

// The origin of a request is http://<its Host header>, whether the user typed
// localhost or 127.0.0.1 — so form POSTs pass SvelteKit's CSRF check, and a
// page from elsewhere (another Origin) still fails it. adapter-node reads
// these at import time. An explicit ORIGIN still wins.
process.env.PROTOCOL_HEADER ??= 'x-duidu-protocol';
process.env.HOST_HEADER ??= 'host';

const { handler } = await import(join(root, 'build', 'handler.js'));
const { createServer } = await import('node:http');

const host = process.env.HOST;
const port = Number(process.env.PORT);
const loopbackOnly = ['127.0.0.1', 'localhost', '::1'].includes(host);
/** On loopback, only loopback names: a DNS-rebinding page cannot talk to the server under a name of its own. */
const hostAllowed = (h) => !loopbackOnly || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i.test(h ?? '');

// The heavy lane (scripts/lib/lanes.js): this same script in a second process, on a private socket.
const laneSocket = process.env.DUIDU_LANE === 'heavy' ? process.env.DUIDU_LANE_SOCKET : null;
const lanes = laneSocket || process.env.DUIDU_LANES !== '0' ? await import('./lib/lanes.js') : null;
const lane = !laneSocket && lanes ? lanes.startHeavyLane(fileURLToPath(import.meta.url)) : null;
if (laneSocket) lanes.relayFromLane();

const server = createServer((req, res) => {
	if (!laneSocket && !hostAllowed(req.headers.host)) {
		res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('duidu: this server answers only to localhost\n');
		return;
	}
	req.headers['x-duidu-protocol'] = 'http';
	if (lane?.takes(req)) return lane.proxy(req, res);
	handler(req, res, () => {
		res.writeHead(404);
		res.end();
	});
});
if (laneSocket) server.listen(laneSocket, () => process.send?.('ready'));
else
	server.listen(port, host, () => {
		const shown = loopbackOnly ? 'localhost' : host;
		console.log(`duidu: serving ${process.env.DUIDU_REPORTS} at http://${shown}:${port}`);
		console.log(`Listening on http://${host}:${port}`);
	});
const stop = () => {
	lane?.stop();
	server.close(() => process.exit(0));
	// Keep-alive connections would hold close() open: do not wait for them long.
	setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
