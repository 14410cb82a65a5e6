/**
 * The diff benchmark, in one process, on every consecutive pair of the
 * national reports (consecutive in the corpus: 1960 → 1964 is a pair when
 * the years between are missing):
 *   - this engine (jieba word level), with lossless and identical-sentence checks;
 *   - jsdiff `diffWords` with an Intl segmenter, and diff-match-patch without
 *     timeout: ~45 s and ~15–60 s per pair (minutes on the long 1950s–80s
 *     reports), so they run on a fixed sample: the most recent pairs
 *     (BENCH_SAMPLE, default 5, for dmp; BENCH_WORDS_SAMPLE, default 2, for diffWords);
 *   - diff-match-patch with its default 1 s timeout, every pair;
 *   - the whole `cli diff` process, startup included, on the newest pair.
 * Targets (issue 4): engine median ≤ 100 ms; ≥ 100× faster than dmp without
 * timeout; CLI process ≥ 10× faster than dmp without timeout; 0 violations.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { parseReport, type ParsedReport } from '../src/lib/core/parse';
import { diffReports, identicalSentenceViolations, sideText } from '../src/lib/core/diff/index';
import { segmenter as wordSegmenter } from '../src/lib/core/segmenter';
import { median, ms, nationalFiles, repoRoot } from './shared';

function time<T>(fn: () => T): [T, number] {
	const t = performance.now();
	const v = fn();
	return [v, performance.now() - t];
}

/** The most recent `n` pairs: a fixed sample, and the kind of report users compare most. */
function sample<T>(xs: T[], n: number): T[] {
	return xs.slice(Math.max(0, xs.length - n));
}

