/**
 * BigramIndex.candidates (text/bigrams, the diff's sentence candidates) keeps
 * its exact answer — the `limit` units sharing the most informative bigrams,
 * ties in order of first posting — now that it selects the top few instead of
 * sorting every touched unit: checked against that definition written out.
 */
import { describe, expect, it } from 'vitest';
import { BigramIndex, bigrams, dice } from '../../src/lib/core/text/bigrams';

/** The definition: count shared bigrams of postings ≤ maxPostings, stable sort by count, first `limit`. */
function reference(sets: Set<string>[], query: Set<string>, limit: number, maxPostings: number): number[] {
	const postings = new Map<string, number[]>();
	sets.forEach((s, i) => s.forEach((g) => postings.set(g, [...(postings.get(g) ?? []), i])));
	const counts = new Map<number, number>();
	for (const g of query) {
		const p = postings.get(g);
		if (!p || p.length > maxPostings) continue;
		for (const i of p) counts.set(i, (counts.get(i) ?? 0) + 1);
	}
	const found = [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)!).slice(0, limit);
	return found.length || maxPostings === Infinity ? found : reference(sets, query, limit, Infinity);
}

describe('BigramIndex.candidates', () => {
	const sentences = [
		'坚持稳中求进工作总基调',
		'完整准确全面贯彻新发展理念',
		'加快构建新发展格局',
		'着力推动高质量发展',
		'推动经济实现质的有效提升和量的合理增长',
		'坚持高质量发展',
		'发展新质生产力',
		'统筹发展和安全',
		'稳中求进',
		'新发展理念',
		'推动高质量发展取得新成效'
	];
	const sets = sentences.map(bigrams);

	it('equals the stable top-k of shared bigram counts, for every limit and posting cap', () => {
		for (const maxPostings of [1, 2, 3, 64]) {
			const index = new BigramIndex(sets, maxPostings);
			for (const q of [...sentences, '高质量发展新理念', '求进', '无关的句子']) {
				for (const limit of [0, 1, 2, 3, 6, 20]) {
					expect(index.candidates(bigrams(q), limit), `${q} ${limit} ${maxPostings}`).toEqual(
						reference(sets, bigrams(q), limit, maxPostings)
					);
				}
			}
		}
	});

	it('counts the bigrams each candidate shares with the query, common ones included (its Dice exactly)', () => {
		for (const maxPostings of [1, 2, 64]) {
			const index = new BigramIndex(sets, maxPostings);
			for (const q of [...sentences, '高质量发展新理念', '发展发展']) {
				const query = bigrams(q);
				const { found, shared } = index.candidatesShared(query);
				expect(found).toEqual(index.candidates(query));
				found.forEach((i, k) => expect((2 * shared[k]) / (query.size + sets[i].size)).toBe(dice(query, sets[i])));
			}
		}
	});
});
