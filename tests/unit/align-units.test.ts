/**
 * The finer unit for umbrella paragraphs: one city writes one long paragraph
 * with inner lead sentences (突出就业优先导向。…办好人民满意教育。…), the other a
 * lead-in per matter. Each sub-unit faces its own counterpart; together they
 * cover the paragraph, and every offset points into the input.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { alignReports } from '../../src/lib/core/align/index';
import { subUnits, UNIT_DEFAULTS } from '../../src/lib/core/align/units';
import { segmenter } from '../../src/lib/core/segmenter';

// Written in the manner of 益阳 2025 (七、狠抓民生改善) and 永州 2025 (a lead-in per matter).
const umbrella =
	'七、狠抓民生改善。坚持人民至上，高质量办好十大重点民生实事。突出就业优先导向。健全高质量充分就业促进机制，新增城镇就业3.1万人以上，加强高校毕业生、农民工、退役军人等重点群体就业帮扶，开展补贴性职业技能培训2万人次。办好人民满意教育。新改扩建公办幼儿园12所，推进义务教育优质均衡发展，加快县域普通高中建设，支持职业院校产教融合，持续深化“双减”改革。加快健康益阳建设。深化医药卫生体制改革，推进紧密型县域医共体建设，提升市中心医院和妇幼保健院服务能力，加强基层医疗卫生机构标准化建设，做好重大传染病防控。提升社会保障水平。稳步提高城乡低保、特困人员供养标准，扩大企业职工养老保险覆盖面，推进医保基金监管。繁荣发展文体事业。完善公共文化服务体系，推进市图书馆、文化馆提质改造，广泛开展全民健身活动，办好市第七届运动会，实施文化惠民工程，送戏下乡200场以上。大力发展慈善事业。健全社会救助体系，支持慈善组织规范发展，加强对困难群众的兜底保障，持续做好残疾人、孤儿和留守儿童关爱服务，推进公益慈善与社区服务融合发展。';
const A = `2025年政府工作报告\n\n一、2024年工作回顾\n\n过去一年，我们办成了一批民生实事，城镇新增就业3.2万人。\n\n二、2025年工作安排\n\n${umbrella}\n`;
const B =
	'2025年政府工作报告\n\n一、2024年工作回顾\n\n过去一年，民生保障有力有效，城镇新增就业5.8万人。\n\n二、2025年工作安排\n\n' +
	'促进高质量充分就业。坚持促进就业、鼓励创业两手抓，实施园区帮工计划，城镇新增就业5万人，做好高校毕业生、农民工等重点群体就业，开展职业技能培训3万人次。\n\n' +
	'推动教育优质均衡发展。新增公办幼儿园学位3000个，推进义务教育优质均衡发展，加强县域普通高中建设，推进职业教育产教融合。\n\n' +
	'提升健康永州建设水平。深化医药卫生体制改革，推进县域医共体建设，加强基层医疗卫生机构建设，提升市中心医院服务能力，做好传染病防控。\n';

describe('sub-units of an umbrella paragraph', () => {
	it('cuts at the inner lead sentences, covering the paragraph without gaps', () => {
		const units = subUnits(umbrella, 100);
		expect(units.map(([s, e]) => umbrella.slice(s - 100, e - 100).slice(0, 9))).toEqual([
			'七、狠抓民生改善。',
			'突出就业优先导向。',
			'办好人民满意教育。',
			'加快健康益阳建设。',
			'提升社会保障水平。',
			'繁荣发展文体事业。',
			'大力发展慈善事业。'
		]);
		expect(units[0][0]).toBe(100);
		expect(units[units.length - 1][1]).toBe(100 + umbrella.length);
		for (let i = 1; i < units.length; i++) expect(units[i][0]).toBe(units[i - 1][1]);
	});

	it('leaves a passage that would give more than 16 sub-units whole (a list, or hostile input: no blow-up of the pairs)', () => {
		const list = '各项工作扎实推进。' + '推进城市更新。改造老旧小区和背街小巷。'.repeat(5000);
		expect(subUnits(list)).toEqual([[0, list.length]]);
	});

	it('leaves a short passage or one without two inner leads whole', () => {
		expect(subUnits('推进城市更新。改造老旧小区55个。', 7)).toEqual([[7, 24]]);
		const one = '加快健康益阳建设。' + '深化医药卫生体制改革，推进紧密型县域医共体建设。'.repeat(20);
		expect(subUnits(one)).toEqual([[0, one.length]]);
	});

	it('cuts a long paragraph with no inner leads where its sentences turn to another matter', () => {
		// Written in the manner of 威海 2021 （七）突出特色，深入推进精致城市建设 (no lead sentences inside).
		const text =
			'（七）突出特色，深入推进精致城市建设。加强市域规划统筹，完成国土空间总体规划编制，修编中心城区控制性详细规划，划定城镇开发边界和生态保护红线。' +
			'推进93个老旧小区改造，加装电梯120部，完成棚户区改造安置住房2000套，改善提升居住环境，推广智慧物业管理。' +
			'优化道路交通系统，打通3条断头路，新增1050个公共停车位，完善城市微循环，优化公交线网，新增公交线路8条。' +
			'实施雨污分流改造120公里，新建改造供水管网80公里、燃气管网60公里，提升集中供热能力，加快海绵城市建设。';
		const matterOf = (s: string) =>
			/老旧小区|棚户区/.test(s)
				? 'old-housing'
				: /停车|断头路|公交/.test(s)
					? 'roads'
					: /管网|供热|雨污/.test(s)
						? 'utilities'
						: /规划/.test(s)
							? 'plan'
							: null;
		const opts = { ...UNIT_DEFAULTS, minPassage: 200, minByMatter: 200, minGroup: 40 };
		const units = subUnits(text, 0, opts, matterOf);
		expect(units.map(([s, e]) => text.slice(s, e).slice(0, 5))).toEqual(['（七）突出', '推进93个', '优化道路交', '实施雨污分']);
		expect(units[units.length - 1][1]).toBe(text.length);
		// Without a matter per sentence nothing is cut.
		expect(subUnits(text, 0, opts)).toEqual([[0, text.length]]);
	});

	it('each sub-unit faces its own lead-in of the other city, offsets into the input', () => {
		const inputs = [A, B].map((input, k) => {
			const report = parseReport(input);
			return { id: k ? 'b' : 'a', input, report, topics: classifyReport(report) };
		});
		const al = alignReports(inputs, 'livelihood', segmenter());
		const pairs = al.rows
			.filter((r) => r.cells[0] && r.cells[1])
			.map((r) => [
				inputs[0].input.slice(r.cells[0]!.start, r.cells[0]!.end).slice(0, 9),
				inputs[1].input.slice(r.cells[1]!.start, r.cells[1]!.end).slice(0, 6)
			]);
		expect(pairs).toEqual(
			expect.arrayContaining([
				['突出就业优先导向。', '促进高质量充'],
				['办好人民满意教育。', '推动教育优质'],
				['加快健康益阳建设。', '提升健康永州']
			])
		);
		// Nothing dropped: A's cells cover the umbrella paragraph.
		const at = A.indexOf(umbrella);
		const covered = al.rows.flatMap((r) => (r.cells[0] ? [[r.cells[0].start, r.cells[0].end]] : [])).filter(([s]) => s >= at);
		expect(Math.min(...covered.map(([s]) => s))).toBe(at);
		expect(Math.max(...covered.map(([, e]) => e))).toBeGreaterThanOrEqual(at + umbrella.length - 1);
	});
});

describe('section openings', () => {
	// Written in the manner of 保定 2021 (九) and 张家口 2021 (九): two chapters on people's livelihood
	// open with a sentence of framing that names no matter; they open the same chapter, so they share a row.
	const A2 =
		'2021年政府工作报告\n\n二、2021年工作安排\n\n（九）突出文化教育，在改善民生上实现新提升\n\n坚持共享发展，让群众获得感成色更足、幸福感更可持续。\n\n办好人民满意教育。新建改扩建中小学幼儿园30所，新增学位2万个，推进义务教育优质均衡发展。\n\n打造健康保定。深化医药卫生体制改革，推进市第一医院新院区建设，提升基层医疗卫生服务能力。\n';
	const B2 =
		'2021年政府工作报告\n\n二、2021年工作安排\n\n（九）坚持以人民为中心，高质量推进共同富裕\n\n始终把群众冷暖放在心上，把好事实事办到群众心坎上。\n\n推动教育优质均衡。新增公办学位1.5万个，推进义务教育优质均衡，加强县域普通高中建设。\n\n建设健康张家口。深化医改，加强市级医院建设，提升基层医疗卫生服务能力。\n';
	const inputs = [A2, B2].map((input, k) => {
		const report = parseReport(input);
		return { id: k ? 'b' : 'a', input, report, topics: classifyReport(report) };
	});
	const openings = (o = {}) =>
		alignReports(inputs, 'livelihood', segmenter(), o)
			.rows.filter((r) => r.cells[0] && r.cells[1])
			.map((r) => [r.cells[0]!.text.slice(0, 6), r.cells[1]!.text.slice(0, 6)]);

	it('two openings of the same part on the topic share a row although they share no matter', () => {
		expect(openings()).toContainEqual(['坚持共享发展', '始终把群众冷']);
		expect(openings({ introPair: 0 })).not.toContainEqual(['坚持共享发展', '始终把群众冷']);
		expect(openings()).toContainEqual(['办好人民满意', '推动教育优质']);
	});
});
