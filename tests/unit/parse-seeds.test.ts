import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputMinusRemoved, parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';

const dir = new URL('../../reports/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const load = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('parseReport on the bundled corpus', () => {
	it('finds the five seeds', () => {
		expect(files.length).toBe(5);
	});

	for (const f of files) {
		it(`is lossless on ${f}: input minus removed equals text, whitespace aside`, () => {
			const input = load(f);
			const r = parseReport(input);
			expect(stripWhitespace(inputMinusRemoved(input, r.removed))).toBe(stripWhitespace(r.text));
		});

		it(`maps every piece of text back to the input on ${f}`, () => {
			const input = load(f);
			const r = parseReport(input);
			for (const p of r.pieces) expect(r.text.slice(p.outStart, p.outStart + p.length)).toBe(input.slice(p.inStart, p.inStart + p.length));
			for (const p of r.paragraphs) {
				expect(
					stripWhitespace(
						inputMinusRemoved(
							input.slice(0, p.end),
							r.removed.filter((x) => x.end <= p.end)
						).slice(0)
					)
				).toContain(stripWhitespace(r.text.slice(p.textStart, p.textEnd)));
			}
		});
	}

	it('keeps the seed text below the front matter exactly as found', () => {
		const input = load('liaocheng-2020-gwr.txt');
		expect(input).toContain('主要指标增幅在\n\n全省位次');
		expect(input).toContain('**现代农业扩量提质。**');
	});
});

const outline = (name: string) =>
	parseReport(load(name))
		.sections.filter((s) => s.kind !== 'lead')
		.map((s) => `${s.level} ${s.heading}`);

describe('outline of the seeds', () => {
	it('001: 一、二、三 at level 1, (一)–(六) under 一 and (一)–(八) under 三', () => {
		const r = parseReport(load('liaocheng-2020-gwr.txt'));
		const top = r.sections.filter((s) => s.level === 1);
		expect(top.map((s) => s.heading)).toEqual([
			'一、2019年工作回顾',
			'二、今年以来新冠肺炎疫情防控和经济社会发展情况',
			'三、2020年目标任务和重点工作'
		]);
		const under = (id: string) => r.sections.filter((s) => s.parent === id && s.kind === 'numbered').map((s) => s.heading.slice(0, 3));
		expect(under(top[0].id)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)']);
		expect(under(top[2].id)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
		expect(under(top[1].id)).toEqual([]);
	});

	it('001: rejoins a sentence broken by a page break', () => {
		const r = parseReport(load('liaocheng-2020-gwr.txt'));
		expect(r.text).toContain('主要指标增幅在全省位次均明显前移');
		expect(r.text).toContain('新开工过亿元项目 197 个');
		expect(r.text).not.toContain('**');
	});

	it('001: bold lead-ins become sub-sections of their numbered section', () => {
		const r = parseReport(load('liaocheng-2020-gwr.txt'));
		const s13 = r.sections.find((s) => s.heading === '(三)城乡面貌明显变化')!;
		const leads = r.sections.filter((s) => s.parent === s13.id).map((s) => s.heading);
		expect(leads).toEqual(['城市规划建设管理全面提升', '农村环境整治成效显著', '污染防治力度加大']);
	});

	it('003: numbered tasks 1.–17. under their (一)–(六)', () => {
		const r = parseReport(load('dongchangfu-2024-plan.txt'));
		const tasks = r.sections.filter((s) => s.level === 3 && s.kind === 'numbered');
		expect(tasks.map((s) => Number(/^\d+/.exec(s.heading)![0]))).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		const parentOf = (n: number) => r.sections.find((s) => s.id === tasks[n - 1].parent)!.heading.slice(0, 3);
		expect([1, 3, 4, 5, 6, 8, 9, 10, 11, 14, 15, 17].map(parentOf)).toEqual([
			'(一)',
			'(一)',
			'(二)',
			'(二)',
			'(三)',
			'(三)',
			'(四)',
			'(四)',
			'(五)',
			'(五)',
			'(六)',
			'(六)'
		]);
		expect(r.removed.filter((x) => x.reason === 'web-chrome').length).toBe(3);
	});

	it('002: a fragment starting mid-report, four annex-style lists kept as list entries', () => {
		const o = outline('liaocheng-2023-gwr-part2.txt');
		expect(o).toContain('1 四、切实加强政府自身建设');
		expect(o.filter((h) => h.startsWith('2 (')).map((h) => h.slice(2, 5))).toEqual([
			'(五)',
			'(六)',
			'(七)',
			'(八)',
			'(九)',
			'(十)',
			'(一)',
			'(二)',
			'(三)',
			'(四)',
			'(五)'
		]);
		expect(o.filter((h) => h.startsWith('1 附件'))).toEqual([
			'1 附件1 2023年重点民生事项清单',
			'1 附件2 2023年拟制发主要政策清单',
			'1 附件3 2023年重点行动计划清单'
		]);
		const r = parseReport(load('liaocheng-2023-gwr-part2.txt'));
		expect(r.paragraphs.filter((p) => p.kind === 'item').length).toBe(29 + 31 + 16);
		expect(r.removed.some((x) => x.reason === 'page-break')).toBe(true);
		expect(r.text).not.toContain('上接4版');
	});

	it('000 and 004: excerpts starting at a level-2 section', () => {
		expect(outline('liaocheng-2024-gwr-excerpt.txt')).toEqual([
			'2 (五)精益求精打造宜居城市',
			'2 (六)用心用情发展民生事业',
			'2 (七)驰而不息加强自身建设',
			'1 二、2024年主要目标任务'
		]);
		const o = outline('yuncheng-2024-gwr-excerpt.txt');
		expect(o.map((h) => h.slice(0, 5))).toEqual(['2 (四)', '2 (五)', '2 (六)', '2 (七)', '2 (八)', '1 二、2']);
		const r = parseReport(load('yuncheng-2024-gwr-excerpt.txt'));
		expect(r.removed.map((x) => x.reason)).toEqual([
			'front-matter',
			'web-chrome',
			'site-disclaimer',
			'web-chrome',
			'web-chrome',
			'web-chrome'
		]);
		expect(r.text).not.toMatch(/导航菜单|本文地址|验证码|本站立场/);
	});
});
