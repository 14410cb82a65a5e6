/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 12 pairs of different cities × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. dev = the first 8 pairs (2023,
 * tuned on); heldout2 = 4 pairs of 2019/2021/2022/2024, never tuned on.
 * Floors, not targets: they catch a regression (the target on unseen pairs is
 * recall ≥ 0.80, precision ≥ 0.85, not reached: see docs/compare.md).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('dev city pairs: recall ≥ 78%, precision ≥ 83% (79.7% / 84.6% measured)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'dev')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.78);
		expect(t.precision).toBeGreaterThanOrEqual(0.83);
	}, 240_000);

	it('held-out city pairs (heldout2): recall ≥ 62%, precision ≥ 75% (64.6% / 77.6% measured once; main had 63.5% / 74.0%)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout2')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.62);
		expect(t.precision).toBeGreaterThanOrEqual(0.75);
	}, 240_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
