// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// Labelling aid (NOT the detector): for every sentence of one section of a city report, the longest stretch of wording
// (letters only) it shares verbatim with each source (province and national, same year and the year before), when ≥ 8.
// Usage: npx tsx scripts/eval/label-lcs.ts CITY YEAR PROVINCE HEADING
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/core/parse';
const G = (process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov/';
const [city, year, prov, heading] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5]];
const read = (p: string) => {
	try {
		return readFileSync(G + p, 'utf8');
	} catch {
		return '';
	}
};
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
const t = parseReport(read(`政府工作报告-其他地市/${city}/${year}.md`) || read(`政府工作报告-主要城市/${city}/${year}.md`));
const sec = t.sections.find((s) => s.heading.includes(heading))!;
const srcs = [
	[`省${year}`, letters(read(`政府工作报告-省自治区/${prov}/${year}.md`))],
	[`省${year - 1}`, letters(read(`政府工作报告-省自治区/${prov}/${year - 1}.md`))],
	[`国${year}`, letters(read(`政府工作报告-国务院/${year}.md`))],
	[`国${year - 1}`, letters(read(`政府工作报告-国务院/${year - 1}.md`))]
] as const;
t.sentences.forEach((x, i) => {
	if (x.textStart < sec.textStart || x.textEnd > sec.textEnd) return;
	const w = letters(t.text.slice(x.textStart, x.textEnd));
	const hits: string[] = [];
	for (const [n, src] of srcs) {
		let best = '';
		for (let a = 0; a < w.length; a++) {
			let len = best.length + 1;
			while (a + len <= w.length && src.includes(w.slice(a, a + len))) len++;
			if (len - 1 > best.length && src.includes(w.slice(a, a + len - 1))) best = w.slice(a, a + len - 1);
		}
		if (best.length >= 8) hits.push(`${n}:${best}`);
	}
	if (hits.length) console.log(`#${i} ${hits.join('  ')}`);
});
