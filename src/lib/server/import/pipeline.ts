/**
 * The import pipeline: bytes → extracted text → metadata (inferred, then
 * corrected) → a corpus file `<dir>/<id>.txt`, written atomically. Nothing
 * is written unless every check passes; an existing report is replaced only
 * when asked.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import {
	applyCorrections,
	bodyOf,
	comparableText,
	completeMeta,
	composeReportFile,
	inferImportMeta,
	REPORT_ID,
	reportIdFor,
	validateMeta
} from '../../core/import/meta';
import { parseReport, type ReportMeta } from '../../core/parse';
import { decoderFor } from '../decode';
import { walkFiles } from '../files';
// Reports in the directory may be .docx/.pdf/.html too: read them the way the corpus does.
import './decoders';
import { extractFile, type Extracted, type ImportFormat } from './extract';
import { ImportRefusal } from './refusal';
import type { TextEncodingName } from '../../core/import/encoding';

export interface ImportOptions {
	/** The corpus directory the report goes into. */
	dir: string;
	/** The user's corrections to the inferred metadata. */
	corrections?: ReportMeta;
	/** The complete metadata to save, as edited in a form (empty fields mean "none"); replaces inference. */
	meta?: ReportMeta;
	/** An explicit report id (else region-year-kind). */
	id?: string;
	/** Overwrite a report with the same id. */
	replace?: boolean;
	maxBytes?: number;
}

export interface OutlineEntry {
	id: string;
	level: number;
	heading: string;
}

export interface ExistingReport {
	id: string;
	/** Path relative to the corpus directory. */
	file: string;
}

export interface ImportCandidate {
	fileName: string;
	format: ImportFormat;
	encoding?: TextEncodingName;
	id: string;
	/** What the file says, before corrections. */
	inferred: ReportMeta;
	/** What will be saved. */
	meta: ReportMeta;
	/** The report text as extracted (below the front matter). */
	body: string;
	outline: OutlineEntry[];
	stats: { characters: number; paragraphs: number; sections: number; pages?: number; droppedLines?: number };
	/** A report in the directory with the same text. */
	duplicateOf: ExistingReport | null;
	/** A report in the directory with the same id. */
	existing: ExistingReport | null;
	/** Absolute path the report will be written to. */
	target: string;
}

interface IndexEntry extends ExistingReport {
	path: string;
	hash: string;
	mtime: number;
	size: number;
}

/** Comparable-text hashes of files already read, so a batch does not decode the corpus once per file. */
const hashCache = new Map<string, IndexEntry>();

function textHash(text: string): string {
	return createHash('sha256').update(comparableText(text)).digest('hex');
}

/** Every report in the directory: its id, file and text hash. Unreadable files are skipped (the corpus lists them). */
export async function indexDirectory(dir: string): Promise<IndexEntry[]> {
	const out: IndexEntry[] = [];
	for (const path of walkFiles(resolve(dir))) {
		const decode = decoderFor(path);
		if (!decode) continue;
		const id = basename(path, extname(path));
		if (!REPORT_ID.test(id) || id.startsWith('.')) continue;
		const st = statSync(path);
		const hit = hashCache.get(path);
		if (hit && hit.mtime === st.mtimeMs && hit.size === st.size) {
			out.push(hit);
			continue;
		}
		try {
			const text = await decode(readFileSync(path), path);
			const entry: IndexEntry = { id, file: relative(resolve(dir), path), path, hash: textHash(text), mtime: st.mtimeMs, size: st.size };
			hashCache.set(path, entry);
			out.push(entry);
		} catch {
			// Not readable as a report: the corpus store reports it; it cannot be a duplicate.
		}
	}
	return out;
}

/** A target that is a file, or a folder that cannot be read, is a refusal of this file — not a crash of the batch. */
function checkTarget(dir: string, fileName: string) {
	let st;
	try {
		st = statSync(dir);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // created at save time
		throw new ImportRefusal('write-failed', `${fileName}: cannot import into ${dir}: ${(e as Error).message}`, {
			detail: (e as Error).message
		});
	}
	if (!st.isDirectory()) {
		throw new ImportRefusal('write-failed', `${fileName}: cannot import into ${dir}: it is a file, not a folder`, {
			detail: `${dir}: not a folder`
		});
	}
	try {
		readdirSync(dir);
	} catch (e) {
		throw new ImportRefusal('write-failed', `${fileName}: cannot import into ${dir}: the folder cannot be read (${(e as Error).message})`, {
			detail: (e as Error).message
		});
	}
}

/** `.ID.PID.HEX.tmp`: the temp file a save writes before renaming it into place. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temp file older than this is stale even if its process id is in use again. */
const TEMP_STALE_MS = 60 * 60 * 1000;

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Remove temp files left by saves that never finished (the process was
 * killed between writing and renaming): those of processes no longer
 * running, and any older than an hour. Returns the names removed; a folder
 * that cannot be read or written is left alone.
 */
export function cleanStaleTemps(dir: string, now = Date.now()): string[] {
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return removed;
	}
	for (const name of names) {
		const m = TEMP_FILE.exec(name);
		if (!m) continue;
		const p = join(dir, name);
		try {
			const st = statSync(p);
			if (!st.isFile()) continue;
			if (alive(Number(m[1])) && now - st.mtimeMs < TEMP_STALE_MS) continue;
			unlinkSync(p);
			removed.push(name);
		} catch {
			// Gone meanwhile, or not ours to remove.
		}
	}
	return removed;
}

