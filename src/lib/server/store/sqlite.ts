/**
 * The corpus index as one SQLite file (better-sqlite3): file rows, decoded
 * texts, derived results keyed by content hash and code version, and an FTS5
 * trigram index over paragraphs, which finds Chinese substrings (terms of
 * one or two characters through the trigrams that start with them). The files stay the source
 * of truth: an index that cannot be opened or read is rebuilt, and a cache
 * directory that cannot be written gives an in-memory index with a notice.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusIndex, FileRow, IndexNotice, ParaRow } from './types';

const SCHEMA_VERSION = '3';

/**
 * A paragraph's rowid is its text's id times PARA_SPAN plus its number in the
 * text: the text of a full-text hit is `rowid >> 24`, with no join, and one
 * text's paragraphs are a rowid range.
 */
export const PARA_BITS = 24;
const PARA_SPAN = 2 ** PARA_BITS;
/**
 * Appended to each paragraph in the full-text index (never stored): every
 * occurrence of a one- or two-character term then starts a trigram, so short
 * terms are found through the index (the trigrams that start with them)
 * instead of a scan of every paragraph.
 */
const SENTINEL = '\u0001\u0001';

/**
 * The full-text index is built in two shards, one per core: texts with an
 * even id are indexed in the main file's `paras_fts` by the thread that writes
 * the texts, texts with an odd id in a second file (SHARD_SUFFIX) by a worker
 * thread during a bulk build. The trigram tokenizer is ~80 % of a cold
 * index's CPU and cannot leave the thread that owns a connection; two files
 * are two writers. A query runs on both and merges: the shards hold disjoint
 * rowids, so hits, their order and counts are those of one table.
 */
