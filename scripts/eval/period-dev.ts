// Periods (and kinds where labelled) on every dev label: the figures rounds 1–5 (figures-indicators.json, by round) and
// period round 1 (period-labels.json). Never reads the held-out period round 2. Prints agreement and every disagreement.
// Usage: npx tsx scripts/eval/period-dev.ts [--quiet]
import { loadIndicatorLabels, scoreIndicators } from '../../tests/fixtures/figures-indicator-score';
import { loadPeriodLabels, scorePeriods } from '../../tests/fixtures/period-score';

const quiet = process.argv.includes('--quiet');
const labels = loadIndicatorLabels();
let agree = 0,
	scored = 0;
for (const round of [1, 2, 3, 4, 5]) {
	const s = await scoreIndicators(labels.filter((l) => (l.round ?? 1) === round));
	agree += s.periodAgree;
	scored += s.periodScored;
	console.log(`figures round ${round}: period ${s.periodAgree}/${s.periodScored} = ${s.periodAgreement.toFixed(3)}`);
	if (!quiet) for (const e of s.errors.filter((x) => x.startsWith('PER'))) console.log(`  ${e}`);
}
console.log(`figures rounds 1–5: period ${agree}/${scored} = ${(agree / scored).toFixed(3)}`);
const p = await scorePeriods(loadPeriodLabels());
console.log(
	`period round 1: found ${p.found}/${p.labelled}, period ${p.periodAgree}/${p.periodScored} = ${(p.periodAgree / p.periodScored).toFixed(3)}, kind ${p.kindAgree}/${p.found} = ${(p.kindAgree / p.found).toFixed(3)}`
);
if (!quiet) for (const e of p.errors) console.log(`  ${e}`);
