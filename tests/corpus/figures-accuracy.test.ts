/**
 * Extraction accuracy on hand-labelled sentences. The held-out part comes
 * from reports the rules were not written against (national reports,
 * provincial 2025 .docx); thresholds per issue 5: precision and recall ≥ 0.95.
 */
import { describe, expect, it } from 'vitest';
import { loadLabels, score } from '../fixtures/figures-score';

describe('figure extraction accuracy', () => {
	const labels = loadLabels();

	it('held-out labels: precision and recall ≥ 0.95 (exact value and unit)', async () => {
		const s = await score(labels.filter((l) => l.split === 'heldout'));
		console.log(`held-out: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
		if (s.errors.length) console.log(s.errors.join('\n'));
		expect(s.tp).toBeGreaterThan(100);
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});

	it('blind-labelled subset (labelled before the extractor was run on it) also ≥ 0.95', async () => {
		const s = await score(labels.filter((l) => l.split === 'heldout' && l.blind));
		console.log(`blind: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});

	it('second blind round (labelled from bare sentences, never tuned on): ≥ 0.95', async () => {
		const s = await score(labels.filter((l) => l.split === 'heldout' && (l as { round?: number }).round === 2));
		console.log(`blind round 2: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
		if (s.errors.length) console.log(s.errors.join('\n'));
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});

	it('training labels (seeds) stay at ≥ 0.95 too', async () => {
		const s = await score(labels.filter((l) => l.split === 'train'));
		console.log(`train: tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
		if (s.errors.length) console.log(s.errors.join('\n'));
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});
});
