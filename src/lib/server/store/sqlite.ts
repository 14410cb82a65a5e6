/**
 * The corpus index as one SQLite file (better-sqlite3): file rows, decoded
 * texts, derived results keyed by content hash and code version, and an FTS5
 * trigram index over paragraphs, which finds Chinese substrings of three
 * characters or more (shorter terms are scanned). The files stay the source
 * of truth: an index that cannot be opened or read is rebuilt, and a cache
 * directory that cannot be written gives an in-memory index with a notice.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CorpusIndex, FileRow, IndexNotice, ParaRow } from './types';

const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL, chars INTEGER NOT NULL, meta TEXT NOT NULL, stated TEXT NOT NULL, version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts(hash TEXT PRIMARY KEY, version TEXT NOT NULL, input TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS paras(rowid INTEGER PRIMARY KEY, hash TEXT NOT NULL, start INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS paras_hash ON paras(hash);
CREATE VIRTUAL TABLE IF NOT EXISTS paras_fts USING fts5(text, content='paras', content_rowid='rowid', tokenize='trigram');
CREATE TABLE IF NOT EXISTS derived(kind TEXT NOT NULL, version TEXT NOT NULL, hash TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(kind, version, hash)) WITHOUT ROWID;
`;

type Db = Database.Database;

function isReadOnlyError(e: unknown): boolean {
	const code = (e as { code?: string }).code ?? '';
	return /READONLY|CANTOPEN|EACCES|EROFS|EPERM|PERM/.test(code) || /directory does not exist|read-?only|unable to open/i.test((e as Error).message ?? '');
}

function writableDir(dir: string): boolean {
	try {
		if (!statSync(dir).isDirectory()) return false;
		accessSync(dir, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

function inMemory(notice: IndexNotice): SqliteIndex {
	const mem = new Database(':memory:');
	init(mem);
	return new SqliteIndex(mem, ':memory:', [notice]);
}

function init(db: Db) {
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.exec(SCHEMA);
	const v = db.prepare(`SELECT value FROM info WHERE key = 'schema'`).get() as { value: string } | undefined;
	if (!v) db.prepare(`INSERT INTO info(key, value) VALUES ('schema', ?)`).run(SCHEMA_VERSION);
	else if (v.value !== SCHEMA_VERSION) throw Object.assign(new Error('index schema changed'), { code: 'SQLITE_SCHEMA_CHANGED' });
	// Reading every table once catches a corrupt file now rather than mid-request.
	db.prepare('SELECT count(*) FROM files').get();
	db.prepare('SELECT count(*) FROM derived').get();
}

function removeDb(path: string) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Open (or create, or rebuild) the index at `path`; `null` keeps it in memory. */
export function openSqliteIndex(path: string | null): SqliteIndex {
	const notices: IndexNotice[] = [];
	if (path === null) return inMemory('memory');
	try {
		mkdirSync(dirname(path), { recursive: true });
	} catch {
		// A read-only parent is found out below.
	}
	if (!writableDir(dirname(path))) return inMemory('read-only');
	let db: Db | null = null;
	try {
		db = new Database(path);
		init(db);
		return new SqliteIndex(db, path, notices);
	} catch (e) {
		db?.close();
		if (isReadOnlyError(e)) return inMemory('read-only');
		// Corrupt, not a database, or an old schema: the files are the truth, so start again.
		try {
			removeDb(path);
			const fresh = new Database(path);
			init(fresh);
			return new SqliteIndex(fresh, path, ['rebuilt']);
		} catch (e2) {
			return inMemory(isReadOnlyError(e2) ? 'read-only' : 'rebuilt');
		}
	}
}

/** A term as an FTS5 phrase: the trigram tokenizer then matches it as a substring. */
function phrase(term: string): string {
	return `"${term.replace(/"/g, '""')}"`;
}

export class SqliteIndex implements CorpusIndex {
	private st;
	constructor(
		private db: Db,
		readonly location: string,
		readonly notices: IndexNotice[]
	) {
		this.st = {
			files: db.prepare('SELECT * FROM files'),
			putFile: db.prepare('INSERT OR REPLACE INTO files(file, size, mtime, hash, chars, meta, stated, version) VALUES (@file, @size, @mtime, @hash, @chars, @meta, @stated, @version)'),
			hasText: db.prepare('SELECT 1 FROM texts WHERE hash = ? AND version = ?'),
			text: db.prepare('SELECT input FROM texts WHERE hash = ?'),
			putText: db.prepare('INSERT OR REPLACE INTO texts(hash, version, input) VALUES (?, ?, ?)'),
			oldParas: db.prepare('SELECT rowid, text FROM paras WHERE hash = ?'),
			ftsDelete: db.prepare(`INSERT INTO paras_fts(paras_fts, rowid, text) VALUES ('delete', ?, ?)`),
			parasDelete: db.prepare('DELETE FROM paras WHERE hash = ?'),
			putPara: db.prepare('INSERT INTO paras(hash, start, text) VALUES (?, ?, ?)'),
			putFts: db.prepare('INSERT INTO paras_fts(rowid, text) VALUES (?, ?)'),
			getDerived: db.prepare('SELECT value FROM derived WHERE kind = ? AND version = ? AND hash = ?'),
			setDerived: db.prepare('INSERT OR REPLACE INTO derived(kind, version, hash, value) VALUES (?, ?, ?, ?)'),
			match: db.prepare('SELECT p.hash AS hash, p.start AS start, p.text AS text FROM paras_fts JOIN paras p ON p.rowid = paras_fts.rowid WHERE paras_fts MATCH ? ORDER BY p.rowid LIMIT ?'),
			scan: db.prepare('SELECT hash, start, text FROM paras WHERE instr(text, ?) > 0 ORDER BY rowid LIMIT ?'),
			scanIn: db.prepare(`SELECT hash, start, text FROM paras WHERE hash IN (SELECT value FROM json_each(?)) AND instr(lower(text), lower(?)) > 0 ORDER BY rowid LIMIT ?`),
			textsMatch: db.prepare('SELECT p.hash AS hash, count(*) AS n FROM paras_fts JOIN paras p ON p.rowid = paras_fts.rowid WHERE paras_fts MATCH ? GROUP BY p.hash'),
			countMatch: db.prepare(`SELECT p.hash AS hash, sum((length(p.text) - length(replace(p.text, @t, ''))) / length(@t)) AS n FROM paras_fts JOIN paras p ON p.rowid = paras_fts.rowid WHERE paras_fts MATCH @q GROUP BY p.hash`),
			countScan: db.prepare(`SELECT hash, sum((length(text) - length(replace(text, @t, ''))) / length(@t)) AS n FROM paras WHERE instr(text, @t) > 0 GROUP BY hash`),
			lengths: db.prepare(`SELECT hash, sum(length(text)) AS n FROM paras WHERE hash IN (SELECT value FROM json_each(?)) GROUP BY hash`),
			textsScan: db.prepare('SELECT hash, count(*) AS n FROM paras WHERE instr(text, ?) > 0 GROUP BY hash')
		};
	}