const SHARD_SUFFIX = '.fts1';
const SHARD_VERSION = '1';
/** Which texts the second shard holds (SQL over a text id column, and the same in JavaScript). */
const inShard1 = (id: number) => id % 2 === 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL, chars INTEGER NOT NULL, meta TEXT NOT NULL, stated TEXT NOT NULL, version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts(id INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL UNIQUE, version TEXT NOT NULL, input TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS paras(rowid INTEGER PRIMARY KEY, start INTEGER NOT NULL, text TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS paras_fts USING fts5(text, content='', tokenize='trigram', detail=full);
CREATE VIRTUAL TABLE IF NOT EXISTS paras_vocab USING fts5vocab(paras_fts, 'row');
CREATE TABLE IF NOT EXISTS derived(kind TEXT NOT NULL, version TEXT NOT NULL, hash TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(kind, version, hash)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS derived_by_key ON derived(hash, kind);
`;

type Db = Database.Database;

/**
 * Brings the second shard up to date with the texts table: indexes the odd
 * texts it lacks (or holds under another hash or parser version) from their
 * stored paragraphs, and drops what it holds of texts that are gone. It only
 * reads committed texts, is idempotent (each text is checked again inside
 * the shard's write transaction) and so repairs any interrupted build. Kept
 * as JavaScript source because the worker thread runs the same code
 * (`new Worker(…, { eval: true })`: no separate bundle to find).
 * Arguments: src (connection reading texts/paras, schema ss), dst (connection
 * writing the shard, schema ds), immediate (take the shard's write lock at
 * BEGIN), span (PARA_SPAN), sentinel.
 */
const SYNC_JS = `function syncShard(src, ss, dst, ds, immediate, span, sentinel) {
	const have = new Map(dst.prepare('SELECT tid, key FROM ' + ds + '.shard_texts').raw().all());
	const want = new Map(src.prepare("SELECT id, hash || ' ' || version FROM " + ss + '.texts WHERE id % 2 = 1').raw().all());
	const todo = [];
	for (const [tid, key] of have) if (want.get(tid) !== key) todo.push([tid, null]);
	for (const [tid, key] of want) if (have.get(tid) !== key) todo.push([tid, key]);
	if (!todo.length) return 0;
	const keyNow = src.prepare("SELECT hash || ' ' || version FROM " + ss + '.texts WHERE id = ?').pluck();
	const paras = src.prepare('SELECT rowid, text FROM ' + ss + '.paras WHERE rowid BETWEEN ? AND ?').raw();
	const cur = dst.prepare('SELECT key, n FROM ' + ds + '.shard_texts WHERE tid = ?').raw();
	const delFts = dst.prepare('DELETE FROM ' + ds + '.paras_fts WHERE rowid = ?');
	const delRow = dst.prepare('DELETE FROM ' + ds + '.shard_texts WHERE tid = ?');
	const put = dst.prepare('INSERT INTO ' + ds + '.paras_fts(rowid, text) VALUES (?, ?)');
	const putRow = dst.prepare('INSERT INTO ' + ds + '.shard_texts(tid, key, n) VALUES (?, ?, ?)');
	let done = 0;
	for (let i = 0; i < todo.length; ) {
		dst.exec(immediate ? 'BEGIN IMMEDIATE' : 'BEGIN');
		try {
			const t = Date.now();
			for (; i < todo.length && Date.now() - t < 250; i++) {
				const [tid, key] = todo[i];
				const now = cur.get(tid);
				if (now && now[0] === key) continue;
				if (now) {
					for (let k = 0; k < now[1]; k++) delFts.run(tid * span + k);
					delRow.run(tid);
				}
				// Read again: the text may have changed since the lists above.
				if (key === null || keyNow.get(tid) !== key) continue;
				const rows = paras.all(tid * span, tid * span + span - 1);
				for (const [rowid, text] of rows) put.run(rowid, text + sentinel);
				putRow.run(tid, key, rows.length ? rows[rows.length - 1][0] - tid * span + 1 : 0);
				done++;
			}
			dst.exec('COMMIT');
		} catch (e) {
			if (dst.inTransaction) dst.exec('ROLLBACK');
			throw e;
		}
	}
	return done;
}`;

// The same source runs in the worker thread (WORKER_JS): one copy of the code.
const syncShard = new Function(`return ${SYNC_JS}`)() as (
	src: Db,
	ss: string,
	dst: Db,
	ds: string,
	immediate: boolean,
	span: number,
	sentinel: string
) => number;

/**
 * The worker thread that indexes the second shard during a bulk build: on
 * each 'sync' it indexes what the main thread has committed since; on 'end'
 * it syncs a last time, closes and answers 'done'.
 */
const WORKER_JS = `const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
${SYNC_JS}
const src = new Database(workerData.main, { readonly: true, timeout: 60000 });
const dst = new Database(workerData.shard, { timeout: 60000 });
dst.pragma('journal_mode = WAL');
dst.pragma('synchronous = OFF');
let failed = null;
const run = () => {
	if (failed) return;
	try {
		syncShard(src, 'main', dst, 'main', true, workerData.span, workerData.sentinel);
	} catch (e) {
		const msg = String((e && e.message) || e);
		// Another connection writing the shard (a repair): tried again at the next message.
		if (!/busy|locked/i.test(msg)) failed = msg;
	}
};
parentPort.on('message', (m) => {
	run();
	if (m === 'end') {
		dst.pragma('synchronous = NORMAL');
		dst.pragma('wal_checkpoint(TRUNCATE)');
		src.close();
		dst.close();
		parentPort.postMessage({ done: true, failed });
	}
});`;

const SHARD_SCHEMA = (s: string) => `
CREATE TABLE IF NOT EXISTS ${s}.shard_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.shard_texts(tid INTEGER PRIMARY KEY, key TEXT NOT NULL, n INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS ${s}.paras_fts USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail=full);
CREATE VIRTUAL TABLE IF NOT EXISTS ${s}.paras_vocab USING fts5vocab(paras_fts, 'row');
`;

function isReadOnlyError(e: unknown): boolean {
	const code = (e as { code?: string }).code ?? '';
	return (
		/READONLY|CANTOPEN|EACCES|EROFS|EPERM|PERM/.test(code) ||
		/directory does not exist|read-?only|unable to open/i.test((e as Error).message ?? '')
	);
}

/**
 * Another process holds the index (the heavy lane of `npm start`, a worker
 * thread, a second app on the same cache): it is busy, not broken, and must
 * never be deleted under that process's feet.
 */
export function isBusyError(e: unknown): boolean {
	const code = (e as { code?: string }).code ?? '';
	return /^SQLITE_(BUSY|LOCKED)/.test(code) || /database is locked|database table is locked/i.test((e as Error).message ?? '');
}

/**
 * How long opening waits for another process's write to finish (SQLite's busy
 * timeout): before the server listens, so a long wait freezes nothing. After
 * opening, a statement waits at most STATEMENT_BUSY_MS — better-sqlite3 is
 * synchronous, and a request must not hang on another process's batch.
 */
const BUSY_TIMEOUT_MS = 60_000;
const STATEMENT_BUSY_MS = 5_000;

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
	init(mem, null);
	return new SqliteIndex(mem, ':memory:', [notice]);
}

/** The second shard's file (beside the index file; `-wal` and `-shm` beside it). */
export function shardPath(path: string): string {
	return path + SHARD_SUFFIX;
}

/** Attach the second shard as `s1`; one that is damaged or of another version is started again (it is derived from `paras`). */
function attachShard(db: Db, path: string | null) {
	const attach = () => {
		db.prepare('ATTACH DATABASE ? AS s1').run(path === null ? ':memory:' : shardPath(path));
		// As the index file: readers never wait for the worker's writes, nor it for them.
		if (path !== null) db.pragma('s1.journal_mode = WAL');
		db.exec(SHARD_SCHEMA('s1'));
		const v = db.prepare(`SELECT value FROM s1.shard_info WHERE key = 'version'`).pluck().get() as string | undefined;
		if (!v) db.prepare(`INSERT INTO s1.shard_info(key, value) VALUES ('version', ?)`).run(SHARD_VERSION);
		else if (v !== SHARD_VERSION) throw Object.assign(new Error('shard version changed'), { code: 'SQLITE_SCHEMA_CHANGED' });
		db.prepare('SELECT count(*) FROM s1.shard_texts').get();
	};
	try {
		attach();
	} catch (e) {
		if (path === null || isBusyError(e) || isReadOnlyError(e)) throw e;
		try {
			db.exec('DETACH DATABASE s1');
		} catch {
			// Not attached.
		}
		for (const suffix of ['', '-wal', '-shm']) rmSync(shardPath(path) + suffix, { force: true });
		attach();
	}
}

function init(db: Db, path: string | null) {
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.exec(SCHEMA);
	const v = db.prepare(`SELECT value FROM info WHERE key = 'schema'`).get() as { value: string } | undefined;
	if (!v) db.prepare(`INSERT INTO info(key, value) VALUES ('schema', ?)`).run(SCHEMA_VERSION);
	else if (v.value !== SCHEMA_VERSION) throw Object.assign(new Error('index schema changed'), { code: 'SQLITE_SCHEMA_CHANGED' });
	// Reading every table once catches a corrupt file now rather than mid-request.
	db.prepare('SELECT count(*) FROM files').get();
	db.prepare('SELECT count(*) FROM derived').get();
	attachShard(db, path);
}

/** Delete an index: its file and its second shard (with their `-wal` and `-shm`). */
export function removeIndexFiles(path: string) {
	for (const base of [path, shardPath(path)]) for (const suffix of ['', '-wal', '-shm']) rmSync(base + suffix, { force: true });
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
		db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
		init(db, path);
		db.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`);
		return new SqliteIndex(db, path, notices);
	} catch (e) {
		db?.close();
		if (isReadOnlyError(e)) return inMemory('read-only');
		// Still locked after the wait: serve from memory this time, and leave the
		// other process's index whole (deleting it lost that process's work).
		if (isBusyError(e)) return inMemory('busy');
		// Corrupt, not a database, or an old schema: the files are the truth, so start again.
		try {
			removeIndexFiles(path);
			const fresh = new Database(path, { timeout: BUSY_TIMEOUT_MS });
			init(fresh, path);
			fresh.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`);
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

/** Terms of fewer than three characters have no trigram of their own. */
function isShort(term: string): boolean {
	return [...term].length < 3;
}

/** Trigrams per full-text query when a short term is expanded (an OR of this many phrases). */
const OR_CHUNK = 200;
/** A short term in more than this share of paragraphs is cheaper to scan than to expand (see shortRows). */
const SCAN_SHARE = 0.05;
/** Texts in the sample that estimates a short term's share. */
const SAMPLE_TEXTS = 24;

type Row = { rowid: number; start: number; text: string };

/** Both shards' full-text tables: `{T}` stands for the table (`main.paras_fts`, `s1.paras_fts`). */
const SHARDS = ['main', 's1'] as const;
const bothShards = (sql: string) => SHARDS.map((s) => sql.replaceAll('{T}', `${s}.paras_fts`));

/** better-sqlite3's entry, for the worker thread (it loads the same module). */
const sqliteModule = () => createRequire(import.meta.url).resolve('better-sqlite3');
/** Texts behind in the second shard above which the repair runs on a worker thread, not on the caller's. */
const SYNC_HERE_MAX = 16;

export class SqliteIndex implements CorpusIndex {
	private st;
	/** Bulk mode: several files per transaction, no fsync; see bulk(). */
	private bulkDepth = 0;
	/** Texts of the second shard written since its last sync (see bulk()). */
	private shardDirty = false;
	private shardWorker: { worker: Worker; done: Promise<string | null> } | null = null;
	/** This thread's own connection writing the second shard (file indexes; see syncShardHere). */
	private shardWriter: Db | null = null;
	constructor(
		private db: Db,
		readonly location: string,
		readonly notices: IndexNotice[]
	) {
		this.st = {
			files: db.prepare('SELECT * FROM files'),
			putFile: db.prepare(
				'INSERT OR REPLACE INTO files(file, size, mtime, hash, chars, meta, stated, version) VALUES (@file, @size, @mtime, @hash, @chars, @meta, @stated, @version)'
			),
			delFile: db.prepare('DELETE FROM files WHERE file = ?'),
			orphans: db.prepare('SELECT id FROM texts WHERE hash NOT IN (SELECT hash FROM files)'),
			delText: db.prepare('DELETE FROM texts WHERE id = ?'),
			hasText: db.prepare('SELECT 1 FROM texts WHERE hash = ? AND version = ?'),
			textId: db.prepare('SELECT id FROM texts WHERE hash = ?'),
			text: db.prepare('SELECT input FROM texts WHERE hash = ?'),
			newText: db.prepare('INSERT INTO texts(hash, version, input) VALUES (?, ?, ?)'),
			oldParas: db.prepare('SELECT rowid, text FROM paras WHERE rowid BETWEEN ? AND ?'),
			ftsDelete: db.prepare(`INSERT INTO paras_fts(paras_fts, rowid, text) VALUES ('delete', ?, ?)`),
			parasDelete: db.prepare('DELETE FROM paras WHERE rowid BETWEEN ? AND ?'),
			putPara: db.prepare('INSERT INTO paras(rowid, start, text) VALUES (?, ?, ?)'),
			putFts: db.prepare('INSERT INTO paras_fts(rowid, text) VALUES (?, ?)'),
			getDerived: db.prepare('SELECT value FROM derived WHERE kind = ? AND version = ? AND hash = ?'),
			hasDerived: db.prepare('SELECT 1 FROM derived WHERE kind = ? AND version = ? AND hash = ?'),
			setDerived: db.prepare('INSERT OR REPLACE INTO derived(kind, version, hash, value) VALUES (?, ?, ?, ?)'),
			supersede: db.prepare('DELETE FROM derived WHERE hash = ? AND kind = ? AND version <> ?'),
			orphanDerived: db.prepare('DELETE FROM derived WHERE hash IN (SELECT hash FROM texts WHERE id = ?)'),
			getInfo: db.prepare('SELECT value FROM info WHERE key = ?'),
			setInfo: db.prepare('INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)'),
			match: db.prepare(
				'SELECT p.rowid AS rowid, p.start AS start, p.text AS text FROM paras p WHERE p.rowid IN (SELECT rowid FROM main.paras_fts WHERE paras_fts MATCH @q UNION ALL SELECT rowid FROM s1.paras_fts WHERE paras_fts MATCH @q) ORDER BY p.rowid LIMIT @n'
			),
			matchIds: bothShards('SELECT rowid FROM {T} WHERE paras_fts MATCH ?').map((q) => db.prepare(q).pluck()),
			vocab: db
				.prepare(
					'SELECT term FROM main.paras_vocab WHERE term >= @lo AND term < @hi UNION SELECT term FROM s1.paras_vocab WHERE term >= @lo AND term < @hi'
				)
				.pluck(),
			rowsIn: db.prepare(
				'SELECT rowid, start, text FROM paras WHERE rowid IN (SELECT value FROM json_each(?)) AND instr(text, ?) > 0 ORDER BY rowid'
			),
			scanRange: db.prepare(
				'SELECT rowid, start, text FROM paras WHERE rowid BETWEEN ? AND ? AND instr(lower(text), lower(?)) > 0 ORDER BY rowid LIMIT ?'
			),
			textsMatch: bothShards('SELECT rowid >> 24 AS tid, count(*) AS n FROM {T} WHERE paras_fts MATCH ? GROUP BY tid').map((q) =>
				db.prepare(q)
			),
			textsScan: db.prepare('SELECT rowid >> 24 AS tid, count(*) AS n FROM paras WHERE instr(text, ?) > 0 GROUP BY tid'),
			countScan: db.prepare(
				`SELECT rowid >> 24 AS tid, sum((length(text) - length(replace(text, @t, ''))) / length(@t)) AS n FROM paras WHERE instr(text, @t) > 0 GROUP BY tid`
			),
			countMatch: bothShards(
				`SELECT p.rowid >> 24 AS tid, sum((length(p.text) - length(replace(p.text, @t, ''))) / length(@t)) AS n FROM paras p WHERE p.rowid IN (SELECT rowid FROM {T} WHERE paras_fts MATCH @q) GROUP BY tid`
			).map((q) => db.prepare(q)),
			shardBehind: db
				.prepare(
					`SELECT (SELECT count(*) FROM texts t LEFT JOIN s1.shard_texts k ON k.tid = t.id WHERE t.id % 2 = 1 AND (k.key IS NULL OR k.key IS NOT t.hash || ' ' || t.version)) + (SELECT count(*) FROM s1.shard_texts k LEFT JOIN texts t ON t.id = k.tid WHERE t.id IS NULL)`
				)
				.pluck(),
			countRange: db
				.prepare(
					`SELECT sum((length(text) - length(replace(text, @t, ''))) / length(@t)) FROM paras WHERE rowid BETWEEN @lo AND @hi AND instr(text, @t) > 0`
				)
				.pluck(),
			lengths: db.prepare(
				`SELECT t.hash AS hash, (SELECT sum(length(p.text)) FROM paras p WHERE p.rowid BETWEEN t.id * ${PARA_SPAN} AND t.id * ${PARA_SPAN} + ${PARA_SPAN - 1}) AS n FROM texts t WHERE t.hash IN (SELECT value FROM json_each(?))`
			),
			scanAll: db.prepare('SELECT rowid, start, text FROM paras WHERE instr(text, ?) > 0 ORDER BY rowid LIMIT ?'),
			sample: db.prepare(
				`WITH s AS (SELECT id FROM texts WHERE id % max(1, (SELECT count(*) FROM texts) / ${SAMPLE_TEXTS}) = 0 LIMIT ${SAMPLE_TEXTS}) SELECT count(*) AS n, sum(instr(p.text, ?) > 0) AS hit FROM s JOIN paras p ON p.rowid BETWEEN s.id * ${PARA_SPAN} AND s.id * ${PARA_SPAN} + ${PARA_SPAN - 1}`
			),
			hashesOf: db.prepare('SELECT id, hash FROM texts WHERE id IN (SELECT value FROM json_each(?))'),
			idsOf: db.prepare('SELECT id, hash FROM texts WHERE hash IN (SELECT value FROM json_each(?)) ORDER BY id')
		};
	}

	files(): FileRow[] {
		return (this.st.files.all() as Record<string, unknown>[]).flatMap((r) => {
			try {
				const meta = JSON.parse(r.meta as string);
				const stated = JSON.parse(r.stated as string);
				if (!meta || typeof meta !== 'object' || !stated || typeof stated !== 'object') return [];
				return [
					{
						file: r.file as string,
						size: r.size as number,
						mtime: r.mtime as number,
						hash: r.hash as string,
						chars: r.chars as number,
						meta,
						stated,
						version: r.version as string
					}
				];
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
			for (const f of files) this.st.delFile.run(f);
			for (const id of this.st.orphans.pluck().all() as number[]) {
				this.dropParas(id);
				// What was derived from a text no file holds any more can never be asked for again.
				this.st.orphanDerived.run(id);
				this.st.delText.run(id);
			}
		});
		this.shardChanged();
	}

	private dropParas(id: number) {
		// The second shard drops a gone text's rows when it is next synced.
		if (inShard1(id)) this.shardDirty = true;
		// A contentless index forgets a row given the very text it indexed (kept in paras).
		else
			for (const p of this.st.oldParas.all(id * PARA_SPAN, id * PARA_SPAN + PARA_SPAN - 1) as { rowid: number; text: string }[])
				this.st.ftsDelete.run(p.rowid, p.text + SENTINEL);
		this.st.parasDelete.run(id * PARA_SPAN, id * PARA_SPAN + PARA_SPAN - 1);
	}

	hasText(hash: string, version: string): boolean {
		return this.st.hasText.get(hash, version) !== undefined;
	}

	putText(hash: string, version: string, input: string, paras: Omit<ParaRow, 'hash'>[]) {
		if (paras.length >= PARA_SPAN) throw new Error(`more than ${PARA_SPAN - 1} paragraphs in one text: not indexed`);
		this.batch(() => {
			const old = this.st.textId.pluck().get(hash) as number | undefined;
			if (old !== undefined) {
				this.dropParas(old);
				this.st.delText.run(old);
			}
			const id = Number(this.st.newText.run(hash, version, input).lastInsertRowid);
			if (id >= 2 ** (53 - PARA_BITS)) throw new Error('index full: rebuild it');
			// A text of the second shard is indexed there from these rows when the shard is next synced.
			const here = !inShard1(id);
			if (!here) this.shardDirty = true;
			paras.forEach((p, i) => {
				this.st.putPara.run(id * PARA_SPAN + i, p.start, p.text);
				if (here) this.st.putFts.run(id * PARA_SPAN + i, p.text + SENTINEL);
			});
		});
		this.shardChanged();
	}

	/** Outside a bulk build, a write is mirrored in the second shard at once (a text or two). */
	private shardChanged() {
		if (this.bulkDepth === 0 && this.shardDirty && !this.db.inTransaction) {
			this.shardDirty = false;
			this.syncShardHere();
		}
	}

	/** Sync the second shard on this thread; returns the texts indexed. */
	private syncShardHere(): number {
		if (this.location === ':memory:') return syncShard(this.db, 'main', this.db, 's1', false, PARA_SPAN, SENTINEL);
		if (!this.shardWriter) {
			this.shardWriter = new Database(shardPath(this.location), { timeout: BUSY_TIMEOUT_MS });
			this.shardWriter.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`);
		}
		return syncShard(this.db, 'main', this.shardWriter, 'main', true, PARA_SPAN, SENTINEL);
	}

	/** Texts the second shard lacks, or holds but should not. */
	private shardBehind(): number {
		return this.st.shardBehind.get() as number;
	}

	/** Tell the shard's worker thread (started at the first call of a build) that texts were committed. */
	private kickShard() {
		if (this.location === ':memory:') return void this.syncShardHere();
		if (!this.shardWorker) {
			try {
				const worker = new Worker(WORKER_JS, {
					eval: true,
					workerData: { module: sqliteModule(), main: this.location, shard: shardPath(this.location), span: PARA_SPAN, sentinel: SENTINEL }
				});
				const done = new Promise<string | null>((resolve) => {
					worker.on('message', (m: { failed: string | null }) => resolve(m.failed));
					worker.on('error', (e) => resolve(e.message));
					worker.on('exit', () => resolve('exited'));
				});
				this.shardWorker = { worker, done };
			} catch {
				// No worker thread: the shard is synced on this thread when the build ends.
				return;
			}
		}
		this.shardWorker.worker.postMessage('sync');
	}

	/**
	 * The end of a build: the worker syncs what is left and stops; then a last
	 * check here (a repair after a crash or a failed worker: a few texts here, more
	 * on a worker thread, so a start never blocks on a whole shard).
	 */
	private async finishShard() {
		if (!this.shardWorker && this.location !== ':memory:' && this.shardBehind() > SYNC_HERE_MAX) this.kickShard();
		const w = this.shardWorker;
		if (w) {
			w.worker.postMessage('end');
			const failed = await w.done;
			// Closed meanwhile (close() stops the worker): the next load finishes the shard.
			if (!this.db.open) return;
			if (failed) console.warn(`duidu: the second full-text shard's worker failed (${failed}); indexing it on this thread`);
			await w.worker.terminate();
			this.shardWorker = null;
		}
		try {
			if (this.shardBehind() > 0) this.syncShardHere();
		} catch (e) {
			// Another process writing the shard: it is brought up to date at the next load.
			if (!isBusyError(e)) throw e;
		}
	}

	text(hash: string): string | undefined {
		return (this.st.text.get(hash) as { input: string } | undefined)?.input;
	}

	getDerived(kind: string, version: string, hash: string): string | undefined {
		return (this.st.getDerived.get(kind, version, hash) as { value: string } | undefined)?.value;
	}

	hasDerived(kind: string, version: string, hash: string): boolean {
		return this.st.hasDerived.get(kind, version, hash) !== undefined;
	}

	/**
	 * Keeps a derived result and drops what an older (or other) version of the code derived under the same kind and
	 * key: after an upgrade the background pass rewrites every report's results, and without this the index grew
	 * by a copy per code version (0.8 → 2.1 GB over one session's changes). Instances sharing one index run one version.
	 */
	setDerived(kind: string, version: string, hash: string, json: string) {
		this.batch(() => {
			this.st.supersede.run(hash, kind, version);
			this.st.setDerived.run(kind, version, hash, json);
		});
	}

	getInfo(key: string): string | undefined {
		return (this.st.getInfo.get(key) as { value: string } | undefined)?.value;
	}

	setInfo(key: string, value: string) {
		this.st.setInfo.run(key, value);
	}

	/**
	 * Paragraphs holding a term of one or two characters, checked as written
	 * (`instr`), in rowid order. A rare term is found through the index: the
	 * trigrams that start with it (the sentinel makes one for an occurrence at
	 * a paragraph's end) give the candidates. A common one (in more than
	 * SCAN_SHARE of a sample of texts' paragraphs) is scanned: measured on the
	 * public collection, expanding 改革 (19% of paragraphs) costs 1.1 s of CPU
	 * against 0.7 s for the scan, 5G (0.9%) 67 ms against 0.5 s.
	 */
	private shortRows(term: string, limit = Number.MAX_SAFE_INTEGER): Row[] {
		if (this.shortShare(term) > SCAN_SHARE) return this.st.scanAll.all(term, limit) as Row[];
		const lo = term.toLowerCase();
		const grams = this.st.vocab.all({ lo, hi: lo + '\u{10ffff}' }) as string[];
		const ids = new Set<number>();
		for (let i = 0; i < grams.length; i += OR_CHUNK) {
			const q = grams
				.slice(i, i + OR_CHUNK)
				.map(phrase)
				.join(' OR ');
			for (const st of this.st.matchIds) for (const id of st.all(q) as number[]) ids.add(id);
		}
		if (!ids.size) return [];
		const sorted = [...ids].sort((a, b) => a - b);
		const out: Row[] = [];
		for (let i = 0; i < sorted.length && out.length < limit; i += 20_000)
			out.push(...(this.st.rowsIn.all(JSON.stringify(sorted.slice(i, i + 20_000)), term) as Row[]));
		return out.slice(0, limit);
	}

	/** Share of paragraphs holding `term` in a fixed sample of texts (every n-th text id). */
	private shortShare(term: string): number {
		const r = this.st.sample.get(term) as { n: number; hit: number } | undefined;
		return r && r.n ? r.hit / r.n : 0;
	}

	private hashOfIds(tids: Iterable<number>): Map<number, string> {
		const rows = this.st.hashesOf.all(JSON.stringify([...tids])) as { id: number; hash: string }[];
		return new Map(rows.map((r) => [r.id, r.hash]));
	}

	private withHashes(rows: Row[]): ParaRow[] {
		const hashes = this.hashOfIds(new Set(rows.map((r) => Math.floor(r.rowid / PARA_SPAN))));
		return rows.map((r) => ({ hash: hashes.get(Math.floor(r.rowid / PARA_SPAN))!, start: r.start, text: r.text }));
	}

	paragraphsWith(term: string, limit: number, hashes?: string[]): ParaRow[] {
		if (!term) return [];
		if (hashes) {
			if (!hashes.length) return [];
			// A few texts: reading their paragraphs beats walking every hit of a common term.
			const rows: Row[] = [];
			for (const { id } of this.st.idsOf.all(JSON.stringify(hashes)) as { id: number }[]) {
				if (rows.length >= limit) break;
				rows.push(...(this.st.scanRange.all(id * PARA_SPAN, id * PARA_SPAN + PARA_SPAN - 1, term, limit - rows.length) as Row[]));
			}
			return this.withHashes(rows);
		}
		return this.withHashes(isShort(term) ? this.shortRows(term, limit) : (this.st.match.all({ q: phrase(term), n: limit }) as Row[]));
	}

	scanned(term: string): boolean {
		return !!term && isShort(term) && this.shortShare(term) > SCAN_SHARE;
	}

	textsWith(term: string): Map<string, number> {
		if (!term) return new Map();
		const per = new Map<number, number>();
		if (!isShort(term))
			for (const st of this.st.textsMatch) for (const r of st.all(phrase(term)) as { tid: number; n: number }[]) per.set(r.tid, r.n);
		else if (this.shortShare(term) > SCAN_SHARE)
			for (const r of this.st.textsScan.all(term) as { tid: number; n: number }[]) per.set(r.tid, r.n);
		else
			for (const r of this.shortRows(term)) {
				const tid = Math.floor(r.rowid / PARA_SPAN);
				per.set(tid, (per.get(tid) ?? 0) + 1);
			}
		return this.byHash(per);
	}

	termCounts(term: string, hashes?: string[]): Map<string, number> {
		if (!term) return new Map();
		if (hashes) {
			const out = new Map<string, number>();
			if (!hashes.length) return out;
			for (const { id, hash } of this.st.idsOf.all(JSON.stringify(hashes)) as { id: number; hash: string }[]) {
				const n = this.st.countRange.get({ t: term, lo: id * PARA_SPAN, hi: id * PARA_SPAN + PARA_SPAN - 1 }) as number | null;
				if (n) out.set(hash, n);
			}
			return out;
		}
		const per = new Map<number, number>();
		if (!isShort(term))
			for (const st of this.st.countMatch)
				for (const r of st.all({ t: term, q: phrase(term) }) as { tid: number; n: number }[]) per.set(r.tid, r.n);
		else if (this.shortShare(term) > SCAN_SHARE)
			for (const r of this.st.countScan.all({ t: term }) as { tid: number; n: number }[]) per.set(r.tid, r.n);
		else
			for (const r of this.shortRows(term)) {
				const tid = Math.floor(r.rowid / PARA_SPAN);
				per.set(tid, (per.get(tid) ?? 0) + r.text.split(term).length - 1);
			}
		return this.byHash(per);
	}

	private byHash(per: Map<number, number>): Map<string, number> {
		const hashes = this.hashOfIds(per.keys());
		// A text dropped since the second shard was last synced has no hash: not counted.
		return new Map([...per].flatMap(([tid, n]) => (hashes.has(tid) ? [[hashes.get(tid)!, n] as const] : [])));
	}

	textLengths(hashes: string[]): Map<string, number> {
		const rows = this.st.lengths.all(JSON.stringify(hashes)) as { hash: string; n: number }[];
		return new Map(rows.map((r) => [r.hash, r.n ?? 0]));
	}

	batch<T>(fn: () => T): T {
		// Inside an open transaction (a bulk build) this is a savepoint: a failure undoes only its own writes.
		return this.db.transaction(fn)();
	}

	/**
	 * A bulk build: writes are grouped into transactions of a few hundred
	 * milliseconds (reports indexed so far are readable after each) and not
	 * synced to disk; `end` syncs and switches back to the safe mode. A crash
	 * meanwhile can only cost a rebuild, since the files are the truth.
	 */
	bulk(): { tick(): void; end(): Promise<void> } {
		if (this.bulkDepth++ === 0) this.db.pragma('synchronous = OFF');
		let began = 0;
		const commit = () => {
			if (!this.db.inTransaction) return;
			this.db.exec('COMMIT');
			// The second shard's worker indexes the texts just committed, on the other core.
			if (this.shardDirty) {
				this.shardDirty = false;
				this.kickShard();
			}
		};
		return {
			tick: () => {
				if (!this.db.inTransaction) {
					this.db.exec('BEGIN');
					began = Date.now();
				} else if (Date.now() - began > 250) {
					commit();
					this.db.exec('BEGIN');
					began = Date.now();
				}
			},
			end: async () => {
				commit();
				if (--this.bulkDepth === 0) {
					this.db.pragma('synchronous = NORMAL');
					// After the shard's worker has stopped reading the texts: the log can then be truncated.
					await this.finishShard();
					this.db.pragma('wal_checkpoint(TRUNCATE)');
				}
			}
		};
	}

	close() {
		if (this.shardWorker) void this.shardWorker.worker.terminate();
		this.shardWorker = null;
		this.shardWriter?.close();
		this.shardWriter = null;
		if (this.db.open) this.db.close();
	}
}
