/**
 * Section topics on unseen reports (issue 12): the classifier's topic of each
 * level-1/2 section, through the parser's outline, against blind labels of six
 * reports of ../shared/corpus/gov held out for headings (tests/fixtures/topics-gov.json).
 * A section the parser does not find counts as wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { accuracy, evaluate, GOV_ROUNDS, type LabelItem, type LabelReport } from './topics-eval';
import { SHARED } from './shared';

const labels = JSON.parse(readFileSync(new URL('../fixtures/topics-gov.json', import.meta.url), 'utf8')) as { reports: LabelReport[] };

describe('section topics on unseen gov reports (blind labels)', () => {
	it('primary topic right for >= 0.92 of the level-1/2 sections', () => {
		const items: LabelItem[] = [];
		for (const label of labels.reports) {
			const report = parseReport(readFileSync(join(SHARED, 'corpus', label.file), 'utf8'));
			items.push(...evaluate(label, report, classifyReport(report)));
		}
		const a = accuracy(items);
		const missing = items.filter((i) => i.got === null).length;
		for (const split of ['heldout', 'heldout2', ...GOV_ROUNDS] as const) {
			const s = accuracy(items.filter((i) => i.split === split));
			console.log(`section topics, ${split}: ${s.n} sections, ${s.right} right (${s.rate.toFixed(3)})`);
		}
		console.log(
			`section topics: ${a.n} sections of ${labels.reports.length} reports, ${a.right} right (${a.rate.toFixed(3)}), ${missing} not found by the parser`
		);
		console.log(
			items
				.filter((i) => !i.ok)
				.map((i) => `${i.file.split('/').slice(-2).join('/')} ${i.key}: want ${i.expected.join('|')}, got ${i.got}`)
				.join('\n')
		);
		// Blind: round-2 reports 0.916 (98/107), round-3 reports 0.947 (71/75), round 4 0.899 (62/69),
		// round 5 (heldout5, 100 sections, measured once at 0975d57) 0.910 (91/100; 0.920 after fixes made once it was examined),
		// round 6 (heldout6, 72 sections, measured once at d917134) 0.917 (66/72; 0.972 after the dev fixes of round 7);
		// every section found by the parser.
		// Round 7 (heldout7, 107 sections of 5 reports, labelled blind at f860411, measured once at 479a13d): 0.944 (101/107).
		expect(accuracy(items.filter((i) => i.split === 'heldout7')).rate).toBeGreaterThanOrEqual(0.943);
		// Round 8 (heldout8, 132 sections of 6 reports, labelled blind at fbd8210, measured once at fbd8210): 0.924 (122/132).
		expect(accuracy(items.filter((i) => i.split === 'heldout8')).rate).toBeGreaterThanOrEqual(0.924);
		// Round 9 (heldout9, 64 sections of 3 reports, labelled blind at 5c064d8 before any round-8 fix, measured once at c8130e3): 0.938 (60/64).
		expect(accuracy(items.filter((i) => i.split === 'heldout9')).rate).toBeGreaterThanOrEqual(0.937);
		// Round 10 (heldout10, 121 sections of 6 reports, labelled blind at 247bcdc, measured once at 247bcdc): 0.950 (115/121;
		// one not found: 海南 2025's notes title 注释：).
		expect(accuracy(items.filter((i) => i.split === 'heldout10')).rate).toBeGreaterThanOrEqual(0.95);
		// Round 11 (heldout11, 50 sections of 3 reports, labelled blind at 2abef15 after the round-10 fixes, measured once at
		// 2abef15): 0.960 (48/50; 宜春 2016 （二）统筹城乡发展 → ecology, （四）培育众“创客” → livelihood).
		expect(accuracy(items.filter((i) => i.split === 'heldout11')).rate).toBeGreaterThanOrEqual(0.96);
		// Round 12 (heldout12, 76 sections of 4 reports, labelled blind at a1ddb09, measured once at a1ddb09): 0.961 (73/76;
		// 天津 2019 （四）持续用力推进创新型城市建设 → urban, 昆明 2025 （五）践行为民宗旨 → overview, 宿迁 2023 （二）有效应对疫情冲击… → safety).
		expect(accuracy(items.filter((i) => i.split === 'heldout12')).rate).toBeGreaterThanOrEqual(0.96);
		// Round 13 (heldout13, 70 sections of 4 reports, labelled blind at 488a30b, measured once at 044f1ed): 0.957 (67/70;
		// 太原 2008 （五）发展协调性稳步提升，和谐社会建设和特色文化名城建设… → urban, 内蒙古 2013 （三）着力改善经济社会发展条件 → ecology,
		// （九）加强社会管理创新，促进社会和谐发展 → government).
		expect(accuracy(items.filter((i) => i.split === 'heldout13')).rate).toBeGreaterThanOrEqual(0.957);
		// Round 14 (heldout14, 77 sections of 4 reports, labelled blind at 625ed18, measured once at 70a90e1): 0.935 (72/77;
		// 西藏 2016 一、坚持创新发展，增强内生动力 → culture, 六、狠抓坚守“三条底线” → government; 杭州 2023 （二）打好经济稳进提质硬仗… →
		// industry; 酒泉 2020 二、全力攻坚重点难点，确保全面建成小康社会 → overview, 二是大力推进思想解放 → livelihood).
		expect(accuracy(items.filter((i) => i.split === 'heldout14')).rate).toBeGreaterThanOrEqual(0.935);
		// Round 15 (heldout15, 73 sections of 4 reports, labelled blind at d589e2d, measured once at 2e12d9f): 0.986 (72/73;
		// 无锡 2015 （一）把“迈上新台阶、建设新无锡”鲜明地写在无锡发展的旗帜上 → rural).
		expect(accuracy(items.filter((i) => i.split === 'heldout15')).rate).toBeGreaterThanOrEqual(0.986);
		// Rounds 16 and 17 (heldout16, 81 sections, and heldout17, 81 sections, eighteenth session; labelled blind, measured once
		// at 9df01b4 and 83d0e9a): 0.963 (78/81) and 0.951 (77/81), the classifier of the session's start the same.
		expect(accuracy(items.filter((i) => i.split === 'heldout16')).rate).toBeGreaterThanOrEqual(0.96);
		expect(accuracy(items.filter((i) => i.split === 'heldout17')).rate).toBeGreaterThanOrEqual(0.95);
		// Round 18 (heldout18, 51 sections, measured once at a1c1eff): 1.000 (51/51).
		expect(accuracy(items.filter((i) => i.split === 'heldout18')).rate).toBeGreaterThanOrEqual(1);
		// Round 19 (heldout19, 67 sections, measured once at 65a90d2): 1.000 (67/67).
		expect(accuracy(items.filter((i) => i.split === 'heldout19')).rate).toBeGreaterThanOrEqual(1);
		// Rounds 20 and 21 (heldout20, 99 sections, and heldout21, 95 sections, twenty-first session; labelled blind, measured
		// once at 97014d4): 0.970 (96/99) and 0.989 (94/95).
		expect(accuracy(items.filter((i) => i.split === 'heldout20')).rate).toBeGreaterThanOrEqual(0.969);
		expect(accuracy(items.filter((i) => i.split === 'heldout21')).rate).toBeGreaterThanOrEqual(0.989);
		// Every labelled section is found (陕西 2024's 总体要求和预期目标 since the year's-work title rule, 海南 2025's 注释： since round 10).
		expect(missing).toBe(0);
		expect(a.rate).toBeGreaterThanOrEqual(0.92);
	});
});
