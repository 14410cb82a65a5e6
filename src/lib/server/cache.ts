/**
 * A content-addressed disk cache: results derived from a report (its parse,
 * its topics, its figures) are stored under the hash of the report's text
 * and the version of the code that derived them, so a restart over an
 * unchanged corpus computes nothing again, and a changed report or a new
 * code version never reads a stale entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export class DiskCache {
	readonly dir: string | null;
	hits = 0;
	misses = 0;
	constructor(dir: string | null) {
		this.dir = dir;
	}

	private path(kind: string, version: string | number, hash: string): string | null {
		if (!this.dir) return null;
		return join(this.dir, `${kind}-v${version}`, `${hash}.json`);
	}

	get<T>(kind: string, version: string | number, hash: string): T | undefined {
		const p = this.path(kind, version, hash);
		if (!p) return undefined;
		try {
			const v = JSON.parse(readFileSync(p, 'utf8')) as T;
			this.hits++;
			return v;
		} catch {
			this.misses++;
			return undefined;
		}
	}

	set(kind: string, version: string | number, hash: string, value: unknown) {
		const p = this.path(kind, version, hash);
		if (!p) return;
		try {
			mkdirSync(join(p, '..'), { recursive: true });
			// Write then rename: a crash never leaves a half-written entry.
			const tmp = `${p}.${process.pid}.tmp`;
			writeFileSync(tmp, JSON.stringify(value));
			renameSync(tmp, p);
		} catch {
			// A read-only disk only costs speed.
		}
	}
}
