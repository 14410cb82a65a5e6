/**
 * Thin pairs (seventeenth round, `core/align/precision.ts`): a pair that shares
 * almost no wording, whose passage vectors do not agree and that names at most
 * one matter term in common is never matched, although one broad matter of the
 * table (社会保障与救助, 养老托育) would put it over the threshold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { alignReports, type AlignOptions } from '../../src/lib/core/align/index';
import { isThinPair, sharedTermCount } from '../../src/lib/core/align/precision';
import { segmenter } from '../../src/lib/core/segmenter';

const load = (id: string) => {
	const report = parseReport(readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8'));
	return { id, report, topics: classifyReport(report) };
};
const dcf = load('dongchangfu-2024-plan');
const lc20 = load('liaocheng-2020-gwr');
const lc24 = load('liaocheng-2024-gwr-excerpt');
const yc24 = load('yuncheng-2024-gwr-excerpt');

const matched = (inputs: ReturnType<typeof load>[], topic: string, o: AlignOptions = {}) =>
	alignReports(inputs, topic, segmenter(), o).rows.filter((r) => r.cells[0] && r.cells[1]);
const has = (rows: ReturnType<typeof matched>, a: string, b: string) =>
	rows.some((r) => r.cells[0]!.text.includes(a) && r.cells[1]!.text.includes(b));

describe('thin pairs', () => {
	it('东昌府 2024 × 聊城 2020 rural: manure recycling (畜禽粪污) is no counterpart of aid to the poorest (特困群体)', () => {
		// Without the gate the two passages share a row under 社会保障与救助: they share no wording and
		// their vectors disagree; only a broad matter of the table ties them.
		expect(has(matched([dcf, lc20], 'rural', { thinLiteral: 0 }), '畜禽粪污', '突出特困群体脱贫')).toBe(true);
		expect(has(matched([dcf, lc20], 'rural'), '畜禽粪污', '突出特困群体脱贫')).toBe(false);
	});

	it('聊城 2020 × 2023 urban: a review of major projects is no counterpart of a plan for the city’s space', () => {
		expect(
			has(matched([lc20, load('liaocheng-2023-gwr-part2')], 'urban', { thinLiteral: 0 }), '重点项目加快建设', '拓展城市发展空间')
		).toBe(true);
		expect(has(matched([lc20, load('liaocheng-2023-gwr-part2')], 'urban'), '重点项目加快建设', '拓展城市发展空间')).toBe(false);
	});

	it('keeps the obvious rows of 聊城 2024 × 运城 2024 on urban and ecology', () => {
		const names = (topic: string) => matched([lc24, yc24], topic).map((r) => r.matter?.zh);
		expect(names('urban')).toEqual(expect.arrayContaining(['老旧小区改造', '供水供热燃气与管网']));
		expect(names('ecology')).toContain('水污染防治');
	});

	it('is thin only below all three bars, and off at literal 0', () => {
		const gate = { literal: 0.025, vector: 0.25, terms: 1 };
		expect(isThinPair(0.01, 0.1, 1, gate)).toBe(true);
		expect(isThinPair(0.03, 0.1, 1, gate)).toBe(false);
		expect(isThinPair(0.01, 0.3, 0, gate)).toBe(false);
		expect(isThinPair(0.01, 0.1, 2, gate)).toBe(false);
		expect(isThinPair(0.01, 0.1, 0, { ...gate, literal: 0 })).toBe(false);
		expect(
			sharedTermCount(
				new Map([
					['老旧小区', 1],
					['棚改', 1]
				]),
				new Map([
					['老旧小区', 1],
					['供热', 1]
				])
			)
		).toBe(1);
	});
});
