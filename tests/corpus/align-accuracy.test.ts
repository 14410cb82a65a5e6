/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 39 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = 8 pairs of 2023, the
 * 4 pairs of heldout2 (2019/2021/2022/2024), the 4 of heldout3
 * (2018/2020/2022/2025), the 4 of heldout4 (2017/2019/2021/2024), the 5 of
 * heldout5 (2016/2019/2020/2022/2023) and the 5 of heldout6
 * (2018/2020/2021/2024/2025), all seen since; heldout7 = 5 pairs of
 * 2015/2016/2020/2022/2025, never tuned on, its regions left out of the
 * training of the word vectors.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85; heldout7 measured once: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs (34, heldout6 included): recall ≥ 80%, precision ≥ 80% (80.9% / 80.4% measured; without the word vectors 77.7% / 80.2% on the same labels)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.8);
		expect(t.precision).toBeGreaterThanOrEqual(0.8);
	}, 240_000);

	it('held-out city pairs (heldout7): recall ≥ 70%, precision ≥ 77% (71.3% / 78.4% measured once; without the word vectors 66.0% / 77.4%; under the 80% / 85% target)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout7')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.7);
		expect(t.precision).toBeGreaterThanOrEqual(0.77);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
