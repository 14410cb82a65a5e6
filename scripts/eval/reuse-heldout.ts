// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// Scores the detector on tests/fixtures/reuse-labels-heldout.json: every sentence of the labelled sections is judged,
// so precision = flagged sentences that are labelled reused (from a flagged level) / flagged sentences of the sections,
// recall = labelled reused sentences flagged from one of their labelled levels / labelled reused sentences.
import { readFileSync } from 'node:fs';
import { folderCorpus, sourcesOf } from '../../src/lib/server/reuse';
const labels = JSON.parse(readFileSync(process.argv[2] ?? 'tests/fixtures/reuse-labels-heldout.json', 'utf8'));
const corpus = folderCorpus((process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov');
let TP = 0,
	FLAGGED = 0,
	FOUND = 0,
	REUSED = 0;
for (const t of labels.triples) {
	const id = `${t.city}-${t.year}`;
	const r = sourcesOf(corpus, id);
	const p = corpus.parsed(id)!;
	const secs = t.sections.map((h: string) => p.sections.find((s) => s.heading.includes(h))!);
	const inSecs = (i: number) => secs.some((s) => p.sentences[i].textStart >= s.textStart && p.sentences[i].textEnd <= s.textEnd);
	const text = (i: number) => p.text.slice(p.sentences[i].textStart, p.sentences[i].textEnd);
	const rel = (src: string) => r.sources.find((s) => s.id === src)!.relation;
	const flagged = new Map<number, Set<string>>();
	for (const x of r.passages)
		if (inSecs(x.sentence)) (flagged.get(x.sentence) ?? flagged.set(x.sentence, new Set()).get(x.sentence)!).add(rel(x.source));
	const labelOf = new Map<number, (typeof t.reused)[number]>();
	for (const l of t.reused) {
		const i = p.sentences.findIndex((_, k) => inSecs(k) && text(k).includes(l.q));
		if (i < 0) throw new Error(`label not found: ${l.q}`);
		labelOf.set(i, l);
	}
	let tp = 0,
		found = 0;
	const fps: string[] = [];
	const missed: string[] = [];
	for (const [i, lv] of flagged) {
		const l = labelOf.get(i);
		if (l && l.from.some((x: string) => lv.has(x))) tp++;
		else fps.push(`#${i} ${text(i).slice(0, 30)} (${[...lv]}${l ? ', labelled from ' + l.from : ''})`);
	}
	for (const [i, l] of labelOf) {
		const f = flagged.get(i);
		if (f && l.from.some((x: string) => f.has(x))) found++;
		else missed.push(l.q);
	}
	const n = p.sentences.filter((_, k) => inSecs(k)).length;
	console.log(
		`${id} [${t.split}] ${n} sentences in ${t.sections.join(' + ')}: flagged ${flagged.size}, precision ${tp}/${flagged.size}, recall ${found}/${labelOf.size}`
	);
	if (fps.length) console.log('  false: ' + fps.join(' | '));
	if (missed.length) console.log('  missed: ' + missed.join(' | '));
	if (process.argv.includes('show'))
		for (const x of r.passages)
			if (inSecs(x.sentence))
				console.log(`   #${x.sentence} ${rel(x.source)} ${x.closeness} ${x.identity} 「${x.text}」 ⇐ 「${x.sourceText}」`);
	TP += tp;
	FLAGGED += flagged.size;
	FOUND += found;
	REUSED += labelOf.size;
}
console.log(
	`ALL: precision ${TP}/${FLAGGED} = ${(TP / Math.max(1, FLAGGED)).toFixed(2)}, recall ${FOUND}/${REUSED} = ${(FOUND / Math.max(1, REUSED)).toFixed(2)}`
);
