/**
 * The parts of a report whose review title covers the whole text (core/parts.ts): 河池 2015 and 沈阳 2004 have
 * one titled section, 一、2014年工作回顾 / 一、2003年政府工作回顾; the plan follows a paragraph turning to this year
 * (今年是…; 今年全市经济和社会发展的主要预期指标是…) with its sub-sections numbered from （一） again and no title of
 * its own. 3 of the 2,908 gov reports are written so; the alignment of 河池 2015 read its plan as the review.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { readParts } from '../../src/lib/core/parts';
import { sharedDir } from '../fixtures/figures-score';

const cases: [file: string, review: string, plan: string, year: number][] = [
	['政府工作报告-其他地市/河池市/2015.md', '（八）加强政府自身建设', '（一）推进园区建设突围', 2015],
	['政府工作报告-主要城市/沈阳市/2004.md', '（八）依法治市工作继续推进', '（一）狠抓结构调整', 2004]
];

describe('a plan with no title after a review whose title covers the text', () => {
	for (const [file, review, plan, year] of cases)
		it(`${file}: ${review} is in the review, ${plan} in ${year}'s plan`, () => {
			const report = parseReport(readFileSync(path.join(sharedDir, 'corpus/gov', file), 'utf8'));
			const parts = readParts(report);
			const at = (h: string) => report.sections.find((s) => s.heading.startsWith(h))!.textStart + 1;
			expect(parts.at(at(review))).toMatchObject({ part: 'review' });
			expect(parts.at(at(plan))).toMatchObject({ part: 'plan', year });
		});
});
