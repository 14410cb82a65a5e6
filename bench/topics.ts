/**
 * Timing of topic classification and alignment over the national series
 * (the largest reports, decades apart). Needs the shared corpus:
 *   DUIDU_SHARED=/path/to/shared npm run bench -- topics
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { alignReports } from '../src/lib/core/align/index';
import { segmenter } from '../src/lib/core/segmenter';

export async function run() {
	const shared = process.env.DUIDU_SHARED ?? path.resolve(import.meta.dirname, '../../shared');
	const years = [1955, 1979, 1994, 2008, 2019, 2024];
	const reports = years.map((y) => {
		const input = readFileSync(path.join(shared, 'corpus/national', `${y}.txt`), 'utf8');
		return { id: String(y), input, report: parseReport(input) };
	});
	const chars = reports.reduce((n, r) => n + r.report.text.length, 0);

	let t = performance.now();
	const inputs = reports.map((r) => ({ id: r.id, report: r.report, topics: classifyReport(r.report) }));
	const classifyMs = performance.now() - t;
	console.log(`classify 6 national reports (${chars} chars): ${classifyMs.toFixed(0)} ms`);

	for (const topic of ['urban', 'industry', 'livelihood', 'rural']) {
		t = performance.now();
		const a = alignReports(inputs, topic, segmenter());
		const ms = performance.now() - t;
		const cells = a.rows.reduce((n, r) => n + r.cells.filter(Boolean).length, 0);
		const matched = a.rows.filter((r) => r.cells.filter(Boolean).length > 1).length;
		console.log(`align 6 national reports on ${topic}: ${ms.toFixed(0)} ms (${cells} passages, ${a.rows.length} rows, ${matched} matched)`);
	}
}
