import { describe, expect, it } from 'vitest';
import { canonicalRegion, duplicateReports, metaFromFields, reportYearOfDate, speakerOf, yearOfTitle } from '../../src/lib/core/meta';
import { mergeMeta, pathMeta } from '../../src/lib/core/corpus/path';

const metaFromPath = (p: string) => pathMeta(p.split('/').filter(Boolean)).hint;
import { inferImportMeta } from '../../src/lib/core/import/meta';
import { parseReport } from '../../src/lib/core/parse';
import { seedBody } from './import-helpers';

/** Issue 12, metadata: one inference, one meaning (short quotes of ../shared/corpus/gov openings). */
describe('year is the report’s own year; the delivery date stays in date', () => {
	it('a report delivered in December is the next year’s (天水市 2025.md, "——2024年12月25日")', () => {
		const r = parseReport(
			[
				'天水市政府工作报告',
				'——2024年12月25日在天水市第八届人民代表大会第五次会议上',
				'天水市人民政府市长 王延勇',
				'各位代表：',
				'现在，我代表市人民政府，向大会报告工作，请予审议。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({ year: 2025, date: '2024-12-25', region: '天水市', speaker: '王延勇', level: 'city' });
	});
	it('the title’s year wins over the delivery date (四川 "2006年四川省人民政府工作报告", delivered 2007-01-26)', () => {
		const r = parseReport(
			[
				'2006年四川省人民政府工作报告',
				'——2007年1月26日在四川省第十届人民代表大会第五次会议上',
				'各位代表：',
				'现在，我代表省人民政府向大会作工作报告。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({ year: 2006, date: '2007-01-26', region: '四川省' });
	});
	it('a title only the front matter gives yields to the session line (四川省/2010.md: titled 2010年… there, delivered 2011-01-18)', () => {
		const r = parseReport(
			[
				'---',
				'title: 2010年四川省人民政府工作报告',
				'---',
				'',
				'**政府工作报告**',
				'',
				'在四川省第十一届人民代表大会第四次会议上（2011年1月18日）',
				'',
				'各位代表：',
				'',
				'现在，我代表省人民政府，向大会报告工作。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({ year: 2011, date: '2011-01-18', title: '2010年四川省人民政府工作报告' });
	});
	it('a collection’s title naming the year the report reviews is a year behind (四川省/2004.md opens on 2004年工作回顾)', () => {
		// 四川省 2003–2005, 2008 and 2013 are filed under the year they review and carry no session line; 2005.md opens on
		// “十五”工作回顾, a term ending in 2005. The report's own words date them a year later; `reviews` keeps the year reviewed.
		const sichuan = (title: string, review: string) =>
			parseReport(['---', `title: ${title}`, '---', '', '各位代表：', '', `**${review}**`, '', '2004年，全省经济持续快速增长。'].join('\n'))
				.meta;
		expect(sichuan('2004年四川省人民政府工作报告', '2004年工作回顾')).toMatchObject({ year: 2005, reviews: 2004 });
		expect(sichuan('2005年四川省人民政府工作报告', '一、“十五”工作回顾')).toMatchObject({ year: 2006, reviews: 2005 });
		// A title one year after its review is the report's own: nothing moves.
		expect(sichuan('2005年四川省人民政府工作报告', '一、2004年工作回顾').year).toBe(2005);
		expect(sichuan('2005年四川省人民政府工作报告', '一、2004年工作回顾').reviews).toBeUndefined();
	});
	it('a bare date line does not overrule the title (江苏省/2003.md carries “（2010年2月20日 梁保华）”)', () => {
		const r = parseReport(
			[
				'---',
				'title: 江苏省2003年政府工作报告',
				'---',
				'',
				'（2010年2月20日 梁保华）',
				'',
				'各位代表，现在，我代表江苏省人民政府，向大会报告过去五年的工作。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({ year: 2003, date: '2010-02-20' });
	});
	it('a heading is not the title (保定市/2023.md: “2022年政府工作回顾” under a 2023-01-30 session line)', () => {
		const r = parseReport(
			[
				'---',
				'title: 保定市政府工作报告（2023年1月30日 闫继红）',
				'---',
				'',
				'——2023年1月30日在保定市第十六届人民代表大会第四次会议上',
				'',
				'保定市人民政府市长 闫继红',
				'',
				'2022年政府工作回顾',
				'',
				'刚刚过去的一年，是极不平凡的一年。'
			].join('\n')
		);
		expect(r.meta.year).toBe(2023);
	});
	it('titles: dates and horizons are not the report’s year', () => {
		expect(yearOfTitle('南阳市政府工作报告 （2014年3月16日 程志明）')).toBeUndefined();
		expect(yearOfTitle('兰州市人民政府工作报告（2012）')).toBe(2012);
		expect(yearOfTitle('关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告')).toBe(2024);
		expect(yearOfTitle('关于国民经济和社会发展“九五”计划和2010年远景目标纲要的报告')).toBeUndefined();
		expect(reportYearOfDate('2021-12-29')).toBe(2022);
		expect(reportYearOfDate('2021-11-15')).toBe(2022);
		expect(reportYearOfDate('2022-01-10')).toBe(2022);
	});
});

describe('canonical region names from one table', () => {
	it('short forms become the full name', () => {
		expect(canonicalRegion('聊城')).toBe('聊城市');
		expect(canonicalRegion('西藏')).toBe('西藏自治区');
		expect(canonicalRegion('宁夏')).toBe('宁夏回族自治区');
		expect(canonicalRegion('延边')).toBe('延边朝鲜族自治州');
		expect(canonicalRegion('伊犁州')).toBe('伊犁哈萨克自治州');
		expect(canonicalRegion('全国')).toBe('中华人民共和国');
		expect(canonicalRegion('吉林')).toBe('吉林省'); // the province, not the city
		expect(canonicalRegion('东昌府区')).toBe('东昌府区'); // not in the table: as given
	});
	it('front matter, inference and import agree on the name', () => {
		expect(metaFromFields({ region: '聊城' }).region).toBe('聊城市');
		expect(
			parseReport('兰州市人民政府工作报告（2017）\n——2016年12月15日在兰州市第十六届人民代表大会第一次会议上\n各位代表：\n正文。').meta
				.region
		).toBe('兰州市');
		// "龚正市长在上海市…": an office is not a place.
		expect(
			parseReport('---\ntitle: 龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告（2025年）\n---\n各位代表：\n正文。').meta
		).toMatchObject({ region: '上海市', year: 2025, speaker: '龚正' });
	});
});

describe('speakers where the text names them', () => {
	it('national reports: the speaker line, else the Premier of that year', () => {
		const named = parseReport(
			[
				'政府工作报告',
				'——2020年5月22日在第十三届全国人民代表大会第三次会议上',
				'国务院总理　李克强',
				'各位代表：',
				'现在，我代表国务院，向大会报告政府工作，请予审议。'
			].join('\n')
		);
		expect(named.meta).toMatchObject({ speaker: '李克强', year: 2020, region: '中华人民共和国' });
		// The Wikisource copy starts at 各位代表: the year comes from the manifest or the file name.
		const bare =
			'各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n一、2013年工作回顾\n\n过去一年是本届政府依法履职的第一年。';
		expect(parseReport(bare).meta).toMatchObject({ region: '中华人民共和国', kind: 'gwr' });
		expect(mergeMeta(parseReport(bare).meta, {}, 'corpus/national/2014.txt')).toMatchObject({
			year: 2014,
			speaker: '李克强',
			level: 'national'
		});
		expect(mergeMeta(parseReport(bare).meta, { year: 2019, title: '2019年中华人民共和国国务院政府工作报告' })).toMatchObject({
			speaker: '李克强'
		});
	});
	it('a name with a character outside U+4E00–U+9FA5 (extension A 䶮, extension B 𠀾) is a name: Han is core/text/han', () => {
		expect(speakerOf(['市长 王䶮'])).toBe('王䶮');
		expect(speakerOf(['——2025年1月14日市长 𠀾明在市第十六届人民代表大会第五次会议上'])).toBe('𠀾明');
		expect(speakerOf(['市长 王明'])).toBe('王明');
	});
	// Eighteenth session: a search of the collection for reports whose opening names a speaker the parser did not find
	// (90 of 2,908 → 4, none of them a speaker): the salutation joined to the line before, a speaker in brackets, a
	// long name, a notice that prints the report, a source list in the front matter.
	it('a date line with the speaker on it, then 各位代表： on a line of its own (大连 2004)', () => {
		const r = parseReport(
			[
				'——2004年2月9日在大连市第十三届人民代表大会第二次会议上市长　夏德仁',
				'',
				'各位代表：',
				'',
				'我代表市政府向大会报告工作，请予审议。'
			].join('\n')
		);
		expect(r.meta.speaker).toBe('夏德仁');
		expect(r.paragraphs.map((p) => r.text.slice(p.textStart, p.textEnd))).toContain('各位代表：');
	});
	it('a labelled title, the date line, the speaker and 各位代表： stay apart (北京 2021), and none is a heading', () => {
		const r = parseReport(
			[
				'原标题：政府工作报告',
				'',
				'——二〇二一年一月二十三日在北京市第十五届人民代表大会第四次会议上',
				'',
				'北京市市长 陈吉宁',
				'',
				'各位代表：',
				'',
				'现在，我代表北京市人民政府，向大会报告政府工作，请予审议。',
				'',
				'一、“十三五”时期经济社会发展回顾',
				'',
				'“十三五”时期是北京发展史上具有重要里程碑意义的五年。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({ speaker: '陈吉宁', date: '2021-01-23' });
		expect(r.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(['一、“十三五”时期经济社会发展回顾']);
	});
	it('a speaker in the brackets of the title, a long name, and a notice that prints the report', () => {
		expect(speakerOf(['政府工作报告（2010年1月19日在吉林省第十一届人民代表大会第三次会议上 代省长 王儒林）'])).toBe('王儒林');
		expect(speakerOf(['（2006年1月14日在福州市第十二届人民代表大会第四次会议上 代市长郑松岩讲话）'])).toBe('郑松岩');
		expect(speakerOf(['自治州州长吾肉孜阿力·哈西哈尔巴依'])).toBe('吾肉孜阿力·哈西哈尔巴依');
		expect(speakerOf(['西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知'])).toBe('叶牛平');
	});
	it('front matter whose source is a list of `- url` lines is front matter (南宁 2014: it was read as the first paragraph)', () => {
		const r = parseReport(
			[
				'---',
				'source:',
				'- https://www.nanning.gov.cn/zwgk/t4807297.html',
				'title: 2014年政府工作报告',
				'---',
				'',
				'——2014年2月12日在南宁市第十三届人民代表大会第五次会议上',
				'',
				'市长 周红波',
				'',
				'各位代表：',
				'',
				'现在，我代表市人民政府向大会报告工作。'
			].join('\n')
		);
		expect(r.meta).toMatchObject({
			source: 'https://www.nanning.gov.cn/zwgk/t4807297.html',
			title: '2014年政府工作报告',
			speaker: '周红波'
		});
		expect(r.text.startsWith('——2014年2月12日')).toBe(true);
	});
});

describe('one inference for parse and import', () => {
	for (const id of ['liaocheng-2020-gwr', 'dongchangfu-2024-plan', 'yuncheng-2024-gwr-excerpt', 'liaocheng-2024-gwr-excerpt']) {
		it(`${id}: import adds only the file-specific fields`, () => {
			const body = seedBody(id);
			const parsed = mergeMeta(parseReport(body).meta);
			const imported = inferImportMeta(body, { fileName: `${id}.txt` });
			const { source, ...rest } = imported;
			expect(source).toMatch(/imported from/);
			for (const [k, v] of Object.entries(parsed)) expect([k, rest[k]]).toEqual([k, v]);
		});
	}
	it('the same file gets the same metadata in a corpus folder and imported (天水 2025, delivered 2024-12-25)', () => {
		const body = [
			'天水市政府工作报告',
			'——2024年12月25日在天水市第八届人民代表大会第五次会议上',
			'天水市人民政府市长 王延勇',
			'各位代表：',
			'现在，我代表市人民政府，向大会报告工作，请予审议。',
			'一、2024年工作回顾',
			'过去一年，全市地区生产总值增长5.6%。'
		].join('\n');
		// As the corpus store reads it: the layout (canonical region) over the text, the path as a hint.
		const segs = ['政府工作报告-其他地市', '天水', '2025.md'];
		const stored = mergeMeta(parseReport(body).meta, pathMeta(segs).meta, segs.join('/'));
		const imported = inferImportMeta(body, { fileName: '天水市2025年政府工作报告.docx' });
		for (const k of ['region', 'year', 'date', 'speaker', 'level', 'province', 'kind'] as const)
			expect([k, imported[k]]).toEqual([k, stored[k]]);
		expect(stored).toMatchObject({ region: '天水市', year: 2025, date: '2024-12-25', speaker: '王延勇', level: 'city' });
	});

	it('a file name fills only what the text leaves open', () => {
		expect(metaFromPath('gov/政府工作报告-主要城市/兰州市/2012.md')).toEqual({ region: '兰州市', year: 2012 });
		expect(metaFromPath('/tmp/宁夏.docx')).toEqual({ region: '宁夏回族自治区' });
		expect(metaFromPath('national/2014.txt')).toEqual({ region: '中华人民共和国', year: 2014 });
		const m = inferImportMeta('各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2024年工作回顾\n过去一年很不平凡。', {
			fileName: '聊城/2025.md'
		});
		expect(m).toMatchObject({ region: '聊城市', year: 2025, level: 'city' });
	});
	it('the seeds still read the same', () => {
		expect(parseReport(seedBody('liaocheng-2020-gwr')).meta).toMatchObject({
			region: '聊城市',
			year: 2020,
			speaker: '李长萍',
			date: '2020-05-26'
		});
	});
});

describe('two reports of one region and year are flagged', () => {
	it('groups by canonical region, year and kind', () => {
		const groups = duplicateReports([
			{ id: 'a', meta: { region: '聊城', year: 2024, kind: 'gwr' } },
			{ id: 'b', meta: { region: '聊城市', year: 2024, kind: 'gwr' } },
			{ id: 'c', meta: { region: '聊城市', year: 2024, kind: 'plan' } },
			{ id: 'd', meta: { region: '聊城市', year: 2023, kind: 'gwr' } },
			{ id: 'e', meta: { year: 2024 } }
		]);
		expect(groups).toEqual([{ region: '聊城市', year: 2024, kind: 'gwr', ids: ['a', 'b'] }]);
	});
});
