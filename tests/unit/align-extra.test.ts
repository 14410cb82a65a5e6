/**
 * Extra counterparts in a review (fifteenth round, `closeKeep`): a passage
 * that already faces a counterpart on a matter may face a second one on the
 * same matter when that pair is close to the best of either passage, both
 * passages look back (review), their vectors agree and they share wording.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { alignByMatter, alignReports } from '../../src/lib/core/align/index';
import { segmenter } from '../../src/lib/core/segmenter';

const load = (id: string) => {
	const report = parseReport(readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8'));
	return { id, report, topics: classifyReport(report) };
};
const dcf = load('dongchangfu-2024-plan');
const lc = load('liaocheng-2024-gwr-excerpt');

describe('extra counterparts in a review', () => {
	// 东昌府 2024 reviews 医疗卫生 with 成功创建省级婴幼儿照护服务示范区; 聊城 2024 reviews 社会保障 with
	// 成功创建全国首批婴幼儿照护服务示范城市: the same matter (养老托育), a second counterpart of 聊城's passage.
	const careRow = (o = {}) =>
		alignReports([dcf, lc], 'livelihood', segmenter(), o).rows.find(
			(r) => r.cells[0]?.text.includes('婴幼儿照护服务示范区') && r.cells[1]?.text.includes('婴幼儿照护服务示范城市')
		);

	it('东昌府 × 聊城 2024 livelihood: the two infant-care reviews share a row, named, each cell in the review', () => {
		const row = careRow();
		expect(row).toBeDefined();
		expect(row!.matter?.zh).toBe('养老托育');
		expect(row!.cells.map((c) => c!.part)).toEqual(['review', 'review']);
		// 聊城's passage faces another counterpart too (one-to-many rows): it is an extra one.
		const all = alignReports([dcf, lc], 'livelihood', segmenter()).rows;
		expect(all.filter((r) => r.cells[0] && r.cells[1]?.textStart === row!.cells[1]!.textStart).length).toBeGreaterThan(1);
	});

	it('is the lever: without it the one-matter rule drops that row', () => {
		expect(careRow({ closeKeep: 0 })).toBeUndefined();
	});

	it('keeps a close pair past the one-matter rule only where `together` accepts it (the caps still hold)', () => {
		type P = { id: string; review: boolean };
		const a: P[] = [{ id: 'A0', review: true }];
		const b: P[] = [
			{ id: 'B0', review: true },
			{ id: 'B1', review: true }
		];
		const table: Record<string, number> = { 'A0-B0': 0.6, 'A0-B1': 0.56 };
		const sim = (x: P, y: P) => table[`${x.id}-${y.id}`] ?? table[`${y.id}-${x.id}`] ?? 0;
		const facet = () => 'old-housing';
		const pairs = (rows: (P | null)[][]) => rows.filter((r) => r[0] && r[1]).map((r) => `${r[0]!.id}-${r[1]!.id}`);
		const run = (together: (x: P, y: P) => boolean, most = 3) =>
			pairs(alignByMatter([a, b], sim, 0.2, 0.9, most, facet, 0.7, 0, undefined, { margin: 0.9, together }));
		expect(run(() => false)).toEqual(['A0-B0']);
		expect(run((x, y) => x.review && y.review)).toEqual(['A0-B0', 'A0-B1']);
		expect(run(() => true, 1)).toEqual(['A0-B0']);
	});
});
