/**
 * A bounded pool of worker threads for the heavy work of requests (import
 * preview, diff, the parse of an uncached report, a draft check), so the
 * request thread stays free: the library answers while four diffs run.
 *
 * - `size` workers (DUIDU_WORKERS, default: cores − 1, at least 1, at most 4);
 *   jobs beyond them wait in a queue of at most `maxQueue` (else: busy, 503).
 * - Each worker has a heap limit (DUIDU_WORKER_MB, default 2048): a job that
 *   runs out of memory ends its worker, not the server; the job fails with a
 *   clear error and a fresh worker takes its place.
 * - A job that runs longer than `timeoutMs` (DUIDU_JOB_TIMEOUT_S, default
 *   120 s) has its worker terminated and fails as too slow.
 * - DUIDU_WORKERS=0, or no way to build the worker bundle, runs jobs on the
 *   request thread (as before): slower for others, never broken.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportRefusal, type RefusalCode } from '../import/refusal';
import { workerBundle } from './bundle';
import { codeVersions } from '../store/code-version';
import type { JobMessage, ResultMessage, SerializedError } from './protocol';

export class WorkError extends Error {
	constructor(
		readonly code: 'busy' | 'too-slow' | 'crashed',
		message: string
	) {
		super(message);
	}
}

export interface PoolOptions {
	size?: number;
	maxQueue?: number;
	timeoutMs?: number;
	heapMb?: number;
	/** Run jobs on this thread instead (no workers). */
	inline?: boolean;
}

interface Pending {
	msg: JobMessage;
	resolve: (v: unknown) => void;
	reject: (e: Error) => void;
	timer?: ReturnType<typeof setTimeout>;
}

interface Slot {
	worker: Worker;
	job: Pending | null;
	/** The worker has loaded its code: a job's time limit runs from then. */
	ready: boolean;
}

