/**
 * Caches that cannot go stale: derived results are keyed by a hash of the
 * code (and data) that produced them, computed from the sources. Changing
 * what the parser outputs must invalidate the parse, topic and figure caches.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/lib/server/store/code-version';
import { CorpusStore } from '../../src/lib/server/corpus';
import { reportTopics } from '../../src/lib/server/topics';
import { figuresOf } from '../../src/lib/server/figures';
import Database from 'better-sqlite3';

const repo = new URL('../../', import.meta.url).pathname;
const reports = join(repo, 'reports');
const tmp = mkdtempSync(join(tmpdir(), 'duidu-codever-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copyOfCore(name: string): string {
	const root = join(tmp, name);
	cpSync(join(repo, 'src', 'lib', 'core'), join(root, 'src', 'lib', 'core'), { recursive: true });
	return root;
}

const kinds = ['parse', 'topics', 'figures', 'rhetoric'] as const;
const versions = (root: string) => Object.fromEntries(kinds.map((k) => [k, codeVersion(k, root)]));

describe('code versions', () => {
	it('change with the parser (even a module it imports), and with everything built on it', () => {
		const base = versions(copyOfCore('a'));
		expect(versions(copyOfCore('a2'))).toEqual(base);
		const root = copyOfCore('b');
		const f = join(root, 'src/lib/core/sentences.ts');
		writeFileSync(f, readFileSync(f, 'utf8') + '\nexport const changed = 1;\n');
		const changed = versions(root);
		for (const k of kinds) expect(changed[k], k).not.toBe(base[k]);
	});

	it('are read at one moment: sources edited after the first ask do not change a running process’s versions', () => {
		const before = versions(copyOfCore('e0'));
		const root = copyOfCore('e');
		expect(codeVersion('parse', root)).toBe(before.parse);
		const f = join(root, 'src/lib/core/data/figure-indicators.json');
		writeFileSync(f, readFileSync(f, 'utf8').replace(/\s*$/, '\n\n'));
		expect(codeVersion('figures', root)).toBe(before.figures);
	});

	it('change with a data table, and not for what does not use it', () => {
		const base = versions(copyOfCore('c'));
		const root = copyOfCore('d');
		const f = join(root, 'src/lib/core/data/figure-indicators.json');
		writeFileSync(f, readFileSync(f, 'utf8').replace(/\s*$/, '\n\n'));
		const changed = versions(root);
		expect(changed.figures).not.toBe(base.figures);
		expect(changed.parse).toBe(base.parse);
		expect(changed.topics).toBe(base.topics);
	});

	it('a new parser version makes the store derive parse, topics and figures again', async () => {
		const db = join(tmp, 'index.sqlite');
		let parserV = 'p1';
		const version = (kind: string) => (kind === 'rhetoric' ? 'r' : parserV);
		const a = await new CorpusStore({ dirs: [reports], db, codeVersion: version }).load();
		a.parsed('liaocheng-2020-gwr');
		reportTopics(a, 'liaocheng-2020-gwr');
		figuresOf(a, 'liaocheng-2020-gwr');
		a.close();
		const warm = await new CorpusStore({ dirs: [reports], db, codeVersion: version }).load();
		figuresOf(warm, 'liaocheng-2020-gwr');
		expect(warm.cache.misses).toBe(0);
		warm.close();
		parserV = 'p2';
		const b = await new CorpusStore({ dirs: [reports], db, codeVersion: version }).load();
		// The file rows were made by the old parser: every report is indexed again.
		expect(b.progress.total).toBe(5);
		figuresOf(b, 'liaocheng-2020-gwr');
		// parse, topics and figures: all three recomputed, none read from the old entries.
		expect(b.cache.hits).toBe(0);
		expect(b.cache.misses).toBe(3);
		const hash = b.get('liaocheng-2020-gwr')!.hash;
		b.close();
		// The new results replaced the old ones: one row per kind for the report, all of the new version.
		const rows = new Database(db, { readonly: true })
			.prepare('SELECT kind, version FROM derived WHERE hash = ? ORDER BY kind')
			.all(hash) as { kind: string; version: string }[];
		expect(rows.map((r) => r.kind)).toEqual(['figures', 'parse', 'topics']);
		for (const r of rows) expect(r.version).toMatch(/p2$/);
	});

	it('what was derived from a text no file holds any more is dropped with it', async () => {
		const dir = join(tmp, 'changing');
		cpSync(reports, dir, { recursive: true });
		const db = join(tmp, 'changing.sqlite');
		const a = await new CorpusStore({ dirs: [dir], db }).load();
		figuresOf(a, 'liaocheng-2020-gwr');
		const old = a.get('liaocheng-2020-gwr')!.hash;
		a.close();
		const f = join(dir, 'liaocheng-2020-gwr.txt');
		writeFileSync(f, readFileSync(f, 'utf8') + '\n我们要继续努力。\n');
		const b = await new CorpusStore({ dirs: [dir], db }).load();
		expect(b.get('liaocheng-2020-gwr')!.hash).not.toBe(old);
		b.close();
		const count = (hash: string) =>
			(new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM derived WHERE hash = ?').get(hash) as { n: number }).n;
		expect(count(old)).toBe(0);
	});
});
