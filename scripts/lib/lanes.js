/**
 * Two lanes for `npm start`: the pages that can take seconds of the request
 * thread to build (a diff of two long reports, a comparison, a draft check,
 * an import, the corpus-wide figures and rhetoric) are served by a second
 * process — the heavy lane — and everything else (the library, a report)
 * by this one. Their computing already runs on worker threads (src/lib/
 * server/work); what the lane adds is that rendering and serialising a
 * megabyte-sized page never holds up the library either, and that a heavy
 * request that brings its process down leaves the library up.
 *
 * The heavy lane listens on a Unix socket in a private temporary folder
 * (mode 0700: no other user can connect). Until it is ready, and while it
 * restarts after a crash, heavy pages are served here as before.
 * DUIDU_LANES=0 turns the lane off.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths served by the heavy lane (pages, their __data.json and form actions, the import API). */
export const HEAVY = /^\/(?:diff|compare|check|import\/api|rhetoric|figures)(?:[/?]|$)/;

/** In the lane: relay corpus changes to and from the first process. */
export function relayFromLane() {
	process.on('message', (m) => {
		if (m?.duidu === 'corpus-changed') process.emit('duidu:corpus-changed', 'remote');
	});
	process.on('duidu:corpus-changed', (origin) => {
		if (origin === 'local') process.send?.({ duidu: 'corpus-changed' });
	});
}

export function startHeavyLane(script) {
	const dir = mkdtempSync(join(tmpdir(), 'duidu-lane-'));
	const socket = join(dir, 'heavy.sock');
	let child = null;
	let ready = false;
	let stopped = false;
	let restarts = 0;

	const spawnChild = () => {
		ready = false;
		child = fork(script, [], {
			env: { ...process.env, DUIDU_LANE: 'heavy', DUIDU_LANE_SOCKET: socket, DUIDU_NO_BUILD: '1' },
			stdio: ['ignore', 'inherit', 'inherit', 'ipc']
		});
		child.on('message', (m) => {
			if (m === 'ready') ready = true;
			// An import or a saved draft there: this process's corpus is stale.
			else if (m?.duidu === 'corpus-changed') process.emit('duidu:corpus-changed', 'remote');
		});
		child.on('exit', (code, signal) => {
			ready = false;
			child = null;
			if (stopped) return;
			restarts++;
			console.error(`duidu: the heavy lane stopped (${signal ?? code}); restarting it — meanwhile this process serves every page`);
			setTimeout(spawnChild, Math.min(10_000, 500 * restarts)).unref();
		});
	};
	spawnChild();
	// An import or a saved draft here: the lane's corpus is stale.
	process.on('duidu:corpus-changed', (origin) => {
		if (origin === 'local') child?.send({ duidu: 'corpus-changed' });
	});

	return {
		/** Whether this request goes to the heavy lane now. */
		takes(req) {
			return ready && HEAVY.test(req.url ?? '');
		},
		proxy(req, res) {
			const out = request({ socketPath: socket, method: req.method, path: req.url, headers: req.headers }, (lane) => {
				res.writeHead(lane.statusCode ?? 502, lane.rawHeaders);
				lane.pipe(res);
			});
			out.on('error', () => {
				if (!res.headersSent) {
					res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
					res.end('duidu: this page was being prepared by a process that stopped; try again\n');
				} else res.destroy();
			});
			req.pipe(out);
		},
		stop() {
			stopped = true;
			child?.kill('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
