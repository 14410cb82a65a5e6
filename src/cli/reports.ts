/**
 * How the CLI finds a report: a path to a file, or the id of a report in the
 * corpus (`reports/`, or `DUIDU_REPORTS`). The corpus store (SQLite) and the
 * Word/PDF readers are imported only when needed: `parse x.txt` starts
 * without them (see docs/cli.md, start-up).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseReport, type ParsedReport } from '../lib/core/parse';
import { decoderFor, DecodeError } from '../lib/server/decode';
import { CliError } from './io';

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

/** Load by path, else by corpus id. */
export async function loadReport(arg: string): Promise<LoadedReport> {
	if (existsSync(arg)) {
		const input = await readInput(arg);
		return { name: arg, input, report: parseReport(input) };
	}
	const { openCorpus } = await import('./corpus');
	const corpus = await openCorpus();
	const report = corpus.parsed(arg);
	if (!report) throw new CliError(`${arg}: no such file, and no report with that id in the corpus (${corpus.dirs.join(', ')})`);
	return { name: arg, input: corpus.input(arg)!, report };
}
