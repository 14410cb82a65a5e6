// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// Labelling aid (NOT the detector): every sentence of one section of a city report, each with the sentence of each source
// (province and national, same year and the year before) holding the largest share of its character bigrams.
// Without HEADING: lists the sections. Usage: npx tsx scripts/eval/label-section.ts CITY YEAR PROVINCE [HEADING]
import { readFileSync } from 'node:fs';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
const G = (process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov/';
const [city, year, prov, heading] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5]];
const load = (p: string) => {
	try {
		return parseReport(readFileSync(G + p, 'utf8'));
	} catch {
		return null;
	}
};
const t = load(`政府工作报告-其他地市/${city}/${year}.md`) ?? load(`政府工作报告-主要城市/${city}/${year}.md`)!;
if (!heading) {
	for (const s of t.sections) console.log(`${'  '.repeat(s.level - 1)}${s.heading.slice(0, 60)}  [${s.textEnd - s.textStart}]`);
	process.exit(0);
}
const sec = t.sections.find((s) => s.heading.includes(heading))!;
const srcs = [
	[`省${year}`, load(`政府工作报告-省自治区/${prov}/${year}.md`)],
	[`省${year - 1}`, load(`政府工作报告-省自治区/${prov}/${year - 1}.md`)],
	[`国${year}`, load(`政府工作报告-国务院/${year}.md`)],
	[`国${year - 1}`, load(`政府工作报告-国务院/${year - 1}.md`)]
] as const;
const bg = (s: string) => {
	const w = s.replace(/[^\p{L}\p{N}]/gu, '');
	const o = new Set<string>();
	for (let i = 0; i + 2 <= w.length; i++) o.add(w.slice(i, i + 2));
	return o;
};
const sents = (r: ParsedReport) => r.sentences.map((s) => r.text.slice(s.textStart, s.textEnd).trim());
const srcS = srcs.filter(([, r]) => r).map(([n, r]) => [n, sents(r).map((s: string) => [s, bg(s)])] as const);
console.log(`${city} ${year} section «${sec.heading}»; sources ${srcs.map(([n, r]) => n + (r ? '' : '(missing)')).join(' ')}`);
t.sentences.forEach((x, i) => {
	if (x.textStart < sec.textStart || x.textEnd > sec.textEnd) return;
	const s = t.text.slice(x.textStart, x.textEnd).trim();
	const g = bg(s);
	console.log(`\n#${i} ${s}`);
	for (const [n, list] of srcS) {
		let best = 0,
			bs = '';
		for (const [y, yg] of list) {
			let k = 0;
			for (const b of g) if (yg.has(b)) k++;
			const c = k / Math.max(1, g.size);
			if (c > best) {
				best = c;
				bs = y;
			}
		}
		if (best >= 0.3) console.log(`   ${n} ${best.toFixed(2)} ${bs.slice(0, 220)}`);
	}
});
