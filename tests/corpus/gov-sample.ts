/**
 * Samples of ../shared/corpus/gov reports (city and provincial folders) for
 * measurements on text the rules were not written against. Each sample's
 * report list is pinned in tests/fixtures/gov-samples.json, so a sample never
 * moves when fixtures elsewhere name new reports (before issue 12 round 3 the
 * lists were redrawn from a seed on every run, and heldout2 moved with each
 * label round). New samples are drawn by scripts/eval/lint-samples.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, type CorpusText } from './shared';
import samples from '../fixtures/gov-samples.json';

const GOV = join(SHARED, 'corpus', 'gov');

/**
 * The sample's reports as pinned: `dev` (tuned on), `heldout` and `heldout2`
 * (measured blind once each, read since: dev now), `heldout3`, `heldout4` and
 * `heldout5` (issue 12 rounds 3, 8 and 9, each drawn before the lint ran on it,
 * measured once, read since).
 */
export type GovSplit = keyof typeof samples.samples;

export function govSample(split: GovSplit): CorpusText[] {
	return samples.samples[split].files.map((f) => {
		const year = Number(/(\d{4})/.exec(f.split('/').pop()!)?.[1]);
		return { name: f, year, region: f.split('/')[1], input: readFileSync(join(GOV, f), 'utf8') };
	});
}