export async function run() {
	const files = nationalFiles();
	const name = (f: string) => f.split('/').pop()!.replace('.txt', '');
	const inputs = files.map((f) => readFileSync(f, 'utf8'));
	parseReport(inputs[0]); // warm the parser's code paths before timing it
	const parseTimes: number[] = [];
	const reports: ParsedReport[] = inputs.map((input) => {
		const [r, t] = time(() => parseReport(input));
		parseTimes.push(t);
		return r;
	});
	console.log(
		`${files.length} national reports, ${files.length - 1} consecutive pairs; parse: median ${ms(median(parseTimes))}, max ${ms(Math.max(...parseTimes))} per report`
	);

	const [segmenter, loadSegmenter] = time(() => wordSegmenter());
	console.log(`word segmenter load (once per process): ${ms(loadSegmenter)}`);

	const pairs = files.slice(1).map((_, i) => [i, i + 1] as const);
	// Warm-up on one pair, so the first timing is not the JIT's.
	diffReports({ report: reports[0] }, { report: reports[1] }, { segmenter });

	const engine: number[] = [];
	let violations = 0;
	let lossy = 0;
	const reuse: number[] = [];
	for (const [i, j] of pairs) {
		const [result, t] = time(() => diffReports({ report: reports[i] }, { report: reports[j] }, { segmenter }));
		engine.push(t);
		const v = identicalSentenceViolations(result, reports[i], reports[j]);
		violations += v.length;
		if (v.length) console.log(`  violations ${name(files[i])}→${name(files[j])}: ${v.slice(0, 3).join(' | ')}`);
		if (sideText(result, 'a', reports[i].text) !== reports[i].text || sideText(result, 'b', reports[j].text) !== reports[j].text) lossy++;
		reuse.push(result.stats.reusedB);
	}

	const dmp = new DiffMatchPatch();
	const dmpRun = (a: string, b: string, timeout: number) => {
		dmp.Diff_Timeout = timeout;
		const d = dmp.diff_main(a, b);
		dmp.diff_cleanupSemantic(d);
		return d;
	};
	const dmp1: number[] = [];
	for (const [i, j] of pairs) dmp1.push(time(() => dmpRun(reports[i].text, reports[j].text, 1))[1]);

	const nSlow = Number(process.env.BENCH_SAMPLE ?? 5);
	const slowPairs = sample(pairs, nSlow);
	const dmp0: number[] = [];
	for (const [i, j] of slowPairs) {
		const t = time(() => dmpRun(reports[i].text, reports[j].text, 0))[1];
		dmp0.push(t);
		console.log(`  dmp no timeout ${name(files[i])}→${name(files[j])}: ${ms(t)}`);
	}
	// On Node 20 every segment object of Intl.Segmenter copies its whole input
	// string: on a whole report that is O(n²) memory (it ran out of a 4 GB heap
	// on 1954→1955). So jsdiff gets a segmenter that segments sentence by sentence.
	const intl = new Intl.Segmenter('zh', { granularity: 'word' });
	const segmenterIntl = {
		resolvedOptions: () => intl.resolvedOptions(),
		segment: (s: string) => s.split(/(?<=[。！？\n])/).flatMap((part) => Array.from(intl.segment(part), (x) => ({ segment: x.segment })))
	} as unknown as Intl.Segmenter;
	const words: number[] = [];
	for (const [i, j] of sample(pairs, Number(process.env.BENCH_WORDS_SAMPLE ?? 2))) {
		const t = time(() => diffWords(reports[i].text, reports[j].text, { intlSegmenter: segmenterIntl }))[1];
		words.push(t);
		console.log(`  jsdiff diffWords ${name(files[i])}→${name(files[j])}: ${ms(t)}`);
	}
	const engineOnSample = slowPairs.map(([i]) => engine[i]);
	const engineOnWords = sample(pairs, Number(process.env.BENCH_WORDS_SAMPLE ?? 2)).map(([i]) => engine[i]);

	// The whole CLI process on the newest pair, by file path (no corpus involved).
	const [fa, fb] = files.slice(-2);
	const cli: number[] = [];
	const npmCli: number[] = [];
	const env = { ...process.env, DUIDU_CACHE: 'off' };
	// `npm run cli` is `node scripts/cli.js`: the bundled CLI (built on first use, so warm it once).
	execFileSync(process.execPath, ['scripts/cli.js', 'help'], { cwd: repoRoot, env });
	for (let k = 0; k < 3; k++) {
		cli.push(
			time(() =>
				execFileSync(process.execPath, ['scripts/cli.js', 'diff', fa, fb, '--json'], { cwd: repoRoot, maxBuffer: 64 << 20, env })
			)[1]
		);
		npmCli.push(
			time(() => execFileSync('npm', ['run', '-s', 'cli', '--', 'diff', fa, fb, '--json'], { cwd: repoRoot, maxBuffer: 64 << 20, env }))[1]
		);
	}
	const [, dmpNewest] = time(() => dmpRun(reports[reports.length - 2].text, reports[reports.length - 1].text, 0));

	const m = median(engine);
	console.log('\n| method | pairs | median | max |\n|---|---|---|---|');
	console.log(`| duidu engine (jieba) | ${engine.length} | ${ms(m)} | ${ms(Math.max(...engine))} |`);
	console.log(
		`| duidu engine on the slow sample | ${engineOnSample.length} | ${ms(median(engineOnSample))} | ${ms(Math.max(...engineOnSample))} |`
	);
	console.log(`| diff-match-patch + cleanupSemantic, 1 s timeout | ${dmp1.length} | ${ms(median(dmp1))} | ${ms(Math.max(...dmp1))} |`);
	console.log(
		`| diff-match-patch + cleanupSemantic, no timeout | ${dmp0.length} (sample) | ${ms(median(dmp0))} | ${ms(Math.max(...dmp0))} |`
	);
	console.log(`| jsdiff diffWords + Intl.Segmenter | ${words.length} (sample) | ${ms(median(words))} | ${ms(Math.max(...words))} |`);
	console.log(
		`| \`node scripts/cli.js diff --json\` whole process, ${name(fa)}→${name(fb)} | 3 runs | ${ms(median(cli))} | ${ms(Math.max(...cli))} |`
	);
	console.log(`| \`npm run cli -- diff --json\` whole process incl. npm | 3 runs | ${ms(median(npmCli))} | ${ms(Math.max(...npmCli))} |`);
	console.log(`| diff-match-patch no timeout, same pair (in-process) | 1 | ${ms(dmpNewest)} | |`);

	const ratio0 = median(dmp0) / median(engineOnSample);
	const ratioWords = median(words) / median(engineOnWords);
	const ratioCli = dmpNewest / median(cli);
	console.log(`\nengine vs dmp no timeout (same sample): ${ratio0.toFixed(0)}× faster (target ≥ 100×)`);
	console.log(`engine vs dmp 1 s timeout: ${(median(dmp1) / m).toFixed(0)}× faster`);
	console.log(`engine vs jsdiff diffWords (same sample): ${ratioWords.toFixed(0)}× faster`);
	console.log(
		`cli process vs dmp no timeout on ${name(fa)}→${name(fb)}: ${ratioCli.toFixed(1)}× faster (target ≥ 10×); through npm: ${(dmpNewest / median(npmCli)).toFixed(1)}×`
	);
	console.log(`engine median ${ms(m)} (target ≤ 100 ms): ${m <= 100 ? 'met' : 'NOT met'}`);
	console.log(`identical sentences not kept as equal/moved: ${violations} (target 0); lossless failures: ${lossy}`);
	console.log(`wording reused year on year (share of B's characters kept verbatim): median ${(median(reuse) * 100).toFixed(1)}%`);
}
