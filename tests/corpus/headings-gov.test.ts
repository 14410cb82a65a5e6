/**
 * Heading recall and precision (levels 1 and 2) on reports of
 * ../shared/corpus/gov labelled blind (tests/fixtures/headings-gov.json):
 * `dev` was used to find and fix failures, `heldout` never was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { SHARED } from './shared';
import { GOV_ROUNDS } from './topics-eval';
import labels from '../fixtures/headings-gov.json';

type Split = Record<string, string[]>;
/** Level and the first 12 characters, cut where the heading's sentence ends within them. */
const key = (level: number, heading: string) =>
	`${level}|${heading
		.replace(/\s+/g, '')
		.replace(/\*\*/g, '')
		.slice(0, 12)
		.replace(/[。；;：:！!？?].*$/, '')
		.replace(/[，,]$/, '')}`;

export function scoreHeadings(split: Split) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const misses: string[] = [];
	for (const [file, truth] of Object.entries(split)) {
		const input = readFileSync(join(SHARED, 'corpus', 'gov', file), 'utf8');
		const r = parseReport(input);
		const got = new Set(r.sections.filter((s) => s.level <= 2).map((s) => key(s.level, s.heading)));
		const want = new Set(
			truth.map((t) => {
				const [level, , quote] = t.split('|');
				return key(Number(level), quote);
			})
		);
		for (const k of want) got.has(k) ? tp++ : (fn++, misses.push(`${file} missed ${k}`));
		for (const k of got) if (!want.has(k)) (fp++, misses.push(`${file} extra ${k}`));
	}
	return { labelled: tp + fn, recall: tp / (tp + fn), precision: tp / (tp + fp), misses };
}