function envNumber(name: string): number | undefined {
	const v = process.env[name];
	if (v === undefined || v === '') return undefined;
	const n = Number(v);
	return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function revive(e: SerializedError): Error {
	if (e.name === 'ImportRefusal' && e.code) return new ImportRefusal(e.code as RefusalCode, e.message, e.params);
	const err = new Error(e.message);
	err.name = e.name;
	return err;
}

export class WorkerPool {
	readonly size: number;
	readonly maxQueue: number;
	readonly timeoutMs: number;
	readonly heapMb: number;
	private inline: boolean;
	private script: Promise<string | null> | null = null;
	private slots: Slot[] = [];
	private queue: Pending[] = [];
	private nextId = 1;
	private closed = false;
	/** Jobs done, and workers replaced after a crash or a timeout. */
	readonly stats = { done: 0, failed: 0, replaced: 0 };

	constructor(opts: PoolOptions = {}) {
		const cores = typeof availableParallelism === 'function' ? availableParallelism() : 2;
		const size = opts.size ?? envNumber('DUIDU_WORKERS') ?? Math.min(4, Math.max(1, cores - 1));
		this.inline = opts.inline ?? size === 0;
		this.size = Math.max(1, Math.floor(size));
		this.maxQueue = opts.maxQueue ?? 64;
		this.timeoutMs = opts.timeoutMs ?? (envNumber('DUIDU_JOB_TIMEOUT_S') ?? 120) * 1000;
		this.heapMb = opts.heapMb ?? envNumber('DUIDU_WORKER_MB') ?? 2048;
	}

	/** Whether jobs run on worker threads (false until the first job has found the bundle). */
	get threaded(): boolean {
		return !this.inline;
	}

	/** Jobs running or waiting. */
	get pending(): number {
		return this.queue.length + this.slots.filter((s) => s.job).length;
	}

	/** Run `job` with `args`; `generation` names the request thread's corpus (see jobs.ts). */
	async run<T>(job: string, args: unknown, generation = 0): Promise<T> {
		if (this.closed) throw new WorkError('crashed', 'the worker pool is closed');
		if (!this.inline) {
			this.script ??= workerBundle();
			this.scriptPath = await this.script;
			if (!this.scriptPath) this.inline = true;
		}
		if (this.inline) {
			const { runJob } = await import('./jobs');
			return (await runJob(job, args, generation)) as T;
		}
		const busy = this.slots.filter((s) => s.job).length;
		if (busy >= this.size && this.queue.length >= this.maxQueue) {
			throw new WorkError('busy', `the server is busy: ${this.queue.length} jobs are waiting; try again in a moment`);
		}
		return new Promise<T>((resolve, reject) => {
			this.queue.push({ msg: { id: this.nextId++, job, args, generation }, resolve: resolve as (v: unknown) => void, reject });
			this.dispatch();
		});
	}

	private spawn(): Slot {
		// A worker derives under the versions this process read at its start, even when it is spawned after the sources changed.
		const worker = new Worker(this.scriptPath!, {
			workerData: { codeVersions: codeVersions() },
			resourceLimits: { maxOldGenerationSizeMb: this.heapMb }
		});
		const slot: Slot = { worker, job: null, ready: false };
		worker.on('message', (m: ResultMessage | { ready: true }) => {
			if ('ready' in m) {
				slot.ready = true;
				if (slot.job) this.startClock(slot, slot.job);
				return;
			}
			const p = slot.job;
			if (!p || p.msg.id !== m.id) return;
			clearTimeout(p.timer);
			slot.job = null;
			if (m.ok) {
				this.stats.done++;
				p.resolve(m.value);
			} else {
				this.stats.failed++;
				p.reject(revive(m.error));
			}
			this.dispatch();
		});
		const lost = (why: string) => {
			const i = this.slots.indexOf(slot);
			if (i < 0) return;
			this.slots.splice(i, 1);
			const p = slot.job;
			slot.job = null;
			if (p) {
				clearTimeout(p.timer);
				this.stats.failed++;
				p.reject(new WorkError('crashed', `the work stopped: ${why}`));
			}
			this.stats.replaced++;
			this.dispatch();
		};
		worker.on('error', (e) => lost((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : e.message));
		worker.on('exit', (code) => lost(`the worker exited (${code})`));
		// An idle worker does not keep the process (the CLI, a test) alive.
		worker.unref();
		this.slots.push(slot);
		return slot;
	}

	private scriptPath: string | null = null;

	private dispatch() {
		if (this.closed) return;
		while (this.queue.length) {
			let slot = this.slots.find((s) => !s.job);
			if (!slot) {
				if (this.slots.length >= this.size) return;
				slot = this.spawnSlot() ?? undefined;
				if (!slot) return;
			}
			const p = this.queue.shift()!;
			slot.job = p;
			slot.worker.ref();
			if (slot.ready) this.startClock(slot, p);
			slot.worker.postMessage(p.msg);
		}
		for (const s of this.slots) if (!s.job) s.worker.unref();
	}

	private startClock(s: Slot, p: Pending) {
		p.timer = setTimeout(() => {
			if (s.job !== p) return;
			s.job = null;
			this.stats.failed++;
			p.reject(new WorkError('too-slow', `the work took longer than ${this.timeoutMs / 1000} s and was stopped`));
			const i = this.slots.indexOf(s);
			if (i >= 0) this.slots.splice(i, 1);
			this.stats.replaced++;
			void s.worker.terminate();
			this.dispatch();
		}, this.timeoutMs);
		p.timer.unref?.();
	}

	private spawnSlot(): Slot | null {
		return this.scriptPath ? this.spawn() : null;
	}

	/** Start the workers now (at server start), so the first request does not wait for them. */
	async warm(generation = 0): Promise<void> {
		if (this.inline) return;
		this.script ??= workerBundle();
		this.scriptPath = await this.script;
		if (!this.scriptPath) {
			this.inline = true;
			return;
		}
		await Promise.all(Array.from({ length: this.size }, () => this.run('warm', null, generation).catch(() => undefined)));
	}

	async close(): Promise<void> {
		this.closed = true;
		for (const p of this.queue) p.reject(new WorkError('crashed', 'the worker pool is closed'));
		this.queue = [];
		await Promise.all(this.slots.map((s) => s.worker.terminate()));
		this.slots = [];
	}
}
