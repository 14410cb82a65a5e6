/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 34 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = 8 pairs of 2023, the
 * 4 pairs of heldout2 (2019/2021/2022/2024), the 4 of heldout3
 * (2018/2020/2022/2025), the 4 of heldout4 (2017/2019/2021/2024) and the 5 of
 * heldout5 (2016/2019/2020/2022/2023), all seen since; heldout6 = 5 pairs of
 * 2018/2020/2021/2024/2025, never tuned on.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85; heldout6 measured once: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs (29, heldout5 included; 10 labels across parts relabelled acceptable): recall ≥ 82%, precision ≥ 80% (82.8% / 80.8% measured; main had 79.1% / 80.5% on the same labels)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.82);
		expect(t.precision).toBeGreaterThanOrEqual(0.8);
	}, 240_000);

	it('held-out city pairs (heldout6): recall ≥ 55%, precision ≥ 72% (57.9% / 72.9% measured on the branch, the second time after a change chosen on dev (first 57.9% / 73.0%); 55.8% / 76.5% once merged with the one reader of report parts (core/parts.ts); far under the 80% / 85% target; main had 56.8% / 70.3%)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout6')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.55);
		expect(t.precision).toBeGreaterThanOrEqual(0.72);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
