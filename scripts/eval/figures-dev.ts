/** Scores indicator labels of the dev split only (never the held-out): npx tsx scripts/eval/figures-dev.ts [round] */
import { loadIndicatorLabels, scoreIndicators } from '../../tests/fixtures/figures-indicator-score';

const round = process.argv[2] ? Number(process.argv[2]) : null;
const items = loadIndicatorLabels().filter((l) => l.split === 'dev' && (round === null || (l.round ?? 1) === round));
const s = await scoreIndicators(items);
console.log(s.errors.join('\n'));
console.log(
	`dev${round ? ` round ${round}` : ''}: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} indicator ${s.agree}/${s.tp} = ${s.agreement.toFixed(3)} period ${s.periodAgree}/${s.periodScored} = ${s.periodAgreement.toFixed(3)}`
);
