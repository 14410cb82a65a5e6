/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 72 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = 8 pairs of 2023, the
 * 4 pairs of heldout2 (2019/2021/2022/2024), the 4 of heldout3
 * (2018/2020/2022/2025), the 4 of heldout4 (2017/2019/2021/2024), the 5 of
 * heldout5 (2016/2019/2020/2022/2023), the 5 of heldout6
 * (2018/2020/2021/2024/2025), the 5 of heldout7 (2015/2016/2020/2022/2025) and
 * the 5 of heldout8 (2014/2016/2020/2022/2025) and the 5 of heldout9
 * (2016/2018/2020/2022/2025) and the 5 of heldout10
 * (2014/2020/2021/2022/2025) and the 7 of heldout11
 * (2014/2016/2020/2021/2022/2023/2025), the 4 of heldout12 (2014/2020/2022/2023)
 * and the 4 of heldout13 (2016/2021/2022/2023) and the 3 of heldout14
 * (2021/2022/2023), all seen since; heldout15 = 5 pairs of 2014/2016/2020/2023/2025
 * (two within 广东 and 安徽, three across provinces), labelled blind, measured once; heldout16 = 5
 * pairs of 2015/2018/2021/2022 (one within 山西, four across regions), labelled blind, measured once, then
 * seen: a plan with no title of its own in 河池 2015 (core/parts.ts) was found there.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85; each held-out round measured once: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs (72, heldout14 included): recall ≥ 83%, precision ≥ 81.5% (83.4% / 82.0% measured, fifteenth round)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.83);
		expect(t.precision).toBeGreaterThanOrEqual(0.815);
	}, 240_000);

	it('held-out city pairs (heldout15, 84 strong pairs): recall ≥ 88%, precision ≥ 91.5% (measured once: 88.1% / 91.8%; the matcher before this session 88.1% / 92.1%)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout15')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.88);
		expect(t.precision).toBeGreaterThanOrEqual(0.915);
	}, 240_000);

	it('held-out city pairs (heldout16, 90 strong pairs): recall ≥ 87%, precision ≥ 83% (measured once: 75.6% / 79.4%; since, 87.8% / 83.7% — seen)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout16')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.87);
		expect(t.precision).toBeGreaterThanOrEqual(0.83);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
