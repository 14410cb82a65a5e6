/**
 * Passages of two corpus reports that have a counterpart in the other by
 * matter, over every topic: what the diff's "only matching passages" keeps
 * for two cities, where sentences rarely pair but matters do. Same matcher
 * as /compare and `align`. Cached in memory by both reports' hashes.
 */
import { alignReports } from '../core/align/index';
import { defaultTaxonomy } from '../core/topics/index';
import type { CorpusStore } from './corpus';
import { reportTopics } from './topics';
import { segmenter } from '../core/segmenter';

export interface Counterparts {
	/** Text offsets [start, end) of the matched passages of each report. */
	a: [number, number][];
	b: [number, number][];
}

const cache = new Map<string, Counterparts>();
const CACHE_SIZE = 16;

export function matterCounterparts(corpus: CorpusStore, a: string, b: string): Counterparts | null {
	const ea = corpus.get(a);
	const eb = corpus.get(b);
	const ra = corpus.parsed(a);
	const rb = corpus.parsed(b);
	const ta = reportTopics(corpus, a);
	const tb = reportTopics(corpus, b);
	if (!ea || !eb || !ra || !rb || !ta || !tb) return null;
	const key = `${ea.hash}|${eb.hash}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const out: Counterparts = { a: [], b: [] };
	const inputs = [
		{ id: a, report: ra, topics: ta },
		{ id: b, report: rb, topics: tb }
	];
	for (const t of defaultTaxonomy.topics) {
		for (const row of alignReports(inputs, t.id, segmenter()).rows) {
			const [x, y] = row.cells;
			if (!x || !y) continue;
			out.a.push([x.textStart, x.textEnd]);
			out.b.push([y.textStart, y.textEnd]);
		}
	}
	cache.set(key, out);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return out;
}
