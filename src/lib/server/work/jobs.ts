/**
 * The heavy work of requests, as jobs a worker thread runs: an import
 * preview or save, a diff, the parse of a report not yet cached, a draft
 * check. Each takes plain data and returns plain data (structured clone);
 * a worker keeps its own corpus store, reloaded when the request thread's
 * corpus changed (an import, a saved draft).
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { composeReportFile } from '../../core/import/meta';
import { parseReport, type ParsedReport, type ReportMeta } from '../../core/parse';
import { checkDraft } from '../../core/draft';
import { regionSeries, type Series } from '../../core/figures/series';
import { getCorpus, resetCorpus, type CorpusStore } from '../corpus';
import { serveDiff, type DiffOutcome, type DiffRequest } from '../diff';
import { matterCounterparts, type Counterparts } from '../align';
import { serveTifa, type ServedTifa } from '../tifa';
import { corpusFigures, figuresOf } from '../figures';
import { indexDirectory, prepareImport, saveImport, type ImportCandidate } from '../import/pipeline';
import { segmenter } from '../../core/segmenter';
import { reportTopics } from '../topics';
import { keepPanel, keepYearTable, sourcesForPage, storeCorpus } from '../reuse';
import type { ServedSources } from '../../core/reuse/view';
import { codeVersions, versionsInherited } from '../store/code-version';

let loaded = -1;

/** The corpus as of `generation`; in a worker, reloaded when the request thread's changed. */
async function corpusAt(generation: number): Promise<CorpusStore> {
	if (!isMainThread && generation !== loaded) {
		resetCorpus();
		loaded = generation;
	}
	return getCorpus();
}

/** What the import page shows of a candidate. */
export function candidateView(c: ImportCandidate) {
	const parsed = parseReport(composeReportFile(c.meta, c.body));
	return {
		fileName: c.fileName,
		format: c.format,
		encoding: c.encoding ?? null,
		id: c.id,
		inferred: c.inferred,
		meta: c.meta,
		outline: c.outline,
		stats: c.stats,
		duplicateOf: c.duplicateOf,
		existing: c.existing,
		// The opening of the cleaned text, for a glance at what was extracted.
		excerpt: parsed.text.slice(0, 400)
	};
}
export type CandidateView = ReturnType<typeof candidateView>;

export interface ImportJob {
	action: 'preview' | 'save';
	bytes: Uint8Array;
	name: string;
	dir: string;
	meta?: ReportMeta;
	id?: string;
	maxBytes: number;
	replace?: boolean;
}

export interface ImportJobResult {
	candidate: CandidateView;
	existingIds?: string[];
	saved?: { id: string; replaced: boolean };
}

async function importJob(a: ImportJob): Promise<ImportJobResult> {
	const candidate = await prepareImport(a.bytes, a.name, { dir: a.dir, meta: a.meta, id: a.id, maxBytes: a.maxBytes });
	if (a.action === 'preview') return { candidate: candidateView(candidate), existingIds: (await indexDirectory(a.dir)).map((e) => e.id) };
	const saved = saveImport(candidate, { replace: a.replace });
	if (!isMainThread) resetCorpus();
	return { candidate: candidateView(candidate), saved: { id: saved.id, replaced: saved.replaced } };
}

export interface SectionChoice {
	id: string;
	heading: string;
	level: number;
}

export interface DiffJobResult {
	outcome: DiffOutcome;
	sectionsA: SectionChoice[];
	sectionsB: SectionChoice[];
	/** 提法 shifts from A to B. */
	tifa: ServedTifa | null;
	/** Passages the compare view's matcher pairs by matter, for "only matching passages" between two regions. */
	matched: Counterparts | null;
}

export interface DiffJob extends DiffRequest {
	onlyMatches?: boolean;
}

async function diffJob(req: DiffJob, generation: number): Promise<DiffJobResult> {
	const corpus = await corpusAt(generation);
	// Sections worth picking: chapters and their numbered parts, not lead-ins.
	const sectionsOf = (id: string) =>
		corpus.get(id)
			? (corpus.parsed(id)?.sections ?? [])
					.filter((s) => s.level <= 2 && s.kind !== 'lead')
					.map((s) => ({ id: s.id, heading: s.heading, level: s.level }))
			: [];
	const outcome = serveDiff(corpus, req);
	const ok = !('error' in outcome);
	// Two cities rarely share sentences: "only matching passages" then keeps the passages the
	// compare view's matcher pairs by matter (老旧小区改造, 大气污染防治…), as well as paired sentences.
	const regionOf = (id: string) => corpus.get(id)?.meta.region;
	const matched = ok && req.onlyMatches && regionOf(req.a) !== regionOf(req.b) ? matterCounterparts(corpus, req.a, req.b) : null;
	const tifa = ok ? serveTifa(corpus, req.a, req.b) : null;
	return { outcome, sectionsA: sectionsOf(req.a), sectionsB: sectionsOf(req.b), tifa, matched };
}

export interface ParseJobResult {
	parsed: ParsedReport;
	hash: string;
}

