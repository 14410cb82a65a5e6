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
 * figures; round 15: 65 clauses, 134 figures; round 16: 66 clauses, 132 figures —
 * rounds 2 to 16 were each held out until their one measurement) is
 * tuned on; the held-out round (when one is labelled) is measured once at the
 * end (docs/figures.md). Issue 12 asks indicator
 * agreement ≥ 0.95 on unseen reports; the bounds below are the measured
 * figures, as floors against regressions.
 */
import { describe, expect, it } from 'vitest';
import { labellerAgreement, loadIndicatorLabels, loadSecondLabels, scoreIndicators } from '../fixtures/figures-indicator-score';

/**
 * The held-out split holds rounds 22 to 46, each labelled blind and measured once: round 22 (10 unseen reports, 208
 * figures) at 83d0e9a: precision 206/209 = 0.986, recall 206/208 = 0.990, names 167/206 = 0.811, periods 200/203; round 23
 * (10 reports, 165 figures) at a1c1eff: 161/162 = 0.994, 161/165 = 0.976, names 145/161 = 0.901, periods 155/160; round 24
 * (10 reports, 180 figures) at 65a90d2: 178/179 = 0.994, 178/180 = 0.989, names 159/178 = 0.893, periods 163/171 = 0.953;
 * in the nineteenth session rounds 25 (170 figures) and 26 (154) at 11ef418, names 141/168 = 0.839 and 138/153 = 0.902,
 * periods 147/163 and 145/153; rounds 27 (168) and 28 (134) at 5e20fc0, names 138/166 = 0.831 and 115/133 = 0.865, periods
 * 149/163 and 121/133; rounds 29 (149) and 30 (139) at bfa3eab, names 132/147 = 0.898 and 118/138 = 0.855, periods 133/146
 * and 127/136; rounds 31 (106) and 32 (134) at 55631ce, names 90/102 = 0.882 and 115/133 = 0.865, periods 97/100 and
 * 131/131; rounds 33 (125) and 34 (154) at 84a067e, names 116/124 = 0.935 and 140/149 = 0.940, periods 107/123 and
 * 141/145 (rounds 25–34 together: precision 1413/1427, recall 1413/1433, names 1243/1413 = 0.880, periods 1298/1393 =
 * 0.932; the session-start extractor gives the same on every one of them). Rounds 17–21 were measured once each before
 * (names 0.903, 0.945, 0.813, 0.816, 0.869) and are dev now (docs/figures.md). In the twentieth session rounds 35 (146
 * figures), 36 (161), 37 (168) and 38 (158) at 935b641, names 130/144, 134/152, 154/168, 136/158, periods 136/142,
 * 138/146, 159/164, 155/157; rounds 39 (134), 40 (142), 41 (171) and 42 (139) at 0b76e9f, names 115/133, 129/141,
 * 143/170, 110/131, periods 132/133, 126/137, 165/169, 122/129 (rounds 35–42 together: precision 1197/1206, recall
 * 1197/1219, names 1051/1197 = 0.878, periods 1133/1177 = 0.963; the session-start extractor 1049/1194); rounds 43 (161),
 * 44 (142), 45 (151) and 46 (135) at 3030d20, names 139/161, 118/142, 126/150, 121/134, periods 153/157, 132/138, 139/149,
 * 119/128 (together names 504/587 = 0.859, periods 543/572 = 0.949; the session-start extractor the same on every figure).
 * Rounds 22–42 are seen since; the floors held the twenty-five rounds (names 3325/3756 = 0.885, periods 3569/3688 = 0.968,
 * precision 3756/3779 = 0.994; the period floor went from 0.965 to 0.96 as rounds 43–46 came in at 0.949). In the
 * twenty-first session rounds 47 (149 figures), 48 (152), 49 (155) and 50 (158), labelled blind, were measured once at
 * d0c3b57 (names as at the session's start, 656e007): names 118/147, 134/149, 135/155, 134/158, periods 136/137, 144/148,
 * 145/148, 146/154 (together names 521/609 = 0.856, periods 571/587 = 0.973, precision 609/611, recall 609/614). The
 * floors hold the twenty-nine rounds 22–50 (names 3846/4365 = 0.881, periods 4140/4275 = 0.968).
 */
const HELDOUT_PRECISION = 0.985;
const HELDOUT_AGREEMENT = 0.875;
const HELDOUT_PERIOD = 0.96;
/**
 * Dev names, rounds 1–21 (2873/3090 = 0.930 after the eighteenth session's facts, with rounds 17–21 in dev; rounds 1–16
 * alone 2253/2423 = 0.930; 2249/2423 = 0.928 after the corpus-wide audit of names).
 */
const DEV_AGREEMENT = 0.929;
/** Dev periods (2196/2245 = 0.978 with rounds 17–21 in dev; 1546/1581 with rounds 1–16); periods are period.ts's. */
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

	/**
	 * The figures page marks a name with ? unless it recurs across the collection (Figure.recurring). The mark means
	 * something only if recurring names are right far more often: on the held-out rounds 22–50, 1818/1896 = 0.959 of them
	 * against 2028/2469 = 0.821 of the others (on rounds 43–50, never tuned on: 485/517 = 0.938 against 540/679 = 0.795).
	 */
	it('held-out: names that recur across the collection are right far more often than the names the page marks', async () => {
		const s = await scoreIndicators(labels.filter((l) => l.split === 'heldout'));
		const known = s.recurringAgree / s.recurring;
		const other = (s.agree - s.recurringAgree) / (s.tp - s.recurring);
		console.log(
			`recurring names ${s.recurringAgree}/${s.recurring} = ${known.toFixed(3)}; the others ${s.agree - s.recurringAgree}/${s.tp - s.recurring} = ${other.toFixed(3)}`
		);
		expect(s.recurring).toBeGreaterThanOrEqual(0.35 * s.tp);
		expect(known).toBeGreaterThanOrEqual(0.94);
		expect(known - other).toBeGreaterThanOrEqual(0.1);
	});

	/**
	 * The labels are a measure only if two analysts agree on them. Rounds 23 to 26 were labelled a second time by labellers
	 * who never saw the first labels (tests/fixtures/figures-indicators-second-*.json): each accepts the other's name for
	 * 657 of the 667 figures both hold (0.985), and the periods agree on 648/651. The extractor is far below that (0.891
	 * against the first, 0.889 against the second): the gap to issue 12's 0.95 is the extractor's, not the labels'.
	 */
	it('two blind labellers name the same figures alike (≥ 0.97), so the names are a measure', async () => {
		const a = await labellerAgreement(labels, loadSecondLabels());
		console.log(
			`labellers: ${a.mutual}/${a.both} names, ${a.periodsAgree}/${a.periodsBoth} periods; extractor ${a.codeFirst}/${a.found}, ${a.codeSecond}/${a.found}\n${a.differ.join('\n')}`
		);
		expect(a.rounds).toEqual([23, 24, 25, 26, 45, 46]);
		expect(a.both).toBeGreaterThanOrEqual(0.99 * a.first);
		expect(a.mutual / a.both).toBeGreaterThanOrEqual(0.97);
		expect(a.periodsAgree / a.periodsBoth).toBeGreaterThanOrEqual(0.97);
	});
});
