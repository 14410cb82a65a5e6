import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classify, objectKey, strengthOf, tifaPhrases, tifaShifts } from '../../src/lib/core/rhetoric/tifa';
import lexicon from '../../src/lib/core/data/tifa.json';

const read = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
const doc = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;

describe('提法 lexicon', () => {
	it('is one table of modifiers with strengths on the 1–9 scale, no duplicates', () => {
		const terms = lexicon.modifiers.map(([t]) => t);
		expect(new Set(terms).size).toBe(terms.length);
		for (const [, s] of lexicon.modifiers) (expect(s).toBeGreaterThanOrEqual(1), expect(s).toBeLessThanOrEqual(9));
		expect(new Set(lexicon.verbs).size).toBe(lexicon.verbs.length);
	});

	it('orders the issue’s scale 坚决 > 全力 ≥ 大力 > 加快 > 积极 > 稳步 ≥ 有序 > 稳妥', () => {
		const s = (m: string) => strengthOf([m]);
		expect(s('坚决')).toBeGreaterThanOrEqual(s('全力'));
		expect(s('全力')).toBeGreaterThan(s('大力') - 1);
		expect(s('大力')).toBeGreaterThan(s('加快'));
		expect(s('加快')).toBeGreaterThan(s('积极'));
		expect(s('积极')).toBeGreaterThan(s('稳步'));
		expect(s('有序')).toBeGreaterThan(s('稳妥'));
		expect(strengthOf([])).toBe(lexicon.neutral);
		expect(strengthOf(['积极', '稳妥'])).toBeLessThan(s('大力'));
		expect(classify(s('大力'), strengthOf(['积极', '稳妥']))).toBe('weaker');
		expect(classify(s('进一步'), s('持续'))).toBe('reframed');
	});

	it('compares objects blind to list commas, quotes and a trailing 工作', () => {
		expect(objectKey('碳达峰、碳中和各项工作')).toBe(objectKey('碳达峰碳中和工作'));
		expect(objectKey('“放管服”改革')).toBe('放管服改革');
	});
});

describe('提法 shifts', () => {
	const a = doc('A', '大力发展数字经济，坚决遏制房价过快上涨。促进房地产市场平稳健康发展。稳步推进城市更新。全面推进乡村振兴。');
	const b = doc('B', '积极稳妥发展数字经济，有效遏制房价过快上涨。推动房地产市场止跌回稳。加快推进城市更新。全面推进乡村振兴。');

	it('reads each clause as modifiers + verb + object', () => {
		const ps = tifaPhrases(parseReport(a));
		expect(ps.map((p) => [p.modifiers.join('+'), p.verb, p.object])).toEqual([
			['大力', '发展', '数字经济'],
			['坚决', '遏制', '房价过快上涨'],
			['', '促进', '房地产市场平稳健康发展'],
			['稳步', '推进', '城市更新'],
			['全面', '推进', '乡村振兴']
		]);
	});

	it('lists a changed phrase with both sentences, classed by the lexicon, and leaves unchanged ones out', () => {
		const shifts = tifaShifts(parseReport(a), parseReport(b));
		expect(shifts.map((s) => [s.object, s.class, s.a.phrase, s.b.phrase])).toEqual([
			['数字经济', 'weaker', '大力发展数字经济', '积极稳妥发展数字经济'],
			['房价过快上涨', 'weaker', '坚决遏制房价过快上涨', '有效遏制房价过快上涨'],
			['房地产市场', 'reframed', '促进房地产市场平稳健康发展', '推动房地产市场止跌回稳'],
			['城市更新', 'stronger', '稳步推进城市更新', '加快推进城市更新']
		]);
		const s = shifts[0];
		expect(s.a.sentence).toBe('大力发展数字经济，坚决遏制房价过快上涨。');
		expect(a.slice(s.a.start, s.a.end)).toBe('大力发展数字经济');
		expect(b.slice(s.b.start, s.b.end)).toBe('积极稳妥发展数字经济');
	});

	it('finds shifts between two real 聊城市 reports, offsets into the decoded input', () => {
		const inA = read('liaocheng-2020-gwr');
		const inB = read('liaocheng-2023-gwr-part2');
		const shifts = tifaShifts(parseReport(inA), parseReport(inB));
		const dang = shifts.find((s) => s.object === '党风廉政建设');
		expect(dang).toMatchObject({ class: 'weaker', match: 'same-object' });
		expect(inA.slice(dang!.a.start, dang!.a.end)).toBe('深入推进党风廉政建设');
		expect(inB.slice(dang!.b.start, dang!.b.end)).toBe('加强党风廉政建设');
		const renewal = shifts.find((s) => s.object === '城市更新');
		expect(renewal?.a.phrase).toBe('推进城市更新');
		expect(renewal?.b.phrase).toBe('持续开展城市更新');
		for (const s of shifts) {
			expect(s.a.sentence).toContain(s.a.phrase);
			expect(s.b.sentence).toContain(s.b.phrase);
		}
	});

	it('finds nothing between a report and itself, and copes with empty and odd input', () => {
		const r = parseReport(read('liaocheng-2020-gwr'));
		expect(tifaShifts(r, r)).toEqual([]);
		expect(tifaShifts(parseReport(''), r)).toEqual([]);
		expect(tifaShifts(parseReport('坚决'.repeat(5000)), parseReport('，，，'.repeat(3000)))).toEqual([]);
	});
});
