/**
 * Latin terms of the reports (PM2.5, PM_2.5, GDP, 5G is not one: it starts
 * with a digit) as single words, for the word vectors: the training script
 * (scripts/matter-vectors.ts) cuts them out before the segmenter, which splits
 * PM2.5 into PM2|.|5, and vectors.ts looks them up whole.
 */

/** A run of Han characters or a Latin term. */
export const RUNS = /\p{Script=Han}+|[A-Za-z][A-Za-z0-9_.．·]*[A-Za-z0-9]/gu;

/** A Latin term the training script cuts out before segmenting. */
export const LATIN = /[A-Za-z][A-Za-z0-9_.．·]*[A-Za-z0-9]/g;

/** A Latin term as one word: PM_2.5, pm2．5 → PM2.5. */
export function latinWord(s: string): string {
	return s.toUpperCase().replace(/_/g, '').replace(/[．·]/g, '.');
}
