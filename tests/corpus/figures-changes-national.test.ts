/**
 * The changed-figure lists editors read — the national 2023 → 2024 diff and
 * the draft checker run on the 2024 report as a draft of 2023 — hold no
 * false change. Each listed change was checked by hand against both texts:
 *   城镇新增就业 1206万人 (2022) → 1244万人 (2023): both the year's new urban jobs.
 *   粮食产量 1.37万亿斤 (2022) → 1.39万亿斤 (2023): both the year's grain output.
 * Left out, rightly (false changes the lists used to hold): 居民人均可支配收入
 * 年均增长5.1% (five years) vs 增长6.1% (2023); 居民消费价格年均上涨2.1% vs
 * 上涨0.2%; 医保补助标准 450元/610元 (levels) vs 提高30元 (a rise); 审议法律议案
 * 50件 (five years) vs 10件 (2023); 年末城镇调查失业率5.5% vs 平均5.2%.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures, type Figure } from '../../src/lib/core/figures/extract';
import { diffReports } from '../../src/lib/core/diff/index';
import { figureChangesInDiff } from '../../src/lib/core/figures/diff-changes';
import { likeWithLike, type FigureChangeView } from '../../src/lib/core/figures/changes';
import { regionSeries } from '../../src/lib/core/figures/series';
import { checkDraft } from '../../src/lib/core/draft/index';
import { segmenter as wordSegmenter } from '../../src/lib/core/segmenter';
import { sharedDir } from '../fixtures/figures-score';

const manifest: { file: string; level: string; region: string; year: number }[] = JSON.parse(
	readFileSync(join(sharedDir, 'corpus/manifest.json'), 'utf8')
).filter((m: { level: string }) => m.level === 'national');
const reports = manifest.map((m) => {
	const input = readFileSync(join(sharedDir, 'corpus', m.file), 'utf8');
	const parsed = parseReport(input);
	parsed.meta.year = m.year;
	return { id: String(m.year), region: m.region, year: m.year, input, parsed, figures: extractFigures(parsed, input) };
});
const byYear = (y: number) => reports.find((r) => r.year === y)!;
const series = regionSeries(reports, '中华人民共和国');
const segmenter = wordSegmenter();
const row = (c: { indicator: string; old: Figure; new: Figure }) => `${c.indicator}: ${c.old.raw} → ${c.new.raw}`;
/** The draft checker's changes are views (the shape the diff and compare views show). */
const viewRow = (c: FigureChangeView) => `${c.indicator}: ${c.oldRaw} → ${c.newRaw}`;
const EXPECTED = ['城镇新增就业: 1206万人 → 1244万人', '粮食产量: 1.37万亿斤 → 1.39万亿斤'];

describe('changed figures, national 2023 → 2024', () => {
	it('the diff lists only true changes (checked by hand)', () => {
		const a = byYear(2023);
		const b = byYear(2024);
		const r = diffReports({ report: a.parsed }, { report: b.parsed }, { segmenter });
		const list = figureChangesInDiff(r, a.figures, b.figures, { series }).map((c) => row(c.change));
		expect(list).toEqual(EXPECTED);
	});

	it('the draft checker (2024 checked against 2023) lists the same', () => {
		const a = byYear(2023);
		const b = byYear(2024);
		const check = checkDraft(b.input, { report: a.parsed, input: a.input }, segmenter);
		expect(check.figures.map(viewRow)).toEqual(EXPECTED);
	});

	it('every consecutive national pair: changes pair like with like, and national GDP is never 地区生产总值', () => {
		let n = 0;
		for (let i = reports.length - 20; i + 1 < reports.length; i++) {
			const a = reports[i];
			const b = reports[i + 1];
			const r = diffReports({ report: a.parsed }, { report: b.parsed }, { segmenter });
			for (const { change } of figureChangesInDiff(r, a.figures, b.figures, { series })) {
				n++;
				expect(likeWithLike(change.old, change.new), row(change)).toBe(true);
				expect(change.old.multiYear || change.new.multiYear).toBe(false);
				expect(change.indicator).not.toContain('地区生产总值');
			}
		}
		expect(n).toBeGreaterThan(20);
	});
});
