/**
 * Alignment by matter on the bundled reports: 聊城 and 运城 2024 share the
 * matter (老旧小区改造, 水质/断面) but hardly the wording; transitions and
 * shortcomings are never matched; a long paragraph can face several lead-ins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { alignByMatter, alignReports, defaultMatters, matterProfile, reportParts, skipOf, isNote } from '../../src/lib/core/align/index';
import { sharedPhrases } from '../../src/lib/core/align/phrases';
import { alignJson } from '../../src/cli/commands/align';
import { segmenter } from '../../src/lib/core/segmenter';

const load = (id: string) => {
	const input = readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
	const report = parseReport(input);
	return { id, input, report, topics: classifyReport(report) };
};
const lc = load('liaocheng-2024-gwr-excerpt');
const yc = load('yuncheng-2024-gwr-excerpt');

describe('matters', () => {
	it('ships as data: every matter has an id, labels in both languages and terms; weights are learned numbers', () => {
		const ids = new Set<string>();
		for (const m of defaultMatters.matters) {
			expect(m.id).toMatch(/^[a-z][a-z0-9-]*$/);
			expect(ids.has(m.id)).toBe(false);
			ids.add(m.id);
			expect(m.zh && m.en && m.terms.length).toBeTruthy();
		}
		expect(defaultMatters.weights['老旧小区']).toBeGreaterThan(defaultMatters.weights['工业']);
	});

	it('finds 老旧小区改造 in both cities although they word it differently', () => {
		const a = matterProfile('功能品质持续提升。完成棚改1.2万套,改造老旧小区175个');
		const b = matterProfile('全市开工改造老旧小区40个,完成既有住宅自愿加装电梯65部,建成棚户区改造安置住房2217套');
		expect(a.vector.has('old-housing') && b.vector.has('old-housing')).toBe(true);
		expect(a.terms.get('old-housing')).toContain('棚改');
		expect(b.terms.get('old-housing')).toContain('加装电梯');
	});

	it('adds the terms learned from the corpus to the seeds: each names its matter, none is another matter’s seed, and all carry a weight', () => {
		const learned = JSON.parse(readFileSync('src/lib/core/data/matter-terms.json', 'utf8')).terms as Record<string, string[]>;
		const seeds = JSON.parse(readFileSync('src/lib/core/data/matters.json', 'utf8')).matters as { id: string; terms: string[] }[];
		const seedOf = new Map(seeds.flatMap((m) => m.terms.map((t) => [t, m.id] as const)));
		const all = Object.entries(learned).flatMap(([id, terms]) => terms.map((t) => [id, t] as const));
		expect(all.length).toBeGreaterThan(100);
		for (const [id, term] of all) {
			expect(seedOf.has(term), term).toBe(false);
			expect(defaultMatters.matters.find((m) => m.id === id)!.terms).toContain(term);
			expect(matterProfile(term).vector.has(id), `${term} → ${id}`).toBe(true);
			expect(defaultMatters.weights[term], term).toBeGreaterThan(0);
		}
	});
});

describe('聊城 2024 × 运城 2024', () => {
	it('urban: the old-community row, named, with each side’s evidence and offsets into each input', () => {
		const al = alignReports([lc, yc], 'urban', segmenter());
		const row = al.rows.find((r) => r.matter?.id === 'old-housing');
		expect(row).toBeDefined();
		expect(row!.matter!.zh).toBe('老旧小区改造');
		expect(row!.evidence[0]).toContain('老旧小区');
		expect(row!.evidence[1]).toContain('老旧小区');
		expect(lc.input.slice(row!.cells[0]!.start, row!.cells[0]!.end)).toContain('改造老旧小区175个');
		expect(yc.input.slice(row!.cells[1]!.start, row!.cells[1]!.end)).toContain('改造老旧小区40个');
		expect(row!.cells.every((c) => c!.part === 'review')).toBe(true);
	});

	it('ecology: the water-quality passages face each other', () => {
		const al = alignReports([lc, yc], 'ecology', segmenter());
		const matched = al.rows.filter((r) => r.cells.every(Boolean));
		expect(matched.length).toBeGreaterThan(0);
		expect(matched.some((r) => r.cells[0]!.text.includes('国控考核断面') && r.cells[1]!.text.includes('国考断面'))).toBe(true);
		for (const r of matched) expect(r.evidence.every((e) => e && e.length > 0)).toBe(true);
	});

	it('align --json keeps its shape and adds matter and evidence', () => {
		const j = alignJson(alignReports([lc, yc], 'urban', segmenter()));
		for (const r of j.rows) {
			expect(Object.keys(r)).toEqual(['cells', 'similarity', 'matter', 'evidence']);
			expect(r.evidence).toHaveLength(2);
			if (r.cells.filter(Boolean).length > 1) expect(typeof r.matter).toBe('string');
			else expect(r.matter).toBeNull();
		}
	});
});

describe('parts and passages never matched', () => {
	it('tells review from plan by the headings (2023年工作回顾 / 2024年主要目标任务)', () => {
		const part = reportParts(lc.report);
		expect(part(lc.report.text.indexOf('功能品质持续提升'))).toBe('review');
		const plan = lc.report.sections.find((s) => s.heading.includes('2024年主要目标任务'))!;
		expect(part(plan.textEnd - 1)).toBe('plan');
	});

	it('never matches transitions or the list of shortcomings', () => {
		expect(skipOf('为实现上述目标，重点抓好以下九个方面的工作：', 'plan')).toBe('transition');
		expect(skipOf('2023年，重点抓好以下8个方面工作：', 'plan')).toBe('transition');
		expect(skipOf('四是民生领域还有短板和弱项。教育、医疗、养老等领域优质资源供给不够，城乡居民收入水平仍然不高。', 'review')).toBe(
			'problems'
		);
		// Achievements in the review and measures in the plan are matched.
		expect(skipOf('功能品质持续提升。完成棚改1.2万套,改造老旧小区175个。', 'review')).toBeNull();
		expect(skipOf('补齐短板，加快建设供热管网。', 'plan')).toBeNull();
		// Closing calls (泰安 2021, 常德 2019) are appeals, never counterparts.
		expect(
			skipOf(
				'各位代表！只要我们坚定“产业兴市”不动摇，坚定不移发展实体经济，坚决打好工业攻坚战，就一定能推动全市工业经济向更高水平迈进！',
				'plan'
			)
		).toBe('closing');
		expect(
			skipOf('各位代表，民营经济是推动市场经济发展的重要力量，各级政府及其部门要坚定不移地支持民营经济发展，让企业大显身手！', 'plan')
		).toBe('closing');
		// A measure with a figure that ends in an exclamation is not a closing call.
		expect(skipOf('我们要新建改造供热管网93公里！', 'plan')).toBeNull();
	});

	it('recognises a term’s note wherever the report put its notes', () => {
		expect(isNote('〔6〕四大片区：市委市政府把老澴河片区、南部新城片区……')).toBe(true);
		expect(isNote('14.路衍经济：指以路为依托，吸纳聚集交通沿线各类产业要素融合发展。')).toBe(true);
		expect(isNote('1.持续推进环境治理。加快环保基础设施建设，污水处理厂全面运营。')).toBe(false);
	});
});

describe('rows', () => {
	it('one passage faces several counterparts on different matters; unmatched ones stay next to their neighbours', () => {
		type P = { id: string; m: string[] };
		const long: P = { id: 'A0', m: ['jobs', 'education', 'health'] };
		const a: P[] = [{ id: 'Aintro', m: [] }, long, { id: 'A2', m: ['culture'] }];
		const b: P[] = [
			{ id: 'B0', m: ['jobs'] },
			{ id: 'Bx', m: [] },
			{ id: 'B1', m: ['education'] },
			{ id: 'B2', m: ['health'] }
		];
		const sim = (x: P, y: P) => (x.m.some((m) => y.m.includes(m)) ? 1 / Math.max(x.m.length, y.m.length) + 0.3 : 0);
		const facet = (x: P, y: P) => x.m.find((m) => y.m.includes(m)) ?? null;
		const rows = alignByMatter([a, b], sim, 0.2, 0.5, 3, facet);
		const pairs = rows.filter((r) => r[0] && r[1]).map((r) => `${r[0]!.id}-${r[1]!.id}`);
		expect(pairs).toEqual(['A0-B0', 'A0-B1', 'A0-B2']);
		// Nothing is dropped: every item of both columns is in some row.
		for (const [k, col] of [a, b].entries()) for (const p of col) expect(rows.some((r) => r[k] === p)).toBe(true);
		// Bx (unmatched) sits right after the row of B0, its predecessor.
		const i = rows.findIndex((r) => r[1]?.id === 'B0');
		expect(rows[i + 1][1]?.id).toBe('Bx');
	});

	it('a pair that only weaker evidence made (vectors, no shared matter) is kept only as the best pair of both sides', () => {
		type P = { id: string };
		const a: P[] = [{ id: 'A0' }, { id: 'A1' }];
		const b: P[] = [{ id: 'B0' }, { id: 'B1' }];
		// A0–B0 and A1–B1 are the vector-only pairs; A1–B0 shares a matter.
		const table: Record<string, number> = { 'A0-B0': 0.5, 'A1-B1': 0.4, 'A1-B0': 0.45, 'A0-B1': 0 };
		const sim = (x: P, y: P) => table[`${x.id}-${y.id}`] ?? table[`${y.id}-${x.id}`] ?? 0;
		const weak = (x: P, y: P) => ['A0-B0', 'A1-B1'].includes(`${x.id}-${y.id}`) || ['A0-B0', 'A1-B1'].includes(`${y.id}-${x.id}`);
		const pairs = (rows: (P | null)[][]) => rows.filter((r) => r[0] && r[1]).map((r) => `${r[0]!.id}-${r[1]!.id}`);
		const rows = alignByMatter([a, b], sim, 0.2, 0.9, 3, () => null, Infinity, 0, weak);
		// A0–B0 is the best of both A0 and B0: kept. A1–B1 loses to A1–B0 on A1's side: dropped.
		// A1–B0 is measured against B0's best pair that is not vector-only, so it stays.
		expect(pairs(rows)).toEqual(['A0-B0', 'A1-B0']);
		// Without the rule, A1–B1 stays too (the best of B1, though not of A1).
		expect(pairs(alignByMatter([a, b], sim, 0.2, 0.9, 3))).toEqual(['A0-B0', 'A1-B0', 'A1-B1']);
	});

	it('two review passages whose matters spread thin but that both name a rare term (减污降碳) share a row', () => {
		const row = (o = {}) =>
			alignReports([lc, yc], 'ecology', segmenter(), o).rows.find(
				(r) =>
					r.cells[0]?.text.startsWith('生态环境持续向好') && r.cells[1]?.text.startsWith('稷山开发区成为全国第一批城市和产业园区减污降碳')
			);
		const r = row();
		expect(r).toBeTruthy();
		expect(r!.cells.map((c) => c!.part)).toEqual(['review', 'review']);
		expect(lc.input.slice(r!.cells[0]!.start, r!.cells[0]!.end)).toContain('痛下决心减污降碳');
		expect(yc.input.slice(r!.cells[1]!.start, r!.cells[1]!.end)).toContain('减污降碳协同创新试点');
		// Without the shared-term floor the two passages stay apart: their matters spread over too many subjects.
		expect(row({ sharedTerms: 0 })).toBeUndefined();
	});

	it('two review passages that share no matter but sit under headings on the same matter (民生) share a row', () => {
		const row = (o = {}) =>
			alignReports([lc, yc], 'livelihood', segmenter(), o).rows.find(
				(r) => r.cells[0]?.text.startsWith('(六)用心用情发展民生事业') && r.cells[1]?.text.startsWith('(七)注重用情用力、兜牢底线')
			);
		const r = row();
		expect(r).toBeTruthy();
		expect(r!.cells.map((c) => c!.part)).toEqual(['review', 'review']);
		expect(yc.input.slice(r!.cells[1]!.start, r!.cells[1]!.end)).toContain('民生保障水平稳步提升');
		// Without the heading floor they stay apart: 聊城's opening names no matter of its own.
		expect(row({ headingPairs: 0 })).toBeUndefined();
	});

	it('a thin pair is dropped even when it is the best pair of both its passages, unless a floor made it (eighteenth round)', () => {
		// 聊城's 公共服务优化提升 (schools, 东昌学院) and 运城's 防止返贫 share almost no wording, their vectors disagree and they
		// name at most two matter terms in common: each is the other's best pair only because neither has a better one.
		const row = (o = {}) =>
			alignReports([lc, yc], 'livelihood', segmenter(), o).rows.find(
				(r) => r.cells[0]?.text.startsWith('公共服务优化提升') && r.cells[1]?.text.startsWith('健全防止返贫动态监测')
			);
		expect(row({ thinKeepMutual: 1, thinVector: 0.35 })).toBeTruthy();
		expect(row()).toBeUndefined();
	});

	it('in a row of several reports, a cell that is a candidate on its own evidence counts before a vector-only one', () => {
		type P = { id: string };
		const [a, b, c] = [[{ id: 'A0' }], [{ id: 'B0' }], [{ id: 'C0' }, { id: 'C1' }]] as P[][];
		// A0–B0 share a row; C0 faces A0 by vectors alone (0.5) and B0 on its own evidence (0.3);
		// C1 is A0's and B0's better partner (0.6).
		const table: Record<string, number> = { 'A0-B0': 0.7, 'A0-C0': 0.5, 'B0-C0': 0.3, 'A0-C1': 0.6, 'B0-C1': 0.6 };
		const sim = (x: P, y: P) => table[`${x.id}-${y.id}`] ?? table[`${y.id}-${x.id}`] ?? 0;
		const weak = (x: P, y: P) => [x.id, y.id].sort().join('-') === 'A0-C0';
		const rows = alignByMatter([a, b, c], sim, 0.2, 0.4, 3, () => null, Infinity, 0, weak);
		// C0 stays in the row through B0 (0.3, within 40% of the row's best 0.6), not dropped as a
		// vector-only pair that is not the best of both sides.
		expect(rows.filter((r) => r[0] && r[2]).map((r) => r[2]!.id)).toEqual(['C0', 'C1']);
	});
});

describe('shared wording', () => {
	it('keeps each side’s own figures and never cuts a word in half', () => {
		const a = '新增集中供热面积300万平方米，促进区域协调发展。';
		const b = '新增集中供热面积439万平方米，促进区域协调发力。';
		const [ra, rb] = sharedPhrases([a, b], new Set(), segmenter());
		const words = (t: string, r: [number, number][]) => r.map(([s, e]) => t.slice(s, e));
		for (const w of [...words(a, ra), ...words(b, rb)]) {
			expect(w).not.toMatch(/[0-9]/);
			expect(w.endsWith('发')).toBe(false);
		}
		expect(words(a, ra)[0]).toBe('新增集中供热面积');
	});
	it('highlights a term jieba does not know (减污降碳, cut into four lone characters) whole on both sides', () => {
		// The bundled 聊城 2024 and 运城 2024, ecology row 3 (seen on the compare page: 污降碳 and 污降 before).
		const a = '痛下决心减污降碳,关停小煤电机组5台。';
		const b = '稷山开发区成为全国第一批城市和产业园区减污降碳协同创新试点。';
		const [ra, rb] = sharedPhrases([a, b], new Set(), segmenter());
		expect(ra.map(([s, e]) => a.slice(s, e))).toEqual(['减污降碳']);
		expect(rb.map(([s, e]) => b.slice(s, e))).toEqual(['减污降碳']);
	});
});

describe('the diff’s shared phrases between two cities', () => {
	it('never carry a figure, so never one side’s number as the other’s (新增集中供热面积 300 vs 439万平方米)', async () => {
		const { diffReports } = await import('../../src/lib/core/diff/index');
		const { sharedPhrasesOf } = await import('../../src/lib/core/diff/shared-phrases');
		const result = diffReports({ report: lc.report }, { report: yc.report });
		const shared = sharedPhrasesOf(result, lc.report.text, yc.report.text);
		for (const p of shared.phrases) {
			expect(p.text, p.text).not.toMatch(/[0-9０-９]/);
			expect(lc.report.text.slice(p.firstA.start, p.firstA.end)).not.toMatch(/[0-9]/);
			expect(yc.report.text.slice(p.firstB.start, p.firstB.end)).not.toMatch(/[0-9]/);
		}
	});
});

describe('reports without structure', () => {
	it('a text with no headings is one body, matched by matter; an empty side gives rows of one column', () => {
		const a = parseReport('全市开工改造老旧小区40个，完成既有住宅加装电梯65部，建成棚户区改造安置住房2217套。\n\n新建口袋公园22个。');
		const b = parseReport('完成棚改1.2万套，改造老旧小区175个，居民小区专业化物业服务实现全覆盖。');
		expect(reportParts(a)(0)).toBe('body');
		const inputs = [a, b].map((report, k) => ({ id: String(k), report, topics: classifyReport(report) }));
		const al = alignReports(inputs, 'urban', segmenter());
		expect(al.rows.some((r) => r.matter?.id === 'old-housing')).toBe(true);
		const empty = parseReport('各位代表：');
		const one = alignReports([inputs[0], { id: 'e', report: empty, topics: classifyReport(empty) }], 'urban', segmenter());
		expect(one.rows.every((r) => r.cells[1] === null && r.matter === null)).toBe(true);
	});
});
