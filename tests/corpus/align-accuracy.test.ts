/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 24 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = 8 pairs of 2023, the
 * 4 pairs of heldout2 (2019/2021/2022/2024), the 4 of heldout3
 * (2018/2020/2022/2025) and the 4 of heldout4 (2017/2019/2021/2024), all
 * seen since; heldout5 = 5 pairs of 2016/2019/2020/2022/2023, never tuned on.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85; heldout5 measured once: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs (24, heldout4 included): recall ≥ 82%, precision ≥ 85% (82.5% / 85.4% measured; feat/align5 had 82.5% / 85.9%)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.82);
		expect(t.precision).toBeGreaterThanOrEqual(0.85);
	}, 240_000);

	it('held-out city pairs (heldout5): recall ≥ 53%, precision ≥ 58% (54.4% / 59.8% measured once, far under the 80% / 85% target; feat/align5 had 55.7% / 60.2%)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout5')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.53);
		expect(t.precision).toBeGreaterThanOrEqual(0.58);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
