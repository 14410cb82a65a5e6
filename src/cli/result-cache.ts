/**
 * Finished results of the CLI, kept on disk: a `parse` or `diff` run again
 * on the same files with the same options prints the stored output without
 * loading the parser, the diff engine or the word segmenter (docs/cli.md, start-up).
 *
 * The key is a hash of everything the output depends on, as in the app's
 * caches (server/store/code-version.ts): the command; its options as parsed
 * (strict, against the command's declaration); the bytes and the extension
 * (which picks the decoder) of each input file; whether colour is on; the
 * Node version (ICU's Intl.Segmenter); and the version of the code — a hash
 * of the built bundle and of the versions of the packages it imports,
 * written by scripts/build.js to build/cli/version.json. Without that file
 * (the sources run through tsx) nothing is cached. Only runs that take files
 * (not corpus ids), print nothing on stderr and say nothing against it
 * (`Io.noStore`) are stored. Entries carry their length and hash and are
 * checked on read: a damaged one is ignored and rewritten.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseOptions, type Spec } from './args';
import { cacheMaxBytes, cacheRoot, DiskCache } from './disk-cache';
import type { Io } from './io';

/** The version of the running CLI code, from the build (null when running from sources). */
export function builtCodeVersion(): string | null {
	try {
		const v = JSON.parse(readFileSync(new URL('./version.json', import.meta.url), 'utf8')) as { code?: unknown };
		return typeof v.code === 'string' && v.code ? v.code : null;
	} catch {
		return null;
	}
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The cache key of `name args` for code version `code`, or null when the run
 * is not a pure function of files (a positional is not a file, e.g. a corpus
 * id) or its arguments are wrong (the command itself reports that).
 */
export function resultKey(name: string, spec: Pick<Spec, 'options'>, args: string[], color: boolean, code: string): string | null {
	let parsed;
	try {
		parsed = parseOptions(args, spec);
	} catch {
		return null;
	}
	const h = createHash('sha256').update(`duidu-result 2\0${code}\0${process.version}\0${name}\0${color ? 'color' : 'plain'}\0`);
	const flags = Object.keys(parsed.flags)
		.filter((k) => k !== 'help' && parsed.flags[k] !== undefined)
		.sort()
		.map((k) => [k, parsed.flags[k]]);
	h.update(JSON.stringify(flags)).update('\0');
	for (const path of parsed.positional) {
		let bytes: Buffer;
		try {
			if (!statSync(path).isFile()) return null;
			bytes = readFileSync(path);
		} catch {
			return null;
		}
		h.update(`${extname(path).toLowerCase()}\0${sha256(bytes)}\0`);
	}
	return h.digest('hex').slice(0, 40);
}

export interface StoredResult {
	exit: number;
	out: Buffer;
}

/** The exit code on the first line, then the output's bytes (checked by the store: DiskCache.setChecked). */
function encode(exit: number, out: Buffer): Buffer {
	return Buffer.concat([Buffer.from(`${exit}\n`), out]);
}

function decode(data: Buffer): StoredResult | null {
	const nl = data.indexOf(10);
	const exit = nl > 0 ? Number(data.subarray(0, nl).toString('latin1')) : NaN;
	return Number.isInteger(exit) ? { exit, out: data.subarray(nl + 1) } : null;
}

export class ResultCache {
	constructor(readonly store: DiskCache) {}

	/** The CLI's result cache under `DUIDU_CACHE` (results/), or null when caching is off. */
	static open(env: NodeJS.ProcessEnv = process.env): ResultCache | null {
		const root = cacheRoot(env);
		return root ? new ResultCache(new DiskCache(join(root, 'results'), cacheMaxBytes(env))) : null;
	}

	get(key: string): StoredResult | null {
		const data = this.store.getChecked(key);
		if (!data) return null;
		const r = decode(data);
		if (!r) this.store.delete(key);
		return r;
	}

	set(key: string, exit: number, out: string): void {
		this.store.setChecked(key, encode(exit, Buffer.from(out, 'utf8')));
	}
}

/**
 * An Io that passes everything through to `io` and keeps stdout, so the run
 * can be stored: `stored()` is the output when nothing was written to stderr
 * and nothing called `noStore`, else null.
 */
export function recordingIo(io: Io): { io: Io; stored(): string | null } {
	const out: string[] = [];
	let ok = true;
	return {
		io: {
			color: io.color,
			out(s) {
				out.push(s.endsWith('\n') ? s : s + '\n');
				io.out(s);
			},
			err(s) {
				ok = false;
				io.err(s);
			},
			noStore() {
				ok = false;
			}
		},
		stored: () => (ok ? out.join('') : null)
	};
}

/**
 * Look a run up before the command loads: `{hit}` when its result is stored;
 * else (caching on, the run a function of files) the Io to run it with and
 * `keep(exit)`, which stores what it printed — only if the inputs did not
 * change meanwhile; null when this run is not cached at all.
 */
export function lookupRun(
	name: string,
	spec: Pick<Spec, 'options'>,
	args: string[],
	io: Io,
	env: NodeJS.ProcessEnv = process.env
): { hit: StoredResult } | { io: Io; keep(exit: number): void } | null {
	const code = builtCodeVersion();
	const cache = code ? ResultCache.open(env) : null;
	if (!code || !cache) return null;
	const keyNow = () => resultKey(name, spec, args, io.color, code);
	const key = keyNow();
	if (!key) return null;
	const hit = cache.get(key);
	if (hit) return { hit };
	const rec = recordingIo(io);
	return {
		io: rec.io,
		keep(exit) {
			const out = rec.stored();
			if (out !== null && keyNow() === key) cache.set(key, exit, out);
		}
	};
}
