/**
 * The corpus store: every report under the corpus directories, loaded at
 * start, parsed lazily and cached by content hash. Reports are found by id
 * through an index built from the directory listing — a URL never becomes a
 * file path, so nothing outside the corpus can be read through it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseReport, PARSER_VERSION, type ParsedReport, type ReportMeta } from '../core/parse';
import { readFrontMatter } from '../core/frontmatter';
import { kindOfTitle, metaFromFields } from '../core/meta';
import { contentHash, DiskCache } from './cache';
import { decoderFor } from './decode';
import { walkFiles } from './files';
// Word, PDF and HTML reports in a corpus directory are read through the importers.
import './import/decoders';

export interface ReportEntry {
	id: string;
	/** Absolute path of the file. */
	file: string;
	meta: ReportMeta;
	hash: string;
	/** Characters of decoded input. */
	size: number;
}

export interface CorpusOptions {
	/** Directories to read, in order; the first is where imports are saved. */
	dirs: string[];
	/** Where parse results are cached; null disables the disk cache. */
	cacheDir?: string | null;
}

/** Ids are file names without extension, restricted to characters safe in a URL path segment. */
const ID_OK = /^[\p{L}\p{N}_.-]+$/u;

export function reportIdOf(file: string): string | null {
	const id = basename(file, extname(file));
	return ID_OK.test(id) && !id.startsWith('.') ? id : null;
}

interface Manifest {
	[file: string]: Record<string, string | number>;
}

function readManifest(dir: string): Manifest {
	const p = join(dir, 'manifest.json');
	if (!existsSync(p)) return {};
	try {
		const list = JSON.parse(readFileSync(p, 'utf8')) as Record<string, string | number>[];
		const out: Manifest = {};
		for (const item of list) if (typeof item.file === 'string') out[basename(item.file)] = item;
		return out;
	} catch {
		return {};
	}
}

export class CorpusStore {
	readonly dirs: string[];
	readonly cache: DiskCache;
	private entries = new Map<string, ReportEntry>();
	private inputs = new Map<string, string>();
	private parsedCache = new Map<string, ParsedReport>();
	private derivedCache = new Map<string, unknown>();
	/** Metadata stated by front matter or a manifest: it wins over inference. */
	private given = new Map<string, ReportMeta>();
	/** Files that could not be read, with the reason: listed, never silently dropped. */
	readonly problems: { file: string; error: string }[] = [];

	constructor(opts: CorpusOptions) {
		this.dirs = opts.dirs.map((d) => resolve(d));
		this.cache = new DiskCache(opts.cacheDir === undefined ? null : opts.cacheDir);
	}

	/** Read every report file (decoding only; parsing waits until a report is asked for). */
	async load(): Promise<this> {
		this.entries.clear();
		this.inputs.clear();
		this.problems.length = 0;
		for (const dir of this.dirs) {
			if (!existsSync(dir)) continue;
			const manifest = { ...readManifest(dir) };
			for (const file of walkFiles(dir)) {
				const decode = decoderFor(file);
				if (!decode) continue;
				const id = reportIdOf(file);
				if (!id) {
					this.problems.push({ file, error: 'file name is not a usable report id' });
					continue;
				}
				if (this.entries.has(id)) {
					this.problems.push({ file, error: `duplicate report id "${id}"` });
					continue;
				}
				try {
					const input = await decode(readFileSync(file), file);
					const hash = contentHash(input);
					const given = givenMeta(input, manifest[basename(file)]);
					const meta = { ...parseReport(head(input)).meta, ...given };
					this.given.set(id, given);
					this.entries.set(id, { id, file, meta, hash, size: input.length });
					this.inputs.set(id, input);
				} catch (e) {
					this.problems.push({ file, error: (e as Error).message });
				}
			}
		}
		return this;
	}

	list(): ReportEntry[] {
		return [...this.entries.values()].sort(compareEntries);
	}

	get(id: string): ReportEntry | undefined {
		if (typeof id !== 'string' || !ID_OK.test(id)) return undefined;
		return this.entries.get(id);
	}

	/** The decoded input of a report (what every offset points into). */
	input(id: string): string | undefined {
		return this.get(id) ? this.inputs.get(id) : undefined;
	}

