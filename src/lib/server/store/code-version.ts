/**
 * The version of the code that derived a cached result, computed rather than
 * bumped by hand: a hash of the producing module and everything it imports
 * (relative imports followed through src/lib/core, data tables included).
 * Editing the parser, a taxonomy or a unit table changes the hash, so no
 * cache keyed by it can serve a stale result. When the sources are not beside
 * the running code, the running code itself is hashed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveModule(from: string, spec: string): string | null {
	const base = resolve(dirname(from), spec);
	for (const p of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
		if (existsSync(p) && statSync(p).isFile()) return p;
	}
	return null;
}

/** Hash of a source file and its relative-import closure (in a stable order). */
export function closureHash(entries: string[]): string {
	const seen = new Set<string>();
	const stack = entries.map((e) => resolve(e));
	while (stack.length) {
		const f = stack.pop()!;
		if (seen.has(f) || !existsSync(f)) continue;
		seen.add(f);
		if (!/\.[tj]s$/.test(f)) continue;
		const src = readFileSync(f, 'utf8');
		for (const m of src.matchAll(IMPORT)) {
			const dep = resolveModule(f, m[1] ?? m[2]);
			if (dep) stack.push(dep);
		}
	}
	const h = createHash('sha256');
	for (const f of [...seen].sort())
		h.update(f.slice(f.lastIndexOf('/src/') + 1))
			.update('\0')
			.update(readFileSync(f))
			.update('\0');
	return h.digest('hex').slice(0, 16);
}

function findRoot(): string | null {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 8; i++) {
		if (existsSync(join(dir, 'src', 'lib', 'core', 'parse.ts'))) return dir;
		const up = dirname(dir);
		if (up === dir) break;
		dir = up;
	}
	return null;
}

let bundleHash: string | null = null;
/** Without sources: the running bundle's own files. */
function runningCodeHash(): string {
	if (bundleHash) return bundleHash;
	const h = createHash('sha256');
	const dir = dirname(fileURLToPath(import.meta.url));
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (/\.(js|json)$/.test(name) && statSync(p).isFile()) h.update(name).update(readFileSync(p));
	}
	return (bundleHash = h.digest('hex').slice(0, 16));
}

/** What produces each derived result: entry modules under src/lib/core, and the results it builds on. */
const PRODUCERS: Record<string, { entries: string[]; after?: string[] }> = {
	parse: { entries: ['parse.ts'] },
	topics: { entries: ['topics/index.ts'], after: ['parse'] },
	figures: { entries: ['figures/extract.ts', 'figures/topic.ts'], after: ['parse', 'topics'] },
	/** A region's series built from its reports' figures (the figures pages keep them per region). */
	'figures-series': { entries: ['figures/series.ts'], after: ['figures'] },
	// Term stats are cut by the injected segmenter: it and its lexicon (core/segmenter/) are part of the code.
	rhetoric: { entries: ['rhetoric/index.ts', 'segmenter/index.ts'], after: ['parse'] },
	search: { entries: ['search/index.ts'], after: ['parse'] },
	// Reuse across levels (a year's n-gram table, a report's sources): the detector and the service that picks the sources.
	reuse: { entries: ['reuse/index.ts', 'reuse/view.ts', 'corpus/path.ts', '../server/reuse.ts'], after: ['parse'] }
};

const memo = new Map<string, string>();

type Kind = keyof typeof PRODUCERS;
/** A worker thread takes the versions of the process that started it (work/pool.ts passes them). */
const inherited: Partial<Record<Kind, string>> | null =
	!isMainThread && workerData && typeof workerData === 'object' && 'codeVersions' in workerData ? workerData.codeVersions : null;

/** Whether this thread derives under versions given by the process that started it. */
export const versionsInherited = () => inherited !== null;

/** Every kind's version for this repository's sources, as this process reads them: what a worker thread is given. */
export function codeVersions(): Record<Kind, string> {
	return Object.fromEntries((Object.keys(PRODUCERS) as Kind[]).map((k) => [k, codeVersion(k)])) as Record<Kind, string>;
}

/**
 * The code version of a derived kind (`parse`, `topics`, `figures`,
 * `rhetoric`, `search`, `reuse`), from the sources under `root` (default: this
 * repository). Memoised per root for the life of the process; the first ask hashes every kind.
 */
export function codeVersion(kind: Kind, root: string | null = findRoot()): string {
	const key = `${root}\0${kind}`;
	const hit = memo.get(key);
	if (hit) return hit;
	if (inherited?.[kind] && root === findRoot()) {
		memo.set(key, inherited[kind]);
		return inherited[kind];
	}
	// Every kind is hashed at the first ask, at one moment: a server whose sources are edited while it runs
	// (a checkout being updated) keeps one consistent set of versions instead of mixing old and new ones.
	if (!memo.has(`${root}\0*`)) {
		memo.set(`${root}\0*`, '');
		for (const k of Object.keys(PRODUCERS) as Kind[]) codeVersion(k, root);
		return memo.get(key)!;
	}
	const p = PRODUCERS[kind];
	let v: string;
	if (!root) v = runningCodeHash();
	else {
		const own = closureHash(p.entries.map((e) => join(root, 'src', 'lib', 'core', e)));
		v = p.after
			? createHash('sha256')
					.update([own, ...p.after.map((k) => codeVersion(k as Kind, root))].join(':'))
					.digest('hex')
					.slice(0, 16)
			: own;
	}
	memo.set(key, v);
	return v;
}
