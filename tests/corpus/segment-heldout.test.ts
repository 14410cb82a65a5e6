/**
 * The core segmenter against jieba-wasm on the corpus split of
 * scripts/lib/lexicon-split.ts: on reports the lexicon was built from it
 * cuts exactly as jieba (a sample of the build regions), and on every
 * fourth report of the held-out regions (never read by the build) its
 * boundaries agree at F1 ≥ 0.998 (0.99925 measured on all 340 held-out
 * reports: docs/cli.md, "The word segmenter").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmenter } from '../../src/lib/core/segmenter';
import { corpusFiles } from '../../scripts/lib/lexicon-split';
import { boundaryCounts, scores } from '../../scripts/lib/segment-agreement';
import { SHARED } from './shared';

const jieba = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
const files = corpusFiles(join(SHARED, 'corpus', 'gov'));
const seg = segmenter();

describe('segmenter agreement with jieba-wasm on the corpus', () => {
	it('cuts a sample of the build reports exactly as jieba-wasm', () => {
		const sample = files.filter((f) => !f.heldOut).filter((_, i) => i % 100 === 0);
		expect(sample.length).toBeGreaterThan(20);
		for (const f of sample) {
			const text = readFileSync(f.path, 'utf8');
			expect(seg(text), f.path).toEqual(jieba.cut(text, false));
		}
	}, 300_000);

	it('agrees at boundary F1 ≥ 0.998 on held-out reports, losslessly', () => {
		const sample = files.filter((f) => f.heldOut).filter((_, i) => i % 4 === 0);
		expect(sample.length).toBeGreaterThan(80);
		const sum = { tp: 0, fp: 0, fn: 0 };
		for (const f of sample) {
			const text = readFileSync(f.path, 'utf8');
			const ours = seg(text);
			expect(ours.join('')).toBe(text);
			const c = boundaryCounts(jieba.cut(text, false), ours);
			sum.tp += c.tp;
			sum.fp += c.fp;
			sum.fn += c.fn;
		}
		expect(scores(sum).f1).toBeGreaterThanOrEqual(0.998);
	}, 300_000);
});
