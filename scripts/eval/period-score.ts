// Period and kind of figures against hand labels (tests/fixtures/period-labels.json, or FILE): prints the agreement,
// the kind confusion and every disagreement. Reads ../shared or DUIDU_SHARED; writes nothing.
// Usage: npx tsx scripts/eval/period-score.ts [FILE]
import { loadPeriodLabels, scorePeriods } from '../../tests/fixtures/period-score';

const labels = loadPeriodLabels(process.argv[2]);
const s = await scorePeriods(labels);
const pct = (a: number, b: number) => `${a}/${b} = ${(a / Math.max(1, b)).toFixed(3)}`;
console.log(`labelled ${s.labelled}, found ${pct(s.found, s.labelled)}`);
console.log(`period ${pct(s.periodAgree, s.periodScored)}; kind ${pct(s.kindAgree, s.found)}`);
console.log(
	`kind (label→extracted): ${Object.entries(s.confusion)
		.sort((a, b) => b[1] - a[1])
		.map(([k, n]) => `${k} ${n}`)
		.join(', ')}`
);
for (const e of s.errors) console.log(e);
