// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// Labelling aid (NOT the detector): for sampled city sentences, the source sentences with the highest share of the city sentence's bigrams.
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/core/parse';
const G = (process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov/';
const [city, year, prov, per] = [process.argv[2], Number(process.argv[3]), process.argv[4], Number(process.argv[5] ?? 25)];
const load = (p: string) => {
	try {
		return parseReport(readFileSync(G + p, 'utf8'));
	} catch {
		return null;
	}
};
const t = load(`政府工作报告-其他地市/${city}/${year}.md`)!;
const srcs: [string, ReturnType<typeof load>][] = [
	[`${prov}${year}`, load(`政府工作报告-省自治区/${prov}/${year}.md`)],
	[`${prov}${year - 1}`, load(`政府工作报告-省自治区/${prov}/${year - 1}.md`)],
	[`国${year}`, load(`政府工作报告-国务院/${year}.md`)],
	[`国${year - 1}`, load(`政府工作报告-国务院/${year - 1}.md`)]
];
const bg = (s: string) => {
	const w = s.replace(/[^\p{L}\p{N}]/gu, '');
	const o = new Set<string>();
	for (let i = 0; i + 2 <= w.length; i++) o.add(w.slice(i, i + 2));
	return o;
};
/** The source sentence containing most of `g`'s bigrams, and that share. */
function closest(g: Set<string>, list: readonly (readonly [string, Set<string>])[]): [number, string] {
	let best = 0,
		bs = '';
	for (const [x, xg] of list) {
		let k = 0;
		for (const b of g) if (xg.has(b)) k++;
		const c = k / g.size;
		if (c > best) {
			best = c;
			bs = x;
		}
	}
	return [best, bs];
}
const sents = (r: NonNullable<ReturnType<typeof load>>) => r.sentences.map((s) => r.text.slice(s.textStart, s.textEnd).trim());
const srcS = srcs.filter(([, r]) => r).map(([n, r]) => [n, sents(r).map((s: string) => [s, bg(s)])] as const);
let seed = 1600 + year;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const all = sents(t);
const idx = all
	.map((_: string, i: number) => i)
	.filter((i: number) => all[i].replace(/[^\p{L}\p{N}]/gu, '').length >= 12)
	.sort(() => rnd() - 0.5)
	.slice(0, per)
	.sort((a: number, b: number) => a - b);
console.log(`${city} ${year}: ${all.length} sentences; sources ${srcs.map(([n, r]) => n + (r ? '' : '(missing)')).join(' ')}`);
for (const i of idx) {
	const s = all[i];
	const g = bg(s);
	console.log(`\n#${i} ${s}`);
	for (const [n, list] of srcS) {
		const [best, bs] = closest(g, list);
		if (best >= 0.35) console.log(`   ${n} ${best.toFixed(2)} ${bs.slice(0, 160)}`);
	}
}
if (process.argv[6] === 'pool') {
	console.log('\n==== POOL (every sentence with containment >= 0.6 in a source) ====');
	all.forEach((s: string, i: number) => {
		const g = bg(s);
		if (s.replace(/[^\p{L}\p{N}]/gu, '').length < 12) return;
		const lines: string[] = [];
		for (const [n, list] of srcS) {
			const [best, bs] = closest(g, list);
			if (best >= 0.6) lines.push(`   ${n} ${best.toFixed(2)} ${bs.slice(0, 200)}`);
		}
		if (lines.length) console.log(`\n#${i} ${s.slice(0, 240)}\n${lines.join('\n')}`);
	});
}
