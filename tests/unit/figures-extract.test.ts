/**
 * The cases of ../shared/figures.md, on the seed reports in reports/ where
 * they occur there, and on short texts (parsed like any report) where the
 * seeds do not have them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures, figureRecord, type Figure } from '../../src/lib/core/figures/extract';
import { parseChineseNumeral } from '../../src/lib/core/text/numerals';

const seed = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
const run = (input: string) => extractFigures(parseReport(input), input);
const one = (text: string) => run(text);
const find = (figs: Figure[], raw: string) => figs.find((f) => f.raw === raw);

describe('figures on the seeds', () => {
	const y2020 = seed('liaocheng-2020-gwr');
	const f2020 = run(y2020);
	const y2024 = seed('liaocheng-2024-gwr-excerpt');
	const f2024 = run(y2024);

	it('every figure points into the decoded input: raw === input.slice(start, end)', () => {
		for (const [input, figs] of [
			[y2020, f2020],
			[y2024, f2024]
		] as const) {
			expect(figs.length).toBeGreaterThan(20);
			for (const f of figs) expect(input.slice(f.start, f.end)).toBe(f.raw);
		}
	});

	it('the contract example: 新增城镇就业4.6万人 → 46000 人, indicator, hedges', () => {
		const f = find(f2024, '4.6万人')!;
		expect(f).toMatchObject({ value: 46000, unit: '人', indicator: '城镇新增就业', approx: false, period: 2023, kind: 'actual' });
		const target = find(f2020, '4.5万人')!;
		expect(target).toMatchObject({ value: 45000, unit: '人', indicator: '城镇新增就业', approx: true, period: 2020, kind: 'target' });
	});

	it('stray spaces inside a figure stay in raw: 200 亿元 is 2e10 元', () => {
		const f = find(f2020, '200 亿元')!;
		expect(f.value).toBe(2e10);
		expect(f.unit).toBe('元');
		expect(f.indicator).toBe('蔬菜产值');
	});

	it('a figure broken across a page break maps back to the input span incl. the break', () => {
		const f = f2020.find((x) => x.raw.startsWith('1.77万'))!;
		expect(f.value).toBe(17700);
		expect(f.unit).toBe('人');
		expect(f.raw).toMatch(/^1\.77万\s+人$/);
		expect(f.partial).toBe(true);
	});

	it('magnitudes fold, 千瓦 stays a unit: 420万千瓦, 439万平方米, hedge 超', () => {
		expect(find(f2024, '420万千瓦')).toMatchObject({ value: 4.2e6, unit: '千瓦', approx: true });
		expect(find(f2024, '439万平方米')).toMatchObject({ value: 4.39e6, unit: '平方米', approx: false });
		expect(find(f2024, '1500余张')).toMatchObject({ value: 1500, unit: '张', approx: true });
	});

	it('percent vs percentage points, ranks', () => {
		expect(find(f2020, '11.9 个百分点')).toMatchObject({ value: 11.9, unit: '个百分点' });
		expect(find(f2020, '3.7%')).toMatchObject({ value: 3.7, unit: '%', indicator: '生产总值增长' });
		expect(find(f2020, '第7位')).toMatchObject({ value: 7, unit: '位', indicator: '营商环境评价' });
		expect(find(f2020, '前2位')).toMatchObject({ value: 2, unit: '位' });
		const ranks = f2020.filter((f) => /^第 [126] 位$/.test(f.raw)).map((f) => f.value);
		expect(ranks).toEqual(expect.arrayContaining([1, 2, 6]));
	});

	it('non-figures: years, dates, session ordinals, 十七连丰, quoted slogans, “5.1”事故, anniversaries, 十四五', () => {
		const raws = [...f2020, ...f2024].map((f) => f.raw);
		for (const bad of [
			'2019年',
			'2020年',
			'5月26日',
			'第十七届',
			'第四次',
			'十七',
			'八条',
			'四下',
			'75周年',
			'十四五',
			'70周年',
			'3 月',
			'1 日'
		]) {
			expect(raws.some((r) => r.includes(bad))).toBe(false);
		}
		expect(f2024.some((f) => f.raw.startsWith('5.1'))).toBe(false); // “5.1”事故
		// Figures in the sentence with “八条重点工作线”: none.
		expect(f2024.filter((f) => f.context.includes('八条重点工作线'))).toHaveLength(0);
		const yuncheng = run(seed('yuncheng-2024-gwr-excerpt'));
		expect(yuncheng.some((f) => f.raw.includes('12345'))).toBe(false);
		expect(yuncheng.some((f) => f.raw === '2.5')).toBe(false); // PM2.5
	});

	it('period and kind from the sections: 2019 review actuals, 2020 targets, 今年以来 actuals', () => {
		expect(find(f2020, '6.78万人')).toMatchObject({ period: 2019, kind: 'actual' });
		expect(find(f2020, '3.8%')).toMatchObject({ period: 2020, kind: 'target', approx: true });
		expect(find(f2020, '38 例')).toMatchObject({ period: 2020, kind: 'actual' });
		// An excerpt without 一、2023年工作回顾: read from its verbs as the review.
		expect(find(f2024, '59条')).toMatchObject({ period: 2023, kind: 'actual', indicator: '新改建道路' });
		// A second-half report of tasks: plans for its own year.
		const p2023 = run(seed('liaocheng-2023-gwr-part2'));
		expect(p2023.find((f) => f.indicator === '新建道路')).toMatchObject({ period: 2023, kind: 'plan', value: 23, unit: '条' });
	});

	it('a plan report: 2023 execution actuals and 2024 targets', () => {
		const figs = run(seed('dongchangfu-2024-plan'));
		const actual = figs.filter((f) => f.kind === 'actual');
		const future = figs.filter((f) => f.kind !== 'actual');
		expect(actual.length).toBeGreaterThan(10);
		expect(future.length).toBeGreaterThan(10);
		expect(actual.every((f) => f.period === 2023 || f.estimate || f.period === null)).toBe(true);
		expect(future.every((f) => f.period === 2024 || (f.period ?? 0) > 2024)).toBe(true);
	});

	it('the CLI record has exactly the contract fields (+ estimate, recurring)', () => {
		expect(Object.keys(figureRecord(f2024[0])).sort()).toEqual(
			['approx', 'end', 'estimate', 'indicator', 'kind', 'period', 'raw', 'recurring', 'start', 'topic', 'unit', 'value'].sort()
		);
	});
});

describe('figures.md cases on short texts', () => {
	it('full-width digits and point: １４．２％ is 14.2 %', () => {
		expect(one('全市生产总值增长１４．２％。')[0]).toMatchObject({ raw: '１４．２％', value: 14.2, unit: '%' });
	});

	it('a span of hours written with 个 is a duration, not a count (积水点 note: 退水时间超过2个小时)', () => {
		// Round 13 of the figure labels (seen once measured) read 13个|小时 as 13 个: a count of something.
		expect(one('道路积水深度达15厘米、退水时间超过2个小时的点。').find((f) => f.value === 2)).toMatchObject({
			raw: '2个小时',
			unit: '个小时',
			indicator: expect.stringContaining('退水时间')
		});
	});

	it('Chinese numerals: 四亿零七百多万吨, 一万亿元, 增长一倍', () => {
		expect(parseChineseNumeral('四亿零七百多万')).toBe(407000000);
		expect(one('全年粮食产量达到四亿零七百多万吨。')[0]).toMatchObject({
			raw: '四亿零七百多万吨',
			value: 407000000,
			unit: '吨',
			approx: true
		});
		expect(one('发行国债一万亿元。')[0]).toMatchObject({ value: 1e12, unit: '元' });
		expect(one('粮食产量1.39万亿斤，再创历史新高。')[0]).toMatchObject({ value: 1.39e12, unit: '斤', indicator: '粮食产量' });
	});

	it('ranges are two figures: 6.5%－7%, 6%-6.5%', () => {
		expect(one('经济增长预期目标为6.5%－7%。').map((f) => [f.value, f.unit])).toEqual([
			[6.5, '%'],
			[7, '%']
		]);
		expect(one('国内生产总值增长6-6.5%。').map((f) => [f.value, f.unit])).toEqual([
			[6, '%'],
			[6.5, '%']
		]);
	});

	it('hedges: 多 余 近 约 左右 以上 超 超过 不低于 以内', () => {
		const t =
			'新建道路近30条，改造管网约20公里，培训超过4万人次，绿化率不低于40%，失业率3.5%以内，投资100亿元左右，新增企业30余家，建设200多个，达到5%以上。';
		const figs = one(t);
		expect(figs).toHaveLength(9);
		expect(figs.every((f) => f.approx)).toBe(true);
	});

	it('not figures: numbering, 第三次会议, C919, 12345热线, 成立75周年, dates', () => {
		const t =
			'（一）1. 在第十四届人民代表大会第三次会议上，2024年1月17日，国产大飞机C919投入运营，12345热线运行良好，今年是成立75周年，“十四五”规划，“四下基层”，“三提三敢”。';
		expect(one(t)).toEqual([]);
	});

	it('fractions: 三分之一 is a ratio, 百分之十五 is 15 %', () => {
		expect(one('覆盖三分之一的村庄。')[0]).toMatchObject({ value: 1 / 3, unit: 'ratio' });
		expect(one('产量增长百分之十五。')[0]).toMatchObject({ value: 15, unit: '%' });
	});

	it('预计 marks an estimate: kind actual, estimate true', () => {
		const t = '一、2023年工作回顾\n预计全年地区生产总值增长5.5%。\n二、2024年主要预期目标\n地区生产总值增长6%左右。';
		const figs = one(t);
		expect(figs[0]).toMatchObject({ value: 5.5, period: 2023, kind: 'actual', estimate: true });
		expect(figs[1]).toMatchObject({ value: 6, kind: 'target', estimate: false });
	});
});

describe('what each figure measures (issue 12)', () => {
	const figs = (t: string) => run('一、2023年工作回顾\n' + t + '\n').map((f) => [f.value, f.unit, f.indicator]);
	it('分别 lists give each value its own indicator', () => {
		expect(figs('城镇和农村居民人均可支配收入分别达到28100元和13400元。')).toEqual([
			[28100, '元', '城镇居民人均可支配收入'],
			[13400, '元', '农村居民人均可支配收入']
		]);
		expect(figs('对日本、韩国出口分别增长5.2%、7.1%。')).toEqual([
			[5.2, '%', '对日本出口增长'],
			[7.1, '%', '对韩国出口增长']
		]);
		expect(figs('全市新登记企业2985家，新增个体工商户8410家，分别增长10.6%和31.3%。').slice(2)).toEqual([
			[10.6, '%', '新登记企业增长'],
			[31.3, '%', '新增个体工商户增长']
		]);
		expect(figs('高中阶段教育和高等教育毛入学率分别提高6.1和1.4个百分点。')).toEqual([
			[6.1, '个百分点', '高中阶段教育毛入学率提高'],
			[1.4, '个百分点', '高等教育毛入学率提高']
		]);
		expect(figs('城乡低保标准分别提高7%、9.4%。')).toEqual([
			[7, '%', '城市低保标准提高'],
			[9.4, '%', '农村低保标准提高']
		]);
	});
	it('no fragment names: levels after 由/从, ranks, 的-phrases, clauses that name nothing', () => {
		expect(figs('社区居委会由278个调整为165个。')).toEqual([
			[278, '个', '社区居委会'],
			[165, '个', '社区居委会']
		]);
		expect(figs('工业投资增长41.6%、居全省第3位。')).toEqual([
			[41.6, '%', '工业投资增长'],
			[3, '位', '工业投资增长']
		]);
		expect(figs('去年提出的关于搞好国营大中型企业的20条措施正在落实。')[0][2]).toBe('关于搞好国营大中型企业的措施');
		expect(figs('职工住宅面积，在1956年将达到1，310万平方公尺以上。')).toEqual([[13100000, '平方公尺', '职工住宅面积']]);
		expect(figs('地区生产总值突破2000亿元、达到2160亿元，增长12%。').map((x) => x[2])).toEqual([
			'地区生产总值',
			'地区生产总值',
			'地区生产总值增长'
		]);
	});
	it('list values: items after the values, a value list continuing a 分别 list, count lists with one-character nouns', () => {
		expect(figs('全年分别有1.73万人和1.99万人接受了免费婚检和产检服务。').map((x) => x[2])).toEqual(['接受免费婚检', '产检服务']);
		expect(figs('城乡居民人均可支配收入预计分别达到20995元和6060元，比“十一五”末增长78.4%和93.2%。').map((x) => x[2])).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入',
			'城镇居民人均可支配收入增长',
			'农村居民人均可支配收入增长'
		]);
		expect(figs('外贸进出口总值和对外投资分别完成862.2亿元、15.8亿美元，占全省的25.5%和41.8%。').map((x) => x[2])).toEqual([
			'外贸进出口总值',
			'对外投资',
			'外贸进出口总值占全省',
			'对外投资占全省'
		]);
		expect(figs('6个县、400个村实现脱贫摘帽。').map((x) => x[2])).toEqual(['县', '村']);
		expect(figs('项目审批中介服务平均费用和用时分别下降21%、27%。').map((x) => x[2])).toEqual([
			'项目审批中介服务平均费用下降',
			'项目审批中介服务平均用时下降'
		]);
		expect(figs('PM2.5、PM10浓度分别为36、58微克/立方米。').map((x) => x[2])).toEqual(['PM2.5浓度', 'PM10浓度']);
		expect(figs('全省商品零售价格和居民消费品价格涨幅2.3%和4.3%，分别比上年回落9和9.2个百分点。').map((x) => x[2])).toEqual([
			'商品零售价格涨幅',
			'居民消费品价格涨幅',
			'商品零售价格涨幅回落',
			'居民消费品价格涨幅回落'
		]);
		expect(figs('技工贸总收入达到570亿元，增幅达到27%以上；今年服务业增长要达到11%以上。').map((x) => x[2])).toEqual([
			'技工贸总收入',
			'技工贸总收入增幅',
			'服务业增长'
		]);
	});
	it('names keep what is measured: no time phrase, deflator, trailing bare number or leading 的', () => {
		expect(figs('五年中有3000万贫困人口解决了温饱问题。').map((x) => x[2])).toEqual(['贫困人口']);
		expect(
			figs('农民人均纯收入6288元，在岗职工年人均工资15872元，五年年均分别增长4.6%和8%。')
				.map((x) => x[2])
				.slice(2)
		).toEqual(['农民人均纯收入年均增长', '在岗职工年人均工资年均增长']);
		expect(figs('农民人均纯收入953元，扣除物价因素增长6.1％，城乡居民储蓄余额比年初增加234亿元。').map((x) => x[2])).toEqual([
			'农民人均纯收入',
			'农民人均纯收入增长',
			'城乡居民储蓄余额增加'
		]);
		expect(figs('居民人均住房面积分别达21.6和28.9平方米，增加4.2和4.7平方米。').every(([, , n]) => !/\d$/.test(String(n)))).toBe(true);
		expect(figs('人均道路面积由7.8增加到12.9平方米。').map((x) => x[2])).toEqual(['人均道路面积']);
		expect(figs('集体经营性收入超20万元的行政村达到60%。').map((x) => x[2])).toEqual(['集体经营性收入', '集体经营性收入超20万元的行政村']);
		expect(
			figs('在全国的位次由27位提高到22位。')
				.map((x) => x[2])
				.every((n) => !String(n).startsWith('的'))
		).toBe(true);
		expect(figs('健全联合发展机制，和美乡村覆盖率达60%以上。').map((x) => x[2])).toEqual(['和美乡村覆盖率']);
		expect(figs('改造农村泥（危）草房 9124户。').map((x) => x[2])).toEqual(['改造农村泥（危）草房']);
		expect(figs('省政府明文取消了75个收费项目。').map((x) => x[2])).toEqual(['收费项目']);
		expect(figs('加快规划建设10个种养加一体化现代农业产业园。').map((x) => x[2])).toEqual(['规划建设种养加一体化现代农业产业园']);
	});
	it('counts after a 等-list, bare heads after a list or a figure, 年均 and aims in lists, funders before the object', () => {
		expect(figs('最近，又向社会推出海口橡胶三厂等149家企业进行资产重组。').map((x) => x[2])).toEqual(['企业']);
		expect(figs('实施城市扬尘综合整治、柴油车污染治理等6个专项行动。').map((x) => x[2])).toEqual(['专项行动']);
		expect(figs('新上规入统企业722家，总数突破6000家。').map((x) => x[2])).toEqual(['新上规入统企业', '上规入统企业总数']);
		expect(figs('禽蛋产量、花卉产值迅猛增长，增速分别为38.7%、19%。').map((x) => x[2])).toEqual(['禽蛋产量增速', '花卉产值增速']);
		expect(figs('存贷款余额分别增长10%、12%。').map((x) => x[2])).toEqual(['存款余额增长', '贷款余额增长']);
		expect(figs('地区生产总值年均增长15.5%，力争18%；城镇居民可支配收入和农民人均纯收入年均分别增长11%和11.5%。').map((x) => x[2])).toEqual(
			['地区生产总值年均增长', '地区生产总值年均增长', '城镇居民可支配收入年均增长', '农民人均纯收入年均增长']
		);
		expect(figs('今年中央财政拟安排保障性安居工程资金493亿元。').map((x) => x[2])).toEqual(['保障性安居工程资金']);
		expect(figs('今年服务业增长要达到11%以上，其中城区和郊区增长要达到20%以上。').map((x) => x[2])).toEqual([
			'服务业增长',
			'城区和郊区增长'
		]);
		expect(figs('529个自然村创建为美丽乡村。').map((x) => x[2])).toEqual(['自然村']);
		expect(figs('新签约优质产业项目37个、总投资373亿元。').map((x) => x[2])).toEqual(['新签约优质产业项目', '新签约优质产业项目总投资']);
		expect(figs('赛富创投基金等112个项目落户。').map((x) => x[2])).toEqual(['项目']);
		expect(figs('文轩中学等3所学校改为公办。').map((x) => x[2])).toEqual(['学校']);
	});
	it('thousands separated by a space are one number: 2 311.43亿元, 53 401套', () => {
		expect(figs('全年完成地区生产总值2 311.43亿元，新开工建设保障性住房53 401套。').map((x) => x.slice(0, 2))).toEqual([
			[231143000000, '元'],
			[53401, '套']
		]);
	});
	it('ranges keep both bounds; 成 is read; full-width thousands separators', () => {
		expect(figs('培育上市企业3-5家。')).toEqual([
			[3, '家', '培育上市企业'],
			[5, '家', '培育上市企业']
		]);
		expect(figs('其中涉及产权制度改革的占三成。')).toEqual([[30, '%', '涉及产权制度改革']]);
		expect(figs('成为全省第一，一成不变。')).toEqual([]);
		expect(figs('自行车1，484万辆，增加224万辆。')).toEqual([
			[14840000, '辆', '自行车'],
			[2240000, '辆', '自行车增加']
		]);
	});
	it('period: a year in passing is not a period; a base year is the first value’s only', () => {
		expect(run('二、2006年主要预期目标\n地区生产总值年均增长15.5%，力争18%；财政收入增长15%。\n').map((f) => f.period === null)).toEqual([
			true,
			true,
			false
		]);
		const p = (t: string) => run('一、2023年工作回顾\n' + t + '\n').map((f) => f.period);
		expect(p('棉纱产量286.5万吨，比2022年预计增加9万吨。')).toEqual([2023, 2023]);
		// A change on a base two or more years back spans the years between, in any part (广西 2016's review of 2015:
		// 高等教育毛入学率30.8%，比2010年提高11.8个百分点): no one year's.
		expect(p('棉纱产量286.5万吨，比1980年预计增加9万吨。')).toEqual([2023, null]);
		expect(p('高等教育毛入学率30.8%，比2010年提高11.8个百分点。')).toEqual([2023, null]);
		expect(p('地区生产总值从2016年的412.5亿元增加到720亿元左右。')).toEqual([2016, 2023]);
		expect(p('1990年到1995年，城镇人均住房面积由10.2平方米增加到10.9平方米。')).toEqual([1990, 1995]);
	});
	it('round 4: particles and verbs leave the name, counted measures, lists of items before a count, the level after a rise', () => {
		expect(figs('提高新型农村合作医疗补助标准，将财政年人均补助标准提高30元，达到410元；').map((x) => x[2])).toEqual([
			'财政年人均补助标准提高',
			'财政年人均补助标准'
		]);
		expect(figs('全市新建成5个集装箱泊位并投产使用。').map((x) => x[2])).toEqual(['新建成集装箱泊位']);
		expect(figs('全市将有150个施工点同时开工。').map((x) => x[2])).toEqual(['施工点']);
		expect(figs('由户籍所在地政府给予每人每月50元的护理补贴。').map((x) => x[2])).toEqual(['护理补贴']);
		expect(figs('全市生产总值完成3270亿元，增长3.9%；已完成885个。').map((x) => x[2])).toEqual(['生产总值', '生产总值增长', '完成']);
		expect(figs('启动总投资2.3万亿元的十大工程。').map((x) => x[2])).toEqual(['总投资']);
		expect(figs('24家国有出资企业资产总额、利润总额分别增长15%、15.3%。').map((x) => x[2])).toEqual([
			'国有出资企业',
			'国有出资企业资产总额增长',
			'利润总额增长'
		]);
		expect(figs('装备制造、食品加工、纺织服装制鞋3个传统产业主营业务收入分别突破2000亿元。').map((x) => x[2])).toEqual([
			'传统产业',
			'传统产业主营业务收入'
		]);
		expect(figs('14个出境断面水质全部达标，2座水质净化厂入选。').map((x) => x[2])).toEqual(['出境断面', '水质净化厂']);
		expect(figs('城乡常住居民人均可支配收入分别达到33188元和14072元，是2010年的1.8和2.0倍。').map((x) => [x[0], x[1], x[2]])).toEqual([
			[33188, '元', '城镇常住居民人均可支配收入'],
			[14072, '元', '农村常住居民人均可支配收入'],
			[1.8, '倍', '城镇常住居民人均可支配收入'],
			[2, '倍', '农村常住居民人均可支配收入']
		]);
		expect(figs('新增电话交换机1900万门，新增公共节能灯具5万余盏。').map((x) => [x[1], x[2]])).toEqual([
			['门', '新增电话交换机'],
			['盏', '新增公共节能灯具']
		]);
	});
	it('round 5: a list head or measure written once is every item’s, leading verbs and comparison bases leave the name, a bare change continues its clause', () => {
		// Sentences of the round-4 labels (tests/fixtures/figures-indicators.json, now dev).
		expect(figs('每百人拥有固定和移动电话分别由1997年的5.5部和0.4部，增加到17.7部和9.5部。').map((x) => x[2])).toEqual([
			'每百人拥有固定电话',
			'每百人拥有移动电话',
			'每百人拥有固定电话',
			'每百人拥有移动电话'
		]);
		expect(figs('上海空港旅客、货邮吞吐量分别达到7170万人次、370万吨。').map((x) => x[2])).toEqual([
			'上海空港旅客吞吐量',
			'上海空港货邮吞吐量'
		]);
		expect(figs('果蔬、肉蛋奶、水产品产量分别达到129万吨、87万吨、83万吨。').map((x) => x[2])).toEqual([
			'果蔬产量',
			'肉蛋奶产量',
			'水产品产量'
		]);
		expect(figs('预计二氧化硫和化学需氧量排放分别下降4.2%和3.7%。').map((x) => x[2])).toEqual(['二氧化硫排放下降', '化学需氧量排放下降']);
		// (The industries by ordinal are named as the statistics name them: 第一产业….) One- or two-character items keep the words the last one spells out (一、二、三产增加值; 城镇和农村居民…).
		expect(figs('一、二、三产增加值分别增长5.9%、9.2%和9.4%。').map((x) => x[2])).toEqual([
			'第一产业增加值增长',
			'第二产业增加值增长',
			'第三产业增加值增长'
		]);
		expect(figs('完成全社会固定资产投资168.44亿元，增长21.5%；').map((x) => x[2])).toEqual([
			'全社会固定资产投资',
			'全社会固定资产投资增长'
		]);
		expect(figs('城镇职工医疗保险参保人数达51万人，完成全年任务120%。').map((x) => x[2])[1]).toBe('完成全年任务');
		expect(figs('新疆油田公司生产原油1247万吨，较上年增产100万吨。').map((x) => x[2])).toEqual([
			'新疆油田公司生产原油',
			'新疆油田公司生产原油增产'
		]);
		expect(figs('下半年国有单位固定资产投资增长显著加快，全年增长19.5%，全社会固定资产投资增长14.1%。').map((x) => x[2])).toEqual([
			'国有单位固定资产投资增长',
			'全社会固定资产投资增长'
		]);
		expect(figs('农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%，城镇居民人均可支配收入实际增长5.8%。').map((x) => x[2])).toEqual(
			['农村居民人均纯收入实际增长', '城镇居民人均可支配收入实际增长']
		);
		// A clause that only says its measure reached a level does not name the change after it.
		expect(figs('粮食产量突破百亿斤，增长5.3%。').map((x) => x[2])).toEqual(['增长']);
		expect(figs('“七五”期间每年安排1500万元专项贷款和500万元贴息资金。').map((x) => x[2])).toEqual(['专项贷款', '贴息资金']);
		// From–to levels of a count keep the count's name; a bare-number list after a comparison base shares the unit.
		expect(figs('国际航线由12条拓展到57条。').map((x) => x[2])).toEqual(['国际航线', '国际航线']);
		expect(figs('广播、电视人口综合覆盖率分别达到91.3%和90.9%，比1997年提高8.5和12.1个百分点。').map((x) => [x[0], x[1], x[2]])).toEqual([
			[91.3, '%', '广播人口综合覆盖率'],
			[90.9, '%', '电视人口综合覆盖率'],
			[8.5, '个百分点', '广播人口综合覆盖率提高'],
			[12.1, '个百分点', '电视人口综合覆盖率提高']
		]);
		expect(figs('农牧民人均纯收入增长10%以上，力争达到2060元；').map((x) => x[2])).toEqual(['农牧民人均纯收入增长', '农牧民人均纯收入']);
		expect(
			figs('年接待游客总人数从3320.4万人次跃升到6745万人次，旅游总收入从379.1亿元增长到812亿元，年均分别增长11.5%和15.4%。').map(
				(x) => x[2]
			)
		).toEqual(['年接待游客总人数', '年接待游客总人数', '旅游总收入', '旅游总收入', '年接待游客总人数年均增长', '旅游总收入年均增长']);
		expect(figs('普通高中和中等职业学校招生分别增长15%和8%。').map((x) => x[2])).toEqual(['普通高中招生增长', '中等职业学校招生增长']);
		// A part of the city is part of a rate's or an amount's name, a scope before a count.
		expect(figs('市区空气质量优良率达91.2%，主城区新建5座山体健身公园。').map((x) => x[2])).toEqual([
			'市区空气质量优良率',
			'新建山体健身公园'
		]);
		expect(figs('全市生活垃圾处理率44.5%，市区达到100%。').map((x) => x[2])).toEqual(['生活垃圾处理率', '市区生活垃圾处理率']);
	});
	it('round 6: names trimmed by word class, an amount named by its verb and object, a level reached, examples before 等', () => {
		// Sentences of the round-5 labels (tests/fixtures/figures-indicators.json, now dev) and of the corpus.
		expect(figs('人民币汇率稳定，国家外汇储备年底达到1547亿美元。').map((x) => x[2])).toEqual(['国家外汇储备']);
		expect(figs('计划生育要坚持不懈地抓下去，保证今年全省人口的自然增长率控制在8.5‰以内。').map((x) => x[2])).toEqual(['人口的自然增长率']);
		expect(figs('今年要新营造薪炭林50万亩。').map((x) => x[2])).toEqual(['新营造薪炭林']);
		expect(figs('及时处置管涌等险情152处。').map((x) => x[2])).toEqual(['处置管涌等险情']);
		// Negations, degree words and words the tags misread stay: 和美乡村, 现代服务业, 既有住宅, 冬季, 每个.
		expect(figs('和美乡村覆盖率达到60%。').map((x) => x[2])).toEqual(['和美乡村覆盖率']);
		expect(figs('现代服务业比重提高到55%。').map((x) => x[2])).toEqual(['现代服务业比重']);
		expect(figs('既有住宅加装电梯38部。').map((x) => x[2])).toEqual(['既有住宅加装电梯']);
		expect(figs('冬季优良天数达标率首次达到75%。').map((x) => x[2])[0]).toMatch(/^冬季/);
		expect(figs('每个行政村村级集体经济年收入达到5万元。').map((x) => x[2])).toEqual(['每个行政村村级集体经济年收入']);
		expect(figs('两年来通过财政向银行发行2100亿元长期国债。').map((x) => x[2])).toEqual(['发行长期国债']);
		expect(figs('淘汰600万吨小钢铁、52万千瓦小火电机组、100万吨小水泥。').map((x) => x[2])).toEqual(['淘汰小钢铁', '小火电机组', '小水泥']);
		expect(figs('基本药物市级目录扩大到310种。').map((x) => x[2])).toEqual(['基本药物市级目录']);
		expect(figs('百亿级商圈、百亿级市场分别增加到8个和15个。').map((x) => x[2])).toEqual(['百亿级商圈', '百亿级市场']);
		expect(figs('新增吉视传媒、通化益盛药业等上市公司11家。').map((x) => x[2])).toEqual(['上市公司']);
		expect(figs('市场主体净增3.26万家、突破45万家。').map((x) => x[2])).toEqual(['市场主体净增', '市场主体']);
		expect(figs('家电、新能源汽车消费分别增长19%和25%。').map((x) => x[2])).toEqual(['家电消费增长', '新能源汽车消费增长']);
		expect(figs('实际利用外资和引进域外资金分别增长15%和25%。').map((x) => x[2])).toEqual(['实际利用外资增长', '引进域外资金增长']);
		expect(figs('城镇和农村居民人均可支配收入分别达44920元和25000元。').map((x) => x[2])).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
	});
	it('round 8: a five-year term as a base (“十五”末), 上涨 after a base, verbs that push a count forward, an adverb after a counted noun, 由每百人, 预计, parallel items (存、贷款), 标准 shared', () => {
		// Sentences of the round-6 and round-7 labels (tests/fixtures/figures-indicators.json, now dev) and of the corpus.
		expect(figs('全市农田有效灌溉率由“十五”末的74.4%提高到77%。').map((x) => x[2])).toEqual(['农田有效灌溉率', '农田有效灌溉率']);
		expect(
			figs('城市污水集中处理率、生活垃圾无害化处理率分别达到92%、85％，比“十五”末分别提高55和17.3个百分点。').map((x) => x[2])
		).toEqual(['城市污水集中处理率', '生活垃圾无害化处理率', '城市污水集中处理率提高', '生活垃圾无害化处理率提高']);
		expect(figs('全省社会商品零售价格指数比上年上涨 21.6%。').map((x) => x[2])).toEqual(['社会商品零售价格指数上涨']);
		expect(figs('推进15个省市级示范乡镇、55个省市级示范村创建。').map((x) => x[2])[0]).toBe('省市级示范乡镇');
		expect(figs('强力推进“双引擎”重点项目32个。').map((x) => x[2])).toEqual(['“双引擎”重点项目']);
		expect(figs('推动中心城区72个片区征拆改造工作，20个安置区同步开工建设。').map((x) => x[2])[1]).toBe('安置区');
		expect(figs('1183个扶贫项目按期竣工。').map((x) => x[2])).toEqual(['扶贫项目']);
		expect(figs('电话普及率由每百人1.5部提高到6.1部。').map((x) => x[2])).toEqual(['电话普及率', '电话普及率']);
		expect(figs('全区非国有工业产值占全部工业总产值的比重由1992年的24.6%上升到1997年的50%以上。').map((x) => x[2])[1]).toBe(
			'非国有工业产值占全部工业总产值的比重'
		);
		expect(figs('扎实推进节能减排，单位生产总值能耗预计下降6%以上。').map((x) => x[2])).toEqual(['单位生产总值能耗下降']);
		expect(figs('金融机构本外币存、贷款余额分别达到8115亿元和6547亿元。').map((x) => x[2])[0]).toBe('金融机构本外币存款余额');
		expect(figs('热带水果产量、产值分别增长13.1%和10.5%。').map((x) => x[2])).toEqual(['热带水果产量增长', '热带水果产值增长']);
		expect(figs('城乡低保、特困供养标准分别提高11％、14％。').map((x) => x[2])[0]).toBe('城乡低保标准提高');
		// 诉求解决率、群众满意率: measures share no parallel character (率|众).
		expect(figs('诉求解决率、群众满意率分别达到95.5%、96.1%。').map((x) => x[2])).toEqual(['诉求解决率', '群众满意率']);
		expect(figs('打响城中村改造和小城镇环境综合整治攻坚战，23个村完成全面改造。').map((x) => x[2])).toEqual(['村']);
		expect(figs('全区所有城市都建立了最低生活费保障线制度，66个旗县出台了再就业工程实施方案。').map((x) => x[2])).toEqual(['旗县']);
		expect(figs('每万元工业产值的能源和电力消耗分别比上年下降5.63%和5.75%。').map((x) => x[2])).toEqual([
			'每万元工业产值的能源消耗下降',
			'每万元工业产值的电力消耗下降'
		]);
		expect(
			figs('企业养老保险、医疗保险、失业保险覆盖面进一步扩大，参保人数分别达到761.7万人、704.8万人和682.8万人。').map((x) => x[2])
		).toEqual(['企业养老保险参保人数', '医疗保险参保人数', '失业保险参保人数']);
		expect(figs('深入推进城市更新行动，完成改造老旧小区1.69万户、棚户区1.94万套。').map((x) => x[2])[0]).toBe('改造老旧小区');
		expect(figs('完成122家社区卫生服务中心设施改造。').map((x) => x[2])).toEqual(['社区卫生服务中心设施改造']);
		expect(figs('已完成885个。').map((x) => x[2])).toEqual(['完成']);
		// A noun run on after a misread adverb stays whole (城市第六|立面/d|改造).
		expect(figs('加快实施30个城市第六立面改造提升项目。').map((x) => x[2])[0]).toMatch(/立面/);
	});
	it('round 9: one example before 等 is an example too, a stop word inside a noun ends nothing, 场次 and 枚 are units, 1997 年 is a year', () => {
		// Sentences of the dev labels (tests/fixtures/figures-indicators.json: 济南 2026, 新余 2018, 四川 2011, 南京 2024, 广安 2014, 海南 1998).
		expect(
			figs('组织济南国际网球公开赛等国际国内重要体育赛事40场以上，举办全国汽车配件交易会等展会活动140场以上。').map((x) => x[2])
		).toEqual(['国际国内重要体育赛事', '展会活动']);
		expect(figs('引进仙女湖航空运营基地等投资10亿元以上项目19个。').map((x) => x[2])).toEqual(['投资10亿元以上项目']);
		// Not a head of its own (…等增长, 会展等活动), nor inside a word (上等烟).
		expect(figs('市管国企上缴税费等增长8.3%。').map((x) => x[2])).toEqual(['市管国企上缴税费等增长']);
		expect(figs('上等烟比例达到72.72%。').map((x) => x[2])).toEqual(['上等烟比例']);
		expect(figs('448.9万亩林草植被全部恢复。').map((x) => x[2])).toEqual(['林草植被']);
		const units = one('举办高校毕业生招聘会2448场次，获得省级以上体育锦标赛金牌18枚。');
		expect(units.map((f) => [f.raw, f.unit])).toEqual([
			['2448场次', '场次'],
			['18枚', '枚']
		]);
		expect(one('1997 年城镇和农村居民的人均生活住房面积分别为 13.99 平方米和 19.6 平方米。').map((f) => f.period)).toEqual([1997, 1997]);
	});
	it('round 10: list items and their shared head (a head written before the first item, a word opening like the last item, an item repeated inside the last)', () => {
		// Sentences of the dev labels (红河 2023, 黄石 2019, 通辽 2016) and of the corpus (湖南 2024, 大连 2017, 广安 2021, 长春 2019).
		expect(figs('全州旅游接待人数、总收入分别增长7%、10%。').map((x) => x[2])).toEqual(['旅游接待人数增长', '旅游总收入增长']);
		expect(figs('力争每千人拥有市场主体数量、企业数量分别达97户、21家。').map((x) => x[2])).toEqual([
			'每千人拥有市场主体数量',
			'每千人拥有企业数量'
		]);
		expect(figs('新开工、新投产亿元以上项目分别达到140个和162个。').map((x) => x[2])).toEqual(['新开工亿元以上项目', '新投产亿元以上项目']);
		expect(figs('铝及铝后加工产能分别达到295万吨和300万吨。').map((x) => x[2])).toEqual(['铝产能', '铝后加工产能']);
		expect(figs('商品房销售面积、销售额分别增长11%和16.3%。').map((x) => x[2])).toEqual(['商品房销售面积增长', '商品房销售额增长']);
		expect(figs('全市国有企业营业收入、利润总额分别增长85.6%和133.2%。').map((x) => x[2])).toEqual([
			'国有企业营业收入增长',
			'国有企业利润总额增长'
		]);
		expect(figs('城镇职工、城乡居民基本养老金分别提高6%和18%。').map((x) => x[2])).toEqual([
			'城镇职工基本养老金提高',
			'城乡居民基本养老金提高'
		]);
		// Parallel items ending alike keep their own measure (资产总额、利润总额): no 资产利润总额.
		const parallel = figs('24家国有出资企业资产总额、利润总额分别增长15%、15.3%。').map((x) => x[2]);
		expect(parallel[1]).toBe('国有出资企业资产总额增长');
		expect(parallel[2]).not.toContain('资产');
	});

	it('round 11: 城乡 lists whose values come before 分别 or run on after it, levels reached after 分别由', () => {
		// Sentences of the dev labels (大庆 2022, 自贡 2014) and of the corpus (保山 2022, 南昌 2020, 陕西 2010, 进出口 in 广东 2026).
		expect(figs('城乡居民人均可支配收入达到45893元、20070元，分别增长7%和8%。').map((x) => x[2])).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入',
			'城镇居民人均可支配收入增长',
			'农村居民人均可支配收入增长'
		]);
		expect(figs('城乡居民收入分别达到21489元和8961元、增长10.5%和12.6%。').map((x) => x[2])).toEqual([
			'城镇居民收入',
			'农村居民收入',
			'城镇居民收入增长',
			'农村居民收入增长'
		]);
		expect(figs('金融机构存贷款余额由986.1亿元、599.1亿元，分别增加到1140.7亿元和1173.6亿元。').map((x) => x[2])).toEqual([
			'金融机构存款余额',
			'金融机构贷款余额',
			'金融机构存款余额',
			'金融机构贷款余额'
		]);
		expect(figs('城镇、农村低保标准分别由每月610元、395元提高到670元、445元。').map((x) => x[2])).toEqual([
			'城镇低保标准',
			'农村低保标准',
			'城镇低保标准',
			'农村低保标准'
		]);
		// A run with a name of its own (人数) is not the items again; two values of one total are no pair.
		expect(
			figs('城乡低保月人均补助分别提高30元和20元、人数增加到83.6万人和206万人。')
				.map((x) => x[2])
				.slice(2)
		).not.toContain('农村低保月人均补助');
		expect(figs('进出口总额接连突破8万亿元、9万亿元。').map((x) => x[2])).toEqual(['进出口总额接连', '进出口总额接连']);
		// A list whose last item ends in 等 and a head (沈阳 2024, dev): the head is every item's.
		expect(figs('航空航天、集成电路、新能源等新兴产业产值分别增长20%、39.1%、25%。').map((x) => x[2])).toEqual([
			'航空航天新兴产业产值增长',
			'集成电路新兴产业产值增长',
			'新能源新兴产业产值增长'
		]);
	});

	it('round 11: verb phrases of manner, 推进, 计划 and 到2022年 leave a name; 突破 before a value ends a counted noun', () => {
		// Sentences of the dev labels (萍乡 2014, 沈阳 2024, 吉林 2010, 佛山 2018) and of the corpus (成都 2020, 国务院 2009).
		expect(figs('全面铺开5条示范带建设。').map((x) => x[2])).toEqual(['示范带建设']);
		expect(figs('集中建设1个市级现代农业精深加工产业园区。').map((x) => x[2])).toEqual(['市级现代农业精深加工产业园区']);
		expect(figs('开工建设108个重大项目。').map((x) => x[2])).toEqual(['重大项目']);
		expect(figs('推进废弃矿山生态修复2000亩、人工造林1万亩。').map((x) => x[2])).toEqual(['废弃矿山生态修复', '人工造林']);
		expect(figs('推进“六路安居”工程，计划建设面积2905万平方米。').map((x) => x[2])).toEqual(['建设面积']);
		expect(figs('创建国家生态公园，到2022年市域森林覆盖率提升至39.33%。').map((x) => x[2])).toEqual(['市域森林覆盖率']);
		expect(figs('8条重点产业链规模突破8000亿元。').map((x) => x[2])).toEqual(['重点产业链规模', '重点产业链规模']);
		// One verb may name a count, a one-character adverb stays, 计划 at the end is a noun, 取得突破 keeps 突破.
		expect(figs('再解决6000万人安全饮水问题。').map((x) => x[2])).toEqual(['再解决安全饮水问题']);
		expect(figs('220个省市重大项目完成年度投资计划的119%。').map((x) => x[2])[1]).toContain('年度投资计划');
		expect(figs('32项技术取得突破。').map((x) => x[2])).toEqual(['技术取得突破']);
		// An estimate anywhere in a name, a span of years after the measure and 控制 before a 分别 list's values leave it (克孜勒苏 2025, 朔州 2016, 怀化 2020).
		expect(figs('集体经济预计总收入达1.98亿元。').map((x) => x[2])).toEqual(['集体经济总收入']);
		expect(figs('城乡居民四大项收入全面增长，预计可支配收入增长8%。').map((x) => x[2])).toEqual(['可支配收入增长']);
		expect(figs('固定资产投资六年完成3332.8亿元。').map((x) => x[2])).toEqual(['固定资产投资']);
		expect(figs('城镇登记失业率、调查失业率分别控制在3.5%和5.5%以内。').map((x) => x[2])).toEqual(['城镇登记失业率', '调查失业率']);
		// A numbered task (十是…) leaves its number.
		expect(figs('十是新增就业岗位13万个。').map((x) => x[2])).toEqual(['新增就业岗位']);
	});

	it('round 11: a level reached by 压减至, 缩短至, 降至 or 提高到每人每年 is named as a level, not a change', () => {
		// Sentences of the dev labels (内江 2023, 通辽 2016) and of the corpus (大连 2019, 河南 2018).
		expect(figs('企业开办时间压减至1.5小时，进出口整体通关时间分别压减13.7%、61.6%。').map((x) => x[2])).toEqual([
			'企业开办时间',
			'进口整体通关时间压减',
			'出口整体通关时间压减'
		]);
		expect(figs('全面实施“证照分离”改革，企业开办时间压缩至3.5天。').map((x) => x[2])).toEqual(['企业开办时间']);
		expect(figs('参合农牧民政府补助标准和个人筹资标准分别提高到每人每年420元、120元。').map((x) => x[2])).toEqual([
			'参合农牧民政府补助标准',
			'个人筹资标准'
		]);
		expect(figs('PM10、PM2.5浓度分别降至106微克/立方米、62微克/立方米。').map((x) => x[2])).toEqual(['PM10浓度', 'PM2.5浓度']);
	});

	it("round 12: a count in a measure word counts the noun after it; quoted items, 存贷, a multiple's base, a share after a change, 普及 in a list", () => {
		// Sentences of the dev labels (宁波 2019, 娄底 2022, 齐齐哈尔 2016, 哈尔滨 2020, 济南 2010, 荆门 2021, 黑龙江 2013, 贵港 2014, 哈密 2022) and of the corpus.
		expect(figs('与上海达成7个专项战略合作协议。').map((x) => x[2])).toEqual(['专项战略合作协议']);
		expect(figs('赋予娄底经开区1659项管理权限。').map((x) => x[2])).toEqual(['管理权限']);
		expect(figs('对市区400户贫困残疾人家庭进行无障碍改造。').map((x) => x[2])).toEqual(['贫困残疾人家庭']);
		// A span of time after a count is its value's, not a counted noun.
		expect(figs('工程建设项目审批时间压缩至80个工作日。').map((x) => x[2])).toEqual(['工程建设项目审批时间']);
		expect(figs('“不见面”“一网通办”和“最多跑一次”覆盖面分别达35%、94.8%和97.1%。').map((x) => x[2])).toEqual([
			'“不见面”覆盖面',
			'“一网通办”覆盖面',
			'“最多跑一次”覆盖面'
		]);
		expect(figs('金融机构本外币存贷余额分别为6422.7亿元和6200.6亿元。').map((x) => x[2])).toEqual([
			'金融机构本外币存款余额',
			'金融机构本外币贷款余额'
		]);
		expect(figs('地区生产总值、固定资产投资分别是“十二五”末的1.4倍、1.37倍。').map((x) => x[2])).toEqual(['地区生产总值', '固定资产投资']);
		expect(figs('民生支出增长12%，占一般公共预算支出71%。').map((x) => x[2])).toEqual(['民生支出增长', '民生支出占一般公共预算支出']);
		expect(figs('年产值超亿元企业达160家，新增17家。').map((x) => x[2])).toEqual(['年产值超亿元企业', '年产值超亿元企业新增']);
		expect(figs('城镇供水普及率、污水处理率分别达到99.96%和95.47%。').map((x) => x[2])).toEqual(['城镇供水普及率', '污水处理率']);
		expect(figs('豫剧《山城母亲》等5个精品项目荣获国家级大奖。').map((x) => x[2])).toEqual(['精品项目']);
	});

	it("round 13: modal words and comparison bases at a name's edges (要争取, 要保证, 较年初新增, 同比增长), the verb that sets a target", () => {
		// Sentences of the dev labels (山东 2009, 宜春 2025) and of the corpus (新疆 2004, 乌海 2021).
		expect(figs('今年各类企业结构调整和技改投资要争取实现6500亿元。').map((x) => x[2])).toEqual(['各类企业结构调整和技改投资']);
		expect(figs('今年春麦播种面积要保证250万亩。').map((x) => x[2])).toEqual(['春麦播种面积']);
		expect(figs('金融服务扩容提质，贷款较年初新增300亿元。').map((x) => x[2])).toEqual(['贷款新增']);
		expect(figs('全年地区生产总值同比增长2.9%，规模以上工业增加值同比增长7.7%。').map((x) => x[2])).toEqual([
			'地区生产总值增长',
			'规模以上工业增加值增长'
		]);
		expect(figs('需要说明的是，今年提出10%左右的生产总值增长目标。').map((x) => x[2])).toEqual(['生产总值增长目标']);
	});

	it('round 15: an occasion verb (获, 荣获, 获评, 举办, 出台, 办好) says how counted things came about, not what is counted', () => {
		// Corpus sentences (乌鲁木齐 2025, 呼和浩特 2017, 崇左 2025, 林芝 2023, 大连 2023; none labelled).
		expect(
			figs('全社会研发经费投入增长26%，荣获国家和自治区科学技术奖励85项，获批国家知识产权强市建设试点示范城市。').map((x) => x[2])
		).toEqual(['全社会研发经费投入增长', '国家和自治区科学技术奖励']);
		expect(figs('主动回应社会关切，全年举办各类新闻发布活动116场。').map((x) => x[2])).toEqual(['各类新闻发布活动']);
		expect(figs('统筹推进疫情防控和经济社会发展，制定30条稳经济临时性措施，推动减').map((x) => x[2])).toEqual(['稳经济临时性措施']);
		// A count with no noun of its own before the verb counts what was awarded …
		const awards = figs('1个单位荣获全国三八红旗集体，1人荣获第28届中国青年五四奖章，2人获评“中国好人”。');
		expect(awards.at(-1)).toEqual([2, '人', '“中国好人”']);
		// … but not the first item of a list cut short.
		expect(figs('18人获国家杰出青年、优秀青年科学基金项目资助，占全省总数的72%。')[0][2]).not.toBe('国家杰出青年');
	});

	it('round 15: after 为 the counted people or firms end where what is done for them starts', () => {
		// Corpus sentences (东莞 2010, 焦作 2016, national 2008, 西宁 2017; none labelled).
		expect(figs('完善企业倒闭风险预警机制，严厉打击欠薪逃匿行为，为9.3万名工人追回工资1.2亿元。').map((x) => x[2])).toEqual([
			'工人',
			'追回工资'
		]);
		expect(figs('为73家企业提供“过桥”资金8.6亿元，为442家企业提供贷款担保21.7亿元。').map((x) => x[2])).toEqual([
			'企业',
			'提供“过桥”资金',
			'企业',
			'提供贷款担保'
		]);
		// A count after 为 is no multiple of the figure before (…534所县妇幼保健院，为1.17万个乡镇卫生院…).
		const clinics = figs(
			'国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，为1.17万个乡镇卫生院配备了医疗设备。'
		);
		expect(clinics.at(-1)).toEqual([11700, '个', '乡镇卫生院']);
		// A list of recipients keeps its first item (the rules for lists name it).
		expect(figs('为县级医院配发医疗设备，为51所乡镇卫生院、503所行政村、扶贫村卫生室更新医疗设备。')[0][2]).toBe('乡镇卫生院');
	});

	it('round 15: a code of digits and Latin letters (5G) opens a counted noun', () => {
		// Corpus sentences (江门 2021, 黔东南 2021; none labelled).
		expect(figs('加快5G网络建设及融合应用，全年新建2000座5G基站，支持5G技术+4K、8K超高清视频规模化应用。')[0]).toEqual([
			2000,
			'座',
			'新建5G基站'
		]);
		expect(figs('建成200个新能源充电桩、2000个5G基站，完成新基建投资10亿元以上。')[1]).toEqual([2000, '个', '5G基站']);
	});

	it('round 15: a causative 使 opens what it makes happen, not the measure (使用率 is a word)', () => {
		// Corpus sentences (北京 2003, 广西 2012; none labelled).
		expect(figs('加快建设污水处理厂及中水回用工程，使市区污水处理率达到50%，中水回用日均达到24万吨。')[0][2]).toBe('市区污水处理率');
		expect(figs('新增有色金属、电力两个千亿元产业，使全区千亿元产业达到7个。').at(-1)).toEqual([7, '个', '千亿元产业']);
		expect(figs('污水处理厂使用率达到90%。')[0][2]).toBe('污水处理厂使用率');
	});

	it('round 15: a rate of change written once after the last item of a list is every item’s', () => {
		// Corpus sentences (海口 2021, 黑龙江 2022; none labelled).
		expect(figs('地方一般公共预算收入、固定资产投资和社会消费品零售总额年均增长12.4%、7.6%、6.5%。').map((x) => x[2])).toEqual([
			'地方一般公共预算收入年均增长',
			'固定资产投资年均增长',
			'社会消费品零售总额年均增长'
		]);
		expect(figs('全省地方国企营业收入、利润同比增长16.6%、176.2%。').map((x) => x[2])).toEqual([
			'地方国企营业收入增长',
			'地方国企营业利润增长'
		]);
	});

	it('after 分别, numbers with a magnitude word take the measure word the list ends with', () => {
		// Corpus sentences (a province's review; 江西 2016's 140万和160万千瓦).
		expect(figs('扩大社会保障覆盖面，基本养老保险、医疗保险参保人数分别达到422万、562万人。').map((x) => x.slice(0, 2))).toEqual([
			[4220000, '人'],
			[5620000, '人']
		]);
		expect(figs('力争风电、光伏发电装机容量分别达140万和160万千瓦。').map((x) => x.slice(0, 2))).toEqual([
			[1400000, '千瓦'],
			[1600000, '千瓦']
		]);
		// Magnitudes that differ leave the first value's measure unsaid.
		expect(figs('两项收入分别达到9300万、870亿元。')[0].slice(0, 2)).toEqual([93000000, '']);
	});

	it('a comparison with some years before and the adverb 统一 stay out of a name', () => {
		// Corpus sentences (甘肃 2003, 青岛 2014: round 16, seen after its one measurement).
		expect(
			figs('城镇居民人均可支配收入增加2558元，农民人均纯收入增加373元，分别比五年前增长了71.19%和30.83%。')
				.slice(2)
				.map((x) => x[2])
		).toEqual(['城镇居民人均可支配收入增长', '农民人均纯收入增长']);
		expect(figs('医疗保险政府补助标准统一提高到300元。')[0][2]).toBe('医疗保险政府补助标准');
	});

	it('标箱 is a unit of containers, as 标准箱 and TEU are', () => {
		// A corpus sentence (a port city's review; not labelled).
		expect(figs('港口货物吞吐量10641.2万吨、集装箱吞吐量164.3万标箱。').at(-1)).toEqual([1643000, '标箱', '集装箱吞吐量']);
	});

	it('a distributive 各 before a predicate spreads a list of values over a list of items, as 分别 does', () => {
		// Corpus sentences (two city reports; none labelled).
		expect(figs('新建公办幼儿园20所、改扩建中小学53所，各增加学位5000个、23000个。').slice(2)).toEqual([
			[5000, '个', '新建公办幼儿园增加学位'],
			[23000, '个', '改扩建中小学增加学位']
		]);
		// One value for both items: the name keeps both, without the 各.
		expect(figs('持续推进园林绿化建设，中心城区绿地率和绿化覆盖率各增长1个百分点。')[0][2]).toBe('中心城区绿地率和绿化覆盖率增长');
	});

	it('after a 分别 list of changes, the levels the items reach (，达到A、B) are the items’, without the change word', () => {
		// Corpus sentences (甘南 2022, 山西 2013; neither labelled).
		expect(figs('城乡居民人均可支配收入分别增长8%和10%，达到32257元和11046元。').map((x) => x[2])).toEqual([
			'城镇居民人均可支配收入增长',
			'农村居民人均可支配收入增长',
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
		expect(figs('城乡低保保障标准每人每月分别提高30元、24元，达到338元、172元。').slice(2)).toEqual([
			[338, '元', '城市低保保障标准'],
			[172, '元', '农村低保保障标准']
		]);
	});

	it('a margin over a whole area or a target (，高于全国N个百分点) is the margin of the measure before, the area kept', () => {
		// Corpus sentences (山东 2025, 山西 2026; neither labelled).
		expect(figs('社会消费品零售总额达3.79万亿元、增长5%，高于全国1.5个百分点。').at(-1)).toEqual([
			1.5,
			'个百分点',
			'社会消费品零售总额增长高于全国'
		]);
		expect(figs('投资、消费增速分别快于全国3.4个、1个百分点。').map((x) => x[2])).toEqual(['投资增速快于全国', '消费增速快于全国']);
		// 比全省低 is the same comparison in other words (威海 2020; not labelled).
		expect(figs('新增城镇就业3.9万人，城镇登记失业率1.8%，比全省低1.5个百分点。').at(-1)?.[2]).toBe('城镇登记失业率比全省低');
		// A margin over a target likewise (贺州 2021; not labelled).
		expect(figs('城镇登记失业率2.87%，低于控制目标1.33个百分点。').map((x) => x[2])).toEqual([
			'城镇登记失业率',
			'城镇登记失业率低于控制目标'
		]);
	});

	it('城乡低保 is 城市低保 and 农村低保, the names of the two schemes (城市低保 325 times in the gov collection, 城镇低保 124)', () => {
		// A corpus sentence (甘肃 2026; not labelled).
		expect(figs('城乡低保平均标准分别提高26.7%、27%，城乡特困人员基本生活标准分别提高34.7%、29.9%。').map((x) => x[2])).toEqual([
			'城市低保平均标准提高',
			'农村低保平均标准提高',
			'城镇特困人员基本生活标准提高',
			'农村特困人员基本生活标准提高'
		]);
	});

	it('a part of the city or a zone opening the first item of a list is every item’s, unless an item names its own place', () => {
		// Corpus sentences (吉林市 2014, 海南 2018; neither labelled).
		expect(figs('县域生产总值、地方级财政收入分别增长10%和19.4%。').map((x) => x[2])).toEqual([
			'县域生产总值增长',
			'县域地方级财政收入增长'
		]);
		expect(figs('城区小区和行政村光纤宽带网络覆盖率分别达到85%、95%以上。').map((x) => x[2])).toEqual([
			'城区小区覆盖率',
			'行政村光纤宽带网络覆盖率'
		]);
	});

	it('a share of a whole area’s total (占全国58%) is named by the measure and the area, not by the measure alone', () => {
		// Corpus sentences (新疆 2022, 深圳 2025; neither labelled).
		expect(figs('光伏硅基新材料产量46.94万吨、增长30.9%，多晶硅产量占全国58%。').at(-1)).toEqual([58, '%', '多晶硅产量占全国']);
		expect(figs('新设外资企业9738家、占全国16.5%。').map((x) => x[2])).toEqual(['新设外资企业', '新设外资企业占全国']);
	});

	it('a stage of work alone (竣工, 建成, 续建) after a figure named by another stage and its object is that object’s', () => {
		// Corpus sentences (贵阳 2006, 淮南 2025; neither labelled).
		expect(figs('确保全市经济适用住房开工120万平方米，竣工80万平方米。').map((x) => x[2])).toEqual([
			'经济适用住房开工',
			'经济适用住房竣工'
		]);
		expect(figs('亿元以上重点项目新开工270个、续建366个、竣工160个以上。').map((x) => x[2])).toEqual([
			'亿元以上重点项目新开工',
			'亿元以上重点项目续建',
			'亿元以上重点项目竣工'
		]);
	});

	it('a stage or 完成 alone before a count, right after a count of the same measure word named by its noun, counts those that reached it', () => {
		// Corpus sentences (天津 2019, 山东 2021; neither labelled).
		expect(figs('“深改方案”获中央批准实施，128项任务已完成84项。').map((x) => x[2])).toEqual(['任务', '任务完成']);
		expect(figs('634个补短板项目开工626个。').map((x) => x[2])).toEqual(['补短板项目', '补短板项目开工']);
	});

	it('after a 等-list of examples an amount or a length is the size of the noun after it, and a count counts it (one character too)', () => {
		// Corpus sentences (上海 2019, 海口 2021; neither labelled).
		expect(figs('加快建设10号线二期、14号线、15号线、18号线一期等128公里轨道交通线。').at(-1)).toEqual([128, '公里', '轨道交通线']);
		expect(figs('秀英施茶村等3个村获评全国文明村镇。').map((x) => x[2])).toEqual(['村']);
	});

	it('a change to a new level (精简到, 缩减至, 发展到) right after a value gives the same measure its new level, and starts no noun', () => {
		// Corpus sentences (昆明 2013, 泉州 2011, 玉林 2016; none labelled).
		expect(figs('大力推进行政审批流程再造，审批项目从86项精简到75项。').map((x) => x[2])).toEqual(['审批项目', '审批项目']);
		expect(figs('推进新一轮政府机构改革，49个工作机构缩减至40个。').map((x) => x[2])).toEqual(['工作机构', '工作机构']);
		expect(figs('市场主体由13.7万户发展到17.6万户。').map((x) => x[2])).toEqual(['市场主体', '市场主体']);
	});

	it('a bare 新增 after a level of the same unit adds to that measure', () => {
		// A corpus sentence (云南 2011; not labelled).
		expect(figs('全省公路总里程达20.9万公里、新增4.1万公里，高速公路通车里程达2630公里、新增1209公里。').map((x) => x[2])).toEqual([
			'公路总里程',
			'公路总里程新增',
			'高速公路通车里程',
			'高速公路通车里程新增'
		]);
	});

	it('the basis a figure is calculated on (按可比价计算, 按验资口径) is no part of its name', () => {
		// Corpus sentences (南京 2013, 福州 2015; neither labelled).
		expect(figs('预计全年实现地区生产总值7200亿元，按可比价计算比上年增长12%左右。').map((x) => x[2])).toEqual([
			'地区生产总值',
			'地区生产总值增长'
		]);
		expect(figs('出口总额205亿美元，增长6%；按验资口径实际利用外资15.47亿美元。').at(-1)).toEqual([1547000000, '美元', '实际利用外资']);
	});

	it('a basis written without 按 right before a change (同口径增长, （历史可比口径）增长) is no part of the name either', () => {
		// Corpus sentences (宁夏 2019, 泉州 2011, 鞍山 2016; none labelled).
		expect(figs('地方一般公共预算收入444.5亿元，同口径增长8.2%。').map((x) => x[2])).toEqual([
			'地方一般公共预算收入',
			'地方一般公共预算收入增长'
		]);
		expect(figs('外贸出口增长8%；实际利用外资（历史可比口径）增长8%。').at(-1)).toEqual([8, '%', '实际利用外资增长']);
		expect(figs('公共财政预算收入128.8亿元，按照可比口径下降4.4%。').at(-1)).toEqual([4.4, '%', '公共财政预算收入下降']);
	});

	it('a milestone passed (突破千亿元大关, 连跨三个千亿台阶) is no part of the name', () => {
		// Corpus sentences (宁夏 2010, 合肥 2016; neither labelled).
		expect(figs('全社会固定资产投资突破千亿元大关，达1119.1亿元，增长30.3%。').map((x) => x[2])).toEqual([
			'全社会固定资产投资',
			'全社会固定资产投资增长'
		]);
		expect(figs('地区生产总值连跨三个千亿台阶、达到5660.3亿元。')[0]).toEqual([566030000000, '元', '地区生产总值']);
	});

	it('a rate written once after the last item of a list (参保率, 利用率, 达标率) is every item’s', () => {
		// Corpus sentences (泉州 2014, 阜新 2022; neither labelled).
		expect(figs('城镇居民医保和新农合参保率分别达95.5%和99.9%。').map((x) => x[2])).toEqual(['城镇居民医保参保率', '新农合参保率']);
		expect(figs('畜禽粪污、秸秆综合利用率分别达到76%、90%。')[0]).toEqual([76, '%', '畜禽粪污利用率']);
	});

	it('实现 between a subject and the measure it attains (产业实现产值, 企业实现利润) is no part of the name', () => {
		// Corpus sentences (池州 2014, 黑龙江 2004; neither labelled).
		expect(figs('战略性新兴产业实现产值80亿元，增长32%。').map((x) => x[2])).toEqual(['战略性新兴产业产值', '战略性新兴产业产值增长']);
		expect(figs('规模以上工业企业实现利润594.9亿元，增长28.9%。')[0]).toEqual([59490000000, '元', '规模以上工业企业利润']);
	});

	it('an adverb before the verb of a level (仍, 相继, 基本, 大部分) is no part of the name', () => {
		// Corpus sentences (辽宁 2015, 福州 2020; neither labelled).
		expect(figs('大旱之年，粮食产量仍达到350亿斤，农林牧渔业全面发展。')[0]).toEqual([35000000000, '斤', '粮食产量']);
		expect(figs('确保粮食种植面积基本稳定在121万亩以上。')[0]).toEqual([1210000, '亩', '粮食种植面积']);
	});

	it('the area a measure is compared with stays in its name (降幅小于全国, 好于全国), and a list of two areas names neither', () => {
		// Corpus sentences (福建 2010, a dev label of round 16; 兰州 2016, not labelled).
		expect(figs('全省外贸运行好于全国，降幅小于全国7.8个百分点。').at(-1)).toEqual([7.8, '个百分点', '降幅小于全国']);
		expect(figs('生产总值增长9.1%，分别高于全省、全国1个和2.2个百分点。').at(-1)?.[2]).not.toContain('全省');
	});

	it('a comparison base before 压减, 压缩, 回升 or 提升 leaves the name as before 增长 (“三公”经费比2012年压减 → “三公”经费压减)', () => {
		// Corpus sentences (山东 2018, 北京 2020; neither labelled).
		expect(figs('“三公”经费比2012年压减55.3%。')[0]).toEqual([55.3, '%', '“三公”经费压减']);
		expect(figs('全市平原区地下水埋深同比回升0.32米。')[0]).toEqual([0.32, '米', '平原区地下水埋深回升']);
	});

	it('有望 is an estimate like 预计: no part of the name', () => {
		// Corpus sentences (江西 2024, 四平 2015; neither labelled).
		expect(figs('数字经济增加值有望突破1.2万亿元。')[0]).toEqual([1200000000000, '元', '数字经济增加值']);
		expect(figs('农民人均纯收入有望突破1万元。')[0]).toEqual([10000, '元', '农民人均纯收入']);
	});

	it('a 、 list whose items hold 和 or 与 gives each value its item when the list at 、 has as many items as values', () => {
		// Corpus sentences (厦门 2019, 西安 2026; neither labelled).
		expect(
			figs('半导体和集成电路、软件和信息服务、生物医药与健康、新材料等战略性新兴产业分别增长18.6%、17%、20%和18%。').map((x) => x[2])
		).toEqual([
			'半导体和集成电路战略性新兴产业增长',
			'软件和信息服务战略性新兴产业增长',
			'生物医药与健康战略性新兴产业增长',
			'新材料战略性新兴产业增长'
		]);
		expect(figs('光伏、乘用车与智能网联汽车产业链产值分别增长56.1%和14.9%。').map((x) => x[2])).toEqual([
			'光伏产值增长',
			'乘用车与智能网联汽车产业链产值增长'
		]);
	});

	it('a note’s number ([17]) opening a glossary entry is numbering, not part of the name', () => {
		// A corpus line (达州 2022; not labelled).
		expect(figs('[17]职教发展12条：《达州市促进职业教育发展十二条措施》（达市府办发〔2022〕6号）。').map((x) => x[2])).toEqual([
			'职教发展'
		]);
	});

	it('a counted noun cut inside 平均, 人均 or 年均 gives the figure after it the whole measure', () => {
		// Corpus sentences (东莞 2018, 济南 2011; neither labelled).
		expect(figs('8个次发达镇生产总值平均增长10.2%，快于全市2个百分点。')[1]).toEqual([10.2, '%', '次发达镇生产总值平均增长']);
		expect(figs('推进产业扶贫开发，实现6万贫困人口人均增收1100元。').at(-1)).toEqual([1100, '元', '贫困人口人均增收']);
	});

	it('a running total alone (累计49家) is the total of what the figure before, of the same unit, adds', () => {
		// Corpus sentences (厦门 2020, 云南 2011; neither labelled).
		expect(figs('新增境内上市公司2家，累计49家；新增境外上市公司4家，累计27家。').map((x) => x[2])).toEqual([
			'新增境内上市公司',
			'境内上市公司',
			'新增境外上市公司',
			'境外上市公司'
		]);
		// 人次 is no count of 资金: the total names nothing it can take.
		expect(figs('万众一心、众志成城，累计筹集资金38.5亿元，共计1600万人次投入抗旱救灾。').map((x) => x[2])[1]).not.toBe('筹集资金');
	});

	it('a year in Chinese numerals is a year as 1980年 is: the time or base of a figure, never its name', () => {
		// Corpus sentences (国务院 1960 and 1982, 乌鲁木齐 2021; none labelled).
		expect(
			figs('海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨。').map((x) => x[2])
		).toEqual(['产量', '产量', '产量增加']);
		expect(figs('农业总产值一九八一年比一九八〇年增长百分之五点七，一九八二年预计比一九八一年增长百分之五。').map((x) => x[2])).toEqual([
			'农业总产值增长',
			'农业总产值增长'
		]);
		expect(figs('全国高等学校由一九八〇年的六百七十五所增加到一九八二年的七百二十九所。').map((x) => x[2])).toEqual([
			'高等学校',
			'高等学校'
		]);
		// The year a level is reached is its time: 增加到2020年的522平方公里.
		expect(figs('建成区面积增加到2020年的522平方公里，累计增加100平方公里。').map((x) => x[2])).toEqual(['建成区面积', '建成区面积增加']);
	});

	it('eighteenth session: the first bound of a count’s range (1-2家, 3-5个) counts what the second counts', () => {
		// 深圳 2003 (round 19, seen).
		expect(figs('争取申报1-2家国家级工程技术研发中心，搞好3-5个重点实验室和一批公共技术平台建设；').map((x) => x[2])).toEqual([
			'国家级工程技术研发中心',
			'国家级工程技术研发中心',
			'重点实验室',
			'重点实验室'
		]);
		// A level reached keeps the measure before (北京 2017; not labelled).
		expect(figs('企业登记注册时间缩短至2到4个工作日。')[0][2]).toBe('企业登记注册时间');
	});

	it('eighteenth session: a total after a figure of what is added counts the thing, without the adding words before or after it', () => {
		// 宣城 2020 (round 18, seen), 安徽 2012 (round 19, seen).
		expect(figs('强化转型升级，新认定高新技术企业125户，总数突破300户。')[1][2]).toBe('高新技术企业总数');
		expect(figs('各类农民专业合作组织新增5387个，总数达2.3万个。')[1][2]).toBe('各类农民专业合作组织总数');
		// 新登记经营主体: 经营 stays (a name of three characters or more is left), 五年净增 goes (太原 2024, 深圳 2026; not labelled).
		expect(figs('全年新登记经营主体17.3万户、增长5.1%，总量达79.4万户。')[2][2]).toBe('经营主体总量');
		expect(figs('商事主体五年净增106万户、总量突破465万户。')[1][2]).toBe('商事主体总量');
	});

	it('eighteenth session: a counted noun cut at its length bound ends at the end of the word the bound falls in', () => {
		// 吉林 2023 (round 19, seen).
		const [centres, canteens] = figs('制定出台养老护理员奖补制度，建设100个综合嵌入式社区居家养老服务中心和100个社区老年食堂。').map(
			(x) => x[2]
		);
		expect(centres).toMatch(/综合嵌入式社区居家养老服务中心$/);
		expect(canteens).toBe('社区老年食堂');
		// Not into the clause of a value after it (云南 2017; not labelled): the word 优良 is not taken from 98%'s name.
		expect(figs('实现16个州市政府所在地环境空气质量优良天数不低于98%。')[1][2]).not.toBe('天数');
	});

	it('eighteenth session: 递增 is a change word as 增长 is (年均递增, and the levels reached after a 分别 list of them)', () => {
		// 景德镇 2016 (round 17, seen).
		expect(figs('旅游产业发展迅速，接待游客、旅游总收入分别年均递增18.56%、31.3%，达到3100万人次和260亿元。').map((x) => x[2])).toEqual([
			'接待游客年均递增',
			'旅游总收入年均递增',
			'接待游客',
			'旅游总收入'
		]);
		// 宁波 1998 (not labelled): a bare 年均递增 continues the measure before.
		expect(figs('财政收入75亿元，比1992年增长2.3倍，年均递增26.9%。').map((x) => x[2])).toEqual([
			'财政收入',
			'财政收入增长',
			'财政收入年均递增'
		]);
	});

	it('eighteenth session: a bare change after an average continues its measure, not its 年均 (比上年增长, 五年下降 are no averages)', () => {
		// 甘肃 1996, 太原 2006 (not labelled).
		expect(
			figs('工农业总产值935.4亿元，比1990年增长47.2%，年均增长7.93%，比上年增长4.6%。')
				.map((x) => x[2])
				.at(-1)
		).toBe('工农业总产值增长');
		expect(figs('万元地区生产总值综合能耗年均下降6.9%，五年降低30%。').map((x) => x[2])).toEqual([
			'万元地区生产总值综合能耗年均下降',
			'万元地区生产总值综合能耗降低'
		]);
	});

	it('eighteenth session: 首次, 再次, 双双 and 历史性 before a level’s verb are no part of the name', () => {
		// 新疆 2026 (round 18, seen): 首次突破2万元、达到20793元.
		expect(figs('其中农村居民人均可支配收入首次突破2万元、达到20793元。').map((x) => x[2])).toEqual([
			'农村居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
		// 滁州 2023 (not labelled).
		expect(figs('各项存贷款余额双双突破4000亿元。')[0][2]).not.toMatch(/双双/);
	});

	it('eighteenth session: a verb moving work on before `N个X建设` (加快, 启动, 抓好) counts X', () => {
		// 昭通 2023 (round 19, seen).
		expect(figs('突出抓好重点水利工程建设，加快20座在建水库工程建设，推进岔河水库等一批骨干水源工程开工建设。')[0][2]).toBe('在建水库工程');
		// 深圳 2014, 贵阳 2006 (not labelled): 规划建设, 的建设.
		expect(figs('加快7所高级中学规划建设。')[0][2]).toBe('高级中学');
		expect(figs('着力抓好12个重点市场的建设、培育工作。')[0][2]).toBe('重点市场');
	});

	it('eighteenth session: a bare 净增 continues the measure before, as a bare 增长 does', () => {
		// 北京 2001 (round 19, seen).
		expect(
			figs('国民经济运行效益和质量明显提高，地方财政收入累计达到1182亿元，按可比口径比“八五”时期净增709.3亿元，增加1.5倍。').map(
				(x) => x[2]
			)
		).toEqual(['地方财政收入', '地方财政收入净增', '地方财政收入增加']);
		// 安阳 2014 (not labelled).
		expect(figs('粮食总产达到70.86亿斤，净增5.22亿斤。')[1][2]).toBe('粮食总产净增');
	});

	it('eighteenth session: a term’s end written 末期 (比“八五”末期) is a comparison base as 末 is', () => {
		// 北京 2001 (round 19, seen).
		expect(figs('城市污水处理率达到40%，城市垃圾无害化处理率达到81.5%，分别比“八五”末期提高20.6个和60个百分点。').map((x) => x[2])).toEqual(
			['城市污水处理率', '城市垃圾无害化处理率', '城市污水处理率提高', '城市垃圾无害化处理率提高']
		);
	});

	it('eighteenth session: 预期 opening a clause is an aim, no part of the name (预期性指标 and 预期目标 are names)', () => {
		// 北京 2001 (round 19, seen).
		expect(figs('预期国内生产总值年均增长9%左右，到2005年达到3700亿元。').map((x) => x[2])).toEqual([
			'国内生产总值年均增长',
			'国内生产总值'
		]);
		// A glossary count (not labelled): 预期性指标 stays.
		expect(figs('其中预期性指标18项，约束性指标10项。')[0][2]).toBe('预期性指标');
	});

	it('eighteenth session: a level reached by any verb of a change to a level (增至, 升至, 缩减到, 压减到…) leaves the name', () => {
		// 无锡 2007 and 贵州 2015 (round 20, seen); 市场主体增至, 焦化企业数量缩减到 were names across the collection.
		expect(figs('全市森林覆盖率和建成区绿化覆盖率分别升至19%和41%。').map((x) => x[2])).toEqual(['森林覆盖率', '建成区绿化覆盖率']);
		expect(figs('高速公路通车里程突破4000公里，通高速公路县增至79个。')[1][2]).toBe('通高速公路县');
		expect(figs('严格控制焦炭总量，焦化企业数量缩减到21户，减少40%。')[0][2]).toBe('焦化企业数量');
		expect(figs('市场主体从16.1万户增至28.1万户。').map((x) => x[2])).toEqual(['市场主体', '市场主体']);
	});

	it('eighteenth session: an aim or a possibility before the change (力争, 确保, 可) is no part of the name', () => {
		// 山西 2017, 宁夏 2017, 贵州 2005 (round 20 and 21, seen).
		expect(figs('实施农业标准化战略，农业生产标准化率力争提高到30%以上。')[0][2]).toBe('农业生产标准化率');
		expect(figs('地方一般公共预算收入力争同口径增长7%。')[0][2]).toBe('地方一般公共预算收入增长');
		expect(figs('扎实推进生态建设，森林覆盖率可提高1个百分点。')[0][2]).toBe('森林覆盖率提高');
		// What is left must name something: 必须确保13%左右的经济增速 keeps the noun after the value; 向上争取 obtains what it names.
		expect(figs('要实现这一目标，必须确保13%左右的经济增速。')[0][2]).toBe('经济增速');
		expect(figs('向上争取420.41亿元置换债券。')[0][2]).toBe('置换债券');
	});

	it('eighteenth session: 在 and the whole area after the subject are no part of the name; 在孵 is a word', () => {
		// 辽源 2021 (round 20, seen).
		expect(figs('我市在全国的信用综合排名上升67位。')[0][2]).toBe('信用综合排名上升');
		expect(figs('累计在孵企业1050家。')[0][2]).toBe('在孵企业');
	});

	it('eighteenth session: a sum of money right before the counted noun classes it (10亿元企业), a sum spent does not', () => {
		// 南宁 2014 (round 21, seen); 东莞 2014.
		expect(figs('新增10亿元企业9家、规模以上工业企业28家。').map((x) => x[2])).toEqual(['新增企业', '新增10亿元企业', '规模以上工业企业']);
		expect(figs('超50亿元企业增至33家。')[1][2]).toBe('超50亿元企业');
		// 包头 2020, 庆阳 2021: the sum pays for what follows.
		expect(figs('投资37亿元实施重点治理工程125项。')[1][2]).toBe('实施重点治理工程');
		expect(figs('投入4.7亿元办理市列民生实事95件。')[1][2]).not.toMatch(/亿元/);
	});

	it('eighteenth session: a 等-list whose head follows a generic word (等方面的投资, 等领域投资) gives each item that head', () => {
		// 西宁 2012 (round 20, seen).
		expect(figs('其中医疗卫生、节能环保、农林水务等方面的投资分别增长51.4%、40.3%和39.6%。').map((x) => x[2])).toEqual([
			'医疗卫生投资增长',
			'节能环保投资增长',
			'农林水务投资增长'
		]);
	});

	it('eighteenth session: 袋, 羽, 尾 and 瓶 are counting units', () => {
		// 延边 2021 (round 20, seen): 14亿袋 was read as a bare 14亿 with 袋 in the name.
		expect(figs('栽培木耳、灵芝、桑黄等食（药）用菌14亿袋。')[0]).toEqual([1400000000, '袋', '食（药）用菌']);
		expect(figs('建成年出栏3500万羽黄羽肉鸡养殖项目。')[0][1]).toBe('羽');
	});

	it('eighteenth session: lists of insurances (参加…保险的人数) and their changes in the next clause, and lists closed by a count of kinds', () => {
		// 广东 2005 and 驻马店 2014 (round 22, seen).
		const t =
			'年末全省参加企业养老、失业、医疗、工伤和生育保险的人数分别达1226万、1006万、1034万、1215万和377万人，比上年底增长7.0%、5.4%、17.9%、8.5%和13.9%。';
		expect(figs(t).map((x) => x[2])).toEqual([
			'参加企业养老保险的人数',
			'参加失业保险的人数',
			'参加医疗保险的人数',
			'参加工伤保险的人数',
			'参加生育保险的人数',
			'参加企业养老保险的人数增长',
			'参加失业保险的人数增长',
			'参加医疗保险的人数增长',
			'参加工伤保险的人数增长',
			'参加生育保险的人数增长'
		]);
		expect(figs('力争食品、轻纺、能源化工六大行业主营业务收入分别达到100亿元、80亿元、60亿元。').map((x) => x[2])).toEqual([
			'食品主营业务收入',
			'轻纺主营业务收入',
			'能源化工主营业务收入'
		]);
	});

	it('eighteenth session: 完成 between a subject and a measure it attains is no part of the name, as 实现 is', () => {
		// 广东 2005 (round 22, seen).
		expect(figs('五个山区市完成生产总值1275.59亿元，增长15.0%。').map((x) => x[2])).toEqual([
			'五个山区市生产总值',
			'五个山区市生产总值增长'
		]);
	});

	it('eighteenth session: a counted noun ends before 加大, 加强 or 焕发 (what is done for it)', () => {
		// 河北 2008 (round 23, seen).
		expect(figs('对百强民营企业、千家成长型中小企业、50个重点特色产业集群加大扶持力度。')[0][2]).toBe('重点特色产业集群');
		expect(figs('盘活14个闲置低效旅游项目焕发新生机。')[0][2]).toBe('盘活闲置低效旅游项目');
	});

	it("eighteenth session: a share written once after a list of measures is every item's (增加值和上缴税金占全省的比重)", () => {
		// 河北 2008 (round 23, seen).
		expect(figs('民营经济快速发展，增加值和上缴税金占全省的比重分别达到51.9%和49%。').map((x) => x[2])).toEqual([
			'增加值占全省的比重',
			'上缴税金占全省的比重'
		]);
	});

	it('eighteenth session: a counted noun ends before 取得, and a span of years alone names no item of a list', () => {
		// 江西 2006 (round 24, seen).
		expect(figs('1200个贫困村的整村推进工作取得明显成效。')[0][2]).toBe('贫困村的整村推进工作');
		expect(figs('城乡居民人均住房面积分别达到28平方米和32平方米，五年分别增加14平方米和4.2平方米。').map((x) => x[2])).toEqual([
			'城镇居民人均住房面积',
			'农村居民人均住房面积',
			'城镇居民人均住房面积增加',
			'农村居民人均住房面积增加'
		]);
	});

	it('period: a 十二五 review paragraph covers five years until a paragraph returns to one year', () => {
		const t =
			'一、“十二五”及2015年工作回顾\n“十二五”时期，是发展最快的时期之一。\n——五年来，生产总值由1032亿元增加到1500亿元。\n——累计新增城镇就业62.95万人。\n2015年主要抓了以下工作：\n新增城镇就业5.4万人。\n';
		// The level the review reached (由1032亿元增加到1500亿元) is its last year's (the period rule in docs/figures.md).
		expect(run(t).map((f) => f.period)).toEqual([null, 2015, null, 2015]);
	});

	it('period: a term cut to four years is reviewed like five (淮南 2022: 本届政府任期的四年…四年来，我们主要做了以下工作)', () => {
		const t =
			'2022年政府工作报告\n\n一、本届政府和2021年工作回顾\n\n本届政府任期的四年，是我市发展进程中极不寻常、极不平凡的四年。\n\n四年来，我们主要做了以下工作。\n\n新开工棚户区（城中村）改造1.5万套、基本建成2.98万套。\n\n各位代表！刚刚过去的2021年，是中国共产党成立一百周年。全年城镇新增就业5.4万人。\n';
		expect(run(t).map((f) => f.period)).toEqual([null, null, 2021]);
	});

	it('period: a last-year word inside a later clause reaches to its semicolon only; one in the first clause holds for the sentence', () => {
		// 北京 2020's targets: 与上年持平 made every target after it last year's.
		const targets = run(
			'2020年政府工作报告\n\n二、2020年主要预期目标\n\n全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入规模与上年持平；居民消费价格涨幅3.5%左右；城镇调查失业率低于5%。\n'
		);
		expect(targets.map((f) => [f.raw, f.period, f.kind])).toEqual([
			['6%', 2020, 'target'],
			['3.5%', 2020, 'target'],
			['5%', 2020, 'target']
		]);
		// 湖北 2003: 居民消费价格指数略高于上年水平 compares with last year; the targets after it are this year's.
		const hubei = run(
			'2003年政府工作报告\n\n二、2003年主要预期目标\n\n今年全省经济社会发展的主要预期目标是：国内生产总值增长8.5％左右，居民消费价格指数略高于上年水平，城镇居民人均可支配收入增长6％，全年净增就业岗位40万个。\n'
		);
		expect(hubei.map((f) => f.period)).toEqual([2003, 2003, 2003]);
		// 雅安 2014 and 云南 2004: 去年入冬以来，…；… and 省政府去年初…承诺的8件实事完成情况如下：…；… are last year's throughout.
		const past = run('2014年政府工作报告\n\n三、2014年工作安排\n\n去年入冬以来，发放棉被4.9万床；发放棉衣2万件。\n');
		expect(past.map((f) => f.period)).toEqual([2013, 2013]);
	});

	it('分别 lists of two parallel words share what follows the second and what stands before the first', () => {
		const names = (t: string) => one(t).map((f) => f.indicator);
		// 四平 2016, 张家口 2020, 山东 2009 (every third gov report: 18 such names change, 2 for the worse).
		expect(names('五保集中和分散供养标准分别提高到 4500元、 3000元。')).toEqual(['五保集中供养标准', '五保分散供养标准']);
		expect(names('其中集中式、分散式电供暖分别完成346万平方米和214万平方米，气供暖54万平方米；')).toEqual([
			'集中式电供暖',
			'分散式电供暖',
			'气供暖'
		]);
		expect(names('科技创新能力进一步增强，发明专利申请和授权件数分别增长57.1%和28.6%。')).toEqual([
			'发明专利申请件数增长',
			'发明专利授权件数增长'
		]);
		// Two nouns sharing a character name two things: 家庭农场和农民专业合作社 (郑州 2025).
		expect(names('家庭农场和农民专业合作社分别达到6364家、6703家。')).toEqual(['家庭农场', '农民专业合作社']);
	});

	it('period: a change on a base some years back (是五年前的, 比五年前) spans the years between', () => {
		// 大连 2008, 国务院 1998 (every third gov report: 9 figures change, each such a change).
		const t =
			'2008年政府工作报告\n\n一、2007年工作回顾\n\n2007年港口吞吐能力是五年前的3倍，集装箱吞吐量是五年前的2.8倍。\n\n粮食产量达到49250万吨，比五年前增加5000万吨。\n';
		expect(run(t).map((f) => [f.raw, f.period])).toEqual([
			['3倍', null],
			['2.8倍', null],
			['49250万吨', 2007],
			['5000万吨', null]
		]);
	});

	it('period: a level reached per head and month (达到每人每月620元) ends a several-year review like one reached outright', () => {
		// 青岛 2016, 常州 2021 (every third gov report: 10 such levels, from null to the review's last year or the term's).
		const t = '2016年政府工作报告\n\n一、“十二五”时期工作回顾\n\n五年来，城乡低保标准分别达到每人每月620元、420元，分别提高77%、180%。\n';
		expect(run(t).map((f) => [f.raw, f.period])).toEqual([
			['620元', 2015],
			['420元', 2015],
			['77%', null],
			['180%', null]
		]);
	});

	it('period: a year’s output named right before its value in a several-year review is the last year’s', () => {
		// 天水 2021 (round 27), 广州 2003, 河南 2008 (every third gov report: 37 figures change, null → the last year).
		const t =
			'2021年政府工作报告\n\n一、“十三五”时期工作回顾\n\n五年来，全市经济实力持续增强。其中，第一产业增加值126亿元、第二产业增加值161.8亿元，年均分别增长5.6%、4.5%；累计完成投资3358亿元。\n';
		expect(run(t).map((f) => [f.raw, f.period])).toEqual([
			['126亿元', 2020],
			['161.8亿元', 2020],
			['5.6%', null],
			['4.5%', null],
			['3358亿元', null]
		]);
	});

	it('period: what a scheme covers (分别覆盖557万人) ends a several-year review as a level reached does', () => {
		// 达州 2021 (round 24), 国务院 2018 (every third gov report: 30 figures change, null → the last year or the term's).
		const t =
			'2021年政府工作报告\n\n一、“十三五”时期工作回顾\n\n五年来，城镇新增就业17万人，基本医疗保险、养老保险分别覆盖557万人和409万人。\n';
		expect(run(t).map((f) => [f.raw, f.period])).toEqual([
			['17万人', null],
			['557万人', 2020],
			['409万人', 2020]
		]);
	});

	it('period: a paragraph opening on a year and its region (2002年全省经济…) returns a several-year review to that year', () => {
		// 贵州 2003 (round 28).
		const t =
			'2003年政府工作报告\n\n一、过去五年的工作回顾\n\n五年来，全省生产总值年均增长8.8%。\n\n2002年全省经济社会继续保持了良好的发展势头。预计国内生产总值增长9.1%；财政总收入和地方财政收入分别增长14.7%和14.1%。\n';
		expect(run(t).map((f) => [f.raw, f.period])).toEqual([
			['8.8%', null],
			['9.1%', 2002],
			['14.7%', 2002],
			['14.1%', 2002]
		]);
	});

	it('a multiple of the value some years back is named by the measure alone (港口吞吐能力是五年前的3倍)', () => {
		// 大连 2008, 莆田 2022, 陕西 2016 (round 28); every third gov report: 8 names change, all so.
		expect(one('2007年港口吞吐能力是五年前的3倍，集装箱吞吐量是五年前的2.8倍。').map((f) => f.indicator)).toEqual([
			'港口吞吐能力',
			'集装箱吞吐量'
		]);
	});

	it('how often a level is paid (达到月460元和年2500元) is no part of its name', () => {
		// 陕西 2016 (round 28).
		expect(one('城乡低保标准分别达到月460元和年2500元。').map((f) => f.indicator)).toEqual(['城市低保标准', '农村低保标准']);
	});

	it('a list of zones (高新区、经济区…) shares no zone: the first is no scope of the others', () => {
		// 兰州 2010, 太原 2009, 海口 2013 (every third gov report: 4 names change, all so).
		expect(one('高新区、经济区生产总值分别达到150亿元、70.8亿元。').map((f) => f.indicator)).toEqual(['高新区生产总值', '经济区生产总值']);
		// A zone opening the first item alone is every item's scope.
		expect(one('县域地区生产总值、财政收入分别增长8%和10%。').map((f) => f.indicator)).toEqual([
			'县域地区生产总值增长',
			'县域财政收入增长'
		]);
	});

	it('营业收入 written once after a list of companies or zones is every item’s', () => {
		// 齐齐哈尔 2021 (round 28), 南昌 2010, 昆明 2020 (every third gov report: 13 names change, 10 better; 新余 2022's
		// 电子信息、…、麻纺产业营业收入 loses 产业 before it).
		expect(one('中国一重、飞鹤乳业营业收入分别突破300亿元和200亿元。').map((f) => f.indicator)).toEqual([
			'中国一重营业收入',
			'飞鹤乳业营业收入'
		]);
		expect(one('高新区、经开区主营业务收入分别达2200亿元、2000亿元。').map((f) => f.indicator)).toEqual([
			'高新区主营业务收入',
			'经开区主营业务收入'
		]);
	});

	it('a decimal written in words (十三点七倍, 一点五倍) is read whole, not as its last digit', () => {
		// 国务院 1954–1986, 浙江 1983 (every third gov report: 22 figures had only the digit after 点, 七倍 for 十三点七倍).
		const figs = one(
			'钢二百十七万吨，等于一九四九年的十三点七倍；工农业总产值增长一点三倍，万元工业产值的综合能耗由五点七吨标准煤降到三点九三吨。'
		);
		expect(figs.map((f) => [f.raw, f.value, f.unit])).toEqual([
			['二百十七万吨', 2170000, '吨'],
			['十三点七倍', 13.7, '倍'],
			['一点三倍', 1.3, '倍'],
			['五点七吨标准煤', 5.7, '吨标准煤'],
			['三点九三吨', 3.93, '吨']
		]);
		// 一点也不, 三点建议: no digit after 点, no decimal.
		expect(one('我们提出三点建议，一点也不能放松。')).toEqual([]);
	});

	it('a space after the decimal point keeps the number whole; digits around a conversion’s $1.$2 make no figure', () => {
		// 广东 2001, 南昌 1999, 杭州 2010 (79 times in the collection: 56. 9％ had been read as 9%).
		expect(one('森林覆盖率达到56. 9％，国内生产总值增长10. 5％。').map((f) => [f.raw, f.value])).toEqual([
			['56. 9％', 56.9],
			['10. 5％', 10.5]
		]);
		// A list number before a count stays a list number.
		expect(one('二是重点项目。2. 30个项目开工。').map((f) => [f.raw, f.value])).toEqual([['30个', 30]]);
		// 合肥 2007, 哈尔滨 2003 and seven more reports: ４４$1.$2亿元 gave 2亿元 (the digits are lost; so is the value).
		expect(one('全年完成产值４４$1.$2亿元，增长４$1.$2％，新增企业12家。').map((f) => f.raw)).toEqual(['12家']);
	});

	it('the three industries by ordinal (一、二、三产业, 第一、二、三产业, 一二三产业) are named as the statistics name them', () => {
		// 山东 2002 (round 25), 三亚 2014, 南宁 2025 (every third gov report: 100 names change, 第二业 and 二产 among them).
		const names = (t: string) => one(t).map((f) => f.indicator);
		expect(names('其中一二三产业分别增长4％、10％和9％。')).toEqual(['第一产业增长', '第二产业增长', '第三产业增长']);
		expect(names('全市第一、二、三产业增加值分别增长6.4％、9.2％和11.1％。')).toEqual([
			'第一产业增加值增长',
			'第二产业增加值增长',
			'第三产业增加值增长'
		]);
		expect(names('全市第二、三产业比重分别比上年提高0.49和0.41个百分点。')).toEqual(['第二产业比重提高', '第三产业比重提高']);
	});

	it('a 。 written as a decimal point (增长18。1%) is read as one', () => {
		// 山东 1997, 合肥 2009 (65 figures of the collection had the digit after 。 alone, or none).
		expect(one('全社会固定资产投资完成1562亿元，增长18。1%，居民消费价格上涨9。6%。').map((f) => [f.raw, f.value])).toEqual([
			['1562亿元', 156200000000],
			['18。1%', 18.1],
			['9。6%', 9.6]
		]);
	});

	it('a minus sign after a word makes a rate negative (降幅由谷底的-14.2%收窄至-11.6%); a range or a name keeps its sign', () => {
		// 珠海 2013 (round 35 of the labels, seen once measured): 74 such places in the collection.
		expect(one('外贸进出口总额456.7亿美元，降幅由谷底的-14.2%收窄至-11.6%。').map((f) => [f.raw, f.value, f.unit])).toEqual([
			['456.7亿美元', 45670000000, '美元'],
			['-14.2%', -14.2, '%'],
			['-11.6%', -11.6, '%']
		]);
		expect(one('力争增长3%-5%。').map((f) => f.value)).toEqual([3, 5]);
		expect(one('歼-20等一批装备列装，产值增长12%。').map((f) => f.value)).toEqual([12]);
	});

	it('an HTML entity a conversion left, &permil;, is the unit ‰ (太原 2007)', () => {
		// (Its ; still ends a clause for the names: the list is named as one, 人口出生率、自然增长率.)
		expect(one('人口出生率、自然增长率分别为8.05&permil;和4.12&permil;。').map((f) => [f.raw, f.value, f.unit])).toEqual([
			['8.05&permil;', 8.05, '‰'],
			['4.12&permil;', 4.12, '‰']
		]);
	});

	it('以上 after 个, or after 万 with no unit, counts the noun that follows; after another unit it is a threshold', () => {
		// 四川 2015 (round 36, seen once measured): both figures were lost as thresholds.
		expect(one('全年实现105万以上贫困人口脱贫、2500个以上贫困村退出和5个贫困县“摘帽”。').map((f) => [f.value, f.unit, f.approx])).toEqual([
			[1050000, '', true],
			[2500, '个', true],
			[5, '个', false]
		]);
		expect(one('统筹推进580个以上重大项目。')[0]).toMatchObject({ value: 580, unit: '个', indicator: '重大项目' });
		// A threshold still: 亿元以上项目, 人口20万以上的县.
		expect(one('新开工亿元以上项目120个。').map((f) => [f.value, f.unit])).toEqual([[120, '个']]);
		expect(one('人口20万以上的县建成特殊教育学校。')).toEqual([]);
	});

	it('one value said of every item of a 分别 list is named by the first item, completed', () => {
		// 信阳 2014, 长春 2018, 郴州 2014 (rounds 1-34, seen); the whole list was the name.
		expect(one('城镇居民人均可支配收入、农民人均纯收入分别实际增长9%左右；')[0].indicator).toBe('城镇居民人均可支配收入实际增长');
		expect(one('新认定国家级高新技术企业、科技型“小巨人”企业分别达到200户以上。')[0].indicator).toBe('新认定国家级高新技术企业');
		expect(one('化学需氧量、二氧化硫排放量分别削减1.5%。')[0].indicator).toBe('化学需氧量削减');
		// Not a margin over a standard said of both.
		expect(one('城镇居民医保和新农合人均财政补助分别高出国家标准20元。')[0].indicator).toContain('新农合');
	});

	it("a short last item takes the place of the first item's last word (规模以上工业增加值和利润 → 规模以上工业利润)", () => {
		// 青岛 2010 (round 38, seen once measured).
		expect(one('全年规模以上工业增加值和利润分别增长14.9%、77.4%。').map((f) => f.indicator)).toEqual([
			'规模以上工业增加值增长',
			'规模以上工业利润增长'
		]);
	});

	it('a word of three characters opening the last item is its own (城市和行政村光纤宽带网络覆盖率 → 城市光纤宽带网络覆盖率)', () => {
		// 海南 2016 (round 37, seen once measured); 初中生|均 stays 初中|生均.
		expect(one('城市和行政村光纤宽带网络覆盖率分别达到89.2%、71.0%。').map((f) => f.indicator)).toEqual([
			'城市光纤宽带网络覆盖率',
			'行政村光纤宽带网络覆盖率'
		]);
	});

	it("a hedge that ends a verb before the value is the verb's (招商签约200个以上项目: 签约, not 签 and 约)", () => {
		expect(one('争取招商签约200个以上项目。')[0]).toMatchObject({ value: 200, approx: true, indicator: '招商签约项目' });
	});

	it('trains, orders and grains are counted (开行568列, 出单量突破180万单, 100亿粒); 列入 and 单位 are words', () => {
		// 安徽 2021, 郑州 2017, 呼和浩特 2026 (rounds 39-42, seen once measured); 350 places with 列 in the collection.
		expect(one('合肥中欧班列开行568列，增长35.2%。').map((f) => [f.value, f.unit])).toEqual([
			[568, '列'],
			[35.2, '%']
		]);
		expect(one('力争年度出单量突破180万单；')[0]).toMatchObject({ value: 1800000, unit: '单' });
		expect(one('建成投产常盛灯塔工厂100亿粒阿莫西林胶囊。')[0]).toMatchObject({ value: 10000000000, unit: '粒' });
		expect(one('共有3个项目列入国家计划，5单位获表彰。').map((f) => f.unit)).toEqual(['个']);
	});

	it("a list item takes the tail less the last item's own first word when that makes a known indicator (秸秆综合利用率)", () => {
		// 池州 2022 (round 27) and 安徽 2021 (round 40, seen once measured): was 秸秆粪污综合利用率.
		expect(one('秸秆、畜禽粪污综合利用率分别达91%和81%以上。').map((f) => f.indicator)).toEqual(['秸秆综合利用率', '畜禽粪污综合利用率']);
		// PM10|年均浓度: a qualifier of the measure is never dropped.
		expect(one('PM2.5、PM10年均浓度分别下降10%、8%。').map((f) => f.indicator)).toEqual(['PM2.5年均浓度下降', 'PM10年均浓度下降']);
	});

	it("a year written right before a value (由2001年6206元) is that value's, unless it is compared with (高于2023年4.2个百分点)", () => {
		// 南昌 2007 (round 37, seen once measured): the year ran into the digits and was no cue.
		const review = (t: string) => run('一、过去五年工作回顾\n' + t + '\n').map((f) => [f.raw, f.period]);
		expect(review('预计城市居民人均可支配收入由2001年6206元上升到2006年11228元。')).toEqual([
			['6206元', 2001],
			['11228元', 2006]
		]);
		expect(run('一、2024年工作回顾\n全年GDP增长4.3％，高于2023年4.2个百分点，其中二产增加值增长3.2％。\n').map((f) => f.period)).toEqual([
			2024, 2024, 2024
		]);
	});

	it("the items of a list measured again by a clause of their own take the new measure in the old one's place", () => {
		// 广西 2011, 江苏 2008, 海南 2016 (rounds 36-42, seen once measured): were 沿海港口吞吐能力新增总吞吐能力, 苏南城市低保标准农村, 城市光纤宽带网络覆盖率4G覆盖率.
		const names = (t: string) => one(t).map((f) => f.indicator);
		expect(names('沿海、内河港口吞吐能力分别新增8500万吨和2800万吨，总吞吐能力分别达到1.2亿吨和6000万吨；').slice(2)).toEqual([
			'沿海港口总吞吐能力',
			'内河港口总吞吐能力'
		]);
		expect(names('今年苏南、苏中城市低保标准分别达到每人每月330元、270元以上，农村分别达到210元、140元以上。').slice(2)).toEqual([
			'苏南农村低保标准',
			'苏中农村低保标准'
		]);
		expect(names('城市和行政村光纤宽带网络覆盖率分别达到89.2%、71.0%，4G覆盖率分别达到99.1%、84.7%。').slice(2)).toEqual([
			'城市4G覆盖率',
			'行政村4G覆盖率'
		]);
		// A measure of each earlier name (占比, 总量) is added to it.
		expect(names('高新技术产业产值、新兴产业产值分别达到1500亿元和1000亿元，占比分别提高2个和1个百分点。').slice(2)).toEqual([
			'高新技术产业产值占比提高',
			'新兴产业产值占比提高'
		]);
		expect(names('国家级绿色工厂、省级绿色制造企业分别新增5家、19家，总量分别达到32家、55家。').slice(2)).toEqual([
			'国家级绿色工厂总量',
			'省级绿色制造企业总量'
		]);
	});

	it('a comparison base of a list of changes is no part of their names (分别比上年末增长: not 存款余额末增长)', () => {
		// 广东 2007 (round 41, seen once measured); the bases are figure-indicators.json comparisonBases.
		expect(one('金融机构本外币存款余额43262亿元、贷款余额25935亿元，分别比上年末增长13.5%和12.8%。').map((f) => f.indicator)).toEqual([
			'金融机构本外币存款余额',
			'贷款余额',
			'金融机构本外币存款余额增长',
			'贷款余额增长'
		]);
	});

	it("a subject and 对 before a list's first item are every item's (产业集聚区对工业增长、投资拉动的贡献率)", () => {
		// 郑州 2017 (round 39, seen once measured).
		expect(one('全市产业集聚区对工业增长、投资拉动的贡献率分别达到51.1%、35.6%；').map((f) => f.indicator)).toEqual([
			'产业集聚区对工业增长贡献率',
			'产业集聚区对投资拉动的贡献率'
		]);
	});

	it("in a several-year review a level held or stepped onto (稳定在, 保持在, 跃上, 迈上) is the last year's, unless held through the years", () => {
		// 巴彦淖尔 2022, 马鞍山 2016 (rounds 38 and 41, seen once measured).
		const review = (t: string) =>
			run('2021年政府工作报告\n\n一、“十三五”时期工作回顾\n\n五年来，' + t + '\n').map((f) => [f.raw, f.period]);
		expect(review('肉羊饲养量稳定在2200万只以上，居全区第一。')).toEqual([['2200万只', 2020]]);
		expect(review('城镇居民人均可支配收入跃上3万元台阶。')).toEqual([['3万元', 2020]]);
		expect(review('城市环境空气质量优良天数连续4年保持在300天以上。')).toEqual([['300天', null]]);
	});
});