	/** The parsed report, from memory, the disk cache, or a fresh parse. */
	parsed(id: string): ParsedReport | undefined {
		const entry = this.get(id);
		if (!entry) return undefined;
		const hit = this.parsedCache.get(id);
		if (hit) return hit;
		let parsed = this.cache.get<ParsedReport>('parse', PARSER_VERSION, entry.hash);
		if (!parsed) {
			parsed = parseReport(this.inputs.get(id)!);
			this.cache.set('parse', PARSER_VERSION, entry.hash, parsed);
		}
		// Metadata from the manifest or front matter wins over inference.
		parsed.meta = { ...parsed.meta, ...this.given.get(id) };
		this.parsedCache.set(id, parsed);
		return parsed;
	}

	/** The parsed report if it is in memory already (no parse, no disk read). */
	parsedInMemory(id: string): ParsedReport | undefined {
		return this.get(id) ? this.parsedCache.get(id) : undefined;
	}

	/** Adopt a parse done elsewhere (a worker thread) if it is of the report's current content. */
	adoptParsed(id: string, parsed: ParsedReport, hash: string): boolean {
		const entry = this.get(id);
		if (!entry || entry.hash !== hash) return false;
		parsed.meta = { ...parsed.meta, ...this.given.get(id) };
		this.parsedCache.set(id, parsed);
		return true;
	}

	/**
	 * A value derived from a report by core code (topics, figures…), cached in
	 * memory and on disk under the report's hash and the deriver's version.
	 */
	derived<T>(id: string, kind: string, version: string | number, derive: (report: ParsedReport, input: string) => T): T | undefined {
		const entry = this.get(id);
		if (!entry) return undefined;
		const key = `${kind}:${version}:${id}`;
		if (this.derivedCache.has(key)) return this.derivedCache.get(key) as T;
		let value = this.cache.get<T>(kind, version, entry.hash);
		if (value === undefined) {
			value = derive(this.parsed(id)!, this.inputs.get(id)!);
			this.cache.set(kind, version, entry.hash, value);
		}
		this.derivedCache.set(key, value);
		return value;
	}
}


/** Metadata the file states: front matter first, then the directory's manifest. */
function givenMeta(input: string, manifest?: Record<string, string | number>): ReportMeta {
	const fm = readFrontMatter(input);
	const given = fm ? metaFromFields(fm.fields) : {};
	if (manifest) {
		for (const [k, v] of Object.entries(manifest)) {
			if (k === 'file' || given[k] !== undefined) continue;
			given[k] = k === 'year' ? Number(v) : v;
		}
	}
	// A manifest names the title; the kind follows from it.
	if (!given.kind && typeof given.title === 'string') {
		const kind = kindOfTitle(given.title);
		if (kind) given.kind = kind;
	}
	return given;
}

/** The opening of a report, enough for the parser to infer its metadata cheaply. */
function head(input: string): string {
	const fm = readFrontMatter(input);
	const start = fm ? fm.bodyStart : 0;
	const cut = input.indexOf('\n', start + 1500);
	return cut < 0 ? input : input.slice(0, cut);
}

function compareEntries(a: ReportEntry, b: ReportEntry): number {
	const ra = a.meta.region ?? '';
	const rb = b.meta.region ?? '';
	if (ra !== rb) return ra.localeCompare(rb, 'zh');
	return (b.meta.year ?? 0) - (a.meta.year ?? 0) || a.id.localeCompare(b.id);
}

let shared: Promise<CorpusStore> | null = null;

/**
 * The app's corpus: `DUIDU_REPORTS` (colon-separated directories, default
 * `reports`) cached under `DUIDU_CACHE` (default `.cache/duidu`).
 */
export function getCorpus(): Promise<CorpusStore> {
	if (!shared) {
		const dirs = (process.env.DUIDU_REPORTS ?? 'reports').split(':').filter(Boolean);
		const cacheDir = process.env.DUIDU_CACHE === 'off' ? null : (process.env.DUIDU_CACHE ?? '.cache/duidu');
		shared = new CorpusStore({ dirs, cacheDir }).load();
	}
	return shared;
}

/** Forget the loaded corpus (after an import), so the next request reloads it. */
export function resetCorpus() {
	shared = null;
}