async function parseJob(a: { id: string }, generation: number): Promise<ParseJobResult | null> {
	const corpus = await corpusAt(generation);
	const entry = corpus.get(a.id);
	const parsed = entry && corpus.parsed(a.id);
	return entry && parsed ? { parsed, hash: entry.hash } : null;
}

export interface CheckJobResult {
	result: ReturnType<typeof checkDraft>;
	/** The region's series the result refers to. */
	series: Record<string, Series>;
}

async function checkJob(a: { draft: string; against: string }, generation: number): Promise<CheckJobResult | null> {
	const corpus = await corpusAt(generation);
	const old = corpus.parsed(a.against);
	if (!old) return null;
	const region = old.meta.region;
	const series = region
		? regionSeries(
				corpusFigures(corpus, (m) => m.region === region),
				region
			)
		: [];
	// The old report's figures and topics come from the store's cache; only the draft is analysed here.
	const result = checkDraft(
		a.draft,
		{ report: old, input: corpus.input(a.against)!, figures: figuresOf(corpus, a.against), topics: reportTopics(corpus, a.against) },
		segmenter(),
		{ series }
	);
	const used = new Set(result.figures.map((f) => f.seriesKey).filter(Boolean));
	return { result, series: Object.fromEntries(series.filter((s) => used.has(s.key)).map((s) => [s.key, s])) };
}

/** A report's reused-wording panel: its year's n-gram table read from the index or built (then kept there), and its sources, kept too. */
async function sourcesJob(a: { id: string }, generation: number): Promise<ServedSources | null> {
	return sourcesForPage(storeCorpus(await corpusAt(generation)), a.id);
}

export interface YearTableJobResult {
	year: number;
	outcome: 'kept' | 'built' | 'none';
	/** CPU of this thread for the step, and its wall time (ms). */
	cpuMs: number;
	wallMs: number;
}

/**
 * This thread's CPU time: `process.threadCpuUsage` (Node ≥ 23.9; not in every @types/node), else the
 * process's (Node 20/22: an upper bound, other threads included).
 */
const threadCpu = (since?: NodeJS.CpuUsage): NodeJS.CpuUsage =>
	(process as { threadCpuUsage?: (p?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage?.(since) ?? process.cpuUsage(since);

/** The background pass's step (year-tables.ts): a year's n-gram table built and kept in the index unless it is kept already. */
async function yearTableJob(a: { year: number }, generation: number): Promise<YearTableJobResult> {
	const corpus = storeCorpus(await corpusAt(generation));
	const cpu = threadCpu();
	const t = performance.now();
	const outcome = keepYearTable(corpus, a.year);
	const used = threadCpu(cpu);
	return { year: a.year, outcome, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - t };
}

export interface PanelJobResult {
	id: string;
	outcome: 'kept' | 'built' | 'none';
	/** CPU of this thread for the step, and its wall time (ms). */
	cpuMs: number;
	wallMs: number;
}

/** The background pass's step after the year tables: a report's reused-wording panel computed and kept unless it is kept already. */
async function panelJob(a: { id: string }, generation: number): Promise<PanelJobResult> {
	const corpus = storeCorpus(await corpusAt(generation));
	const cpu = threadCpu();
	const t = performance.now();
	const outcome = keepPanel(corpus, a.id);
	const used = threadCpu(cpu);
	return { id: a.id, outcome, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - t };
}

/**
 * The background pass's worker at the lowest CPU priority (nice 19), so requests' threads go first on
 * a busy machine: on Linux a thread's nice is its own (setpriority on its thread id, read from
 * /proc/thread-self). False where that is not available (another system): the pass still yields to
 * the request pool between jobs.
 */
function lowerPriority(): boolean {
	if (isMainThread) return false; // never the request thread
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (!Number.isInteger(tid) || tid <= 0) return false;
		setPriority(tid, 19);
		return getPriority(tid) === 19;
	} catch {
		return false;
	}
}

/** Jobs for the pool's own tests: an echo and a bounded busy loop. */
function spin(ms: number): number {
	const end = Date.now() + Math.min(Math.max(0, ms), 10_000);
	let n = 0;
	while (Date.now() < end) n++;
	return n;
}

export async function runJob(job: string, args: unknown, generation: number): Promise<unknown> {
	switch (job) {
		case 'import':
			return importJob(args as ImportJob);
		case 'diff':
			return diffJob(args as DiffJob, generation);
		case 'parse':
			return parseJob(args as { id: string }, generation);
		case 'check':
			return checkJob(args as { draft: string; against: string }, generation);
		case 'sources':
			return sourcesJob(args as { id: string }, generation);
		case 'year-table':
			return yearTableJob(args as { year: number }, generation);
		case 'panel':
			return panelJob(args as { id: string }, generation);
		case 'lower-priority':
			return lowerPriority();
		case 'warm':
			// The corpus and the word segmenter's lexicon, before the first request needs them.
			segmenter();
			return (await corpusAt(generation)).list().length;
		case 'echo':
			return args;
		case 'code-versions':
			return { versions: codeVersions(), inherited: versionsInherited() };
		case 'spin':
			return spin(Number(args));
		case 'exit':
			if (!isMainThread) process.exit(3);
			return null;
		default:
			throw new Error(`no such job: ${job}`);
	}
}
