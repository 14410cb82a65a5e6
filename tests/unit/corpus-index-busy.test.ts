/**
 * Several processes share one index file (`npm start`'s heavy lane, worker
 * threads, a second app on the same cache). One that meets the file while
 * another holds its write lock must wait or step aside — never take the lock
 * for corruption and delete the other's index.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';
import { corpusProblems } from '../../src/lib/server/status';
import { isBusyError, openSqliteIndex } from '../../src/lib/server/store/sqlite';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-busy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('an index another process holds', () => {
	it('is busy, not corrupt: opening waits for the lock another process holds and deletes nothing', async () => {
		const db = join(tmp, 'shared.sqlite');
		// Another process creates the file and holds its write lock for 6 s (longer than SQLite's default 5 s wait).
		const holder = spawn(
			process.execPath,
			[
				'-e',
				`const D = require('better-sqlite3'); const d = new D(${JSON.stringify(db)});
				d.exec('BEGIN EXCLUSIVE'); d.exec('CREATE TABLE theirs(x)'); process.stdout.write('held\\n');
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 6000); d.exec('COMMIT'); d.close();`
			],
			{ cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise<void>((ok) => holder.stdout!.once('data', () => ok()));
		const index = openSqliteIndex(db);
		expect(index.notices).toEqual([]);
		index.close();
		await new Promise((ok) => holder.once('exit', ok));
		// Their table is still there: the file was waited for, not deleted and rebuilt.
		const check = new Database(db, { readonly: true });
		expect(check.prepare(`SELECT name FROM sqlite_master WHERE name = 'theirs'`).get()).toEqual({ name: 'theirs' });
		check.close();
	}, 30_000);

	it('tells a locked database from a damaged one', () => {
		expect(isBusyError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
		expect(isBusyError(Object.assign(new Error('database table is locked'), { code: 'SQLITE_LOCKED' }))).toBe(true);
		expect(isBusyError(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }))).toBe(false);
		expect(isBusyError(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }))).toBe(false);
	});

	it('lists an unreadable file with the reason, relative to its folder', () => {
		const fake = {
			problems: [
				{ file: 'a/2020.md', code: 'unreadable' as const, error: "EACCES: permission denied, open '/home/someone/corpus/a/2020.md'" },
				{ file: 'b/x.md', code: 'not-a-report' as const, error: 'no text' }
			]
		} as unknown as CorpusStore;
		const s = corpusProblems(fake);
		expect(s.items[0].detail).toBe("EACCES: permission denied, open '…/2020.md'");
		expect(s.items[0].detail).not.toContain('/home/');
		expect(s.items[1].detail).toBeUndefined();
	});
	it('a second process follows the index the first one builds instead of indexing the tree again', async () => {
		const db = join(tmp, 'follow.sqlite');
		const second = new CorpusStore({ dirs: [reports], db });
		const followed = second.load({ background: 10, follow: 20 });
		await new Promise((r) => setTimeout(r, 150));
		expect(second.list().length).toBe(0); // waiting: no one has built the index yet
		const first = await new CorpusStore({ dirs: [reports], db }).load();
		expect(first.progress.total).toBe(5);
		await followed;
		await second.ready();
		expect(
			second
				.list()
				.map((e) => e.id)
				.sort()
		).toEqual(
			first
				.list()
				.map((e) => e.id)
				.sort()
		);
		expect(second.progress.total).toBe(0); // it read nothing of its own
		first.close();
		second.close();
	});
});