describe('headings on unseen reports of ../shared/corpus/gov (blind labels)', () => {
	// heldout4 (round 4, 13 reports, 218 headings): measured once blind at recall 0.972, precision 0.977;
	// its errors were then examined (two general rules, both also fixing a dev miss), so it is dev-like now.
	// heldout5 (round 5, 13 reports, 224 headings): measured once blind at 0975d57: recall 0.946, precision 1.000
	// (bare ## 一 headings, a series of lead sentences on lines of their own, a 资料：…名词解释 title, a （二）… line
	// after a comma slip). Three general rules then fixed all but the 资料： title (a58c794): 0.996 / 1.000, not blind.
	// heldout6 (round 6, 11 reports, 219 headings): labelled blind after that (906c1f1), measured once at d917134:
	// recall 0.954, precision 0.981 (盘锦 2020: a 第一，… series before the （一） tier of the same section took
	// level 2 and pushed （一）–（八） down; 南京 2016's bold unnumbered sub-heading; 湖州 2016's （一） run into the
	// paragraph before it). Its floor was the measured figure; the three shapes were then fixed on dev (5d60a79):
	// 0.995 / 1.000 (the miss left: 南京 2016's bold lead-in 主要目标任务是：, labelled as a heading).
	// heldout7 (round 7, 13 reports, 274 headings): labelled blind (f860411) before any run on them, measured
	// once at 479a13d: recall 1.000 (274/274), precision 0.996 (274/275; national 1975's closing source line
	// （新华社…讯）（《人民日报》…） read as a level-1 heading). Floor: the measured figures.
	// heldout8 (round 8, 15 reports, 282 headings): labelled blind (fbd8210) before any run on them, measured once
	// at fbd8210: recall 0.975 (275/282), precision 0.986 (275/279): a `## ` Markdown heading that is one sentence
	// (national 2002 首先报告2001年的工作。), a bold run-in 一、 heading with its text on the same line (珠海 2012 ×3),
	// a short 一、 heading joined to the unnumbered sub-heading under it (陕西 2024), a run-in （四） after a 一、 tier
	// (浙江 1985). Floor: the measured figures.
	// heldout9 (round 9, 8 reports, 139 headings): labelled blind (5c064d8) after round 8 was measured and before any
	// fix, measured once at c8130e3 (after the round-8 fixes): recall 0.993 (138/139), precision 0.965 (138/143):
	// 浙江 1982's run of （一）–（五） principles before the （一）–（六） tasks of the same section read as headings (5),
	// 甘肃 1994's bold part title with a comma (不断深化改革，为提前完成“八五”计划而奋斗) missed. Floor: the measured figures.
	// heldout10 (round 10, 16 reports, 289 headings): labelled blind (247bcdc) before any run on them, measured once
	// at 247bcdc: recall 0.979 (283/289), precision 0.993 (283/285): 海南 1993's 第一，…第四， lessons after a 1、…6、 list
	// (4 missed), a bare data label line 国内生产总值 read as a heading (1 extra), 海口 2004's 七、 heading cut at its first
	// comma (1 missed, 1 extra), 海南 2025's notes title 注释： (1 missed). Floor: the measured figures.
	// heldout11 (round 11, 9 reports, 164 headings): labelled blind (2abef15) after the round-10 fixes and before any run on
	// them, measured once at 2abef15: recall 0.939 (154/164), precision 0.906 (154/170), every error in 大理 2022: the ten
	// 一、…十、 items of its closing 2022年10件惠民实事 list read as level 1 (10 missed, 10 extra) and a run of （一）–（六）
	// difficulties restarted by the （一）–（六） tasks of the same section read as headings (6 extra); the other 8 reports
	// 1.000/1.000. Floor: the measured figures.
	// heldout12 (round 12, 12 reports, 245 headings): labelled blind (a1ddb09) after the round-11 fixes and before any run on
	// them, measured once at a1ddb09: recall 0.992 (243/245), precision 1.000 (243/243); both misses in 襄阳 2019, whose
	// （一）推动经济稳中有进 ends its lead-in line (…工作：（一）…) and （二）培育壮大经济新动能 ends a paragraph. Floor: the measured figures.
	// heldout13 (round 13, 12 reports, 174 headings): labelled blind (488a30b) from the raw lines, measured once at 044f1ed
	// (the parser of the seventeenth session's start gives the same): recall 0.966 (168/174), precision 0.994 (168/169);
	// six misses in 青岛 1998, whose review titles each run into their paragraph after a space (a lost line break), and
	// one extra in 常德 2025 (a short first paragraph under a 这一年，我们… lead read as a lead of its own). Both fixed
	// since (1.000 / 1.000, seen). Floor: the measured figures.
	// heldout14 (round 14, 12 reports, 225 headings): labelled blind (625ed18) from the raw lines, measured once at 70a90e1:
	// recall 0.991 (223/225), precision 0.991 (223/225) — the parser of the session's start 0.987 / 0.991 (本溪 2025's 三、,
	// run onto a paragraph's end, is found by this session's run-on rule; the labeller chose 本溪 2025 for that layout).
	// Both errors are a heading's end: 葫芦岛 2023 一、2022年工作回顾 runs into 过去的一年，… with no break; 本溪 2025's
	// annex item 三是实施城市明亮工程，全面… is cut at its first comma. Floor: the measured figures.
	// heldout15 (round 15, 11 reports, 215 headings): labelled blind (d589e2d) from the raw lines, measured once at 2e12d9f
	// (the parser of the session's start the same): recall 0.958 (206/215), precision 1.000; all nine misses in 贵州 2009,
	// whose review (under the unnumbered **2008年政府工作回顾**) lists 第一，…第九， after a colon lead-in — the check for a
	// （一） tier after the series ran past the review's end into the plan's （一）. Fixed since (seen). Floor: the measured figures.
	// heldout16 (round 16, 11 reports, 193 headings) and heldout17 (round 17, 11 reports, 242 headings), eighteenth session:
	// labelled blind (2fcce9c, ae258a9) from the raw lines, measured once at 9df01b4 and 83d0e9a: 1.000 / 1.000 and
	// 0.996 / 1.000 (the parser of the session's start the same on both). Floor: the measured figures.
	// heldout18 (round 18, 11 reports, 213 headings): labelled blind (54e0ebb), measured once at a1c1eff: 0.953 / 1.000 (the
	// parser of the session's start the same); all ten misses 天津 2007's 一要…十要 paragraphs, read as level 2 since (seen: 1.000).
	// heldout19 (round 19, 11 reports, 211 headings): labelled blind (80044e5), measured once at 65a90d2: 0.905 / 0.950 (the
	// parser of the session's start the same); every error 兰州 2024, a text that lost each line's first character (一）… for
	// （一）…, and glossary entries …】即… read as leads). Both read since: 1.000 / 1.000 (seen).
	// heldout20 and heldout21 (rounds 20 and 21, twenty-first session, 11 reports each, 239 and 231 headings): labelled blind
	// (7309241, d4f913d), measured once at 97014d4 (the parser of the session's start): 1.000 / 1.000 on both.
	const floors: Record<string, [number, number]> = {
		heldout6: [0.95, 0.97],
		heldout7: [1.0, 0.996],
		heldout8: [0.975, 0.986],
		heldout9: [0.992, 0.965],
		heldout10: [0.979, 0.992],
		heldout11: [0.939, 0.905],
		heldout12: [0.991, 1.0],
		heldout13: [0.966, 0.994],
		heldout14: [0.991, 0.991],
		heldout15: [0.958, 1.0],
		heldout16: [1.0, 1.0],
		heldout17: [0.995, 1.0],
		heldout18: [0.95, 1.0],
		heldout19: [0.9, 0.95],
		heldout20: [1.0, 1.0],
		heldout21: [1.0, 1.0]
	};
	for (const name of ['dev', 'heldout', ...GOV_ROUNDS] as const) {
		it(`${name}: recall and precision >= ${floors[name] ? floors[name].join(' / ') : '0.97'}`, () => {
			const s = scoreHeadings((labels as unknown as Record<string, Split>)[name]);
			console.log(
				`${name}: ${Object.keys((labels as unknown as Record<string, Split>)[name]).length} reports, ${s.labelled} headings, recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}`
			);
			if (process.env.DUIDU_SHOW_MISSES || name !== 'heldout') console.log(s.misses.join('\n'));
			// Target 0.97/0.97. The held-out set is measured once per round and never tuned on:
			// round 1 gave 0.950/0.950, round 2 0.973/0.958, round 3 (this set) 1.000/0.972.
			const [recall, precision] = floors[name] ?? [0.97, 0.97];
			expect(s.recall).toBeGreaterThanOrEqual(recall);
			expect(s.precision).toBeGreaterThanOrEqual(precision);
		});
	}
	it('dev (every round examined so far, 1-15): recall and precision >= 0.995 pooled', () => {
		// All the sets together: each round's blind figure is its floor above; once examined, every round is dev.
		const all: Split = {};
		for (const [name, split] of Object.entries(labels as unknown as Record<string, Split | string | string[]>))
			if (name !== '$comment' && !Array.isArray(split) && typeof split === 'object') Object.assign(all, split);
		const s = scoreHeadings(all);
		console.log(
			`pooled dev: ${Object.keys(all).length} reports, ${s.labelled} headings, recall ${s.recall.toFixed(4)}, precision ${s.precision.toFixed(4)}`
		);
		expect(s.recall).toBeGreaterThanOrEqual(0.995);
		expect(s.precision).toBeGreaterThanOrEqual(0.995);
	});
});
