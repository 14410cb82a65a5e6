/**
 * One measurement of the linearity bench, in a process of its own so its
 * memory is its own: `node --expose-gc --import tsx bench/linear-step.ts STEP N`
 * runs STEP on N copies of a national report's text and prints JSON
 * { ms (median of runs), peakMb (peak RSS over the baseline) }.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { parseReport, type ParsedReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { extractFigures } from '../src/lib/core/figures/extract';
import { lint } from '../src/lib/core/lint/index';
import { diffReports } from '../src/lib/core/diff/index';
import { alignReports } from '../src/lib/core/align/index';
import { median, sharedDir } from './shared';
import { segmenter as wordSegmenter } from '../src/lib/core/segmenter';

const [step, nArg, runsArg] = process.argv.slice(2);
const n = Number(nArg);
const runs = Number(runsArg ?? 3);

/** A national report's cleaned text (front matter and trailer off), repeated n times. */
function times(year: number, k: number): string {
	const text = parseReport(readFileSync(join(sharedDir, 'corpus', 'national', `${year}.txt`), 'utf8')).text;
	return Array(k).fill(text).join('\n\n');
}

const segmenter = wordSegmenter();
type Prep = { a: string; b: string; ra: ParsedReport; rb: ParsedReport };
function prep(k: number): Prep {
	const a = times(2023, k);
	const b = times(2024, k);
	return { a, b, ra: parseReport(a), rb: parseReport(b) };
}

const steps: Record<string, (p: Prep) => unknown> = {
	parse: (p) => parseReport(p.b),
	topics: (p) => classifyReport(p.rb),
	figures: (p) => extractFigures(p.rb, p.b),
	lint: (p) => lint(p.b, segmenter(), p.rb),
	diff: (p) => diffReports({ report: p.ra }, { report: p.rb }, { segmenter }),
	align: (p) =>
		alignReports(
			[
				{ id: 'a', report: p.ra, topics: classifyReport(p.ra) },
				{ id: 'b', report: p.rb, topics: classifyReport(p.rb) }
			],
			'industry',
			segmenter()
		)
};
const f = steps[step];
if (!f) throw new Error(`unknown step ${step}`);

// Warm the code paths on one copy, then measure on n.
f(prep(1));
const p = prep(n);
const gc = (globalThis as { gc?: () => void }).gc;

/** Peak RSS while the step runs, sampled every 2 ms by a thread of its own (the main thread is busy). */
const sampler = new Worker(
	`const { parentPort } = require('node:worker_threads');
	let peak = 0, on = false;
	const tick = () => { if (on) peak = Math.max(peak, process.memoryUsage.rss()); };
	setInterval(tick, 2);
	parentPort.on('message', (m) => { if (m === 'start') { on = true; peak = process.memoryUsage.rss(); } else { tick(); on = false; parentPort.postMessage(peak); } });`,
	{ eval: true }
);
const ask = (m: string) =>
	new Promise<number>((r) => {
		sampler.once('message', r);
		sampler.postMessage(m);
	});
const idle = () => new Promise((r) => setTimeout(r, 20));

const timesMs: number[] = [];
let peak = 0;
for (let i = 0; i < runs; i++) {
	gc?.();
	await idle();
	const base = process.memoryUsage.rss();
	sampler.postMessage('start');
	await idle();
	const t = performance.now();
	const out = f(p);
	timesMs.push(performance.now() - t);
	await idle();
	const high = await ask('stop');
	peak = Math.max(peak, (high - base) / 1024 / 1024);
	void out;
}
await sampler.terminate();
console.log(JSON.stringify({ step, n, chars: p.b.length, ms: median(timesMs), peakMb: peak }));
