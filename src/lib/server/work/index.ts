/**
 * Heavy request work off the request thread: the services routes call. Each
 * sends a job to the shared worker pool (pool.ts) with the generation of the
 * request thread's corpus, so a worker whose corpus is older reloads first.
 */
import { error } from '@sveltejs/kit';
import type { ParsedReport } from '../../core/parse';
import type { ServedSources } from '../../core/reuse/view';
import { getCorpus, resetCorpus, type CorpusStore } from '../corpus';
import type { CheckJobResult, DiffJob, DiffJobResult, ImportJob, ImportJobResult, ParseJobResult } from './jobs';
import { WorkerPool, WorkError } from './pool';
import { YearTables, type YearTablesReport } from './year-tables';

export { WorkError } from './pool';
export type { CheckJobResult, DiffJobResult, ImportJobResult } from './jobs';

/**
 * The corpus changed here (an import, a saved draft): reload it, and tell the
 * other process of `npm start` (scripts/lib/lanes.js relays the event), whose
 * corpus is now stale too. Worker threads follow by generation.
 */
export function corpusChanged() {
	resetCorpus();
	process.emit('duidu:corpus-changed' as never, 'local' as never);
}

/** Reload when the other process says the corpus changed (registered once, at server start). */
export function followCorpusChanges() {
	if ((globalThis as { __duiduFollowing?: boolean }).__duiduFollowing) return;
	(globalThis as { __duiduFollowing?: boolean }).__duiduFollowing = true;
	process.on('duidu:corpus-changed' as never, (origin: string) => {
		if (origin === 'remote') resetCorpus();
	});
}

let shared: WorkerPool | null = null;

export function workPool(): WorkerPool {
	shared ??= new WorkerPool();
	return shared;
}

const generations = new WeakMap<CorpusStore, number>();
let nextGeneration = 1;

/** A number per loaded corpus: a new one after every reload. */
export function generationOf(corpus: CorpusStore): number {
	let g = generations.get(corpus);
	if (g === undefined) generations.set(corpus, (g = nextGeneration++));
	return g;
}

export function importOffThread(job: ImportJob): Promise<ImportJobResult> {
	return workPool().run('import', job);
}

/** A page's job: a busy pool or a stopped job is a 503 with the reason, not a 500. */
async function pageJob<T>(job: string, args: unknown, corpus: CorpusStore): Promise<T> {
	try {
		return await workPool().run<T>(job, args, generationOf(corpus));
	} catch (e) {
		if (e instanceof WorkError) error(503, e.message);
		throw e;
	}
}

export function diffOffThread(corpus: CorpusStore, req: DiffJob): Promise<DiffJobResult> {
	return pageJob('diff', req, corpus);
}

export function checkOffThread(corpus: CorpusStore, draft: string, against: string): Promise<CheckJobResult | null> {
	return pageJob('check', { draft, against }, corpus);
}

/**
 * A report's reused-wording panel, computed (and kept in the index) by a worker: seconds for the
 * first report of a year unless the background pass kept its table; a build of that year in
 * flight is waited for, not repeated.
 */
export function sourcesOffThread(corpus: CorpusStore, id: string): Promise<ServedSources | null> {
	return yearTables().around(corpus.get(id)?.meta.year, () => pageJob('sources', { id }, corpus), id);
}

let tables: YearTables | null = null;
/** When the current pass started (for its log lines). */
let started = 0;

/** The background pass over the year tables (one per process). */
function yearTables(): YearTables {
	tables ??= new YearTables({
		requests: () => workPool(),
		panels: process.env.DUIDU_PANELS !== 'off',
		// One line when the year tables are done (the corpus-pages bench waits for it), one when the panels are.
		onTables: (r) =>
			console.log(
				`duidu: year tables: ${r.built.length} built in the background, ${r.years - r.built.length} kept already (${Math.round(r.cpuMs)} ms of CPU, ${((Date.now() - started) / 1000).toFixed(1)} s)`
			)
	});
	return tables;
}

/**
 * Build every year's missing n-gram table once the corpus index is ready, and again after each
 * reload (an import, a saved draft, the other process's change). Not with DUIDU_WORKERS=0 (no
 * worker threads wanted), and stopped when the process exits.
 */
export function buildYearTablesInBackground(): void {
	if (process.env.DUIDU_WORKERS === '0' || (globalThis as { __duiduYearTables?: boolean }).__duiduYearTables) return;
	(globalThis as { __duiduYearTables?: boolean }).__duiduYearTables = true;
	const pass = async () => {
		const corpus = await (await getCorpus()).ready();
		const t = (started = Date.now());
		const r: YearTablesReport = await yearTables().run(corpus, generationOf(corpus));
		// A line when the pass ends (the corpus-pages bench waits for it when it measures the pass).
		if (r.skipped) console.log(`duidu: year tables: not built in the background (${r.skipped})`);
		else if (!r.stopped && process.env.DUIDU_PANELS !== 'off')
			console.log(
				`duidu: panels: ${r.panels.built} computed in the background, ${r.panels.looked - r.panels.built} kept already (${Math.round(r.panels.cpuMs)} ms of CPU, ${((Date.now() - t) / 1000).toFixed(1)} s in all${r.lowPriority ? ', nice 19' : ''})`
			);
	};
	const start = () => void pass().catch((e) => console.error('duidu: the background year tables stopped:', e));
	start();
	process.on('duidu:corpus-changed' as never, start);
	process.once('exit', () => void tables?.stop());
}

/**
 * A report's parse: from the store's memory if it is there, else parsed by a
 * worker (which also fills the disk cache) and adopted by the store.
 */
export async function parsedOffThread(corpus: CorpusStore, id: string): Promise<ParsedReport | undefined> {
	const entry = corpus.get(id);
	if (!entry) return undefined;
	const hit = corpus.parsedInMemory(id);
	if (hit) return hit;
	const r = await pageJob<ParseJobResult | null>('parse', { id }, corpus);
	if (r && corpus.adoptParsed(id, r.parsed, r.hash)) return corpus.parsedInMemory(id);
	// The report changed meanwhile (or the worker's corpus disagrees): parse here.
	return corpus.parsed(id);
}
