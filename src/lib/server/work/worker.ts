/**
 * The worker thread's entry: runs jobs (see jobs.ts) one at a time and
 * answers each. Bundled by esbuild into build/work/worker.js (bundle.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './jobs';
import type { JobMessage, ResultMessage } from './protocol';
import { ImportRefusal } from '../import/refusal';

if (!parentPort) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;

// Loaded: the pool starts a job's clock from here, not from the thread's start.
port.postMessage({ ready: true });

port.on('message', async (m: JobMessage) => {
	let reply: ResultMessage;
	try {
		reply = { id: m.id, ok: true, value: await runJob(m.job, m.args, m.generation) };
	} catch (e) {
		const err = e as Error;
		reply = {
			id: m.id,
			ok: false,
			error:
				e instanceof ImportRefusal
					? { name: 'ImportRefusal', message: e.message, code: e.code, params: e.params }
					: { name: err?.name ?? 'Error', message: err?.message ?? String(e) }
		};
	}
	port.postMessage(reply);
});
