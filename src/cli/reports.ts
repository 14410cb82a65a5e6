/**
 * How the CLI finds a report: a path to a file, or the id of a report in the
 * corpus (`reports/`, or `DUIDU_REPORTS`). The corpus store (SQLite) and the
 * Word/PDF readers are imported only when needed: `parse x.txt` starts
 * without them (see docs/cli.md, start-up).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type ParsedReport } from '../lib/core/parse';
import { contentHash } from '../lib/server/cache';
import { decoderFor, DecodeError } from '../lib/server/decode';
import { cacheMaxBytes, cacheRoot, DiskCache } from './disk-cache';
import { CliError } from './io';
import { builtCodeVersion } from './result-cache';

export interface LoadedReport {
	/** The corpus id, or the path given. */
	name: string;
	input: string;
	report: ParsedReport;
}

export async function readInput(path: string): Promise<string> {
	if (!existsSync(path)) throw new CliError(`${path}: no such file`);
	const st = statSync(path);
	if (!st.isFile()) throw new CliError(`${path}: not a file`);
	// .txt and .md decode here; other formats register their decoders when imported.
	if (!decoderFor(path) && !/\.(txt|md)$/i.test(path)) await import('../lib/server/import/decoders');
	const decode = decoderFor(path) ?? decoderFor('x.txt')!;
	try {
		return await decode(readFileSync(path), path);
	} catch (e) {
		if (e instanceof DecodeError) throw new CliError(e.message);
		throw new CliError(`${path}: cannot read: ${(e as Error).message}`);
	}
}

/** A cached parse must look like one, and each piece of its text must be the input's text it maps to. */
function fitsInput(v: unknown, input: string): v is ParsedReport {
	const p = v as ParsedReport;
	if (!p || typeof p.text !== 'string' || !Array.isArray(p.pieces) || !Array.isArray(p.sections)) return false;
	if (!Array.isArray(p.paragraphs) || !Array.isArray(p.sentences) || !Array.isArray(p.removed) || !p.meta) return false;
	return p.pieces.every(
		(q) =>
			q.outStart + q.length <= p.text.length &&
			q.inStart + q.length <= input.length &&
			p.text.slice(q.outStart, q.outStart + q.length) === input.slice(q.inStart, q.inStart + q.length)
	);
}

/**
 * The parse of `input`, kept on disk under `DUIDU_CACHE/parses/` (bounded as
 * the other folders), keyed by the input's content hash and the built code's
 * version (result-cache.ts): a `diff` with new options, or of a new pair
 * sharing a report, does not parse that report again. Stored as JSON, as the
 * app's corpus index stores parses; an entry is used only if it is whole
 * (DiskCache.getChecked) and fits the input (fitsInput), else parsed again
 * and rewritten. From the sources (no built version) nothing is kept.
 */
export function cachedParse(input: string, code = builtCodeVersion(), env: NodeJS.ProcessEnv = process.env): ParsedReport {
	const root = cacheRoot(env);
	if (!code || !root) return parseReport(input);
	const store = new DiskCache(join(root, 'parses'), cacheMaxBytes(env));
	const key = `${contentHash(`${code}\0${input}`)}.json`;
	const data = store.getChecked(key);
	if (data) {
		try {
			const v: unknown = JSON.parse(data.toString('utf8'));
			if (fitsInput(v, input)) return v;
		} catch {
			// Damaged: parsed again below.
		}
	}
	const report = parseReport(input);
	store.setChecked(key, Buffer.from(JSON.stringify(report), 'utf8'));
	return report;
}

/** Load by path, else by corpus id. */
export async function loadReport(arg: string): Promise<LoadedReport> {
	if (existsSync(arg)) {
		const input = await readInput(arg);
		return { name: arg, input, report: cachedParse(input) };
	}
	const { openCorpus } = await import('./corpus');
	const corpus = await openCorpus();
	const report = corpus.parsed(arg);
	if (!report) throw new CliError(`${arg}: no such file, and no report with that id in the corpus (${corpus.dirs.join(', ')})`);
	return { name: arg, input: corpus.input(arg)!, report };
}