	files(): FileRow[] {
		return (this.st.files.all() as Record<string, unknown>[]).flatMap((r) => {
			try {
				const meta = JSON.parse(r.meta as string);
				const stated = JSON.parse(r.stated as string);
				if (!meta || typeof meta !== 'object' || !stated || typeof stated !== 'object') return [];
				return [{ file: r.file as string, size: r.size as number, mtime: r.mtime as number, hash: r.hash as string, chars: r.chars as number, meta, stated, version: r.version as string }];
			} catch {
				return [];
			}
		});
	}

	putFile(row: FileRow) {
		this.st.putFile.run({ ...row, meta: JSON.stringify(row.meta), stated: JSON.stringify(row.stated) });
	}

	forget(files: string[]) {
		this.batch(() => {
			const del = this.db.prepare('DELETE FROM files WHERE file = ?');
			for (const f of files) del.run(f);
			const orphans = this.db.prepare('SELECT hash FROM texts WHERE hash NOT IN (SELECT hash FROM files)').all() as { hash: string }[];
			for (const { hash } of orphans) {
				this.dropParas(hash);
				this.db.prepare('DELETE FROM texts WHERE hash = ?').run(hash);
			}
		});
	}

	private dropParas(hash: string) {
		for (const p of this.st.oldParas.all(hash) as { rowid: number; text: string }[]) this.st.ftsDelete.run(p.rowid, p.text);
		this.st.parasDelete.run(hash);
	}

	hasText(hash: string, version: string): boolean {
		return this.st.hasText.get(hash, version) !== undefined;
	}

	putText(hash: string, version: string, input: string, paras: Omit<ParaRow, 'hash'>[]) {
		this.batch(() => {
			this.dropParas(hash);
			this.st.putText.run(hash, version, input);
			for (const p of paras) {
				const { lastInsertRowid } = this.st.putPara.run(hash, p.start, p.text);
				this.st.putFts.run(lastInsertRowid, p.text);
			}
		});
	}

	text(hash: string): string | undefined {
		return (this.st.text.get(hash) as { input: string } | undefined)?.input;
	}

	getDerived(kind: string, version: string, hash: string): string | undefined {
		return (this.st.getDerived.get(kind, version, hash) as { value: string } | undefined)?.value;
	}

	setDerived(kind: string, version: string, hash: string, json: string) {
		this.st.setDerived.run(kind, version, hash, json);
	}

	paragraphsWith(term: string, limit: number, hashes?: string[]): ParaRow[] {
		if (!term) return [];
		const long = [...term].length >= 3;
		if (hashes) {
			if (!hashes.length) return [];
			const list = JSON.stringify(hashes);
			// A few texts: reading their paragraphs beats walking every hit of a common term.
			return this.st.scanIn.all(list, term, limit) as ParaRow[];
		}
		return (long ? this.st.match.all(phrase(term), limit) : this.st.scan.all(term, limit)) as ParaRow[];
	}

	textsWith(term: string): Map<string, number> {
		if (!term) return new Map();
		const rows = ([...term].length >= 3 ? this.st.textsMatch.all(phrase(term)) : this.st.textsScan.all(term)) as { hash: string; n: number }[];
		return new Map(rows.map((r) => [r.hash, r.n]));
	}

	termCounts(term: string): Map<string, number> {
		if (!term) return new Map();
		const rows = ([...term].length >= 3 ? this.st.countMatch.all({ t: term, q: phrase(term) }) : this.st.countScan.all({ t: term })) as { hash: string; n: number }[];
		return new Map(rows.map((r) => [r.hash, r.n]));
	}

	textLengths(hashes: string[]): Map<string, number> {
		const rows = this.st.lengths.all(JSON.stringify(hashes)) as { hash: string; n: number }[];
		return new Map(rows.map((r) => [r.hash, r.n]));
	}

	batch<T>(fn: () => T): T {
		if (this.db.inTransaction) return fn();
		return this.db.transaction(fn)();
	}

	close() {
		if (this.db.open) this.db.close();
	}
}