/** Read, extract and describe a file without writing anything. Refusals of the file itself are thrown. */
export async function prepareImport(bytes: Uint8Array, fileName: string, opts: ImportOptions): Promise<ImportCandidate> {
	checkTarget(resolve(opts.dir), fileName);
	const extracted: Extracted = await extractFile(bytes, fileName, opts.maxBytes);
	const corrections = opts.corrections ?? {};
	const problems = validateMeta(opts.meta ?? corrections);
	if (problems.length) throw new ImportRefusal('bad-meta', `${fileName}: ${problems.join('; ')}`, { problems: problems.join('; ') });

	const inferred = inferImportMeta(extracted.text, { fileName, pageTitle: extracted.pageTitle });
	const meta = opts.meta ? completeMeta(opts.meta) : applyCorrections(inferred, corrections);
	const id = opts.id?.trim() || reportIdFor(meta, fileName);
	if (!REPORT_ID.test(id) || id.startsWith('.')) {
		throw new ImportRefusal('bad-meta', `${fileName}: "${id}" cannot be a report id (letters, digits, _ . - only)`, {
			problems: `id "${id}"`
		});
	}
	const body = bodyOf(extracted.text);
	const content = composeReportFile(meta, body);
	const parsed = parseReport(content);

	const dir = resolve(opts.dir);
	const index = await indexDirectory(dir);
	const hash = textHash(body);
	const dup = index.find((e) => e.hash === hash);
	const same = index.find((e) => e.id === id);
	return {
		fileName,
		format: extracted.format,
		encoding: extracted.encoding,
		id,
		inferred,
		meta,
		body,
		outline: parsed.sections.map((s) => ({ id: s.id, level: s.level, heading: s.heading })),
		stats: {
			characters: parsed.text.length,
			paragraphs: parsed.paragraphs.length,
			sections: parsed.sections.length,
			pages: extracted.pages,
			droppedLines: extracted.droppedLines
		},
		duplicateOf: dup ? { id: dup.id, file: dup.file } : null,
		existing: same ? { id: same.id, file: same.file } : null,
		target: join(dir, `${id}.txt`)
	};
}

export interface SavedReport {
	id: string;
	file: string;
	replaced: boolean;
}

/** The refusal a candidate meets at save time, if any (also shown in the UI before saving). */
export function saveRefusal(c: ImportCandidate, replace: boolean): ImportRefusal | null {
	if (c.duplicateOf && !(replace && c.duplicateOf.id === c.id)) {
		return new ImportRefusal(
			'duplicate',
			`${c.fileName}: already in the corpus as "${c.duplicateOf.id}" (${c.duplicateOf.file}): the same text`,
			{
				id: c.duplicateOf.id,
				file: c.duplicateOf.file
			}
		);
	}
	if (c.existing && !replace) {
		return new ImportRefusal(
			'exists',
			`${c.fileName}: a report with id "${c.id}" already exists (${c.existing.file}); pass --replace to overwrite it, or --id to save under another id`,
			{
				id: c.id,
				file: c.existing.file
			}
		);
	}
	return null;
}

/**
 * Write the candidate: a temp file in the same directory (invisible to the
 * corpus: its name starts with a dot), flushed, then renamed into place —
 * or, when not replacing, hard-linked so an existing file can never be
 * clobbered even by a concurrent import. The temp file is always removed.
 */
export function saveImport(c: ImportCandidate, opts: { replace?: boolean } = {}): SavedReport {
	const replace = Boolean(opts.replace);
	const refusal = saveRefusal(c, replace);
	if (refusal) throw refusal;
	const dir = resolve(c.target, '..');
	mkdirSync(dir, { recursive: true });
	const content = composeReportFile(c.meta, c.body);
	const tmp = join(dir, `.${c.id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let replaced = false;
	try {
		const fd = openSync(tmp, 'wx');
		try {
			writeSync(fd, content);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		if (replace) {
			replaced = existsSync(c.target);
			renameSync(tmp, c.target);
			// The same id under another extension (a .docx in the corpus) would now be a duplicate id.
			if (c.existing) {
				const old = resolve(dir, c.existing.file);
				if (old !== c.target && existsSync(old)) {
					unlinkSync(old);
					replaced = true;
				}
			}
		} else {
			try {
				linkSync(tmp, c.target);
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
					throw new ImportRefusal(
						'exists',
						`${c.fileName}: a report with id "${c.id}" already exists (${c.id}.txt); pass --replace to overwrite it`,
						{ id: c.id, file: `${c.id}.txt` }
					);
				}
				if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP') {
					// File systems without hard links: check, then rename (not race-free, still never a partial file).
					if (existsSync(c.target))
						throw new ImportRefusal('exists', `${c.fileName}: a report with id "${c.id}" already exists (${c.id}.txt)`, {
							id: c.id,
							file: `${c.id}.txt`
						});
					renameSync(tmp, c.target);
				} else throw e;
			}
		}
	} catch (e) {
		if (e instanceof ImportRefusal) throw e;
		throw new ImportRefusal('write-failed', `${c.fileName}: could not write ${c.target}: ${(e as Error).message}`, {
			detail: (e as Error).message
		});
	} finally {
		if (existsSync(tmp)) unlinkSync(tmp);
	}
	hashCache.delete(c.target);
	return { id: c.id, file: c.target, replaced };
}

/** Prepare and save in one go (the CLI's path). */
export async function importFile(
	bytes: Uint8Array,
	fileName: string,
	opts: ImportOptions
): Promise<{ candidate: ImportCandidate; saved: SavedReport }> {
	const candidate = await prepareImport(bytes, fileName, opts);
	return { candidate, saved: saveImport(candidate, { replace: opts.replace }) };
}
