/**
 * One page-number rule (data/chrome.json `pageNumber`): the parser and the
 * PDF importer decide alike what a page number is.
 */
import { describe, expect, it } from 'vitest';
import { isPageNumberLine } from '../../src/lib/core/chrome';
import { isPageNumber } from '../../src/lib/core/import/pdf-layout';
import { parseReport } from '../../src/lib/core/parse';

const pages = ['3', '- 3 -', '— 12 —', '－ ７ －', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3 of 10', 'iv', '－ 七 －'];
const text = ['一', '2024', '2024年', '（一）', '增长5.7%', '二、主要任务', '政府工作报告'];

describe('one page-number rule for the parser and the PDF importer', () => {
	it('both say yes to the page-number forms and no to text', () => {
		for (const s of pages) expect([isPageNumberLine(s), isPageNumber(s)], s).toEqual([true, true]);
		for (const s of text) expect([isPageNumberLine(s), isPageNumber(s)], s).toEqual([false, false]);
	});

	it('the parser removes a page-number line between two halves of a sentence, and keeps a year on its own line', () => {
		const input = '政府工作报告\n\n一、过去一年的工作\n\n全市地区生产总值增长\n— 12 —\n5.7%，经济运行稳中向好。\n\n2024\n';
		const r = parseReport(input);
		const pageRemoved = r.removed.filter((x) => x.reason === 'page-number').map((x) => input.slice(x.start, x.end).trim());
		expect(pageRemoved).toEqual(['— 12 —']);
		expect(r.text).toContain('2024');
	});
});
