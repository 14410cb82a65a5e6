/**
 * Print two reports' passages on a topic WITHOUT running the matcher, for
 * hand-labelling counterpart pairs blind (tests/fixtures/align-labels.json).
 * Uses only the parser and the topic classifier. --heads also prints each
 * report's top-level headings with their offsets, to tell the parts (review,
 * term goals, plan, notes) a passage is in without running the matcher.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-dump.ts gov/…/A/2023.md gov/…/B/2023.md urban [--chars 160] [--heads]
 */
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { passagesOn } from '../src/lib/core/align/index';
import { readReportFile } from '../tests/corpus/topics-eval';

const [a, b, topic] = process.argv.slice(2);
const charsAt = process.argv.indexOf('--chars');
const chars = charsAt > 0 ? Number(process.argv[charsAt + 1]) : 160;
const heads = process.argv.includes('--heads');
for (const [tag, file] of [
	['A', a],
	['B', b]
] as const) {
	const report = parseReport(await readReportFile(file));
	const topics = classifyReport(report);
	console.log(`# ${tag} ${file}`);
	if (heads) for (const h of report.sections.filter((x) => x.level <= 1)) console.log(`  @${h.textStart} ${h.heading}`);
	passagesOn(topics, topic).forEach((p, i) => {
		const t = report.text.slice(p.textStart, p.textEnd).replace(/\s+/g, ' ');
		console.log(`${tag}${i} @${p.textStart} ${t.slice(0, chars)}${t.length > chars ? '…' : ''}`);
	});
}
