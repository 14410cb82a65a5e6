/**
 * How a section's topic follows from its heading, its siblings' headings and its sub-sections
 * (issue 12). Headings are those of real reports (白山 2015, 黑龙江 2021); the paragraphs under
 * them are short hand-written lines in the reports' style.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';

const topicOf = (text: string, prefix: string) => {
	const report = parseReport(text);
	const topics = classifyReport(report);
	const i = report.sections.findIndex((s) => s.heading.startsWith(prefix));
	expect(i, prefix).toBeGreaterThanOrEqual(0);
	return topics.sections[i].topic;
};

describe('section topics', () => {
	// 白山 2015 (run-in headings): every heading of the series ends in 绿色转型…, which named ecology for most of them.
	const series = [
		'各位代表：',
		'二、2015年工作安排',
		'（一）着力在产业集群上下功夫，强壮绿色转型支柱。加快矿泉水、医药健康和旅游产业集群发展，培育一批龙头企业。',
		'（二）着力在项目建设上下功夫，增强绿色转型动力。全年计划实施亿元以上项目120个，固定资产投资增长15%，抓好项目谋划、储备和开工。',
		'（三）着力在生态宜居上下功夫，夯实绿色转型基础。推进大气和水污染防治，完成植树造林10万亩，保护好森林和湿地。',
		'（四）着力在财税金融上下功夫，强化绿色转型支撑。加强税收征管，财政收入增长8%，扩大信贷投放，支持企业融资。',
		'（五）着力在法治政府建设上下功夫，凝聚绿色转型合力。坚持依法行政，改进作风，自觉接受人大监督，加强廉政建设。'
	].join('\n\n');

	it("words shared by a series of sibling headings are the series' theme: each section goes by what is its own", () => {
		expect(topicOf(series, '（一）着力在产业集群')).toBe('industry');
		expect(topicOf(series, '（二）着力在项目建设')).toBe('economy');
		expect(topicOf(series, '（三）着力在生态宜居')).toBe('ecology');
		expect(topicOf(series, '（四）着力在财税金融')).toBe('economy');
		expect(topicOf(series, '（五）着力在法治政府')).toBe('government');
	});

	// 黑龙江 2021: 三、全面做好2021年工作 names no matter; its eight （一）… go to eight topics.
	const umbrella = [
		'各位代表：',
		'三、全面做好2021年工作',
		'（一）慎终如始科学精准做好常态化疫情防控',
		'落实外防输入、内防反弹措施，做好疫苗接种，守好边境口岸。',
		'（二）全面实施乡村振兴战略',
		'稳定粮食播种面积，建设高标准农田，改善农村人居环境。',
		'（三）加快构建现代产业体系',
		'推动装备制造、石化、食品产业链延链补链，发展数字经济。',
		'（四）大力推动创新发展',
		'加大研发投入，建设重点实验室，培育高新技术企业，引进人才。',
		'（五）改善民生推进社会事业发展',
		'实施就业优先政策，办好教育，完善医疗和养老保险。'
	].join('\n\n');

	it('a heading that names no matter over sub-sections of many topics is an overview', () => {
		expect(topicOf(umbrella, '三、全面做好2021年工作')).toBe('overview');
		expect(topicOf(umbrella, '（二）全面实施乡村振兴')).toBe('rural');
		expect(topicOf(umbrella, '（三）加快构建现代产业')).toBe('industry');
	});

	it('a heading that names its matter in words that are not cue terms is no umbrella (national 2007)', () => {
		const text = [
			'各位代表：',
			'三、促进经济又好又快发展',
			'（一）坚持加强和改善宏观调控',
			'继续实行稳健的财政政策和货币政策，合理控制固定资产投资规模，扩大消费需求。',
			'（二）发展现代农业和推进社会主义新农村建设',
			'稳定粮食播种面积，加强农田水利建设，增加农民收入。',
			'（三）大力抓好节能降耗、保护环境',
			'淘汰落后产能，加强污染治理，化学需氧量和二氧化硫排放量减少2%。',
			'（四）加快推进产业结构升级和自主创新',
			'大力发展高技术产业和装备制造业，加快发展服务业。'
		].join('\n\n');
		expect(topicOf(text, '三、促进经济又好又快发展')).not.toBe('overview');
	});

	it('a heading with only a weak cue word (落实) leaves its topic to the text under it (辽宁 2015)', () => {
		const text = [
			'各位代表：',
			'二、2015年工作安排',
			'（一）落实各项措施，努力保持稳中有进',
			'扩大有效投资，全年固定资产投资增长10%，加快重大项目建设，促进消费，稳定财政收入，支持实体经济融资。',
			'（二）推进生态文明建设',
			'加强大气污染防治，植树造林20万亩，化学需氧量排放量减少2%。'
		].join('\n\n');
		expect(topicOf(text, '（一）落实各项措施')).toBe('economy');
	});

	it('a section whose sub-sections share one topic keeps it', () => {
		const text = [
			'各位代表：',
			'四、提高人民生活水平',
			'（一）千方百计扩大就业',
			'实施就业优先政策，城镇新增就业10万人，开发公益性岗位。',
			'（二）办好人民满意的教育',
			'新建改扩建中小学和幼儿园，落实教师待遇，推进义务教育优质均衡。',
			'（三）完善社会保障体系',
			'提高城乡居民基础养老金和低保标准，扩大医疗保险覆盖。'
		].join('\n\n');
		expect(topicOf(text, '四、提高人民生活水平')).toBe('livelihood');
	});
});

describe('section topic cue words (issue 12, rounds 7–9, examined)', () => {
	const report = (heading: string, text: string) =>
		['各位代表：', '一、2021年工作回顾', '过去一年，我们坚持稳中求进，较好完成了全年目标任务。', heading, text].join('\n\n');
	it('政治生态 is government, not ecology (呼和浩特 2022)', () => {
		const text = report('（八）政治生态持续净化', '（八）政治生态持续净化。严格落实全面从严治党责任，驰而不息纠治“四风”，深化廉政建设。');
		expect(topicOf(text, '（八）政治生态')).toBe('government');
	});
	it('guarding the border is other (defence), not urban (那曲 2022)', () => {
		const text = report(
			'（九）坚持以固边兴边为要务，着力维护国家边疆安全',
			'建设边境小康村，推进抵边道路、供电和通信建设，守护好祖国边疆。'
		);
		expect(topicOf(text, '（九）坚持以固边兴边')).toBe('other');
	});
	it('an outline of the next five years is overview (珠海 2012)', () => {
		const text = report('二、今后五年总体设想', '今后五年，我们要加快建设生态文明，推进交通枢纽和城市建设，让城市更加宜居。');
		expect(topicOf(text, '二、今后五年总体设想')).toBe('overview');
	});
	it('the six stabilities (六稳) are economy (池州 2020)', () => {
		const text = report(
			'（一）深入落实“六稳”工作要求，实体经济持续健康发展',
			'坚持精准施策，加强统筹调度，确保各项要求落地见效，全年目标顺利完成。'
		);
		expect(topicOf(text, '（一）深入落实“六稳”')).toBe('economy');
	});

	// 海南 2025 (round 10): three top-level headings share 年工作; with a fourth section (the notes) they made a series
	// of four whose shared word was taken for its theme, and 三、2025年工作安排 lost the overview word it is an umbrella by.
	const review = [
		'各位代表：',
		'一、2024年工作回顾',
		'过去一年，经济运行稳中向好，地区生产总值增长5%，改革开放不断深化。',
		'二、2025年工作总体要求和主要目标',
		'今年经济社会发展主要预期目标是：地区生产总值增长6%以上。',
		[
			'（一）慎终如始科学精准做好常态化疫情防控',
			'落实外防输入、内防反弹措施，做好疫苗接种，守好边境口岸。',
			'（二）全面实施乡村振兴战略',
			'稳定粮食播种面积，建设高标准农田，改善农村人居环境。',
			'（三）加快构建现代产业体系',
			'推动装备制造、石化、食品产业链延链补链，发展数字经济。',
			'（四）大力推动创新发展',
			'加大研发投入，建设重点实验室，培育高新技术企业，引进人才。'
		].join('\n\n'),
		'注释：',
		'［1］ 两重、两新：国家重大战略实施和重点领域安全能力建设，大规模设备更新和消费品以旧换新。'
	].join('\n\n');

	it("overview's words shared by the report's top headings still mark each an umbrella; the notes take the fallback topic", () => {
		const withPlan = review.replace('（一）慎终如始', '三、2025年工作安排\n\n（一）慎终如始');
		expect(topicOf(withPlan, '三、2025年工作安排')).toBe('overview');
		expect(topicOf(withPlan, '一、2024年工作回顾')).toBe('overview');
		expect(topicOf(withPlan, '注释')).toBe('other');
	});

	it('a glossary section takes the fallback topic while its entries keep their own (那曲 2022, 乌兰察布 2022)', () => {
		const text = [
			'各位代表：',
			'一、2022年工作安排',
			'稳定粮食播种面积，建设高标准农田，改善农村人居环境。',
			'名词解释',
			'1.高标准农田：田块平整、集中连片、设施完善、农电配套、土壤肥沃、生态良好的农田。'
		].join('\n\n');
		const report = parseReport(text);
		const topics = classifyReport(report);
		const i = report.sections.findIndex((s) => s.heading === '名词解释');
		expect(topics.sections[i].topic).toBe('other');
		const entry = report.paragraphs.findIndex((p) => report.text.slice(p.textStart, p.textEnd).startsWith('1.高标准农田'));
		expect(topics.paragraphs[entry].topic).toBe('rural');
	});

	// Round 12 (天津 2019): 创新型城市 is an innovation programme, not city building.
	it('an innovative-city heading (创新型城市建设) is innovation, not urban', () => {
		const text = [
			'各位代表：',
			'二、2019年工作目标和主要任务',
			'（四）持续用力推进创新型城市建设',
			'坚持目标导向，细化任务分工，逐项抓好落实，确保取得实效。',
			'（五）以更大力度推进生态宜居城市建设',
			'打好蓝天保卫战，完成燃煤锅炉改燃，推进河湖水系治理，新增造林绿化面积15万亩。'
		].join('\n\n');
		expect(topicOf(text, '（四）持续用力推进创新型城市建设')).toBe('innovation');
	});
});
