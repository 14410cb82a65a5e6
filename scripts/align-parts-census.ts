/**
 * Every top-level heading of every report in ../shared/corpus/gov with the part
 * core/parts.ts reads for it for alignment (termTurn), one line each (report, heading, part, explicit):
 * run before and after a change to parts.ts and diff the two outputs to count
 * the headings whose part changes, then read a sample of them.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-parts-census.ts > parts.txt
 * --paragraphs: one line per report instead, the parts of its paragraphs as runs
 * (part×count, in reading order), so a change inside a section (a turn to this
 * year's plan at a paragraph) shows too.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../src/lib/core/parse';
import { readParts } from '../src/lib/core/parts';
import { readReportFile, sharedDir } from '../tests/corpus/topics-eval';

const root = path.join(sharedDir, 'corpus/gov');
const byParagraph = process.argv.includes('--paragraphs');
const files: string[] = [];
const walk = (dir: string) => {
	for (const name of readdirSync(dir).sort()) {
		const p = path.join(dir, name);
		if (statSync(p).isDirectory()) walk(p);
		else if (name.endsWith('.md')) files.push(path.relative(path.join(sharedDir, 'corpus'), p));
	}
};
walk(root);
for (const file of files) {
	const report = parseReport(await readReportFile(file));
	const parts = readParts(report, { termTurn: true });
	if (byParagraph) {
		const runs: [string, number][] = [];
		for (const p of report.paragraphs) {
			const part = parts.at(p.textStart).part;
			if (runs.length && runs[runs.length - 1][0] === part) runs[runs.length - 1][1]++;
			else runs.push([part, 1]);
		}
		console.log(`${file}\t${runs.map(([p, n]) => `${p}×${n}`).join(' ')}`);
		continue;
	}
	const top = report.sections.filter((s) => s.kind !== 'lead');
	if (!top.length) continue;
	const minLevel = Math.min(...top.map((s) => s.level));
	for (const s of top.filter((x) => x.level === minLevel)) {
		const p = parts.at(s.textStart);
		console.log(`${file}\t${s.heading.replace(/\s+/g, ' ').slice(0, 50)}\t${p.part}${p.explicit ? '' : '?'}`);
	}
}
