// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
import { readFileSync } from 'node:fs';
import { folderCorpus, sourcesOf, summaryOf } from '../../src/lib/server/reuse';
const labels = JSON.parse(readFileSync('tests/fixtures/reuse-labels.json', 'utf8'));
const corpus = folderCorpus((process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov');
const which = process.argv[2];
const show = process.argv[3] === 'show';
for (const t of labels.triples) {
	if (which && !t.city.startsWith(which)) continue;
	const t0 = performance.now();
	const r = sourcesOf(corpus, `${t.city}-${t.year}`);
	const ms = performance.now() - t0;
	const p = corpus.parsed(`${t.city}-${t.year}`)!;
	const sents = p.sentences.map((s) => p.text.slice(s.textStart, s.textEnd).trim());
	const find = (q: string) => sents.findIndex((s) => s.startsWith(q) || s.includes(q));
	const levelOf = (src: string) => r.sources.find((s) => s.id === src)!.relation;
	const flagged = new Map<number, Set<string>>();
	for (const x of r.passages) (flagged.get(x.sentence) ?? flagged.set(x.sentence, new Set()).get(x.sentence)!).add(levelOf(x.source));
	let found = 0,
		total = 0;
	const missed: string[] = [];
	for (const l of t.reused) {
		const i = find(l.q);
		if (i < 0) {
			console.log('  !! label not found', l.q);
			continue;
		}
		total++;
		const f = flagged.get(i);
		if (f && l.from.some((x: string) => f.has(x))) found++;
		else missed.push(l.q + (f ? ` (flagged ${[...f]})` : ''));
	}
	const fps = [...t.none, ...t.boilerplate]
		.map((q: string) => [q, find(q)] as const)
		.filter(([, i]) => i >= 0 && flagged.has(i))
		.map(([q]) => q);
	console.log(
		`${t.city} ${t.year} [${t.split}] ${ms.toFixed(0)} ms; sources ${r.sources.map((s) => s.id).join(', ')}; boilerplate grams ${r.boilerplateGrams}; flagged sentences ${flagged.size}/${sents.length}`
	);
	console.log(`  recall ${found}/${total}; missed: ${missed.join(' | ')}`);
	console.log(`  flagged among labelled none/boilerplate: ${fps.length}/${t.none.length + t.boilerplate.length} ${fps.join(' | ')}`);
	console.log('  ' + summaryOf(r).zh + ' / ' + summaryOf(r).en);
	if (show)
		for (const x of r.passages)
			console.log(`   #${x.sentence} ${levelOf(x.source)} ${x.source} ${x.closeness} ${x.identity} 「${x.text}」 ⇐ 「${x.sourceText}」`);
}
