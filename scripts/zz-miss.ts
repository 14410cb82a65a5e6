import { evaluatePairs } from '../tests/corpus/align-eval';
const res = await evaluatePairs((p) => p.split === process.argv[2] && (!process.argv[3] || p.name.startsWith(process.argv[3])), {}, true);
for (const r of res) {
	for (const m of r.score.misses) console.log(`MISS ${r.pair.name} ${r.topic} ${m}`);
	for (const w of r.score.wrong) console.log(`WRONG ${r.pair.name} ${r.topic} ${w}`);
}
