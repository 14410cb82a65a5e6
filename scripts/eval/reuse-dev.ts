// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// The dev figures of reuse across levels in one run, over the four dev label sets: reuse-labels.json (sample + pool:
// precision over the labelled sentences), reuse-labels-heldout.json, -heldout3.json and -heldout4.json (held out in rounds
// 2, 3 and 4, dev since: every sentence of the chosen sections). Each argument is a JSON object of options for sourcesOf ({"share": 0.1,
// "reuse": {...}}) — a sweep in one process shares the year tables. Add "show" to list the false hits and misses.
// Usage: npx tsx scripts/eval/reuse-dev.ts ['{"reuse":{"minIdentity":0.75}}' …] [show]
import { readFileSync } from 'node:fs';
import { folderCorpus, sourcesOf } from '../../src/lib/server/reuse';
const fixture = (f: string) => JSON.parse(readFileSync(`tests/fixtures/${f}`, 'utf8'));
const corpus = folderCorpus((process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov');
const show = process.argv.includes('show');
const configs = process.argv.slice(2).filter((a) => a !== 'show');
type Label = { q: string; from: string[] };
for (const c of configs.length ? configs : ['{}']) {
	const opts = JSON.parse(c);
	let tp = 0,
		fp = 0,
		found = 0,
		total = 0;
	const notes: string[] = [];
	const judge = (city: string, year: number, labelled: Map<number, Label>, judged: (i: number) => boolean, text: (i: number) => string) => {
		const r = sourcesOf(corpus, `${city}-${year}`, opts);
		const rel = (s: string) => r.sources.find((x) => x.id === s)!.relation as string;
		const flagged = new Map<number, Set<string>>();
		for (const x of r.passages)
			if (judged(x.sentence)) (flagged.get(x.sentence) ?? flagged.set(x.sentence, new Set()).get(x.sentence)!).add(rel(x.source));
		for (const [i, lv] of flagged) {
			const l = labelled.get(i);
			if (l && l.from.some((f) => lv.has(f))) tp++;
			else {
				fp++;
				const ps = r.passages.filter((x) => x.sentence === i);
				notes.push(
					`  FALSE ${city} #${i} ${text(i).slice(0, 24)} ⇐ ${ps.map((x) => `${rel(x.source)} ${x.identity}「${x.text}」`).join(' ')}`
				);
			}
		}
		for (const [i, l] of labelled) {
			total++;
			if (l.from.some((f) => flagged.get(i)?.has(f))) found++;
			else notes.push(`  MISSED ${city} #${i} ${l.q}`);
		}
	};
	for (const t of fixture('reuse-labels.json').triples) {
		const p = corpus.parsed(`${t.city}-${t.year}`)!;
		const text = (i: number) => p.text.slice(p.sentences[i].textStart, p.sentences[i].textEnd).trim();
		const find = (q: string) => p.sentences.findIndex((_, i) => text(i).startsWith(q) || text(i).includes(q));
		const labelled = new Map<number, Label>(t.reused.map((l: Label) => [find(l.q), l]));
		const judged = new Set<number>([...labelled.keys(), ...[...t.none, ...t.boilerplate].map(find)].filter((i) => i >= 0));
		judge(t.city, t.year, labelled, (i) => judged.has(i), text);
	}
	for (const t of [
		...fixture('reuse-labels-heldout.json').triples,
		...fixture('reuse-labels-heldout3.json').triples,
		...fixture('reuse-labels-heldout4.json').triples
	]) {
		const p = corpus.parsed(`${t.city}-${t.year}`)!;
		const text = (i: number) => p.text.slice(p.sentences[i].textStart, p.sentences[i].textEnd);
		const secs = t.sections.map((h: string) => p.sections.find((s) => s.heading.includes(h))!);
		const inside = (i: number) =>
			secs.some(
				(s: { textStart: number; textEnd: number }) => p.sentences[i].textStart >= s.textStart && p.sentences[i].textEnd <= s.textEnd
			);
		const labelled = new Map<number, Label>(
			t.reused.map((l: Label) => [p.sentences.findIndex((_, k) => inside(k) && text(k).includes(l.q)), l])
		);
		judge(t.city, t.year, labelled, inside, text);
	}
	console.log(
		`${c}: dev precision ${tp}/${tp + fp} = ${(tp / Math.max(1, tp + fp)).toFixed(2)}, recall ${found}/${total} = ${(found / total).toFixed(2)}`
	);
	if (show) console.log(notes.join('\n'));
}
