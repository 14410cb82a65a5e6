/**
 * A folder of cache entries with a bound on its size, for the CLI's caches
 * (finished results and parses: result-cache.ts, reports.ts).
 * Entries are files named by their key; a write goes to a temporary file and
 * is renamed into place, so a reader never sees half an entry from a
 * concurrent or crashed run. A read touches the entry (its mtime), and after
 * each write the folder is pruned, least recently used first, down to three
 * quarters of its bound once it holds more than `maxBytes` — so the cache
 * never grows past its bound by more than one entry. Callers validate what
 * they read: an entry is a hint, never trusted (`getChecked` checks an
 * entry's length and SHA-256 against its header).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Default bound of each cache folder (`DUIDU_CACHE_MAX_MB`). */
export const DEFAULT_MAX_MB = 64;

/** The CLI's cache root (`DUIDU_CACHE`, default `.cache/duidu`), or null when it is `off`. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
	if (env.DUIDU_CACHE === 'off') return null;
	return resolve(env.DUIDU_CACHE ?? '.cache/duidu');
}

/** The bound of one cache folder in bytes (`DUIDU_CACHE_MAX_MB`, default 64). */
export function cacheMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
	const mb = Number(env.DUIDU_CACHE_MAX_MB);
	return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024;
}

export class DiskCache {
	constructor(
		readonly dir: string,
		readonly maxBytes: number
	) {}

	private file(key: string): string {
		if (!/^[\w.-]+$/.test(key)) throw new Error(`bad cache key ${key}`);
		return join(this.dir, key);
	}

	/** The entry's bytes, or null (none, or unreadable). Touches it, so pruning keeps what is used. */
	get(key: string): Buffer | null {
		const file = this.file(key);
		let data: Buffer;
		try {
			data = readFileSync(file);
		} catch {
			return null;
		}
		try {
			const now = new Date();
			utimesSync(file, now, now);
		} catch {
			// A read-only cache still serves.
		}
		return data;
	}

	/** Store (replacing), then prune. A read-only or full disk only means nothing is kept. */
	set(key: string, data: string | Uint8Array): void {
		const file = this.file(key);
		try {
			mkdirSync(this.dir, { recursive: true });
			const tmp = `${file}.${process.pid}.tmp`;
			writeFileSync(tmp, data);
			renameSync(tmp, file);
		} catch {
			return;
		}
		this.prune();
	}

	/**
	 * Store with a header line `{"length","sha"}` (SHA-256 of the data), so
	 * `getChecked` can tell a whole entry from a damaged one.
	 */
	setChecked(key: string, data: Uint8Array): void {
		const head = JSON.stringify({ length: data.length, sha: createHash('sha256').update(data).digest('hex') });
		this.set(key, Buffer.concat([Buffer.from(`${head}\n`), data]));
	}

	/** The data `setChecked` stored, or null; an entry whose length or hash does not match is dropped. */
	getChecked(key: string): Buffer | null {
		const entry = this.get(key);
		if (!entry) return null;
		const nl = entry.indexOf(10);
		try {
			if (nl < 0) throw new Error('no header');
			const head = JSON.parse(entry.subarray(0, nl).toString('utf8')) as { length?: unknown; sha?: unknown };
			const data = entry.subarray(nl + 1);
			if (head.length === data.length && head.sha === createHash('sha256').update(data).digest('hex')) return data;
		} catch {
			// Not a header: damaged.
		}
		this.delete(key);
		return null;
	}

	/** Drop an entry (e.g. one found damaged). */
	delete(key: string): void {
		try {
			unlinkSync(this.file(key));
		} catch {
			// Already gone.
		}
	}

	/**
	 * Past the bound, remove the least recently used entries until three
	 * quarters of it remain (n log n in the entries; runs after a write, which
	 * only a cache miss does). Leftover temporary files count, and go first.
	 */
	prune(): void {
		let names: string[];
		try {
			names = readdirSync(this.dir);
		} catch {
			return;
		}
		const entries: { path: string; size: number; time: number }[] = [];
		let total = 0;
		for (const name of names) {
			const path = join(this.dir, name);
			try {
				const st = statSync(path);
				if (!st.isFile()) continue;
				// A temporary file is a write in progress or a crash's leftover: oldest of all once stale.
				const stale = name.endsWith('.tmp') && Date.now() - st.mtimeMs > 60_000;
				entries.push({ path, size: st.size, time: stale ? 0 : st.mtimeMs });
				total += st.size;
			} catch {
				// Removed meanwhile by another run.
			}
		}
		if (total <= this.maxBytes) return;
		entries.sort((a, b) => a.time - b.time);
		const goal = (this.maxBytes * 3) / 4;
		for (const e of entries) {
			if (total <= goal) break;
			try {
				unlinkSync(e.path);
			} catch {
				// Removed meanwhile.
			}
			total -= e.size;
		}
	}
}
