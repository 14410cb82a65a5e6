/**
 * The corpus store: every report under the corpus directories, found by id
 * through an index built from the directory tree — a URL never becomes a file
 * path, so nothing outside the corpus can be read through it.
 *
 * What it knows lives in the corpus index (store/, SQLite by default): file
 * rows (size, mtime, content hash, metadata), the decoded texts, derived
 * results keyed by content hash and the version of the code that derived
 * them, and a full-text index over paragraphs. Memory holds the metadata of
 * each report and bounded caches only. The files are the source of truth: a
 * file whose size or time changed is read, hashed and (if its text changed)
 * re-indexed alone; an index that cannot be read is rebuilt.
 */
import { isMainThread } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseReport, type ParsedReport, type ReportMeta } from '../core/parse';
import { readFrontMatter } from '../core/frontmatter';
import { duplicateReports, kindOfTitle, metaFromFields, yearOfSession, type DuplicateGroup } from '../core/meta';
import { mergeMeta, pathMeta } from '../core/corpus/path';
import type { ProblemCode } from '../core/corpus/problems';
import { contentHash } from './cache';
import { decoderFor } from './decode';
import { walkTree } from './files';
import { Lru } from './store/lru';
import { isBusyError, openSqliteIndex } from './store/sqlite';
import { codeVersion } from './store/code-version';
import type { CorpusIndex, FileRow, IndexNotice } from './store/types';
// Word, PDF and HTML reports in a corpus directory are read through the importers.
import './import/decoders';

export interface ReportEntry {
	id: string;
	/** Absolute path of the file. */
	file: string;
	/** Path relative to its corpus directory, `/`-separated. */
	path: string;
	meta: ReportMeta;
	hash: string;
	/** Characters of decoded input. */
	size: number;
	/**
	 * The year the path states, when the report's own dated session line names
	 * another (then `meta.year`): 四川省/2010.md was delivered on 2011-01-18 at the
	 * 十一届四次 session, so it is listed as 2011, with a notice.
	 */
	pathYear?: number;
}

/** Why a file is not (or not plainly) a report (`ProblemCode`, core/corpus/problems.ts). `file` is relative to its corpus directory. */
export interface CorpusProblem {
	file: string;
	code: ProblemCode;
	/** English detail for logs and the CLI (the UI translates `code`). */
	error: string;
	/** For an id clash: the id the file got. */
	id?: string;
	/** For a year from the text: the year listed, the path's year, the delivery date, or the year its review heading names. */
	year?: number;
	pathYear?: number;
	date?: string;
	reviews?: number;
}

export interface CorpusOptions {
	/** Directories to read, in order; the first is where imports are saved. */
	dirs: string[];
	/** Where the index lives by default (`<cacheDir>/index.sqlite`); null keeps it in memory. */
	cacheDir?: string | null;
	/** The index file itself (overrides cacheDir); null keeps it in memory. */
	db?: string | null;
	/** The index engine (default: SQLite at `db`). */
	index?: CorpusIndex;
	/** Code versions of derived kinds (default: computed from the sources, see store/code-version.ts). */
	codeVersion?: (kind: string) => string;
}

export interface LoadOptions {
	/**
	 * Return once the tree is scanned and indexing has run this many
	 * milliseconds (or finished); index the rest in the background.
	 */
	background?: number;
	onProgress?: (p: Progress) => void;
	/**
	 * Another process builds this index (the heavy lane of `npm start` beside
	 * the first process): wait, polling every `follow` milliseconds, until that
	 * process has saved a catalog, and start from it — a cold tree is then
	 * indexed once, not once per process. Ignored for an index in memory.
	 */
	follow?: number;
}

export interface Progress {
	/** Files to read and index in this load, and how many are done. */
	total: number;
	done: number;
	running: boolean;
	/** The tree is being walked and compared with the index (a warm start serves the last catalog meanwhile). */
	checking?: boolean;
}

