// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// Labelling aid (NOT the detector): every sentence of the named sections of a city report, with the labelling rule's
// verdict (scripts/eval/reuse-rule.ts: verbatim stretches >= 10 letters shared with the province / national report of the
// same or the previous year, common by core/reuse COMMON) and, for lightly edited lines, the sentence of each source holding
// the largest share of its character bigrams (>= 0.3). Usage: npx tsx scripts/eval/label-rule.ts CITY YEAR PROVINCE HEADING…
import { ruleClass } from './reuse-rule';
import { folderCorpus } from '../../src/lib/server/reuse';

const corpus = folderCorpus((process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov');
const [city, y, prov, ...headings] = process.argv.slice(2);
const year = Number(y);
const t = corpus.parsed(`${city}-${year}`)!;
const sents = (id: string) => {
	const r = corpus.parsed(id);
	return r ? r.sentences.map((s) => r.text.slice(s.textStart, s.textEnd).trim()) : [];
};
const bg = (s: string) => {
	const w = s.replace(/[^\p{L}]/gu, '');
	const o = new Set<string>();
	for (let i = 0; i + 2 <= w.length; i++) o.add(w.slice(i, i + 2));
	return o;
};
const srcs = (
	[
		[`省${year}`, `${prov}-${year}`],
		[`省${year - 1}`, `${prov}-${year - 1}`],
		[`国${year}`, `中华人民共和国-${year}`],
		[`国${year - 1}`, `中华人民共和国-${year - 1}`]
	] as const
).map(([n, id]) => [n, sents(id).map((s) => [s, bg(s)] as const)] as const);
let count = 0;
for (const h of headings) {
	const sec = t.sections.find((s) => s.heading.includes(h))!;
	console.log(`\n== ${city} ${year} «${sec.heading}»`);
	t.sentences.forEach((x, i) => {
		if (x.textStart < sec.textStart || x.textEnd > sec.textEnd) return;
		count++;
		const s = t.text.slice(x.textStart, x.textEnd).trim();
		const { cls, st } = ruleClass(s, year, prov, 'none');
		console.log(`\n#${i} [${cls}] ${s}`);
		for (const x of st) console.log(`   = ${x.source} ${(x.share * 100).toFixed(0)}%${x.slogan ? ' COMMON' : ''} ${x.text}`);
		const g = bg(s);
		for (const [n, list] of srcs) {
			let best = 0;
			let bs = '';
			for (const [z, zg] of list) {
				let k = 0;
				for (const b of g) if (zg.has(b)) k++;
				const c = k / Math.max(1, g.size);
				if (c > best) [best, bs] = [c, z];
			}
			if (best >= 0.3) console.log(`   ~ ${n} ${best.toFixed(2)} ${bs.slice(0, 160)}`);
		}
	});
}
console.log(`\n${count} sentences`);
