/**
 * Heavy request work off the request thread: the services routes call. Each
 * sends a job to the shared worker pool (pool.ts) with the generation of the
 * request thread's corpus, so a worker whose corpus is older reloads first.
 */
import type { ParsedReport } from '../../core/parse';
import type { CorpusStore } from '../corpus';
import type { DiffRequest } from '../diff';
import type { CheckJobResult, DiffJobResult, ImportJob, ImportJobResult, ParseJobResult } from './jobs';
import { WorkerPool } from './pool';

export { WorkError } from './pool';
export type { CandidateView, CheckJobResult, DiffJobResult, ImportJobResult } from './jobs';

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

export function diffOffThread(corpus: CorpusStore, req: DiffRequest): Promise<DiffJobResult> {
	return workPool().run('diff', req, generationOf(corpus));
}

export function checkOffThread(corpus: CorpusStore, draft: string, against: string): Promise<CheckJobResult | null> {
	return workPool().run('check', { draft, against }, generationOf(corpus));
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
	const r = await workPool().run<ParseJobResult | null>('parse', { id }, generationOf(corpus));
	if (r && corpus.adoptParsed(id, r.parsed, r.hash)) return corpus.parsedInMemory(id);
	// The report changed meanwhile (or the worker's corpus disagrees): parse here.
	return corpus.parsed(id);
}
