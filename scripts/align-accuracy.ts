/**
 * Recall and precision of the alignment on the hand labels, per split.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-accuracy.ts [--split dev] [--misses]
 * Only ever read the misses of the dev split: held-out stays unseen. The old
 * held-outs (2023; heldout2 of 2019–2024; heldout3 of 2018–2025; heldout4 of 2017–2024; heldout5; heldout6; heldout7; heldout8; heldout9; heldout10; heldout11; heldout12; heldout13; heldout14; heldout15; heldout16) are seen now
 * and part of dev; heldout17 was the blind split, measured once (seventeenth session: 83.9% / 88.1%) and seen since;
 * heldout18 and heldout19 (its second and third rounds) were measured once too; each held-out split runs only when named
 * with --split (all three are seen, so --split heldout18 --misses lists theirs). heldout20 and heldout21 were measured once
 * (blind, at 9df01b4) and are seen since; heldout22 (at 83d0e9a) and heldout23 (at a1c1eff) too.
 */
import { evaluatePairs, readAlignLabels, total } from '../tests/corpus/align-eval';

const at = process.argv.indexOf('--split');
const only = at > 0 ? process.argv[at + 1] : null;
const misses = process.argv.includes('--misses');
// Every split of the labels, in file order (a new held-out round needs no edit here).
for (const split of [...new Set(readAlignLabels().map((p) => p.split))]) {
	if (only ? split !== only : split.startsWith('heldout')) continue;
	// Misses of a held-out round are read only when it is seen and named (--split heldout18 --misses).
	const read = misses && (!split.startsWith('heldout') || split === only);
	const res = await evaluatePairs((p) => p.split === split, {}, read);
	const t = total(res.map((r) => r.score));
	console.log(
		`${split}: recall ${t.found}/${t.strong} = ${(t.recall * 100).toFixed(1)}%, precision ${t.right}/${t.matched} = ${(t.precision * 100).toFixed(1)}%`
	);
	for (const topic of ['urban', 'ecology', 'industry', 'livelihood']) {
		const tt = total(res.filter((r) => r.topic === topic).map((r) => r.score));
		if (tt.strong) console.log(`  ${topic}: recall ${tt.found}/${tt.strong}, precision ${tt.right}/${tt.matched}`);
	}
	if (read)
		for (const r of res) {
			for (const m of r.score.misses) console.log(`  MISS ${r.pair.name} ${r.topic} ${m}`);
			for (const w of r.score.wrong) console.log(`  WRONG ${r.pair.name} ${r.topic} ${w}`);
		}
}
