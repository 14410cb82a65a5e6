/**
 * Dumps every figure's name over every Nth report of ../shared/corpus/gov (labelled reports of
 * figures-indicators.json skipped), to compare two versions of the extractor by reading the names
 * a rule changes: npx tsx scripts/eval/figures-names-dump.ts N OUT.json, then
 * npx tsx scripts/eval/figures-names-dump.ts --diff A.json B.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { loadIndicatorLabels } from '../../tests/fixtures/figures-indicator-score';
import { sharedDir } from '../../tests/fixtures/figures-score';
import { govMarkdownFiles } from '../../tests/fixtures/gov-files';
import { figureRow, type FigureRow } from './figure-rows';

type Row = FigureRow;
if (process.argv[2] === '--diff') {
	const a: Row[] = JSON.parse(readFileSync(process.argv[3], 'utf8'));
	const b: Row[] = JSON.parse(readFileSync(process.argv[4], 'utf8'));
	const key = (r: Row) => `${r[0]}@${r[1]}${r[5] ? `.${r[5]}` : ''}`;
	const old = new Map(a.map((r) => [key(r), r]));
	let changed = 0;
	for (const r of b) {
		const o = old.get(key(r));
		if (!o) console.log(`NEW ${r[0]} ${r[2]} «${r[3]}»  ${r[4]}`);
		else if (o[3] !== r[3]) {
			changed++;
			console.log(`${r[0]} ${r[2]}: «${o[3]}» → «${r[3]}»  | ${r[4]}`);
		}
		old.delete(key(r));
	}
	for (const o of old.values()) console.log(`GONE ${o[0]} ${o[2]} «${o[3]}»`);
	console.log(`${b.length} figures, ${changed} names changed`);
} else {
	const every = Number(process.argv[2] ?? 29);
	const root = path.join(sharedDir, 'corpus/gov');
	const labelled = new Set(loadIndicatorLabels().map((l) => path.join(sharedDir, l.report)));
	const files = govMarkdownFiles(root);
	const rows: Row[] = [];
	for (let i = 0; i < files.length; i += every) {
		if (labelled.has(files[i])) continue;
		const input = readFileSync(files[i], 'utf8');
		const parsed = parseReport(input);
		for (const f of extractFigures(parsed, input, { topicOf: () => null })) rows.push(figureRow(root, files[i], parsed, f));
	}
	writeFileSync(process.argv[3], JSON.stringify(rows));
	console.log(`${rows.length} figures`);
}