/** What a finished load saw, kept in the index so the next start serves it at once. */
interface Catalog {
	v: 1;
	dirs: string[];
	parse: string;
	entries: ReportEntry[];
	problems: CorpusProblem[];
}

const CATALOG_KEY = 'catalog';

const ID_OK = /^[\p{L}\p{N}_.-]+$/u;

/** Manifest entries by path relative to the manifest's directory (and by bare file name). */
function readManifest(dir: string): Map<string, Record<string, string | number>> {
	const out = new Map<string, Record<string, string | number>>();
	const p = join(dir, 'manifest.json');
	if (!existsSync(p)) return out;
	try {
		const list = JSON.parse(readFileSync(p, 'utf8'));
		if (!Array.isArray(list)) return out;
		for (const item of list) {
			if (!item || typeof item !== 'object' || typeof item.file !== 'string') continue;
			out.set(item.file.replace(/\\/g, '/').replace(/^\.\//, ''), item);
			const base = item.file.split('/').pop();
			if (!out.has(base)) out.set(base, item);
		}
	} catch {
		// An unreadable manifest only loses what it would have said.
	}
	return out;
}

/** Kinds of derived result and the producer whose code version keys them. */
function producerOf(kind: string): string {
	if (kind === 'parse' || kind === 'topics' || kind === 'figures' || kind === 'search') return kind;
	if (kind.startsWith('rhetoric')) return 'rhetoric';
	if (kind.startsWith('figures')) return 'figures';
	return 'parse';
}

/** A parse result read back from the index must look like one. */
function isParsed(v: unknown): v is ParsedReport {
	const p = v as ParsedReport;
	return (
		!!p &&
		typeof p === 'object' &&
		typeof p.text === 'string' &&
		Array.isArray(p.sections) &&
		Array.isArray(p.paragraphs) &&
		Array.isArray(p.pieces) &&
		!!p.meta &&
		typeof p.meta === 'object'
	);
}

/** Default shape check of a derived value: not null, and not an empty object standing in for one. */
export function plausible(v: unknown): boolean {
	if (v === null || v === undefined) return false;
	if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) return false;
	return true;
}

interface Scanned {
	file: string;
	dir: string;
	rel: string;
	size: number;
	mtime: number;
}

export class CorpusStore {
	readonly dirs: string[];
	readonly index: CorpusIndex;
	/** Hits and misses of the derived-result cache in the index. */
	readonly cache = { hits: 0, misses: 0 };
	private entries = new Map<string, ReportEntry>();
	private sorted: ReportEntry[] | null = null;
	/** Reports that claim one region, year and kind: flagged, never merged (core/meta duplicateReports). */
	duplicates: DuplicateGroup[] = [];
	private duplicateOf = new Map<string, DuplicateGroup>();
	/** The catalog as last saved, to write it only when it changed. */
	private savedCatalog = '';
	private inputs = new Lru<string, string>(24);
	private parsedCache = new Lru<string, ParsedReport>(24);
	private derivedCache = new Lru<string, unknown>(512);
	private version: (kind: string) => string;
	/** Files that are not reports, or not plainly, found while walking the tree and reading files. */
	private scanProblems: CorpusProblem[] = [];
	/** Reports listed under their own year rather than their path's (derived from the entries). */
	private yearNotes: CorpusProblem[] = [];
	progress: Progress = { total: 0, done: 0, running: false };
	private loading: Promise<void> | null = null;

	constructor(opts: CorpusOptions) {
		this.dirs = opts.dirs.map((d) => resolve(d));
		const dbPath = opts.db !== undefined ? opts.db : opts.cacheDir ? join(opts.cacheDir, 'index.sqlite') : null;
		this.index = opts.index ?? openSqliteIndex(dbPath);
		this.version = opts.codeVersion ?? ((kind) => codeVersion(producerOf(kind) as Parameters<typeof codeVersion>[0]));
	}

	/** Why the index is slower or new: shown to the user. */
	get notices(): IndexNotice[] {
		return this.index.notices;
	}

	/**
	 * Scan the tree and index what is new or changed. Resolves when all is
	 * indexed, or — with `background` — at once when the index holds the
	 * catalog of a previous start (served while the tree is reconciled behind
	 * it), else after `background` milliseconds of scanning and indexing.
	 */
	async load(opts: LoadOptions = {}): Promise<this> {
		if (this.loading) await this.loading.catch(() => {});
		const background = opts.background !== undefined;
		let warm = background && this.entries.size === 0 && this.restoreCatalog();
		const onDisk = this.index.location !== ':memory:' && this.index.notices.length === 0;
		if (!warm && background && opts.follow && onDisk && this.entries.size === 0)
			while (!(warm = this.restoreCatalog())) await new Promise((r) => setTimeout(r, opts.follow));
		if (warm) this.progress = { total: 0, done: 0, running: true, checking: true };
		const run = (async () => {
			// Served first: the walk begins once the caller has the catalog.
			if (warm) await new Promise((r) => setImmediate(r));
			const work = await this.scan(background, opts);
			await this.indexAll(work, opts);
			this.saveCatalog();
		})().finally(() => {
			if (this.loading === run) this.loading = null;
		});
		this.loading = run;
		if (!background) await run;
		else if (!warm) await Promise.race([run, new Promise((r) => setTimeout(r, opts.background).unref?.())]);
		return this;
	}

	/** Serve the catalog the last load saved (same folders, same parser); false when there is none. */
	private restoreCatalog(): boolean {
		try {
			const json = this.index.getInfo(CATALOG_KEY);
			if (!json) return false;
			const c = JSON.parse(json) as Catalog;
			if (
				c?.v !== 1 ||
				JSON.stringify(c.dirs) !== JSON.stringify(this.dirs) ||
				c.parse !== this.version('parse') ||
				!Array.isArray(c.entries) ||
				!Array.isArray(c.problems)
			)
				return false;
			this.setEntries(new Map(c.entries.map((e) => [e.id, e])));
			this.scanProblems = c.problems;
			this.savedCatalog = json;
			return true;
		} catch {
			return false;
		}
	}

	private saveCatalog() {
		const c: Catalog = { v: 1, dirs: this.dirs, parse: this.version('parse'), entries: this.list(), problems: this.scanProblems };
		const json = JSON.stringify(c);
		if (json === this.savedCatalog) return;
		try {
			this.index.setInfo(CATALOG_KEY, json);
			this.savedCatalog = json;
		} catch {
			// Not kept: the next start walks the tree first, as without a catalog.
		}
	}

	private setEntries(entries: Map<string, ReportEntry>) {
		this.entries = entries;
		this.changed();
	}

	/** The list changed: sort again, flag duplicates again (linear). */
	private changed() {
		this.sorted = null;
		this.duplicates = duplicateReports(this.list());
		this.duplicateOf = new Map(this.duplicates.flatMap((g) => g.ids.map((id) => [id, g] as const)));
		this.yearNotes = this.list()
			.filter((e) => e.pathYear !== undefined)
			.map((e) => ({
				file: e.path,
				code: 'year-from-text' as const,
				year: Number(e.meta.year),
				pathYear: e.pathYear,
				date: String(e.meta.date ?? ''),
				...(typeof e.meta.reviews === 'number' ? { reviews: e.meta.reviews } : {}),
				error:
					typeof e.meta.reviews === 'number'
						? `${e.path}: its path says ${e.pathYear}, but the review it opens with ends in ${e.meta.reviews}, so it is the ${e.meta.year} report; listed as ${e.meta.year}`
						: `${e.path}: its path says ${e.pathYear}, its own session line (${e.meta.date}) makes it the ${e.meta.year} report; listed as ${e.meta.year}`
			}));
	}

	/** Files that are not reports, or not plainly, with the reason: listed, never silently dropped. */
	get problems(): CorpusProblem[] {
		return this.yearNotes.length ? [...this.scanProblems, ...this.yearNotes] : this.scanProblems;
	}

	/** The other reports claiming this one's region, year and kind. */
	duplicatesOf(id: string): string[] {
		return this.duplicateOf.get(id)?.ids.filter((i) => i !== id) ?? [];
	}

	/** Resolves when a background load has finished. */
	async ready(): Promise<this> {
		while (this.loading) await this.loading;
		return this;
	}

	/**
	 * Walk every directory; take what the index already knows, return what
	 * must be read. With `yielding`, requests are let in every few
	 * milliseconds (the catalog already served stays until the walk is done).
	 */
	private async scan(yielding: boolean, opts: LoadOptions): Promise<Scanned[]> {
		this.progress = { total: 0, done: 0, running: true, checking: true };
		opts.onProgress?.(this.progress);
		let lastYield = Date.now();
		const problems: CorpusProblem[] = [];
		const known = new Map(this.index.files().map((r) => [r.file, r]));
		const parseV = this.version('parse');
		const todo: Scanned[] = [];
		const seen = new Set<string>();
		const entries = new Map<string, ReportEntry>();
		const taken = new Map<string, string>();
		this.idOf.clear();
		for (const dir of this.dirs) {
			const manifest = readManifest(dir);
			for (const w of walkTree(dir)) {
				if (yielding && Date.now() - lastYield > 20) {
					await new Promise((r) => setImmediate(r));
					lastYield = Date.now();
				}
				const rel = relative(dir, w.file).split(sep).join('/');
				if ('code' in w) {
					const what =
						w.code === 'dangling-link'
							? 'a link to nothing (dangling symbolic link)'
							: w.code === 'link-loop'
								? 'a symbolic link that loops back into its own folder'
								: `cannot be read (${w.detail ?? 'error'})`;
					problems.push({ file: rel, code: w.code, error: `${rel}: ${what}` });
					continue;
				}
				if (rel === 'manifest.json' || /(^|\/)README(\.md)?$/i.test(rel)) continue;
				if (!decoderFor(w.file)) {
					problems.push({ file: rel, code: 'not-a-report', error: `${rel}: not a report format Duidu reads` });
					continue;
				}
				const segs = rel.split('/');
				const pm = pathMeta(segs);
				// A flat folder keeps file-name ids, but its own name may still speak (`national/1954.txt`).
				if (segs.length === 1) pm.meta = pathMeta([basename(dir), ...segs]).meta;
				let id = pm.id;
				if (!ID_OK.test(id) || id.startsWith('.')) {
					problems.push({ file: rel, code: 'bad-id', error: `${rel}: file name is not a usable report id` });
					continue;
				}
				if (taken.has(id)) {
					// Deterministic: files are walked in sorted order, the later one gets the suffix.
					let n = 2;
					while (taken.has(`${pm.id}-${n}`)) n++;
					id = `${pm.id}-${n}`;
					problems.push({
						file: rel,
						code: 'id-clash',
						id,
						error: `${rel}: its id "${pm.id}" is taken by ${taken.get(pm.id)}; served as "${id}"`
					});
				}
				taken.set(id, rel);
				seen.add(w.file);
				const item = manifest.get(rel) ?? manifest.get(rel.split('/').pop()!);
				const scanned: Scanned = { file: w.file, dir, rel, size: w.size, mtime: w.mtime };
				this.idOf.set(w.file, { id, path: pm.meta, manifest: item });
				const row = known.get(w.file);
				// Unchanged size and time, indexed by this parser: the file is not read. (Texts are only
				// dropped when no row uses them, so the row's text is there.)
				if (row && row.size === w.size && row.mtime === w.mtime && row.version === parseV) entries.set(id, this.entryOf(scanned, row));
				else {
					todo.push(scanned);
					// A changed file keeps its last indexed text (still in the index) until it is read again.
					if (row && row.version === parseV) entries.set(id, this.entryOf(scanned, row));
				}
			}
		}
		// Reports indexed before and still present stay usable while the rest is read; removed ones leave now.
		this.setEntries(entries);
		this.scanProblems = problems;
		this.gone = [...known.keys()].filter((f) => !seen.has(f));
		return todo;
	}

	private idOf = new Map<string, { id: string; path: ReportMeta; manifest?: Record<string, string | number> }>();
	/** Files the index knew that are no longer in the tree. */
	private gone: string[] = [];

	/** Stated metadata: front matter first, then the manifest. */
	private statedOf(file: string, frontMatter: ReportMeta): ReportMeta {
		const given: ReportMeta = { ...frontMatter };
		const manifest = this.idOf.get(file)?.manifest;
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

	/** Metadata: what the file states, else what its path says, else what the text says. */
	private entryOf(s: Scanned, row: FileRow): ReportEntry {
		const { id, path } = this.idOf.get(s.file)!;
		const given = this.statedOf(s.file, row.stated);
		// One inference (core/meta): canonical region names, level and province completed.
		// The path's year is the collection's label: a report whose own session line dates it
		// to another year (四川省/2010.md, delivered 2011-01-18) is that year's, with a notice.
		const ownYear = given.year === undefined ? yearOfSession(row.meta) : undefined;
		const pathYear = ownYear !== undefined && path.year !== undefined && path.year !== ownYear ? path.year : undefined;
		const meta: ReportMeta = mergeMeta(row.meta, { ...path, ...(pathYear !== undefined ? { year: ownYear } : {}), ...given }, s.file);
		if (path.level === 'national' && !given.region) meta.province = undefined;
		if (meta.level !== undefined && meta.level !== 'provincial' && meta.province === meta.region) delete meta.province;
		for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
		return { id, file: s.file, path: s.rel, meta, hash: row.hash, size: row.chars, ...(pathYear !== undefined ? { pathYear } : {}) };
	}

	private async indexAll(todo: Scanned[], opts: LoadOptions) {
		this.progress = { total: todo.length, done: 0, running: todo.length > 0 };
		opts.onProgress?.(this.progress);
		const parseV = this.version('parse');
		let lastYield = Date.now();
		const bulk = this.index.bulk();
		try {
			// A file met while another process held the index (SQLITE_BUSY) is not a
			// bad file: it is tried again after the others, and listed only if it fails again.
			const later: Scanned[] = [];
			const one = async (s: Scanned, last: boolean) => {
				try {
					bulk.tick();
					const row = await this.indexFile(s, parseV);
					if (row) {
						const e = this.entryOf(s, row);
						this.entries.set(e.id, e);
						this.sorted = null;
					}
				} catch (e) {
					if (!last && isBusyError(e)) return void later.push(s);
					const msg = (e as Error).message;
					const code: ProblemCode = /UTF-8|encoding/i.test(msg) ? 'encoding' : 'unreadable';
					this.scanProblems.push({ file: s.rel, code, error: msg.replaceAll(s.file, s.rel) });
				}
			};
			for (const s of todo) {
				await one(s, false);
				this.progress = { ...this.progress, done: this.progress.done + 1 };
				opts.onProgress?.(this.progress);
				// Let requests in: indexing a large tree must not stall the server.
				if (opts.background !== undefined && Date.now() - lastYield > 50) {
					await new Promise((r) => setImmediate(r));
					lastYield = Date.now();
				}
			}
			for (const s of later) await one(s, true);
			// Only when something changed: an unchanged tree costs no write at start.
			if (this.gone.length || todo.length) this.index.forget(this.gone);
		} finally {
			await bulk.end();
			if (todo.length) this.changed();
			this.progress = { ...this.progress, running: false };
			opts.onProgress?.(this.progress);
		}
	}

	/** Read one file; index its text unless the index already has it. */
	private async indexFile(s: Scanned, parseV: string): Promise<FileRow | null> {
		const decode = decoderFor(s.file)!;
		const input = await decode(readFileSync(s.file), s.file);
		const hash = contentHash(input);
		const fm = readFrontMatter(input);
		const stated = fm ? metaFromFields(fm.fields) : {};
		let meta: ReportMeta;
		if (!this.index.hasText(hash, parseV)) {
			const parsed = parseReport(input);
			meta = parsed.meta;
			const paras: { start: number; text: string }[] = [];
			const text = parsed.text;
			for (let i = 0; i < text.length;) {
				let j = text.indexOf('\n', i);
				if (j < 0) j = text.length;
				if (j > i) paras.push({ start: i, text: text.slice(i, j) });
				i = j + 1;
			}
			this.index.putText(hash, parseV, input, paras);
		} else meta = parseReport(head(input)).meta;
		const row: FileRow = { file: s.file, size: s.size, mtime: s.mtime, hash, chars: input.length, meta, stated, version: parseV };
		this.index.putFile(row);
		return row;
	}

	list(): ReportEntry[] {
		return (this.sorted ??= [...this.entries.values()].sort(compareEntries));
	}

	get(id: string): ReportEntry | undefined {
		if (typeof id !== 'string' || !ID_OK.test(id)) return undefined;
		return this.entries.get(id);
	}

	/** The entry of a content hash (the first, when several files share a text). */
	byHash(): Map<string, ReportEntry[]> {
		const m = new Map<string, ReportEntry[]>();
		for (const e of this.list()) {
			const l = m.get(e.hash);
			if (l) l.push(e);
			else m.set(e.hash, [e]);
		}
		return m;
	}

	/** The decoded input of a report (what every offset points into). */
	input(id: string): string | undefined {
		const entry = this.get(id);
		if (!entry) return undefined;
		const hit = this.inputs.get(entry.hash);
		if (hit) return hit;
		const text = this.index.text(entry.hash);
		if (text === undefined || contentHash(text) !== entry.hash) return undefined;
		this.inputs.set(entry.hash, text);
		return text;
	}

	/** The parsed report, from memory, the index, or a fresh parse. */
	parsed(id: string): ParsedReport | undefined {
		const entry = this.get(id);
		if (!entry) return undefined;
		const hit = this.parsedCache.get(parseKey(entry));
		if (hit) return hit;
		const version = this.version('parse');
		let parsed = this.readDerived('parse', version, entry.hash, isParsed) as ParsedReport | undefined;
		if (!parsed) {
			const input = this.input(id);
			if (input === undefined) return undefined;
			parsed = parseReport(input);
			this.writeDerived('parse', version, entry.hash, parsed);
		}
		// Metadata from the manifest, front matter or path wins over inference.
		parsed.meta = mergeMeta(parsed.meta, entry.meta, entry.file);
		this.parsedCache.set(parseKey(entry), parsed);
		return parsed;
	}

	private readDerived(kind: string, version: string, hash: string, valid: (v: unknown) => boolean): unknown {
		const json = this.index.getDerived(kind, version, hash);
		if (json !== undefined) {
			try {
				const v = JSON.parse(json);
				if (valid(v)) {
					this.cache.hits++;
					return v;
				}
			} catch {
				// Unreadable: a miss, recomputed below.
			}
		}
		this.cache.misses++;
		return undefined;
	}

	private writeDerived(kind: string, version: string, hash: string, value: unknown) {
		try {
			this.index.setDerived(kind, version, hash, JSON.stringify(value));
		} catch {
			// A cache that cannot be written only costs speed.
		}
	}

	/** The parsed report if it is in memory already (no parse, no disk read). */
	parsedInMemory(id: string): ParsedReport | undefined {
		const entry = this.get(id);
		return entry ? this.parsedCache.get(parseKey(entry)) : undefined;
	}

	/** Adopt a parse done elsewhere (a worker thread) if it is of the report's current content. */
	adoptParsed(id: string, parsed: ParsedReport, hash: string): boolean {
		const entry = this.get(id);
		if (!entry || entry.hash !== hash) return false;
		parsed.meta = mergeMeta(parsed.meta, entry.meta, entry.file);
		this.parsedCache.set(parseKey(entry), parsed);
		return true;
	}

	/**
	 * A value derived from a report by core code (topics, figures…), cached in
	 * memory (bounded) and in the index under the report's content hash, the
	 * deriver's own version and the computed version of the code behind it.
	 * `valid` checks the shape of what the index returns: a wrong shape is a miss.
	 */
	derived<T>(
		id: string,
		kind: string,
		version: string | number,
		derive: (report: ParsedReport, input: string) => T,
		valid: (v: unknown) => boolean = plausible
	): T | undefined {
		const entry = this.get(id);
		if (!entry) return undefined;
		const fullVersion = `${version}:${this.version(kind)}`;
		const key = `${kind}\0${fullVersion}\0${entry.hash}`;
		const hit = this.derivedCache.get(key);
		if (hit !== undefined) return hit as T;
		let value = this.readDerived(kind, fullVersion, entry.hash, valid) as T | undefined;
		if (value === undefined) {
			const parsed = this.parsed(id);
			const input = this.input(id);
			if (!parsed || input === undefined) return undefined;
			value = derive(parsed, input);
			this.writeDerived(kind, fullVersion, entry.hash, value);
		}
		this.derivedCache.set(key, value);
		return value;
	}

	close() {
		this.index.close();
	}
}

/** A parse in memory belongs to a report and its text: a file re-indexed behind a served catalog is parsed again. */
function parseKey(e: ReportEntry): string {
	return `${e.id}\0${e.hash}`;
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
	if (ra !== rb) return ra < rb ? -1 : 1;
	return (b.meta.year ?? 0) - (a.meta.year ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

let shared: Promise<CorpusStore> | null = null;
let sharedStore: CorpusStore | null = null;

/** Where the index lives: `DUIDU_DB`, else `index.sqlite` under `DUIDU_CACHE` (default `.cache/duidu`; `off` keeps it in memory). */
export function corpusOptions(): CorpusOptions {
	const dirs = (process.env.DUIDU_REPORTS ?? 'reports').split(':').filter(Boolean);
	const cacheDir = process.env.DUIDU_CACHE === 'off' ? null : (process.env.DUIDU_CACHE ?? '.cache/duidu');
	const db = process.env.DUIDU_DB ? (process.env.DUIDU_DB === 'off' ? null : process.env.DUIDU_DB) : undefined;
	return { dirs, cacheDir, db };
}

/**
 * The heavy lane of `npm start` (a second process on the same index) follows
 * the first one's index; its worker threads start only once it has (hooks).
 */
function defaultLoad(): LoadOptions {
	return process.env.DUIDU_LANE === 'heavy' && isMainThread ? { background: 2000, follow: 1000 } : { background: 2000 };
}

/**
 * The app's corpus: `DUIDU_REPORTS` (colon-separated directories, default
 * `reports`). It resolves once the tree is scanned and indexing has had two
 * seconds (a small corpus is then complete); a large one goes on indexing in
 * the background while reports already indexed are served. The CLI awaits
 * `ready()`.
 */
export function getCorpus(opts: LoadOptions = defaultLoad()): Promise<CorpusStore> {
	if (!shared) {
		sharedStore = new CorpusStore(corpusOptions());
		shared = sharedStore.load(opts);
	}
	return shared;
}

/** Forget the loaded corpus (after an import), so the next request reloads it. */
export function resetCorpus() {
	const old = sharedStore;
	shared = null;
	sharedStore = null;
	// Let requests in flight finish with the old store before its index closes.
	if (old) setTimeout(() => old.ready().then(() => old.close()), 5000).unref?.();
}
