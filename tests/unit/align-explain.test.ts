/**
 * How a matched row with no matter in common is named: by the longest phrase the passages share — its words, not
 * the punctuation and digits at its edges, and never a figure's tail.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/align/index';

const span = (t: string, phrase: string): [number, number] => {
	const at = t.indexOf(phrase);
	return [at, at + phrase.length];
};

describe('explain: a row named by a shared phrase', () => {
	// 鸡西 × 辽源 2016 (gov collection): the two passages shared …6|万平方米。 and were named 万平方米。
	const a = '全市用于民生支出累计371亿元，年均增长9.4%，新建棚户区改造住房6万平方米。';
	const b = '人居环境不断改善。新建和回购保障房9128套、6万平方米。';

	it('never names a row by a figure’s tail', () => {
		const r = explain([null, null], [a, b], [[span(a, '6万平方米。')], [span(b, '6万平方米。')]]);
		expect(r.matter).toBeNull();
	});

	it('names it by the words of the longest shared phrase, without the punctuation at its edges or quotation marks', () => {
		const r = explain(
			[null, null],
			[a, b],
			[
				[span(a, '6万平方米。'), span(a, '新建')],
				[span(b, '6万平方米。'), span(b, '新建')]
			]
		);
		expect(r.matter).toEqual({ id: 'phrase', zh: '新建', en: '新建' });
		const c = '深化“放管服”改革。';
		const d = '持续深化“放管服”改革。';
		expect(explain([null, null], [c, d], [[span(c, '“放管服”改革。')], [span(d, '“放管服”改革。')]]).matter?.zh).toBe('放管服改革');
	});
});
