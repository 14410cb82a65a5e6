/**
 * Every year's n-gram table built in the background once the corpus index is
 * ready (issues 11/16): the first report page of a year then reads its table
 * from the index (~50 ms) instead of counting some 500 reports (1.3–2 s of CPU).
 *
 * - One year at a time, latest first, in a dedicated worker thread at nice 19 (a pool of
 *   one, closed when the pass ends: its memory goes back), never in the request
 *   pool, so a diff or a panel never queues behind a year. Before each year it
 *   waits (up to a second) for the request pool to be idle.
 * - Resumable: a year already kept under its reports' current content hashes is
 *   skipped (the job only looks the key up); a changed report changes the key of
 *   the tables that count it (its year and the next), which are built again.
 * - No duplicate work: a request for a year being built waits for that build
 *   (`around`), and the pass waits for a request's job of that year before its
 *   own; across processes, a lease in the index (`getInfo`/`setInfo`) lets one
 *   process run the pass, and the heavy lane of `npm start` never starts one.
 * - Skipped on an index in memory (read-only cache directory, busy, or `off`:
 *   nothing could be kept; the existing notice says so) and with DUIDU_WORKERS=0.
 * - `stop()` ends it: the job in flight is dropped with its worker (a table is
 *   one write, so none is half kept).
 */
import type { CorpusStore } from '../corpus';
import { panelOrder, storeCorpus, tableYears } from '../reuse';
import type { PanelJobResult, YearTableJobResult } from './jobs';
import { WorkerPool } from './pool';

export interface YearTablesReport {
	/** Years looked at, and those built now (the rest were kept already). */
	years: number;
	built: number[];
	/** CPU and wall time of the jobs (ms; CPU of the worker thread). */
	cpuMs: number;
	wallMs: number;
	/** Then every report's reused-wording panel: reports looked at, panels computed now, CPU and wall of those jobs (ms). */
	panels: { looked: number; built: number; cpuMs: number; wallMs: number };
	/** Whether the pass's worker runs at the lowest CPU priority (nice 19; Linux). */
	lowPriority?: boolean;
	/** Why it did not run or ended early. */
	skipped?: 'memory' | 'no-workers' | 'leased';
	stopped?: boolean;
}

export interface YearTablesOptions {
	/** The pool the pass runs its jobs on (default: one worker thread of its own). */
	pool?: () => WorkerPool;
	/** The request pool: the pass lets its jobs go first. */
	requests?: () => { pending: number };
	/** Run even when the pool runs jobs on this thread (tests). */
	inline?: boolean;
	/** After the year tables, compute every report's panel not kept yet (default true; DUIDU_PANELS=off in the app). */
	panels?: boolean;
	/** Told when the year tables are done, before the panels start. */
	onTables?: (report: YearTablesReport) => void;
}

const LEASE = 'reuse-year-tables';
/** A lease lasts this long after its last renewal (one year takes seconds). */
const LEASE_MS = 5 * 60_000;
const IDLE_WAIT_MS = 1000;
/** The lease is renewed at most this often during the panels (one a few hundred ms). */
const RENEW_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref?.());

export class YearTables {
	private inFlight = new Map<number, Promise<unknown>>();
	/** The pass's panel job in flight, by report id: a request for that report waits for it. */
	private panelInFlight: { id: string; job: Promise<unknown> } | null = null;
	private pass: Promise<YearTablesReport> | null = null;
	private latest = 0;
	private stopped = false;
	private pool: WorkerPool | null = null;

	constructor(private opts: YearTablesOptions = {}) {}

	/**
	 * Build every missing year table of `corpus` (call once its index is ready). A pass for an
	 * older generation still running ends at its next year, and this one follows it.
	 */
	run(corpus: CorpusStore, generation: number): Promise<YearTablesReport> {
		this.latest = generation;
		const before = this.pass;
		const p = (async () => {
			await before?.catch(() => undefined);
			return this.runPass(corpus, generation);
		})();
		this.pass = p;
		return p;
	}

