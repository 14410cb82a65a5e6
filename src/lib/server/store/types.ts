/**
 * The corpus index behind a small interface: the SQLite file is one engine
 * (sqlite.ts); another (a server shared by several app instances) can take
 * its place without the corpus store changing.
 */
import type { ReportMeta } from '../../core/meta';

/** One corpus file as last indexed. */
export interface FileRow {
	/** Absolute path. */
	file: string;
	size: number;
	mtime: number;
	hash: string;
	/** Characters of decoded input. */
	chars: number;
	/** Metadata the parser inferred from the text (front matter included). */
	meta: ReportMeta;
	/** Metadata the front matter states (it wins over every inference). */
	stated: ReportMeta;
	/** Code version the row was indexed with. */
	version: string;
}

/** A paragraph (or heading) of a report's cleaned text; `start` is its offset in that text. */
export interface ParaRow {
	hash: string;
	start: number;
	text: string;
}

/** Why the index is not the plain persistent one. */
export type IndexNotice = 'rebuilt' | 'read-only' | 'memory' | 'busy';

export interface CorpusIndex {
	/** Where it lives (a path, or ':memory:'). */
	readonly location: string;
	readonly notices: IndexNotice[];
	files(): FileRow[];
	putFile(row: FileRow): void;
	/** Forget rows of these files (gone from the tree or re-indexed), then texts no file uses. */
	forget(files: string[]): void;
	hasText(hash: string, version: string): boolean;
	putText(hash: string, version: string, input: string, paras: Omit<ParaRow, 'hash'>[]): void;
	text(hash: string): string | undefined;
	/** A derived result (JSON), under the content hash and the deriving code's version. */
	getDerived(kind: string, version: string, hash: string): string | undefined;
	/** Whether a derived result is kept, without reading it (some are megabytes). */
	hasDerived(kind: string, version: string, hash: string): boolean;
	setDerived(kind: string, version: string, hash: string, json: string): void;
	/** Paragraphs containing `term` (a literal substring), at most `limit`, in index order. */
	paragraphsWith(term: string, limit: number, hashes?: string[]): ParaRow[];
	/** Is `term` found by a scan of every paragraph (a common term of one or two characters) rather than through the index? */
	scanned(term: string): boolean;
	/** The content hashes of texts containing `term`, with the number of paragraphs. */
	textsWith(term: string): Map<string, number>;
	/**
	 * Occurrences of `term` (as written, non-overlapping) per text, counted inside the index; with
	 * `hashes`, only those texts, read range by range (a year's few hundred reports: work grows with
	 * their length, not with the corpus's hits of a common term).
	 */
	termCounts(term: string, hashes?: string[]): Map<string, number>;
	/** Characters of indexed paragraphs per text. */
	textLengths(hashes: string[]): Map<string, number>;
	/** A small named value of the index (the last catalog of the tree, so a warm start serves at once). */
	getInfo(key: string): string | undefined;
	setInfo(key: string, value: string): void;
	/** Start a bulk build: call `tick()` before each file's writes, `end()` when done (resolves once the whole index is written). */
	bulk(): { tick(): void; end(): Promise<void> };
	/** Run `fn` in one transaction (writes batch). */
	batch<T>(fn: () => T): T;
	close(): void;
}
