/**
 * The full-text index finds exactly what a scan of every paragraph finds —
 * for terms of one, two, three and more characters, through the index or the
 * scan a common short term takes — and the search's counts per year and per
 * region stay exact, with filters. Real text: the bundled reports.
 */
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CorpusStore } from '../../src/lib/server/corpus';
import { shardPath } from '../../src/lib/server/store/sqlite';
import { searchCorpus } from '../../src/lib/server/search';
import { passes, tally } from '../../src/lib/core/search/index';
import { readSearchQuery } from '../../src/lib/urls/search';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-search-index-'));
let store: CorpusStore;
/** Every indexed paragraph, by content hash, as the indexer cut them. */
const paras = new Map<string, { start: number; text: string }[]>();

beforeAll(async () => {
	store = await new CorpusStore({ dirs: [reports], db: join(tmp, 'index.sqlite') }).load();
	for (const e of store.list()) {
		const text = store.parsed(e.id)!.text;
		const out: { start: number; text: string }[] = [];
		for (let i = 0; i < text.length;) {
			let j = text.indexOf('\n', i);
			if (j < 0) j = text.length;
			if (j > i) out.push({ start: i, text: text.slice(i, j) });
			i = j + 1;
		}
		paras.set(e.hash, out);
	}
});
afterAll(() => {
	store.close();
	rmSync(tmp, { recursive: true, force: true });
});

/** What a scan finds: a short term as written, a longer one case-folded (the trigram index folds case). */
function holds(text: string, term: string): boolean {
	return [...term].length < 3 ? text.includes(term) : text.toLowerCase().includes(term.toLowerCase());
}

function reference(term: string) {
	const texts = new Map<string, number>();
	const counts = new Map<string, number>();
	for (const [hash, ps] of paras) {
		const hit = ps.filter((p) => holds(p.text, term));
		if (!hit.length) continue;
		texts.set(hash, hit.length);
		counts.set(
			hash,
			hit.reduce((n, p) => n + p.text.split(term).length - 1, 0)
		);
	}
	return { texts, counts };
}

const TERMS = [
	'的',
	'市',
	'碳',
	'G',
	'城市',
	'改革',
	'5G',
	'聊城',
	'疫情',
	'高质量',
	'城市更新',
	'新旧动能转换',
	'乡村振兴齐鲁样板',
	'gdp',
	'不存在的提法'
];

describe('the index finds what a scan finds', () => {
	it.each(TERMS)('%s: the same texts, paragraphs and occurrences', (term) => {
		const ref = reference(term);
		expect(store.index.textsWith(term)).toEqual(ref.texts);
		expect(new Map([...store.index.termCounts(term)].filter(([, n]) => n > 0))).toEqual(new Map([...ref.counts].filter(([, n]) => n > 0)));
		const rows = store.index.paragraphsWith(term, 10_000);
		expect(rows.length).toBe([...ref.texts.values()].reduce((a, b) => a + b, 0));
		for (const r of rows) expect(holds(r.text, term)).toBe(true);
	});

	it('a short term gives the same paragraphs through the index as through the scan', () => {
		const ix = store.index as unknown as { shortShare(t: string): number };
		for (const term of ['的', '市', '城市', '改革', '5G', '碳']) {
			const share = vi.spyOn(ix, 'shortShare');
			share.mockReturnValue(0);
			const viaIndex = {
				texts: store.index.textsWith(term),
				rows: store.index.paragraphsWith(term, 10_000),
				counts: store.index.termCounts(term)
			};
			share.mockReturnValue(1);
			const viaScan = {
				texts: store.index.textsWith(term),
				rows: store.index.paragraphsWith(term, 10_000),
				counts: store.index.termCounts(term)
			};
			share.mockRestore();
			expect(viaIndex).toEqual(viaScan);
			expect(viaIndex.texts).toEqual(reference(term).texts);
		}
	});
});

describe('search counts stay exact, with filters', () => {
	it.each([
		'q=的',
		'q=城市&level=city',
		'q=改革&year=2024',
		'q=5G',
		'q=城市更新&province=山东省',
		'q=聊城 发展',
		'q=新旧动能转换&level=district',
		'q=疫情&region=聊城市'
	])('%s', (qs) => {
		const query = readSearchQuery(new URLSearchParams(qs));
		const got = searchCorpus(store, query);
		const inScope = store.list().filter((e) => passes(e.meta, query));
		const per = (hash: string) => {
			let n = 0;
			for (const t of query.terms) {
				const k = reference(t).texts.get(hash) ?? 0;
				if (!k) return 0;
				n += k;
			}
			return n;
		};
		const want = tally(inScope.map((e) => ({ meta: e.meta, paragraphs: per(e.hash) })));
		expect(got.corpusReports).toBe(inScope.length);
		expect(got.reports).toBe(inScope.filter((e) => per(e.hash) > 0).length);
		expect(got.paragraphs).toBe(inScope.reduce((n, e) => n + per(e.hash), 0));
		expect(got.byYear).toEqual(want.byYear);
		expect(got.byRegion).toEqual(want.byRegion);
		for (const g of got.groups) for (const l of g.lines) expect(query.terms.some((t) => holds(l.match, t))).toBe(true);
	});
});

