/**
 * The reused-wording panel kept between processes (issues 11/16, B2) gives the same results as
 * computing it from the texts, on real reports of ../shared/corpus/gov: 12 reports (11 cities, a
 * province; 2021–2024). "Before" is the folder corpus as the CLI reads it (every year
 * table built from the texts, nothing kept); "after" is a corpus that keeps its year tables and
 * panels (content hashes and an in-memory map standing in for the index), asked again through a
 * fresh view that must read them back: same reused sentences, sources, closeness and offsets.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/server/cache';
import { folderCorpus, keptSources, serveSources, sourcesOf, yearFrequency, type ReuseCorpus } from '../../src/lib/server/reuse';
import { SHARED } from './shared';

const GOV = join(SHARED, 'corpus', 'gov');
const REPORTS = [
	'宜昌市-2021',
	'洛阳市-2022',
	'芜湖市-2022',
	'保定市-2022',
	'聊城市-2023',
	'遵义市-2023',
	'株洲市-2023',
	'山东省-2023',
	'湖州市-2024',
	'玉溪市-2024',
	'成都市-2024',
	'东莞市-2024'
];

/** A folder corpus that keeps results in `store` (as the index does), counting the texts it reads. */
function keeping(store: Map<string, string>) {
	const base = folderCorpus(GOV);
	const hashes = new Map<string, string>();
	const stats = { reads: 0, gets: 0, puts: 0 };
	const corpus: ReuseCorpus = {
		list: () => base.list(),
		input(id) {
			stats.reads++;
			return base.input(id);
		},
		parsed: (id) => base.parsed(id),
		hashOf(id) {
			let h = hashes.get(id);
			if (h === undefined) hashes.set(id, (h = contentHash(base.input(id) ?? '')));
			return h;
		},
		kept: {
			get: (kind, key) => (stats.gets++, store.get(`${kind}:${key}`)),
			has: (kind, key) => store.has(`${kind}:${key}`),
			put: (kind, key, value) => (stats.puts++, store.set(`${kind}:${key}`, value))
		}
	};
	return { corpus, stats };
}

describe('sources kept between processes equal sources computed from the texts', () => {
	const ids = REPORTS.filter((id) =>
		folderCorpus(GOV)
			.list()
			.some((r) => r.id === id)
	);

	it('covers at least 10 real reports', () => {
		expect(ids.length).toBeGreaterThanOrEqual(10);
	});

	it('same passages, sources, shares and year tables, read back without reading the year’s reports', () => {
		const before = folderCorpus(GOV);
		const index = new Map<string, string>();
		const first = keeping(index);
		const expected = ids.map((id) => ({ id, full: sourcesOf(before, id), served: serveSources(before, id) }));
		// Somewhere in these reports the detector finds reuse, else the comparison says little.
		expect(expected.filter((e) => e.full.passages.length > 0).length).toBeGreaterThanOrEqual(8);
		for (const e of expected) expect(serveSources(first.corpus, e.id)).toEqual(e.served);
		expect(first.stats.puts).toBeGreaterThanOrEqual(ids.length);

		// A fresh process: its view reads the panels and the tables back.
		const second = keeping(index);
		for (const e of expected) expect(keptSources(second.corpus, e.id)).toEqual(e.served);
		expect(second.stats.reads).toBe(0);
		for (const e of expected) {
			const year = e.full.target.year;
			const a = yearFrequency(before, year).snapshot();
			const b = yearFrequency(second.corpus, year).snapshot();
			expect(b.texts).toBe(a.texts);
			expect(Buffer.from(b.counts.buffer).equals(Buffer.from(a.counts.buffer))).toBe(true);
			// The whole result (every passage with its offsets, closeness and identity) over the table read back.
			expect(sourcesOf(second.corpus, e.id)).toEqual(e.full);
		}
		// Only the reports themselves and their sources were read, never a whole year (~530 reports).
		expect(second.stats.reads).toBeLessThan(ids.length * 12);
	}, 300_000);
});
