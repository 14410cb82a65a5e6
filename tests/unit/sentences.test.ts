import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/core/sentences';

const cut = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
	it('ends a sentence at 。！？ with the closing quotes that follow', () => {
		expect(cut('全面完成“十一五”规划。”下一句！再一句')).toEqual(['全面完成“十一五”规划。”', '下一句！', '再一句']);
	});

	it('ends a sentence at an ASCII full stop after a percentage (广东 2004)', () => {
		const text =
			'地方一般预算支出1695亿元，增长11.5%.金融机构本外币存款余额29641亿元，各项贷款余额20126亿元，分别比上年末增长16.6%和18.6%.';
		expect(cut(text)).toEqual([
			'地方一般预算支出1695亿元，增长11.5%.',
			'金融机构本外币存款余额29641亿元，各项贷款余额20126亿元，分别比上年末增长16.6%和18.6%.'
		]);
	});

	it('keeps a decimal point, a spaced OCR decimal and an outline number inside the sentence', () => {
		expect(cut('增长5. 8%、7.2%和6.7%')).toEqual(['增长5. 8%、7.2%和6.7%']);
		expect(cut('一.“十二五”时期和2011年工作回顾')).toEqual(['一.“十二五”时期和2011年工作回顾']);
	});

	it('keeps a 。 written as a decimal point inside the sentence (山东 1997, 合肥 2009), but not after 第 and an ordinal', () => {
		expect(cut('全社会固定资产投资完成1562亿元，增长18。1%，其中更新改造投资增长18。8%。居民消费价格上涨9。6%。')).toEqual([
			'全社会固定资产投资完成1562亿元，增长18。1%，其中更新改造投资增长18。8%。',
			'居民消费价格上涨9。6%。'
		]);
		expect(cut('地方财政收入排名全省第1。88%的村实现集体经济收入超过10万元。')).toEqual([
			'地方财政收入排名全省第1。',
			'88%的村实现集体经济收入超过10万元。'
		]);
		expect(cut('全年增长10。2023年，我们要继续努力。')).toEqual(['全年增长10。', '2023年，我们要继续努力。']);
	});

	it('covers the text without gaps: offsets point into the input', () => {
		const text = '增长8.5%.固定资产投资累计2.1万亿元。';
		const parts = splitSentences(text, 10);
		expect(parts[0][0]).toBe(10);
		expect(parts[parts.length - 1][1]).toBe(10 + text.length);
		for (let i = 1; i < parts.length; i++) expect(parts[i][0]).toBe(parts[i - 1][1]);
	});
});
