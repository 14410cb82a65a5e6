/**
 * Figure periods and kinds on blind labels. Held-out: period round 5
 * (tests/fixtures/period-labels.json, 164 figures from 12 reports never used
 * before, sampled without the extractor and labelled by hand before any code
 * ran on them; measured once: docs/figures.md). Dev: the periods of the
 * figures rounds 1–4 (figures-indicators.json; round 4 was held out until its
 * one measurement, 0.757, and is tuned on since). Floors, not targets: they
 * catch a regression.
 */
import { describe, expect, it } from 'vitest';
import './shared';
import { loadPeriodLabels, scorePeriods } from '../fixtures/period-score';
import { loadIndicatorLabels, scoreIndicators } from '../fixtures/figures-indicator-score';

describe('figure periods on blind labels from ../shared/corpus/gov', () => {
	it('held-out round 5: period ≥ 0.96, kind ≥ 0.93 (0.967 and 0.936 at its one measurement)', async () => {
		const s = await scorePeriods(loadPeriodLabels());
		console.log(
			`period round 5: found ${s.found}/${s.labelled}, period ${s.periodAgree}/${s.periodScored}, kind ${s.kindAgree}/${s.found}`
		);
		expect(s.found / s.labelled).toBeGreaterThanOrEqual(0.95);
		expect(s.periodAgree / s.periodScored).toBeGreaterThanOrEqual(0.96);
		expect(s.kindAgree / s.found).toBeGreaterThanOrEqual(0.93);
	}, 120_000);

	it('dev (figures rounds 1–4): period ≥ 0.97 (0.984 measured: 395/404 and 148/148)', async () => {
		const labels = loadIndicatorLabels();
		// Rounds 1–4 as before: round 5 of figures-indicators.json became dev when figures round 6 was labelled.
		const dev = await scoreIndicators(labels.filter((l) => l.split === 'dev' && (l.round ?? 1) <= 4));
		const round4 = await scoreIndicators(labels.filter((l) => l.round === 4));
		const agree = dev.periodAgree + round4.periodAgree;
		const scored = dev.periodScored + round4.periodScored;
		console.log(`dev periods: rounds 1–3 ${dev.periodAgree}/${dev.periodScored}, round 4 ${round4.periodAgree}/${round4.periodScored}`);
		expect(agree / scored).toBeGreaterThanOrEqual(0.97);
		expect(round4.periodAgree / round4.periodScored).toBeGreaterThanOrEqual(0.95);
	}, 240_000);
});
