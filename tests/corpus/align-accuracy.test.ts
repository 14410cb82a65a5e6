/**
 * Alignment accuracy on the hand labels (tests/fixtures/align-labels.json):
 * 8 pairs of different cities, 2023 × urban, ecology, industry, livelihood,
 * labelled blind, and one year-on-year pair. Floors, not targets: they catch
 * a regression (the target on unseen pairs is recall ≥ 0.80, precision ≥ 0.85).
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { evaluatePairs, total } from './align-eval';

describe('alignment by matter, labelled blind', () => {
	it('held-out city pairs: recall ≥ 75%, precision ≥ 75% (was 48% / 78% before matching by matter)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'heldout')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.75);
	}, 120_000);

	it('year on year is not worse than before (75% recall, 87.5% precision)', async () => {
		const t = total((await evaluatePairs((p) => p.split === 'yoy')).map((x) => x.score));
		expect(t.recall).toBeGreaterThanOrEqual(0.75);
		expect(t.precision).toBeGreaterThanOrEqual(0.875);
	}, 120_000);
});
