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
