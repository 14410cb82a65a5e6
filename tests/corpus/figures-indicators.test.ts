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
 * figures; round 13: 71 clauses, 129 figures; round 14: 59 clauses, 116
 * figures — rounds 2 to 14 were each held out until their one measurement) is
 * tuned on; the held-out round (when one is labelled) is measured once at the
 * end (docs/figures.md). Issue 12 asks indicator
 * agreement ≥ 0.95 on unseen reports; the bounds below are the measured
 * figures, as floors against regressions.
 */
import { describe, expect, it } from 'vitest';
import { loadIndicatorLabels, scoreIndicators } from '../fixtures/figures-indicator-score';

/**
 * Round 15 (10 unseen reports, 134 figures) at its one measurement (docs/figures.md): precision 132/134 = 0.985
 * (140万和160万千瓦: a unit written once for two values; 700万标箱: 标箱 was no unit), recall 0.985, names 113/132 =
 * 0.856, periods 114/128 = 0.891 — this session's extractor and the one before it the same. Four general fixes found
 * there since (标箱 a unit; after 分别 a magnitude shares the list's measure word; a distributive 各 as 分别; a review
 * section read on its own cues) give precision and recall 134/134, names 120/134 = 0.896 and periods 127/130 = 0.977,
 * seen, not blind; the floors are these, against regressions.
 */
const HELDOUT_PRECISION = 0.98;
const HELDOUT_AGREEMENT = 0.89;
const HELDOUT_PERIOD = 0.97;
/** Dev names (2005/2159 = 0.929 after round 16's rules; 2002/2159 = 0.927 after round 15's, with round 14 in dev). */
const DEV_AGREEMENT = 0.926;
/** Dev periods (1300/1330 = 0.977 with round 13 in dev); periods are period.ts's. */
const DEV_PERIOD = 0.97;

describe('indicator agreement on blind labels from ../shared/corpus/gov', () => {
	const labels = loadIndicatorLabels();
	for (const split of ['dev', 'heldout'] as const) {
		it.skipIf(!labels.some((l) => l.split === split))(
			`${split}: value and unit precision and recall, indicator and period agreement, at their floors`,
			async () => {
				const s = await scoreIndicators(labels.filter((l) => l.split === split));
				console.log(
					`${split}: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} indicator ${s.agree}/${s.tp} = ${s.agreement.toFixed(3)} period ${s.periodAgree}/${s.periodScored} = ${s.periodAgreement.toFixed(3)}`
				);
				if (s.errors.length) console.log(s.errors.join('\n'));
				expect(s.precision).toBeGreaterThanOrEqual(split === 'dev' ? 0.97 : HELDOUT_PRECISION);
				expect(s.recall).toBeGreaterThanOrEqual(0.95);
				expect(s.agreement).toBeGreaterThanOrEqual(split === 'dev' ? DEV_AGREEMENT : HELDOUT_AGREEMENT);
				if (split === 'dev' || s.periodScored)
					expect(s.periodAgreement).toBeGreaterThanOrEqual(split === 'dev' ? DEV_PERIOD : HELDOUT_PERIOD);
			}
		);
	}
});
