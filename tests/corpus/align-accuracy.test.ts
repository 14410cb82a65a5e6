/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 44 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = 8 pairs of 2023, the
 * 4 pairs of heldout2 (2019/2021/2022/2024), the 4 of heldout3
 * (2018/2020/2022/2025), the 4 of heldout4 (2017/2019/2021/2024), the 5 of
 * heldout5 (2016/2019/2020/2022/2023), the 5 of heldout6
 * (2018/2020/2021/2024/2025) and the 5 of heldout7 (2015/2016/2020/2022/2025),
 * all seen since; heldout8 = 5 pairs of 2014/2016/2020/2022/2025 (甘肃, 黑龙江,
 * 贵州, 广东, 江西), never tuned on.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85; heldout8 measured once: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs (39, heldout7 included): recall ≥ 82%, precision ≥ 81% (82.2% / 81.9% measured; main before this round 79.5% / 80.1% on the same labels)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.82);
		expect(t.precision).toBeGreaterThanOrEqual(0.81);
	}, 240_000);

	it('held-out city pairs (heldout8): recall ≥ 83%, precision ≥ 80% (83.5% / 80.8% measured once; main before this round 81.2% / 83.7%; precision under the 85% target)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout8')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.83);
		expect(t.precision).toBeGreaterThanOrEqual(0.8);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
