/**
 * Scores indicator labels of the dev split only (never the held-out):
 * npx tsx scripts/eval/figures-dev.ts [round] [--half A|B]
 * `--half` splits dev by report (sorted report paths, alternately A and B), so a rule written while looking at
 * one half's errors is judged on the other.
 */
import { loadIndicatorLabels, scoreIndicators } from '../../tests/fixtures/figures-indicator-score';

const args = process.argv.slice(2);
const h = args.indexOf('--half');
const half = h >= 0 ? args.splice(h, 2)[1] : null;
const round = args[0] ? Number(args[0]) : null;
let items = loadIndicatorLabels().filter((l) => l.split === 'dev' && (round === null || (l.round ?? 1) === round));
if (half) {
	const reports = [...new Set(items.map((l) => l.report))].sort();
	const inA = new Set(reports.filter((_, i) => i % 2 === 0));
	items = items.filter((l) => inA.has(l.report) === (half === 'A'));
}
const s = await scoreIndicators(items);
console.log(s.errors.join('\n'));
console.log(
	`dev${round ? ` round ${round}` : ''}${half ? ` half ${half}` : ''}: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} indicator ${s.agree}/${s.tp} = ${s.agreement.toFixed(3)} period ${s.periodAgree}/${s.periodScored} = ${s.periodAgreement.toFixed(3)}`
);
