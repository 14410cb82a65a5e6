/**
 * Times figure extraction over the national reports of ../shared/corpus/gov (parsing outside the timing):
 * npx tsx scripts/eval/figures-time.ts [RUNS] — prints each run and the median, in seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { sharedDir } from '../../tests/fixtures/figures-score';

const dir = path.join(sharedDir, 'corpus/gov/政府工作报告-国务院');
const reports = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const input = readFileSync(path.join(dir, f), 'utf8');
		return { input, parsed: parseReport(input) };
	});
const runs = Number(process.argv[2] ?? 5);
const times: number[] = [];
let figures = 0;
for (let r = 0; r < runs; r++) {
	const t0 = performance.now();
	figures = 0;
	for (const { input, parsed } of reports) figures += extractFigures(parsed, input, { topicOf: () => null }).length;
	times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
console.log(
	`${reports.length} reports, ${figures} figures; runs ${times.map((t) => t.toFixed(2)).join(' ')} s; median ${times[Math.floor(runs / 2)].toFixed(2)} s`
);
