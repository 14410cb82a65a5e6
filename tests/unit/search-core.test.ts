import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from '../../src/lib/core/csv';
import { paragraphKwic, searchTerms, tally } from '../../src/lib/core/search/index';

describe('search queries', () => {
	it('splits terms and keeps quoted phrases whole', () => {
		expect(searchTerms('城市更新 新质生产力')).toEqual(['城市更新', '新质生产力']);
		expect(searchTerms('"城市 更新"，乡村振兴')).toEqual(['城市 更新', '乡村振兴']);
		expect(searchTerms('“高质量发展”')).toEqual(['高质量发展']);
	});

	it('gives keyword-in-context lines with offsets into the text', () => {
		const para = '深入实施城市更新行动，推进城市更新和老旧小区改造。';
		const hits = paragraphKwic(para, 100, ['城市更新'], 4);
		expect(hits.map((h) => [h.start, h.end, h.match])).toEqual([
			[104, 108, '城市更新'],
			[113, 117, '城市更新']
		]);
		for (const h of hits) expect(para.slice(h.start - 100, h.end - 100)).toBe('城市更新');
		expect(hits[0].before).toBe('深入实施');
	});

	it('counts the share of reports per year and level, and ranks regions', () => {
		const { byYear, byRegion } = tally([
			{ meta: { region: '聊城市', level: 'city', year: 2024 }, paragraphs: 2 },
			{ meta: { region: '聊城市', level: 'city', year: 2023 }, paragraphs: 0 },
			{ meta: { region: '运城市', level: 'city', year: 2024 }, paragraphs: 0 },
			{ meta: { region: '中华人民共和国', level: 'national', year: 2024 }, paragraphs: 5 }
		]);
		expect(byYear).toEqual([
			{ year: 2023, level: 'city', reports: 1, using: 0 },
			{ year: 2024, level: 'national', reports: 1, using: 1 },
			{ year: 2024, level: 'city', reports: 2, using: 1 }
		]);
		expect(byRegion.map((r) => [r.region, r.paragraphs, r.first])).toEqual([
			['中华人民共和国', 5, 2024],
			['聊城市', 2, 2024]
		]);
	});
});

describe('CSV', () => {
	it('neutralises cells a spreadsheet would run, and quotes', () => {
		for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])
			expect(csvCell(bad).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell('－3.2%')).toBe("'－3.2%"); // full-width forms too, as the figures' CSV always did
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvRows([['a', 1]])).toBe('\ufeffa,1\r\n');
	});
});
