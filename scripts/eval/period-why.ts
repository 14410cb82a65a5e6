// Why a figure got its period: for each figure in the sentences holding KEY, prints the part it stands in (core/parts.ts),
// the section's heading chain, the paragraph's start and the figure's period and kind. A labelling and debugging aid.
// Usage: npx tsx scripts/eval/period-why.ts REPORT KEY…   (REPORT relative to ../shared, e.g. corpus/gov/政府工作报告-国务院/2000.md)
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/core/parse';
import { readParts } from '../../src/lib/core/parts';
import { extractFigures } from '../../src/lib/core/figures/extract';

const shared = process.env.DUIDU_SHARED ?? '../shared';
const [rel, ...keys] = process.argv.slice(2);
const input = readFileSync(`${shared}/${rel}`, 'utf8');
const parsed = parseReport(input);
const parts = readParts(parsed);
const figs = extractFigures(parsed, input);
const byId = new Map(parsed.sections.map((s) => [s.id, s]));
for (const key of keys) {
	const si = parsed.sentences.findIndex((s) => parsed.text.slice(s.textStart, s.textEnd).includes(key));
	if (si < 0) {
		console.log(`«${key}» not found`);
		continue;
	}
	const s = parsed.sentences[si];
	const para = parsed.paragraphs.find((p) => p.textStart <= s.textStart && s.textStart < p.textEnd);
	const chain: string[] = [];
	for (let sec = para?.section ? byId.get(para.section) : undefined; sec; sec = sec.parent ? byId.get(sec.parent) : undefined)
		chain.unshift(sec.heading.slice(0, 24));
	console.log(`«${key}» part ${JSON.stringify(parts.at(s.textStart))}`);
	console.log(`   sections: ${chain.join(' > ')}`);
	console.log(`   paragraph: ${para ? parsed.text.slice(para.textStart, para.textStart + 40) : '?'}`);
	for (const f of figs.filter((g) => g.sentence === si))
		console.log(`   ${f.raw} → ${f.period} ${f.kind}${f.estimate ? ' est' : ''}${f.multiYear ? ' multi' : ''}`);
}
