/**
 * What each figure measures, scored against blind labels
 * (fixtures/figures-indicators.json, sentences from ../shared/corpus/gov
 * reports never used before, labelled before the extractor ran on them).
 * Dev (round 1: 88 sentences, 236 figures; round 2: 59 sentences, 128
 * figures; round 3: 62 sentences, 121 figures; round 4: 88 sentences, 194
 * figures; round 5: 89 clauses, 177 figures; round 6: 76 clauses, 169
 * figures; round 7: 84 clauses, 180 figures; round 8: 90 clauses, 160
 * figures; round 9: 71 clauses, 162 figures; round 10: 65 clauses, 124
 * figures; round 11: 54 clauses, 139 figures; round 12: 53 clauses, 137
 * figures — rounds 2 to 12 were each held out until their one measurement)
 * is tuned on; the round-13 held-out (71 clauses, 129 figures, 11 reports)
 * was measured once at the end (docs/figures.md). Issue 12 asks indicator
 * agreement ≥ 0.95 on unseen reports; the bounds below are the measured
 * figures, as floors against regressions.
 */
import { describe, expect, it } from 'vitest';
import { loadIndicatorLabels, scoreIndicators } from '../fixtures/figures-indicator-score';

/**
 * Round 13 at its one measurement (docs/figures.md: precision 127/131 = 0.969 — two durations read as counts,
 * 13个|小时 and 5个|半小时, a threshold 超30亿 and 10万 without its 人 —, names 113/127 = 0.890, periods 16/17),
 * as floors against regressions.
 */
const HELDOUT_PRECISION = 0.96;
const HELDOUT_AGREEMENT = 0.88;
const HELDOUT_PERIOD = 0.94;
/** Dev names (1777/1917 = 0.927 with round 12 in dev, which read 0.904 at its one measurement). */
const DEV_AGREEMENT = 0.92;
/** Dev periods (1284/1313 = 0.978 with round 12 in dev); periods are period.ts's. */
const DEV_PERIOD = 0.97;

describe('indicator agreement on blind labels from ../shared/corpus/gov', () => {
	const labels = loadIndicatorLabels();
	for (const split of ['dev', 'heldout'] as const) {
		it(`${split}: value and unit precision and recall, indicator and period agreement, at their floors`, async () => {
			const s = await scoreIndicators(labels.filter((l) => l.split === split));
			console.log(
				`${split}: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} indicator ${s.agree}/${s.tp} = ${s.agreement.toFixed(3)} period ${s.periodAgree}/${s.periodScored} = ${s.periodAgreement.toFixed(3)}`
			);
			if (s.errors.length) console.log(s.errors.join('\n'));
			expect(s.precision).toBeGreaterThanOrEqual(split === 'dev' ? 0.97 : HELDOUT_PRECISION);
			expect(s.recall).toBeGreaterThanOrEqual(0.95);
			expect(s.agreement).toBeGreaterThanOrEqual(split === 'dev' ? DEV_AGREEMENT : HELDOUT_AGREEMENT);
			expect(s.periodAgreement).toBeGreaterThanOrEqual(split === 'dev' ? DEV_PERIOD : HELDOUT_PERIOD);
		});
	}
});