/** Texts per shard: the second shard's worker-built rows, the first's texts. */
function shards(db: string) {
	const main = new Database(db, { readonly: true });
	const shard = new Database(shardPath(db), { readonly: true });
	try {
		return {
			even: main.prepare('SELECT count(*) FROM texts WHERE id % 2 = 0').pluck().get() as number,
			odd: main.prepare('SELECT count(*) FROM texts WHERE id % 2 = 1').pluck().get() as number,
			inShard: shard.prepare('SELECT count(*) FROM shard_texts').pluck().get() as number,
			journal: shard.pragma('journal_mode', { simple: true })
		};
	} finally {
		main.close();
		shard.close();
	}
}

/** What the index answers for every term: texts, occurrences and paragraphs (in order). */
function answers(s: CorpusStore) {
	return TERMS.map((t) => ({
		t,
		texts: s.index.textsWith(t),
		counts: s.index.termCounts(t),
		rows: s.index.paragraphsWith(t, 10_000)
	}));
}

describe('the full-text index in two shards', () => {
	it('holds the even texts in the index file and the odd ones in the second shard, each once', () => {
		const n = shards(join(tmp, 'index.sqlite'));
		expect(n.even).toBeGreaterThan(0);
		expect(n.odd).toBeGreaterThan(0);
		expect(n.inShard).toBe(n.odd);
		// Searches read it while the worker writes: write-ahead log, as the index file.
		expect(n.journal).toBe('wal');
		// A limit cuts the merged hits in index order: the first rows of the whole list.
		for (const t of ['发展', '城市', '聊城', '高质量'])
			expect(store.index.paragraphsWith(t, 7)).toEqual(store.index.paragraphsWith(t, 10_000).slice(0, 7));
	});

	it.each(['missing', 'damaged'])('rebuilds a %s second shard from the stored paragraphs: the same answers', async (how) => {
		const db = join(tmp, `shard-${how}.sqlite`);
		const first = await new CorpusStore({ dirs: [reports], db }).load();
		const before = answers(first);
		first.close();
		for (const s of ['', '-wal', '-shm']) rmSync(shardPath(db) + s, { force: true });
		if (how === 'damaged') writeFileSync(shardPath(db), 'not a database '.repeat(500));
		const again = await new CorpusStore({ dirs: [reports], db }).load();
		expect(again.progress.total).toBe(0);
		expect(answers(again)).toEqual(before);
		expect(shards(db).inShard).toBe(shards(db).odd);
		again.close();
	});

	it('re-indexes changed texts in both shards: the old wording gone, the new one found once', async () => {
		const dir = join(tmp, 'shard-changing');
		cpSync(reports, dir, { recursive: true });
		const db = join(tmp, 'shard-changing.sqlite');
		(await new CorpusStore({ dirs: [dir], db }).load()).close();
		// Two changed texts take the next two ids: one in each shard.
		const edits = [
			['liaocheng-2020-gwr.txt', '统筹推进城市更新甲乙丙。'],
			['dongchangfu-2024-plan.txt', '统筹推进城市更新丁戊己。']
		];
		for (const [f, line] of edits) {
			const body = readFileSync(join(dir, f), 'utf8');
			writeFileSync(join(dir, f), body.replace('聊城', '聊 城') + '\n' + line + '\n');
		}
		const s = await new CorpusStore({ dirs: [dir], db }).load();
		expect(s.progress.total).toBe(2);
		for (const [, line] of edits) expect(s.index.paragraphsWith(line.slice(6, 11), 5).map((r) => r.text)).toEqual([line]);
		const ref = new Map<string, number>();
		for (const e of s.list()) {
			const n = s
				.parsed(e.id)!
				.text.split('\n')
				.filter((p) => p.includes('聊城')).length;
			if (n) ref.set(e.hash, n);
		}
		expect(s.index.textsWith('聊城')).toEqual(ref);
		expect(shards(db).inShard).toBe(shards(db).odd);
		s.close();
	});
});
