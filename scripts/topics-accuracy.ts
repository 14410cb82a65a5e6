/**
 * Print the topic classifier's accuracy on the hand-labelled set, split into
 * dev and held-out reports, with every miss and a confusion summary.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/topics-accuracy.ts [--misses [dev,dev2]]
 */
import { accuracy, evaluateAll, isHeldOut, SPLITS, type LabelItem } from '../tests/corpus/topics-eval';

const items = await evaluateAll();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const split of [...SPLITS, 'all held-out'] as const) {
	for (const kind of ['section', 'paragraph'] as const) {
		const a = accuracy(items.filter((i) => (split === 'all held-out' ? isHeldOut(i.split) : i.split === split) && i.kind === kind));
		console.log(`${split.padEnd(12)} ${kind.padEnd(10)} ${a.right}/${a.n}  ${pct(a.rate)}`);
	}
}
const confusion = new Map<string, number>();
for (const i of items.filter((x) => !x.ok)) {
	const k = `${i.expected[0]} → ${i.got}`;
	confusion.set(k, (confusion.get(k) ?? 0) + 1);
}
console.log('\nconfusions (labelled → predicted):');
for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
// Misses of the dev splits only, unless asked: looking at held-out misses would turn them into tuning data.
const at = process.argv.indexOf('--misses');
if (at > 0) {
	const splits = (process.argv[at + 1] && !process.argv[at + 1].startsWith('-') ? process.argv[at + 1] : 'dev,dev2').split(',');
	console.log(`\nmisses (${splits.join(', ')}):`);
	for (const i of items.filter((x: LabelItem) => !x.ok && splits.includes(x.split)))
		console.log(`  [${i.split}] ${i.file} ${i.kind} "${i.key}" want ${i.expected.join('|')} got ${i.got}`);
}
