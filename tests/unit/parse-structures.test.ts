import { describe, expect, it } from 'vitest';
import { inputMinusRemoved, parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';

/** Small documents in shapes the seeds do not show, written the way real reports write them. */
const outline = (input: string) =>
	parseReport(input)
		.sections.filter((s) => s.kind !== 'lead')
		.map((s) => `${s.level} ${s.heading}`);

describe('structures beyond the seeds', () => {
	it('a list of one-sentence numbered targets is a list, not headings', () => {
		const input = [
			'二、2025年主要预期目标',
			'今年经济社会发展的主要预期目标是：',
			'1. 地区生产总值增长6%左右。',
			'2. 城镇新增就业5.5万人以上。',
			'3. 居民消费价格涨幅2%左右。',
			'三、2025年重点工作',
			'（一）扩大有效需求。实施提振消费行动，发放消费券1000万元。'
		].join('\n');
		expect(outline(input)).toEqual(['1 二、2025年主要预期目标', '1 三、2025年重点工作', '2 （一）扩大有效需求']);
		expect(parseReport(input).paragraphs.filter((p) => p.kind === 'item').length).toBe(3);
	});

	it('numbered tasks with run-in headings are sections', () => {
		const input = ['（一）加快产业升级', '1. 提升科技创新引领力。布局建设一批重点实验室。', '2. 深入推进制造业强区战略。培育产业链。'].join(
			'\n'
		);
		expect(outline(input)).toEqual(['2 （一）加快产业升级', '3 1. 提升科技创新引领力', '3 2. 深入推进制造业强区战略']);
	});

	it('（一） items under a 第一， heading are list entries', () => {
		const input = [
			'三、加快社会主义经济建设',
			'',
			'第一，全国动员，大办农业',
			'',
			'\u3000\u3000国家计划在发展农业生产方面，采取以下措施：',
			'',
			'\u3000\u3000（一）在普遍增产粮食的基础上抓好两头，一头是抓好十二个大面积商品粮基地和全国的国营农场，八年内使它们提供的商品粮比现在有较大的增加。',
			'',
			'\u3000\u3000（二）在提高单位面积产量的同时，在不损害水土保持、森林、草原和水产资源的条件下，有计划地开垦荒地。',
			'',
			'第二，加快发展基础工业'
		].join('\n');
		expect(outline(input)).toEqual(['1 三、加快社会主义经济建设', '2 第一，全国动员，大办农业', '2 第二，加快发展基础工业']);
	});

	it('markdown-bold numbered headings and half-width brackets', () => {
		const input = '**一、2024年工作回顾**\n\n过去一年，全市经济平稳。\n\n**(一)产业升级成效显著。**工业增加值增长8%。\n';
		const r = parseReport(input);
		expect(outline(input)).toEqual(['1 一、2024年工作回顾', '2 (一)产业升级成效显著']);
		expect(r.text).not.toContain('*');
		expect(stripWhitespace(inputMinusRemoved(input, r.removed))).toBe(stripWhitespace(r.text));
	});

	it('infers metadata from a title line and a date line without a dash', () => {
		const input =
			'2025年河北省政府工作报告\n2025年1月13日在河北省第十四届人民代表大会第三次会议上河北省省长 王正谱\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n';
		expect(parseReport(input).meta).toMatchObject({
			region: '河北省',
			level: 'provincial',
			year: 2025,
			date: '2025-01-13',
			kind: 'gwr',
			speaker: '王正谱'
		});
	});

	it('a page number between two halves of a sentence is removed and the sentence rejoined', () => {
		const input = '一、工作回顾\n\n全年新改建道路59条，改造雨污合流\n\n- 3 -\n\n管网203公里。\n';
		const r = parseReport(input);
		expect(r.text).toContain('改造雨污合流管网203公里。');
		expect(r.removed.map((x) => x.reason)).toEqual(['page-number']);
	});

	it('HTML in a report stays text in the parse', () => {
		const input = '一、工作回顾\n<script>alert(1)</script>城市更新加快推进。\n';
		expect(parseReport(input).text).toContain('<script>alert(1)</script>');
	});
});