	private async runPass(corpus: CorpusStore, generation: number): Promise<YearTablesReport> {
		const report: YearTablesReport = { years: 0, built: [], cpuMs: 0, wallMs: 0, panels: { looked: 0, built: 0, cpuMs: 0, wallMs: 0 } };
		if (this.stopped || generation !== this.latest) return { ...report, stopped: true };
		if (corpus.index.location === ':memory:') return { ...report, skipped: 'memory' };
		const years = tableYears(storeCorpus(corpus));
		if (!years.length) return report;
		if (!this.lease(corpus)) return { ...report, skipped: 'leased' };
		const pool = (this.pool = this.opts.pool?.() ?? new WorkerPool({ size: 1, maxQueue: 2, timeoutMs: 10 * 60_000 }));
		try {
			// Where the jobs run: a worker thread, unless the pool fell back to this thread (no bundle).
			await pool.run('echo', null, generation);
			if (!pool.threaded && !this.opts.inline) return { ...report, skipped: 'no-workers' };
			// Its own worker at the lowest CPU priority (Linux): requests' threads go first.
			if (pool.threaded) report.lowPriority = (await pool.run<boolean>('lower-priority', null, generation).catch(() => false)) === true;
			for (const year of years) {
				if (this.stopped || generation !== this.latest) return { ...report, stopped: true };
				await this.idle();
				for (let w = this.inFlight.get(year); w; w = this.inFlight.get(year)) await w.catch(() => undefined);
				if (this.stopped || !this.lease(corpus)) return { ...report, stopped: true };
				const job = pool.run<YearTableJobResult>('year-table', { year }, generation);
				this.track(year, job);
				let r: YearTableJobResult;
				try {
					r = await job;
				} catch (e) {
					if (this.stopped) return { ...report, stopped: true };
					console.error(`duidu: the n-gram table of ${year} was not built in the background:`, (e as Error).message);
					continue;
				}
				report.years++;
				report.cpuMs += r.cpuMs;
				report.wallMs += r.wallMs;
				if (r.outcome === 'built') report.built.push(year);
			}
			this.opts.onTables?.(report);
			if (this.opts.panels !== false && !(await this.runPanels(corpus, generation, pool, report))) return { ...report, stopped: true };
			return report;
		} finally {
			this.release(corpus);
			if (this.pool === pool) this.pool = null;
			if (!this.opts.pool) await pool.close();
		}
	}

	/**
	 * Every report's panel not kept yet, one report at a time (by year, latest first: the worker reads
	 * each year's table once and keeps it while it computes that year's panels), letting the request
	 * pool's jobs go first before each. False when it was stopped or lost its lease.
	 */
	private async runPanels(corpus: CorpusStore, generation: number, pool: WorkerPool, report: YearTablesReport): Promise<boolean> {
		let renewed = Date.now();
		for (const id of panelOrder(storeCorpus(corpus))) {
			if (this.stopped || generation !== this.latest) return false;
			await this.idle();
			if (Date.now() - renewed > RENEW_MS) {
				if (this.stopped || !this.lease(corpus)) return false;
				renewed = Date.now();
			}
			const job = pool.run<PanelJobResult>('panel', { id }, generation);
			const mine = (this.panelInFlight = { id, job });
			let r: PanelJobResult;
			try {
				r = await job;
			} catch (e) {
				if (this.stopped) return false;
				console.error(`duidu: the reused-wording panel of ${id} was not computed in the background:`, (e as Error).message);
				continue;
			} finally {
				if (this.panelInFlight === mine) this.panelInFlight = null;
			}
			report.panels.looked++;
			if (r.outcome === 'built') {
				report.panels.built++;
				report.panels.cpuMs += r.cpuMs;
				report.panels.wallMs += r.wallMs;
			}
		}
		return true;
	}

	/**
	 * A request's job needing `year`'s table: it waits for a build of that year in flight (the
	 * background's or another request's) rather than starting a second one, and the pass waits
	 * for it before building that year.
	 */
	async around<T>(year: number | undefined, job: () => Promise<T>, id?: string): Promise<T> {
		// The pass computing this very report's panel: its result is kept, the request's job then reads it.
		const panel = this.panelInFlight;
		if (id !== undefined && panel?.id === id) await panel.job.catch(() => undefined);
		if (year === undefined) return job();
		for (let w = this.inFlight.get(year); w; w = this.inFlight.get(year)) await w.catch(() => undefined);
		const p = job();
		this.track(year, p);
		return p;
	}

	private track(year: number, p: Promise<unknown>) {
		this.inFlight.set(year, p);
		const done = () => {
			if (this.inFlight.get(year) === p) this.inFlight.delete(year);
		};
		p.then(done, done);
	}

	/** Let the request pool's jobs go first (at most a second: a steady stream would starve the pass). */
	private async idle() {
		const requests = this.opts.requests?.();
		for (let waited = 0; requests && requests.pending > 0 && waited < IDLE_WAIT_MS; waited += 100) await sleep(100);
	}

	/** Take or renew the index's lease on the pass: false when another live process holds it. */
	private lease(corpus: CorpusStore): boolean {
		try {
			const [pid, until] = (corpus.index.getInfo(LEASE) ?? '').split(':').map(Number);
			if (pid && pid !== process.pid && until > Date.now() && alive(pid)) return false;
			corpus.index.setInfo(LEASE, `${process.pid}:${Date.now() + LEASE_MS}`);
			return true;
		} catch {
			return false; // a busy or read-only index: nothing could be kept anyway
		}
	}

	private release(corpus: CorpusStore) {
		try {
			if (Number((corpus.index.getInfo(LEASE) ?? '').split(':')[0]) === process.pid) corpus.index.setInfo(LEASE, '');
		} catch {
			// The index is closed or busy: the lease runs out by itself.
		}
	}

	/** End the pass: the job in flight is dropped with its worker; no further year starts. */
	async stop(): Promise<void> {
		this.stopped = true;
		await this.pool?.close();
		await this.pass?.catch(() => undefined);
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}
