/**
 * The parts of a report (core/parts.ts), one reading for alignment and for
 * figure periods: titles with years in digits or Chinese numerals, five-year
 * reviews, a term's goals, title lines the outline keeps as paragraphs, and
 * a title carried over the theme-only numbered sections under it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { headingYear, pastTerm, readParts, termEnd, titlePart } from '../../src/lib/core/parts';
import { reportParts } from '../../src/lib/core/align/parts';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { scorePeriods } from '../fixtures/period-score';

const report = (year: number, body: string) => `---\ntitle: 测试市${year}年政府工作报告\nyear: ${year}\n---\n\n各位代表：\n\n${body}\n`;
const figure = (input: string, raw: string) => {
	const figs = extractFigures(parseReport(input), input, { topicOf: () => null });
	const f = figs.find((x) => x.raw === raw);
	if (!f) throw new Error(`no figure ${raw}`);
	return { period: f.period, kind: f.kind, multiYear: f.multiYear };
};

describe('titles', () => {
	it('reads the year of a title in digits or Chinese numerals, not a horizon or a span end', () => {
		expect(headingYear('一、二〇二三年工作回顾')).toBe(2023);
		expect(headingYear('一、2023年工作回顾')).toBe(2023);
		expect(headingYear('一九八四年的工作')).toBe(1984);
		expect(headingYear('编制“十一五”规划和2020年远景目标纲要')).toBeNull();
		expect(headingYear('2016—2020年的主要任务')).toBeNull();
		expect(headingYear('今年的主要任务', 2024)).toBe(2024);
	});

	it("reads a term's start by the year the term starts: the year's work in its first year, a review a year later", () => {
		// 开封 2016, 台州 2021, 湖北 2006 (gov collection): the plan of the term's first year, not the term's goals.
		expect(titlePart('三、切实做好2016年工作，努力实现“十三五”良好开局', 2016)).toMatchObject({
			part: 'plan',
			year: 2016,
			multiYear: false
		});
		expect(titlePart('三、全力以赴做好“十四五”开局工作', 2021)).toMatchObject({ part: 'plan', year: 2021, multiYear: false });
		expect(titlePart('三、努力为“十一五”发展起好步开好局', 2006)).toMatchObject({ part: 'plan', year: 2006 });
		// 吉林 2012, 福建 2002: the first year, reviewed a year later.
		expect(titlePart('一、实施“十二五”规划实现良好开局', 2012)).toMatchObject({ part: 'review', year: 2011, multiYear: false });
		expect(titlePart('一、实施“十五”计划取得良好开局的一年', 2002)).toMatchObject({ part: 'review', year: 2001 });
		// A start that went well (开局良好) is a result, not a start to make: no part from these words.
		expect(titlePart('一、“十一五”发展开局良好', 2007)).toBeNull();
	});

	it('names the part of a title, and no part for a theme', () => {
		expect(titlePart('一、二〇二三年工作回顾', 2024)).toMatchObject({ part: 'review', year: 2023, multiYear: false });
		expect(titlePart('过去五年工作回顾', 2023)).toMatchObject({ part: 'review', year: null, multiYear: true });
		expect(titlePart('一、本届政府工作回顾', 2023)).toMatchObject({ part: 'review', multiYear: true });
		expect(titlePart('一、“十二五”经济社会发展规划实施情况', 2016)).toMatchObject({ part: 'review', multiYear: true });
		expect(titlePart('二、“十四五”时期主要目标任务', 2021)).toMatchObject({ part: 'term', multiYear: true });
		expect(titlePart('二、“十四五”主要目标及2021年工作安排', 2021)).toMatchObject({ part: 'term', year: 2021, multiYear: false });
		expect(titlePart('二、2024年主要预期目标', 2024)).toMatchObject({ part: 'plan', year: 2024, targets: true });
		expect(titlePart('三、2011年经济社会发展的主要目标和任务', 2011)).toMatchObject({ part: 'plan', targets: false });
		expect(titlePart('2005年的工作', 2005)).toMatchObject({ part: 'plan', year: 2005 });
		expect(titlePart('首先报告2001年的工作。', 2002)).toMatchObject({ part: 'review', year: 2001 });
		expect(titlePart('名词解释', 2024)).toMatchObject({ part: 'notes' });
		// 柳州 2018 and 11 more reports of the collection title their notes 附注： or 注解： (the outline's notes titles).
		expect(titlePart('附注：', 2018)).toMatchObject({ part: 'notes' });
		expect(titlePart('注解：', 2018)).toMatchObject({ part: 'notes' });
		expect(titlePart('一、经济发展实现稳中快进', 2014)).toBeNull();
		expect(titlePart('三、重点项目建设取得新进展', 2014)).toBeNull();
		expect(titlePart('一、1996年的政府工作和1997年的奋斗目标', 1997)).toMatchObject({ part: 'review', year: 1996, then: 1997 });
		expect(titlePart('二、今后五年的发展目标', 2007)).toMatchObject({ part: 'term', end: 2011 });
		expect(titlePart('二、“十三五”时期发展成就和“十四五”时期主要目标任务', 2021)).toMatchObject({ part: 'review', thenTerm: 2025 });
		expect(termEnd('“十五”')).toBe(2005);
		expect(termEnd('十五五')).toBe(2030);
		expect(termEnd('“九五”期间')).toBe(2000);
	});
});

describe('the parts of a report', () => {
	// A review title standing above theme-only numbered sections, then the plan's title above its own.
	const chengdu = report(
		2014,
		[
			'2013年工作回顾',
			'2013年是全面贯彻党的十八大精神的开局之年。',
			'一、经济发展实现稳中快进',
			'全市地区生产总值增长10.2%，规模以上工业增加值增长11.5%。',
			'二、对外开放合作成效显著',
			'新增世界500强企业12家，实际利用外资增长8.3%。',
			'2014年工作安排',
			'今年经济社会发展的主要预期目标是：地区生产总值增长8.5%左右。',
			'一、加快改革创新',
			'新建保障性住房2万套。'
		].join('\n\n')
	);

	it('reads the entries under a 附注： title as notes, never as the plan before them (柳州 2018)', () => {
		const r = parseReport(
			report(
				2018,
				[
					'一、2018年工作安排',
					'推进城市基础设施建设，开工建设凤凰岭大桥，建成白沙大桥。',
					'附注：',
					'⑨“三馆一站”：即公共图书馆、文化馆、博物馆（纪念馆）、街道（乡镇）综合文化站。'
				].join('\n\n')
			)
		);
		const part = reportParts(r);
		expect(part(r.text.indexOf('推进城市基础设施建设'))).toBe('plan');
		expect(part(r.text.indexOf('⑨“三馆一站”'))).toBe('notes');
	});

	it('carries a review title over the numbered sections under it, for alignment and for periods alike', () => {
		const r = parseReport(chengdu);
		const at = (s: string) => r.text.indexOf(s);
		const parts = readParts(r);
		expect(parts.at(at('全市地区生产总值'))).toMatchObject({ part: 'review', year: 2013, explicit: true });
		expect(parts.at(at('新增世界500强'))).toMatchObject({ part: 'review', year: 2013 });
		expect(parts.at(at('新建保障性住房'))).toMatchObject({ part: 'plan', year: 2014 });
		const part = reportParts(r);
		expect(part(at('新增世界500强'))).toBe('review');
		expect(part(at('新建保障性住房'))).toBe('plan');
		expect(figure(chengdu, '8.3%')).toMatchObject({ period: 2013, kind: 'actual' });
		expect(figure(chengdu, '8.5%')).toMatchObject({ period: 2014, kind: 'target' });
		expect(figure(chengdu, '2万套')).toMatchObject({ period: 2014, kind: 'plan' });
	});

	it('reads title lines the outline keeps as paragraphs (a bold run-in title, a short line alone)', () => {
		const xizang = report(
			2005,
			[
				'**2004年工作回顾** 2004年，全区各族人民团结奋斗。',
				'——经济总量迈上新台阶。生产总值达到211.5亿元，增长12%。',
				'**一年来，我们主要抓了九个方面的工作：**',
				'第一，注重改善农牧民生产生活条件。全年完成农牧业投资28.6亿元。',
				'**2005年的工作** 今年是全面实现“十五”计划目标的重要一年。',
				'一、突出农牧民增收这个中心',
				'新建农村公路1200公里。'
			].join('\n\n')
		);
		expect(figure(xizang, '28.6亿元')).toMatchObject({ period: 2004, kind: 'actual' });
		expect(figure(xizang, '1200公里')).toMatchObject({ period: 2005, kind: 'plan' });
	});

	it('gives a five-year review several years, except a level reached and a change on the year before', () => {
		const review = report(
			2023,
			[
				'一、过去五年工作回顾',
				'五年来，累计新增城镇就业52万人，城镇化率达到61.2%，地区生产总值年均增长6.1%。',
				'刚刚过去的2022年，地区生产总值增长4.5%。',
				'二、2023年工作安排',
				'城镇新增就业11万人以上。'
			].join('\n\n')
		);
		expect(figure(review, '52万人')).toMatchObject({ period: null, multiYear: true });
		expect(figure(review, '61.2%')).toMatchObject({ period: 2022, multiYear: false });
		expect(figure(review, '6.1%')).toMatchObject({ period: null, multiYear: true });
		expect(figure(review, '4.5%')).toMatchObject({ period: 2022, kind: 'actual' });
		expect(figure(review, '11万人')).toMatchObject({ period: 2023 });
	});

	it('applies the period rule to multi-year figures (docs/figures.md): end-state levels, bases, horizons, term goals', () => {
		// The end-state levels of a review take its last year; a change on a base year several years back spans the years.
		const review = report(
			2007,
			[
				'一、本届政府工作回顾',
				'四年来，我们努力促进社会和谐进步。养老、医疗、失业保险参保人数分别达到169.9万人、127.1万人、80.5万人，市区居民人均可支配收入达到19674元，是2002年的1.52倍。',
				'年接待游客总人数从3320.4万人次跃升到6745万人次，固定资产投资六年完成3332.8亿元。',
				'二、今后五年的发展目标',
				'外贸进出口总额达到850亿美元，年均增长15%；确保“十一五”末耕地保有量374.5万亩以上。',
				'到2010年，全市生产总值达到5000亿元，年均增长12%以上。城镇居民人均可支配收入达到30000元。'
			].join('\n\n')
		);
		expect(figure(review, '127.1万人')).toMatchObject({ period: 2006, multiYear: false });
		expect(figure(review, '19674元')).toMatchObject({ period: 2006 });
		expect(figure(review, '1.52倍')).toMatchObject({ period: null, multiYear: true });
		expect(figure(review, '6745万人次')).toMatchObject({ period: 2006 });
		expect(figure(review, '3332.8亿元')).toMatchObject({ period: null, multiYear: true });
		// A term's goals: a level at the term's last year (今后五年 in 2007 → 2011), an average over the term, a horizon.
		expect(figure(review, '850亿美元')).toMatchObject({ period: 2011, kind: 'target' });
		expect(figure(review, '15%')).toMatchObject({ period: null, multiYear: true });
		expect(figure(review, '374.5万亩')).toMatchObject({ period: 2010 });
		expect(figure(review, '5000亿元')).toMatchObject({ period: 2010 });
		expect(figure(review, '30000元')).toMatchObject({ period: 2010 });
	});

	it('opens several years inside a paragraph (两年来，…), and reads a year in Chinese numerals', () => {
		const national = report(
			2000,
			[
				'二、2000年的主要任务',
				'继续实施积极的财政政策。两年来，中央坚持实施积极的财政政策。已建成的主要有：新增公路通车里程1.2万公里；新建和改造农村电网高低压线路90万公里。',
				'今年继续实行积极财政政策，发行1000亿元长期国债。'
			].join('\n\n')
		);
		expect(figure(national, '1.2万公里')).toMatchObject({ period: null, kind: 'actual', multiYear: true });
		expect(figure(national, '1000亿元')).toMatchObject({ period: 2000 });
		const zhejiang = report(1985, ['二、一九八五年的任务', '一九八四年光粮、棉、油三项，国家财政就补贴了208亿元。'].join('\n\n'));
		expect(figure(zhejiang, '208亿元')).toMatchObject({ period: 1984, kind: 'actual' });
	});

	it('reads a heading that states results as a review, and a title of last year and this year in two parts', () => {
		const yunnan = report(
			2006,
			['一、奋力开拓，“十五”经济社会发展目标全面实现', '电力新增发电装机570万千瓦。', '二、2006年的主要任务', '新建农村公路1万公里。'].join(
				'\n\n'
			)
		);
		expect(figure(yunnan, '570万千瓦')).toMatchObject({ period: null, kind: 'actual', multiYear: true });
		expect(figure(yunnan, '1万公里')).toMatchObject({ period: 2006, kind: 'plan' });
		const gansu = report(
			1997,
			[
				'一、1996年的政府工作和1997年的奋斗目标',
				'刚刚过去的1996年，全年完成财政收入79.9亿元。',
				'各位代表，今年是很重要的一年。主要奋斗目标是：国内生产总值增长9%。',
				'二、集中精力抓好经济建设',
				'新增灌溉面积50万亩。'
			].join('\n\n')
		);
		expect(figure(gansu, '79.9亿元')).toMatchObject({ period: 1996, kind: 'actual' });
		expect(figure(gansu, '9%')).toMatchObject({ period: 1997, kind: 'target' });
	});

	it('reads a heading on a five-year plan that ended before the report as its review, not as goals', () => {
		const liuan = report(
			2016,
			[
				'一、团结奋斗，“十二五”发展迈上新台阶',
				'这五年，城乡面貌深刻变化。',
				'二、开拓创新，扎实抓好2016年各项工作',
				'新建公路50公里。'
			].join('\n\n')
		);
		const parts = readParts(parseReport(liuan));
		const at = (s: string) => parts.at(parseReport(liuan).text.indexOf(s)).part;
		expect(at('这五年')).toBe('review');
		expect(at('新建公路')).toBe('plan');
		expect(titlePart('“十三五”时期发展成就和2020年主要工作', 2021)).toMatchObject({ part: 'review', multiYear: true });
		// The next term's plan, a congress or a plan named by its number are no past term.
		expect(titlePart('“十四五”时期发展目标和重点任务', 2021)).toMatchObject({ part: 'term' });
		expect(pastTerm('关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》', 2026)).toBe(false);
		expect(pastTerm('市十五届人大三次会议秘书处', 2014)).toBe(false);
		expect(pastTerm('一、努力攻坚，圆满收官“十二五”', 2016)).toBe(true);
	});

	it('reads notes titled 名词注解 (东莞 2009–2026) or 注 释 as notes, not as the plan', () => {
		// 东莞 2013's last plan section, its closing call, then its notes under a bold 名词注解：. Read as the
		// plan, 四大环保行动计划：包括… faced 广州 2013's 巩固提升环境空气质量 (heldout23).
		const dongguan = report(
			2013,
			[
				'**2013年工作安排**',
				'六、提升城市承载力，建设更具生态文明的美丽东莞',
				'优化城市顶层设计。以新一轮总体规划修编为契机，构建疏密有致的城市格局。',
				'各位代表！九万里风鹏正举，党的十八大绘就了夺取中国特色社会主义新胜利的宏伟蓝图。',
				'**名词注解：**',
				'四大环保行动计划：包括空气清洁、重点流域整治、重金属污染整治和农村环境保护等四项行动。',
				'智慧城市：指用信息通信技术手段，感测、分析、整合城市运行核心系统的各项关键信息，对民生、公共安全、城市服务等各种需求做出智能响应，实现城市智慧式管理和运行。'
			].join('\n\n')
		);
		const r = parseReport(dongguan);
		const at = (s: string) => reportParts(r)(r.text.indexOf(s));
		expect(at('优化城市顶层设计')).toBe('plan');
		expect(at('四大环保行动计划')).toBe('notes');
		expect(at('智慧城市：指')).toBe('notes');
		expect(titlePart('名词注解：', 2013)).toMatchObject({ part: 'notes' });
		expect(titlePart('注 释', 2021)).toMatchObject({ part: 'notes' });
		expect(titlePart('附：名词注解', 2020)).toMatchObject({ part: 'notes' });
	});

	it('keeps an unmarked excerpt one body, as before', () => {
		const r = parseReport('（五）推进城乡融合发展。\n\n建成美丽乡村示范村20个。\n');
		expect(readParts(r).at(0).explicit).toBe(false);
	});
});

describe('a review title over numbered sections whose numbering starts again', () => {
	it('carries over them up to the restart (四川省/2004.md, 西藏自治区/2009.md: **2008年工作回顾**, 一、…三、, then 一、… untitled)', () => {
		const input = report(
			2009,
			[
				'**2008年工作回顾**',
				'',
				'一、坚定不移抓发展，保持了良好势头',
				'',
				'全区生产总值达到395亿元。',
				'',
				'二、全心全意谋民生',
				'',
				'农牧民人均纯收入3176元。',
				'',
				'今年经济社会发展的主要预期目标是：生产总值增长12%。',
				'',
				'一、准确把握精神实质',
				'',
				'新建农村公路2000公里。'
			].join('\n')
		);
		expect(figure(input, '395亿元')).toMatchObject({ period: 2008, kind: 'actual' });
		expect(figure(input, '3176元')).toMatchObject({ period: 2008, kind: 'actual' });
		expect(figure(input, '2000公里').period).toBe(2009);
	});
});

describe('the period scorer', () => {
	it('matches a label to the figure at its offset and scores period and kind', async () => {
		const file = 'reports/liaocheng-2020-gwr.txt';
		const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
		const at = text.indexOf('3.7%；一般公共预算收入');
		const s = await scorePeriods([
			{ report: file, at, raw: '3.7%', value: 3.7, unit: '%', kind: 'actual', period: 2019 },
			{ report: file, at, raw: '3.7%', value: 3.8, unit: '%', kind: 'actual', period: 2019 }
		]);
		expect(s).toMatchObject({ labelled: 2, found: 1, periodScored: 1, periodAgree: 1, kindAgree: 1 });
		expect(s.errors).toHaveLength(1);
	});
});
