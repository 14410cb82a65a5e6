/**
 * Print a report's level-1/2 sections and body paragraphs WITHOUT any topic,
 * for hand-labelling before the classifier is run on it (so labels stay
 * honest). Each line has a unique text prefix usable as a label key.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/topics-dump.ts national/1994.txt [--chars 90]
 */
import { parseReport } from '../src/lib/core/parse';
import { foldWidth } from '../src/lib/core/text/fold';
import { stripWhitespace } from '../src/lib/core/text/whitespace';
import { readReportFile } from '../tests/corpus/topics-eval';

const file = process.argv[2];
const charsAt = process.argv.indexOf('--chars');
const chars = charsAt > 0 ? Number(process.argv[charsAt + 1]) : 90;
const report = parseReport(await readReportFile(file));
const key = (s: string) => stripWhitespace(foldWidth(s, true));

const bodies = report.paragraphs.filter((p) => p.kind !== 'front').map((p) => report.text.slice(p.textStart, p.textEnd).trim());
/** Shortest prefix (≥ 8 characters) no earlier paragraph starts with: the label key finds the first match. */
const prefixOf = (i: number) => {
	for (let n = 8; n <= bodies[i].length; n++) {
		const k = key(bodies[i].slice(0, n));
		if (!bodies.slice(0, i).some((b) => key(b).startsWith(k))) return bodies[i].slice(0, n).replace(/\s+$/, '');
	}
	return null;
};
console.log('# sections');
for (const s of report.sections) if (s.kind !== 'lead' && s.level <= 2) console.log(`S L${s.level} ${s.heading.slice(0, 60)}`);
console.log('# paragraphs');
const secOf = new Map(report.sections.map((s) => [s.id, s]));
bodies.forEach((b, i) => {
	const p = report.paragraphs.filter((x) => x.kind !== 'front')[i];
	const sec = p.section ? secOf.get(p.section) : null;
	console.log(
		`P${i} [${sec ? sec.heading.slice(0, 14) : '-'}] key=${JSON.stringify(prefixOf(i))} | ${b.slice(0, chars).replace(/\n/g, ' ')}`
	);
});
