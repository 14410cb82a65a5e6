/**
 * How closely the core's word segmenter (src/lib/core/segmenter/, over
 * data/lexicon.json) cuts as jieba-wasm (HMM off, the app's former
 * segmenter) on reports the lexicon was NOT built from: the held-out
 * regions of scripts/lib/lexicon-split.ts.
 *
 *   npx tsx scripts/eval/segment.ts [--gov ../shared/corpus/gov] [--split held-out|build] [--pairs 12]
 *
 * Prints token-boundary precision / recall / F1 (jieba's boundaries are the
 * reference; a boundary is an offset between two words), how many reports
 * are cut identically, the most frequent disagreements, and for `--pairs`
 * consecutive-year pairs of the split (the latest pair of each region, in
 * order) how many changed-word spans of the diff (segments whose status is
 * not equal, by offsets and status) differ between the two segmenters.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffReports } from '../../src/lib/core/diff/index';
import { parseReport } from '../../src/lib/core/parse';
import type { Segmenter } from '../../src/lib/core/segmenter/base';
import { segmenter } from '../../src/lib/core/segmenter/index';
import { corpusFiles } from '../lib/lexicon-split';
import { boundaryCounts, disagreements, scores } from '../lib/segment-agreement';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
	options: { gov: { type: 'string' }, split: { type: 'string' }, pairs: { type: 'string' } },
	strict: true
});
const gov = path.resolve(values.gov ?? path.join(root, '../shared/corpus/gov'));
const split = values.split ?? 'held-out';
if (split !== 'held-out' && split !== 'build') throw new Error('--split is held-out or build');
const files = corpusFiles(gov).filter((f) => f.heldOut === (split === 'held-out'));

const jieba = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
const ref: Segmenter = (t) => jieba.cut(t, false);
const ours = segmenter();

let tp = 0;
let fp = 0;
let fn = 0;
let same = 0;
let chars = 0;
let tokens = 0;
let tRef = 0;
let tOurs = 0;
const disagree = new Map<string, number>();
for (const f of files) {
	const text = readFileSync(f.path, 'utf8');
	chars += text.length;
	let t = performance.now();
	const a = ref(text);
	tRef += performance.now() - t;
	t = performance.now();
	const b = ours(text);
	tOurs += performance.now() - t;
	if (b.join('') !== text) throw new Error(`${f.path}: the words do not tile the text`);
	tokens += a.length;
	if (a.length === b.length && a.every((w, i) => w === b[i])) {
		same++;
		tp += a.length - 1;
		continue;
	}
	const c = boundaryCounts(a, b);
	tp += c.tp;
	fp += c.fp;
	fn += c.fn;
	for (const [wa, wb] of disagreements(a, b)) {
		const key = `${wa.join('/')} ≠ ${wb.join('/')}`;
		disagree.set(key, (disagree.get(key) ?? 0) + 1);
	}
}
const { precision: p, recall: r } = scores({ tp, fp, fn });
console.log(`split: ${split} — ${files.length} reports, ${chars} chars, ${tokens} jieba words`);
console.log(
	`boundaries: precision ${p.toFixed(5)}, recall ${r.toFixed(5)}, F1 ${((2 * p * r) / (p + r)).toFixed(5)} (${fp} extra, ${fn} missed)`
);
console.log(`reports cut identically: ${same} of ${files.length}`);
console.log(`time: jieba ${tRef.toFixed(0)} ms (its dictionary build included), ours ${tOurs.toFixed(0)} ms`);
console.log('most frequent disagreements (jieba ≠ ours):');
for (const [k, n] of [...disagree].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${n}\t${k}`);

// The diff: changed-word spans on consecutive-year pairs.
const pairsWanted = Number(values.pairs ?? 12);
const byRegion = new Map<string, string[]>();
for (const f of files) if (/\/\d{4}\.md$/.test(f.path)) byRegion.set(f.region, [...(byRegion.get(f.region) ?? []), f.path]);
const pairs: [string, string][] = [];
for (const [, ps] of [...byRegion].sort()) {
	const years = ps.sort();
	for (let k = years.length - 1; k > 0; k--) {
		const ya = Number(path.basename(years[k - 1], '.md'));
		const yb = Number(path.basename(years[k], '.md'));
		if (yb === ya + 1) {
			pairs.push([years[k - 1], years[k]]);
			break;
		}
	}
	if (pairs.length >= pairsWanted) break;
}
const spans = (segmenter: Segmenter, a: ReturnType<typeof parseReport>, b: ReturnType<typeof parseReport>) => {
	const r = diffReports({ report: a }, { report: b }, { segmenter });
	const out = new Set<string>();
	for (const side of ['a', 'b'] as const)
		for (const s of r[side].segments) if (s.status !== 'equal') out.add(`${side}:${s.start}-${s.end}:${s.status}`);
	return out;
};
let totalRef = 0;
let differ = 0;
for (const [fa, fb] of pairs) {
	const a = parseReport(readFileSync(fa, 'utf8'));
	const b = parseReport(readFileSync(fb, 'utf8'));
	const sa = spans(ref, a, b);
	const sb = spans(ours, a, b);
	let d = 0;
	for (const x of sa) if (!sb.has(x)) d++;
	for (const x of sb) if (!sa.has(x)) d++;
	totalRef += sa.size;
	differ += d;
	console.log(
		`diff ${path.relative(gov, fa)} → ${path.basename(fb)}: ${sa.size} changed spans with jieba, ${sb.size} with ours, ${d} differ`
	);
}
console.log(`diff: ${pairs.length} pairs, ${totalRef} changed spans with jieba, ${differ} in one segmenter's result only`);
