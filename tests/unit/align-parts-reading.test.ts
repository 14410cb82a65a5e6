/**
 * Part reading that alignment needed (core/parts.ts, tenth round of issue 10),
 * on the shapes of real reports: 六安 2016's term goals under a heading that
 * names no part (二、奋力拼搏，全面建成小康六安 — “十三五”是全面建成小康社会的决战
 * 阶段…), and 淮北 2016's year plan under a bold title line set as a lead-in
 * (**重点做好十个方面工作：** then （一）…（十） after the term's （一）…（五）).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { readParts, titlePart } from '../../src/lib/core/parts';
import { reportParts } from '../../src/lib/core/align/parts';

const report = (year: number, body: string) => `---\ntitle: 测试市${year}年政府工作报告\nyear: ${year}\n---\n\n各位代表：\n\n${body}\n`;
const partAt = (input: string, quote: string) => {
	const r = parseReport(input);
	const at = r.text.indexOf(quote);
	if (at < 0) throw new Error(`no ${quote}`);
	return readParts(r).at(at).part;
};

describe('a section that names no part but opens on a term not over', () => {
	const liuan = report(
		2016,
		[
			'## 一、团结奋斗，“十二五”发展迈上新台阶',
			'过去五年，全市生产总值年均增长10.5%，城乡面貌发生深刻变化。',
			'## 二、奋力拼搏，全面建成小康六安',
			'“十三五”是全面建成小康社会的决战阶段，是调结构转方式促升级的关键时期。',
			'——城乡发展统筹协调。中心城市首位度明显提升，常住人口城镇化率达到50%。',
			'## 三、开拓创新，扎实抓好2016年各项工作',
			'（一）加快新型城镇化建设。新改建城市道路20条，改造棚户区1.2万户。'
		].join('\n\n')
	);

	it('is the term’s goals, not this year’s plan (the review before it, the year’s plan after it)', () => {
		expect(partAt(liuan, '——城乡发展统筹协调')).toBe('term');
		expect(partAt(liuan, '过去五年，全市生产总值')).toBe('review');
		expect(partAt(liuan, '（一）加快新型城镇化建设')).toBe('plan');
	});

	it('stays the plan when its opening is about this year (今年是“十三五”开局之年)', () => {
		const thisYear = liuan.replace('“十三五”是全面建成小康社会的决战阶段', '今年是“十三五”开局之年');
		expect(partAt(thisYear, '——城乡发展统筹协调')).toBe('plan');
	});
});

describe('a bold title line before numbering that starts again', () => {
	const huaibei = report(
		2016,
		[
			'**2015年及“十二五”：经济社会发展跃上新台阶**',
			'一年来，全市生产总值增长5.8%。',
			'**“十三五”：努力实现全面建成小康社会奋斗目标**',
			'今后五年经济社会发展的主要目标是：',
			'### （一）坚持创新发展，培育转型升级新动能',
			'到2020年，高新技术产业增加值占比达到40%。',
			'### （二）坚持共享发展，建设和谐幸福新淮北',
			'到2020年，城镇居民人均可支配收入年均增长8%。',
			'**重点做好十个方面工作：**',
			'### （一）加快调结构转方式促升级，力促经济在稳定增长中提质提效',
			'今年计划安排重点项目506个，完成年度投资600亿元。',
			'### （二）更加注重保障和改善民生，着力增强群众获得感',
			'新增城镇就业4万人。'
		].join('\n\n')
	);

	it('names the part of the sections after it (this year’s work), not of the one it ends', () => {
		expect(titlePart('重点做好十个方面工作：', 2016)).toMatchObject({ part: 'plan' });
		expect(partAt(huaibei, '到2020年，高新技术产业')).toBe('term');
		expect(partAt(huaibei, '今年计划安排重点项目506个')).toBe('plan');
		expect(partAt(huaibei, '新增城镇就业4万人')).toBe('plan');
	});
});

describe('a term’s goals under a title that also names this year’s work (seventeenth round)', () => {
	// The shape of 鸡西 2016: 二、“十三五”时期奋斗目标及2016年工作任务 — the term's goals, then 2016年是“十三五”开局之年…,
	// then the year's tasks in （一）…（八）.
	const jixi = report(
		2016,
		[
			'## 一、2015年工作回顾和“十二五”主要成就',
			'一年来，全市地区生产总值增长5.5%。',
			'## 二、“十三五”时期奋斗目标及2016年工作任务',
			'“十三五”时期，是我市推进转型发展、实现兴市富民目标的攻坚时期。',
			'发展目标：到2020年，地区生产总值和城乡居民人均收入在2010年基础上翻一番。',
			'2016年是“十三五”开局之年，市政府工作的总体要求是：全面贯彻党的十八大精神。',
			'### （一）全力推进项目建设，在集聚发展动能上实现新提升',
			'加快项目建设进度。全年启动实施投资5000万元以上产业项目100个。',
			'### （二）全力推进民生改善，在增进人民福祉上实现新提升',
			'今年的民生工作，要继续巩固发展原有成果。',
			'## 三、加强政府自身建设',
			'坚持依法行政，建设法治政府。'
		].join('\n\n')
	);
	const alignPart = (input: string, quote: string) => {
		const r = parseReport(input);
		return reportParts(r)(r.text.indexOf(quote));
	};

	it('turns to this year’s plan at the paragraph that turns to this year, for alignment', () => {
		expect(alignPart(jixi, '发展目标：到2020年')).toBe('term');
		expect(alignPart(jixi, '2016年是“十三五”开局之年')).toBe('plan');
		expect(alignPart(jixi, '加快项目建设进度')).toBe('plan');
		expect(alignPart(jixi, '一年来，全市地区生产总值')).toBe('review');
	});

	it('keeps the term’s reading for the figures’ periods (no option)', () => {
		expect(partAt(jixi, '加快项目建设进度')).toBe('term');
	});

	it('turns only in the framing before the first sub-section (今年的民生工作… inside one is no turn)', () => {
		const late = jixi.replace(
			'2016年是“十三五”开局之年，市政府工作的总体要求是：全面贯彻党的十八大精神。',
			'经济社会发展的主要预期目标另行报告。'
		);
		expect(alignPart(late, '加快项目建设进度')).toBe('term');
		expect(alignPart(late, '今年的民生工作')).toBe('term');
	});

	// The shape of 巴音郭楞 2022: an unnumbered title 今后五年及2022年工作, a goals line under it (今后五年的奋斗目标是：),
	// 今年是新一届政府的开局之年…, then 一、…七、 carried by the title.
	it('turns the sections the title carries over, through a goals line under it', () => {
		const bz = report(
			2022,
			[
				'## 过去五年工作回顾',
				'这五年，我们坚定不移促进高质量发展，经济综合实力稳步提升。',
				'## 今后五年及2022年工作',
				'今后五年，是我州爬坡过坎、后发赶超的重要关键期和机遇期。',
				'今后五年的奋斗目标是：',
				'——建设繁荣巴州，综合经济实力实现新跨越。',
				'今年是新一届政府的开局之年。我们将认真贯彻落实党中央决策部署。',
				'## 一、着力推进经济高质量发展',
				'全力抓好实体企业发展。坚持“优存量、拓增量、增总量”，稳住经济基本盘。',
				'## 二、着力加强生态环境保护',
				'健全环境保护机制。坚决守住生态保护红线。'
			].join('\n\n')
		);
		expect(alignPart(bz, '——建设繁荣巴州')).toBe('term');
		expect(alignPart(bz, '今年是新一届政府的开局之年')).toBe('plan');
		expect(alignPart(bz, '全力抓好实体企业发展')).toBe('plan');
		expect(alignPart(bz, '健全环境保护机制')).toBe('plan');
		expect(partAt(bz, '全力抓好实体企业发展')).toBe('term');
	});

	// 福州 2017 (heldout20, read after its one measurement): 二、新一届政府努力方向和2017年工作安排 — the five-year goals
	// (——人居环境更加优美…), then a paragraph that opens on the party congress and turns to this year further in
	// (…2017年，我们要紧紧围绕…今年经济社会发展主要预期目标是：…), then （一）…（四）: the year's tasks, which 厦门 2017's
	// plan faces (城市基础设施, 港口航运, 节能减排). Read as the term, they lost to the term factor.
	it('turns at a framing paragraph that sets this year’s aims further in (福州 2017)', () => {
		const fz = report(
			2017,
			[
				'## 一、2016年暨市十四届政府工作回顾',
				'（七）城市建设管理水平稳步提高。完成全市“多规合一”工作。建成晋安南路等57条市政道路。',
				'## 二、新一届政府努力方向和2017年工作安排',
				'各位代表，根据市第十一次党代会部署，今后五年我市经济社会发展的总体要求是：高举中国特色社会主义伟大旗帜。',
				'——人居环境更加优美。中心城市功能加快完善，老城区提升和新城区拓展协调推进。',
				'各位代表，省第十次党代会作出了“再上新台阶、建设新福建”的战略部署。2017年，我们要紧紧围绕建设新福州、当好排头兵这一目标，坚持稳中求进工作总基调。今年经济社会发展主要预期目标是：地区生产总值增长9%，力争更快更好些。为实现上述目标，我们要抓好以下四个方面工作：',
				'### （一）聚焦“机制活”，全面增强发展动力活力。',
				'深化供给侧结构性改革。全面落实“三去一降一补”工作任务，努力实现供求关系新的动态平衡。',
				'### （四）聚焦“生态美”，加快构建和谐宜居城市。',
				'增强城市承载功能。积极在海峡西岸城市群中发挥核心城市作用。'
			].join('\n\n')
		);
		expect(alignPart(fz, '——人居环境更加优美')).toBe('term');
		expect(alignPart(fz, '深化供给侧结构性改革')).toBe('plan');
		expect(alignPart(fz, '增强城市承载功能')).toBe('plan');
		expect(alignPart(fz, '完成全市“多规合一”工作')).toBe('review');
		// A term paragraph that only looks ahead five years is no turn.
		const noTurn = fz.replace(/各位代表，省第十次党代会[^\n]*/, '各位代表，省第十次党代会作出了“再上新台阶、建设新福建”的战略部署。');
		expect(alignPart(noTurn, '增强城市承载功能')).toBe('term');
	});
});
