/**
 * Names anchored on the corpus's own vocabulary of indicators (data/figure-vocab.json, mined by
 * scripts/figure-vocab.ts): words outside a known indicator leave the name; unknown names are untouched.
 * The names are the extractor's on real sentences (浙江 1988 and 1990, national 2023, 海口 2008, 安顺 2021).
 */
import { describe, expect, it } from 'vitest';
import { anchorName, splitChange } from '../../src/lib/core/figures/vocab';
import vocab from '../../src/lib/core/data/figure-vocab.json';

describe('figure vocabulary', () => {
	it('holds recurring measured noun phrases, compactly', () => {
		const phrases = new Set(vocab.phrases);
		for (const p of ['粮食总产量', '城镇新增就业', '森林覆盖率', '规模以上工业增加值', '城镇登记失业率', '城镇居民人均可支配收入'])
			expect(phrases.has(p)).toBe(true);
		expect(JSON.stringify(vocab).length).toBeLessThan(2_000_000);
	});
	it('splits a change word off the measure', () => {
		expect(splitChange('高新技术产业增加值年均增长')).toEqual({ stem: '高新技术产业增加值', change: '年均增长' });
		expect(splitChange('增长')).toEqual({ stem: '增长', change: '' });
	});
	it('drops an adverb after a known indicator', () => {
		expect(anchorName('粮食总产量仍然')).toBe('粮食总产量');
		expect(anchorName('总产量仍然减产')).toBe('总产量减产');
		expect(anchorName('粮食产量连年')).toBe('粮食产量');
		expect(anchorName('空气质量优良率长期')).toBe('空气质量优良率');
	});
	it('drops a preposition before a known indicator, but not a qualifier or a verb', () => {
		expect(anchorName('对农业直接补贴')).toBe('农业直接补贴');
		expect(anchorName('永久基本农田')).toBe('永久基本农田');
		expect(anchorName('与共建国家进出口额')).toBe('与共建国家进出口额');
		expect(anchorName('对全省贡献率')).toBe('对全省贡献率');
		expect(anchorName('季华实验室一期')).toBe('季华实验室一期');
	});
	it('leaves names that end in no known indicator', () => {
		expect(anchorName('龙蒲高速')).toBe('龙蒲高速');
		expect(anchorName('至2023年底')).toBe('至2023年底');
	});
});
