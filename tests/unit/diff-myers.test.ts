/**
 * The word level's Myers diff (core/diff/myers.ts) gives exactly jsdiff's
 * `diffArrays` changes — the same runs in the same order, the same cut-off
 * past `maxEditLength` — on real sentence tokens and on random sequences
 * with many ties (small alphabets), where the choice between equally short
 * scripts shows.
 */
import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { myersDiff } from '../../src/lib/core/diff/myers';
import { intlSegmenter } from '../../src/lib/core/segmenter/base';
import { mulberry32 } from '../fixtures/mulberry32';

function jsdiff(a: string[], b: string[], maxEditLength?: number) {
	const changes = maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
	return changes?.map((c) => ({ count: c.count, added: c.added, removed: c.removed }));
}

/** Seeded, so a failure can be replayed. */
const random = mulberry32;

describe('myersDiff is jsdiff diffArrays', () => {
	it('on edited sentences of a real report', () => {
		const pairs = [
			[
				'今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。',
				'今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。'
			],
			[
				'坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。',
				'坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。'
			],
			['', '加快建设现代化产业体系。'],
			['加快建设现代化产业体系。', ''],
			['', '']
		];
		for (const [a, b] of pairs) {
			const ta = intlSegmenter(a);
			const tb = intlSegmenter(b);
			expect(myersDiff(ta, tb)).toEqual(jsdiff(ta, tb));
			expect(myersDiff(Array.from(a), Array.from(b))).toEqual(jsdiff(Array.from(a), Array.from(b)));
		}
	});

	it('on 3,000 random pairs with ties, with and without an edit bound', () => {
		const rnd = random(14);
		for (let n = 0; n < 3000; n++) {
			const alphabet = 'abcdef'.slice(0, 1 + Math.floor(rnd() * 6));
			const seq = (len: number) => Array.from({ length: len }, () => alphabet[Math.floor(rnd() * alphabet.length)]);
			const a = seq(Math.floor(rnd() * 30));
			// Half the time an edited copy of `a`, otherwise independent.
			const b =
				rnd() < 0.5 ? a.filter(() => rnd() > 0.2).flatMap((x) => (rnd() < 0.15 ? [x, alphabet[0]] : [x])) : seq(Math.floor(rnd() * 30));
			const bound = rnd() < 0.5 ? undefined : Math.floor(rnd() * 12);
			expect(myersDiff(a, b, bound)).toEqual(jsdiff(a, b, bound));
		}
	});
});
