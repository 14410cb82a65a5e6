/**
 * Properties that must hold for any input (issue 13), checked with
 * fast-check on random and adversarial text (tests/unit/robust/arbitraries.ts):
 * parse never throws, is lossless and stays within a (generous) time per
 * character; the diff tiles both texts; every figure's `raw` is its input
 * slice. The draws are seeded (FUZZ_SEED overrides), so a test run is the same on
 * every machine: a random draw once met an exponential pattern that no time limit
 * can interrupt (synchronous code), and the CI run never ended. `npm run fuzz`
 * draws new inputs each run, far more of them: that is where new cases are found
 * (and then added to robust-hostile.test.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkParse, checkDiff, checkFigures } from './robust/properties';
import { anyText } from './robust/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_126);

describe('properties on random and adversarial text', () => {
	it('parse: never throws, lossless, pieces point into the input, bounded time per character', () => {
		fc.assert(
			fc.property(anyText(), (input) => void checkParse(input)),
			{ numRuns: RUNS, seed }
		);
	}, 120_000);

	it('diff: the segments of each side tile its text exactly', () => {
		fc.assert(
			fc.property(anyText(120, 800), anyText(120, 800), (a, b) => checkDiff(a, b)),
			{ numRuns: Math.ceil(RUNS / 2), seed }
		);
	}, 120_000);

	it('figures: every figure is its input slice', () => {
		fc.assert(
			fc.property(anyText(), (input) => checkFigures(input)),
			{ numRuns: RUNS, seed }
		);
	}, 120_000);

	it('the properties catch a broken invariant (the checks are not vacuous)', () => {
		expect(() => checkParse('一、总体要求\n\n我们要坚持发展。', { text: 'x' })).toThrow();
	});
});
