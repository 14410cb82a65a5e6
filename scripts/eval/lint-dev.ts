// The lint's findings on the published reports it may be tuned on (issue 12): the national and provincial 2025 sets and
// the gov samples dev, heldout, heldout2, heldout3, heldout4 and heldout5 (all seen: 3, 4 and 5 since their one measurement each).
// Prints each finding with its context, and the rate per set. A new held-out sample is measured once, by lint-heldout.ts.
// Usage: npx tsx scripts/eval/lint-dev.ts [SET…]   (national, provincial, dev, heldout, heldout2, heldout3, heldout4, heldout5)
import { lint } from '../../src/lib/core/lint';
import { segmenter } from '../../src/lib/core/segmenter';
import { nationalReports, provincialReports, type CorpusText } from '../../tests/corpus/shared';
import { govSample } from '../../tests/corpus/gov-sample';

const sets: Record<string, () => Promise<CorpusText[]> | CorpusText[]> = {
	national: nationalReports,
	provincial: provincialReports,
	dev: () => govSample('dev'),
	heldout: () => govSample('heldout'),
	heldout2: () => govSample('heldout2'),
	heldout3: () => govSample('heldout3'),
	heldout4: () => govSample('heldout4'),
	heldout5: () => govSample('heldout5')
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(sets);
const seg = segmenter();
for (const name of wanted) {
	if (!sets[name]) throw new Error(`no set ${name} (a new held-out sample is measured once, by lint-heldout.ts)`);
	const docs = await sets[name]();
	let chars = 0;
	let n = 0;
	for (const d of docs) {
		chars += d.input.length;
		for (const f of lint(d.input, seg)) {
			n++;
			const ctx = d.input.slice(Math.max(0, f.start - 12), f.end + 12).replace(/\n/g, '⏎');
			console.log(`${name}\t${f.rule}\t${JSON.stringify(f.excerpt)}\t${ctx}\t${d.name}`);
		}
	}
	console.log(`== ${name}: ${n} findings over ${chars} characters = ${((n / chars) * 1e4).toFixed(3)} per 10,000`);
}
