/**
 * Print two reports' passages on a topic WITHOUT running the matcher, for
 * hand-labelling counterpart pairs blind (tests/fixtures/align-labels.json).
 * Uses only the parser and the topic classifier.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-dump.ts gov/…/A/2023.md gov/…/B/2023.md urban [--chars 160]
 */
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { passagesOn } from '../src/lib/core/align/index';
import { readReportFile } from '../tests/corpus/topics-eval';

const [a, b, topic] = process.argv.slice(2);
const charsAt = process.argv.indexOf('--chars');
const chars = charsAt > 0 ? Number(process.argv[charsAt + 1]) : 160;
for (const [tag, file] of [
	['A', a],
	['B', b]
] as const) {
	const report = parseReport(await readReportFile(file));
	const topics = classifyReport(report);
	console.log(`# ${tag} ${file}`);
	passagesOn(topics, topic).forEach((p, i) => {
		const t = report.text.slice(p.textStart, p.textEnd).replace(/\s+/g, ' ');
		console.log(`${tag}${i} @${p.textStart} ${t.slice(0, chars)}${t.length > chars ? '…' : ''}`);
	});
}
