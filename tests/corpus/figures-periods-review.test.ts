/**
 * A review titled by its theme (宿迁 2015: 一、攻坚克难，经济社会发展实现新突破; 安庆 2015; 蚌埠 2016), followed by
 * plan sections whose titles are themes too: its figures are last year's results, the plan's this year's aims
 * (figures/period.ts reads a section long enough to speak for itself on its own text). These reports' first
 * sections were read as this year's plan until the fifteenth round of figure names (宿迁 2015's round-15 periods
 * 114/128 → 125/128).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { sharedDir } from '../fixtures/figures-score';

const cases: [file: string, review: string, plan: string][] = [
	['政府工作报告-其他地市/宿迁市/2015.md', '1126亿元', '9%'],
	['政府工作报告-其他地市/安庆市/2015.md', '1500亿元', '8.5%'],
	['政府工作报告-其他地市/蚌埠市/2016.md', '1280亿元', '1万美元']
];

describe('periods of a review whose title names no part', () => {
	for (const [file, review, plan] of cases)
		it(`${file}: ${review} is last year's result, ${plan} this year's aim`, () => {
			const input = readFileSync(path.join(sharedDir, 'corpus/gov', file), 'utf8');
			const report = parseReport(input);
			const Y = report.meta.year as number;
			const second = report.sections.filter((s) => s.level === 1)[1].textStart;
			const figures = extractFigures(report, input);
			const r = figures.find((f) => f.raw === review && f.textStart < second)!;
			expect(r).toMatchObject({ period: Y - 1, kind: 'actual' });
			const p = figures.find((f) => f.raw === plan && f.textStart >= second)!;
			expect(p).toMatchObject({ period: Y, kind: 'target' });
		});
});
