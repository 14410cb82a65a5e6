/**
 * `npm run fuzz`: the property tests' invariants (tests/unit/robust) over
 * many more random and adversarial inputs, then the hostile inputs of issue
 * 13 at full size, each under a generous time bound. Prints what held and
 * what did not; exits 1 on any failure.
 *   FUZZ_RUNS=5000 npm run fuzz        (default 2000 per property)
 *   FUZZ_SEED=42 npm run fuzz          (replay a run)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseReport } from '../src/lib/core/parse';
import { diffReports } from '../src/lib/core/diff/index';
import { intlSegmenter } from '../src/lib/core/segmenter/base';
import { extractFigures } from '../src/lib/core/figures/extract';
import { anyText } from '../tests/unit/robust/arbitraries';
import { checkDiff, checkFigures, checkParse } from '../tests/unit/robust/properties';

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
let failures = 0;

function property(name: string, prop: fc.IProperty<never> | fc.IProperty<[string]> | fc.IProperty<[string, string]>, numRuns: number) {
	const t = performance.now();
	const r = fc.check(prop as fc.IProperty<unknown[]>, { numRuns, seed });
	const s = ((performance.now() - t) / 1000).toFixed(1);
	if (r.failed) {
		failures++;
		console.log(`✗ ${name}: failed after ${r.numRuns} runs (${s} s, seed ${seed}): ${String(r.errorInstance ?? '').slice(0, 400)}`);
	} else console.log(`✓ ${name}: ${r.numRuns} inputs (${s} s)`);
}

const caseMode = process.argv.includes('--case');
if (!caseMode) console.log(`fuzz: ${runs} runs per property, seed ${seed}\n`);
if (!caseMode)
	property(
		'parse is lossless, never throws, bounded time per character',
		fc.property(anyText(400, 20_000), (x) => void checkParse(x)),
		runs
	);
if (!caseMode)
	property(
		'diff tiles both texts',
		fc.property(anyText(200, 5_000), anyText(200, 5_000), (a, b) => checkDiff(a, b)),
		Math.ceil(runs / 4)
	);
if (!caseMode)
	property(
		"every figure's raw is its input slice",
		fc.property(anyText(400, 20_000), (x) => checkFigures(x)),
		runs
	);

// The hostile inputs of issue 13, full size.
const table = Array.from({ length: 8000 }, (_, i) => `| 指标${i} | ${i}.5 | 增长${i % 10}% |`).join('\n');
const nested = Array.from({ length: 10_000 }, (_, i) => `${'一二三四五六七八九'[i % 9]}、标题${i}\n\n（一）小标题\n\n正文内容。`).join(
	'\n'
);
const cases: [string, () => unknown, number][] = [
	['parse `**好**` × 200,000', () => parseReport('**好**'.repeat(200_000)), 1_000_000],
	['parse `**` × 300,000', () => parseReport('**'.repeat(300_000)), 600_000],
	['parse `在` × 1,000,000 (meeting-line regex)', () => parseReport('在'.repeat(1_000_000)), 1_000_000],
	['parse 10,000 nested headings', () => parseReport(nested), nested.length],
	['parse an 8,000-row table', () => parseReport(table), table.length],
	['parse a 1,000,000-space run', () => parseReport(`我们${' '.repeat(1_000_000)}继续。`), 1_000_000],
	[
		'diff a 1,000,000-space run',
		() =>
			diffReports(
				{ report: parseReport(`我们要继续${' '.repeat(1_000_000)}推进改革。`) },
				{ report: parseReport('我们要继续推进改革。') },
				{ segmenter: intlSegmenter }
			),
		1_000_000
	],
	[
		'figures `增长5.2%，` × 150,000 (period regexes)',
		() => {
			const x = '增长5.2%，'.repeat(150_000);
			return extractFigures(parseReport(x), x);
		},
		1_050_000
	],
	['figures in an 8,000-row table', () => extractFigures(parseReport(table), table), table.length]
];
// Each hostile case runs in a child process of its own, killed at its bound: a case that hangs is reported, not waited for.
const only = process.argv.indexOf('--case');
if (only >= 0) {
	const [, f] = cases[Number(process.argv[only + 1])];
	const t = performance.now();
	f();
	console.log(String(performance.now() - t));
	process.exit(0);
}
console.log('');
for (let i = 0; i < cases.length; i++) {
	const [name, , chars] = cases[i];
	// Tighter than the properties' bound: 50 µs a character (linear work is well under 10) plus 5 s.
	const bound = Math.round(5_000 + 0.05 * chars);
	const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', String(i)], {
		encoding: 'utf8',
		timeout: bound + 5_000
	});
	const ms = Number(r.stdout.trim().split('\n').pop());
	if (r.error || r.status !== 0 || !(ms <= bound)) {
		failures++;
		const why = r.error
			? `did not finish within ${bound} ms (killed)`
			: r.status !== 0
				? `failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`
				: `${ms.toFixed(0)} ms, over the bound of ${bound} ms`;
		console.log(`✗ ${name}: ${why}`);
	} else console.log(`✓ ${name}: ${ms.toFixed(0)} ms (bound ${bound} ms)`);
}
console.log(failures ? `\n${failures} failed` : '\nall held');
process.exit(failures ? 1 : 0);
