/**
 * How far two labellers agree on what each figure measures, and how the extractor fares against each and against
 * either (issue 12): the first labels (tests/fixtures/figures-indicators.json) against the second labellings
 * (tests/fixtures/figures-indicators-second-*.json), written by labellers who never saw the first labels.
 *
 *   DUIDU_SHARED=../shared node --import tsx scripts/eval/figures-iaa.ts [--list]
 *
 * --list prints every figure the two name differently. The comparison is labellerAgreement's
 * (tests/fixtures/figures-indicator-score.ts).
 */
import { labellerAgreement, loadIndicatorLabels, loadSecondLabels } from '../../tests/fixtures/figures-indicator-score';

const a = await labellerAgreement(loadIndicatorLabels(), loadSecondLabels());
const pct = (n: number, d: number) => `${n}/${d} = ${(n / Math.max(1, d)).toFixed(3)}`;
console.log(`rounds ${a.rounds.join(', ')}: first ${a.first} figures, second ${a.second}, both ${a.both}`);
console.log(`first's name accepted by the second: ${pct(a.firstInSecond, a.both)}`);
console.log(`second's name accepted by the first: ${pct(a.secondInFirst, a.both)}`);
console.log(`each accepts the other's: ${pct(a.mutual, a.both)}`);
console.log(`periods agree: ${pct(a.periodsAgree, a.periodsBoth)}`);
console.log(
	`extractor, on the ${a.found} of these it finds: first ${pct(a.codeFirst, a.found)}, second ${pct(a.codeSecond, a.found)}, either ${pct(a.codeEither, a.found)}`
);
if (process.argv.includes('--list')) for (const l of a.differ) console.log(l);
