/**
 * jieba's segmentation, kept on disk for the CLI. A `diff` process spends
 * most of its time in jieba: building its dictionary on the first call
 * (~0.5–1 s CPU) and then cutting the changed sentences — the diff itself
 * takes ~40 ms. The app's server pays that once per process; a command pays
 * it on every run. So the words of each text given to the segmenter are
 * stored under `DUIDU_CACHE/segments/` (default `.cache/duidu`, `off` for
 * none), keyed by the content hash of the text (server/cache.ts) and the
 * version of the segmenter (jieba-wasm's version and the code of
 * server/jieba.ts, which sets HMM): a second `diff` of the same pair does
 * not load jieba at all, and a changed text, jieba or setting never reads a
 * stale entry. Entries hold word lengths, checked against the text on read:
 * a damaged entry is ignored, never trusted. The folder is bounded
 * (`DUIDU_CACHE_MAX_MB`, disk-cache.ts): the least recently used entries go.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Segmenter as WordSegmenter } from '../lib/core/segment';
import { contentHash } from '../lib/server/cache';
import { closureHash } from '../lib/server/store/code-version';
import { cacheMaxBytes, cacheRoot, DiskCache } from './disk-cache';

/** Where entries live, or null when caching is off. */
export function segmentCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
	const root = cacheRoot(env);
	return root ? join(root, 'segments') : null;
}

/** The version of jieba's output: its package version, and server/jieba.ts (its settings) when the sources are here. */
export function jiebaVersion(): string {
	const require = createRequire(import.meta.url);
	let pkg = 'unknown';
	try {
		const main = require.resolve('jieba-wasm');
		let dir = dirname(main);
		while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
		pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
	} catch {
		// No jieba: the caller falls back to Intl and the version does not matter.
	}
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 4 && !existsSync(join(dir, 'src', 'lib', 'server', 'jieba.ts')); i++) dir = dirname(dir);
	const source = join(dir, 'src', 'lib', 'server', 'jieba.ts');
	// Without the sources (an installed bundle), the bundle is rebuilt with any change: its own path stands in.
	return `jieba-wasm@${pkg}:${existsSync(source) ? closureHash([source]) : fileURLToPath(import.meta.url)}`;
}

/** Lengths → words of `text`, or null when they do not tile it exactly. */
function wordsFrom(text: string, lengths: unknown): string[] | null {
	if (!Array.isArray(lengths)) return null;
	const out: string[] = [];
	let pos = 0;
	for (const n of lengths) {
		if (!Number.isInteger(n) || n <= 0 || pos + n > text.length) return null;
		out.push(text.slice(pos, pos + n));
		pos += n;
	}
	return pos === text.length ? out : null;
}

/**
 * `load()`'s segmenter behind a disk cache: `load` runs (jieba is imported
 * and builds its dictionary) only on the first miss. When it gives null (no
 * jieba), `fallback` segments and nothing is stored under jieba's key. With
 * `dir` null it is just the loaded segmenter.
 */
export function cachedSegmenter(
	load: () => WordSegmenter | null,
	fallback: WordSegmenter,
	dir: string | null,
	version: () => string,
	maxBytes = cacheMaxBytes()
): WordSegmenter {
	let inner: WordSegmenter | null | undefined;
	const loaded = () => (inner === undefined ? (inner = load()) : inner);
	if (!dir) return (text) => (loaded() ?? fallback)(text);
	const store = new DiskCache(dir, maxBytes);
	let v: string | null = null;
	return (text) => {
		v ??= version();
		const key = `${contentHash(`${v}\0${text}`)}.json`;
		const data = store.get(key);
		if (data) {
			try {
				const words = wordsFrom(text, JSON.parse(data.toString('utf8')));
				if (words) return words;
			} catch {
				// Unreadable or damaged: segment again and overwrite.
			}
		}
		const segment = loaded();
		if (!segment) return fallback(text);
		const words = segment(text);
		store.set(key, JSON.stringify(words.map((w) => w.length)));
		return words;
	};
}
