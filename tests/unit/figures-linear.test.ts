/**
 * Extraction is linear in the number of figures of a sentence: the period
 * cues of a sentence are read once, not once per figure (issue 13:
 * `增长5.2%，` × 150,000 took more than 120 s). Generous bounds, against hangs only.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';

describe('figure extraction on huge sentences', () => {
	it('150,000 figures in one sentence (增长5.2%，…) finish well within a minute', () => {
		const input = '一、2023年工作回顾\n' + '增长5.2%，'.repeat(150_000) + '。\n';
		const t = Date.now();
		const figs = extractFigures(parseReport(input), input);
		const ms = Date.now() - t;
		expect(figs.length).toBe(150_000);
		expect(figs[149_999]).toMatchObject({ value: 5.2, unit: '%', period: 2023, raw: '5.2%' });
		expect(ms).toBeLessThan(60_000);
	}, 120_000);

	it('quoted names between the figures (“一”增长5%，…) stay linear too', () => {
		const input = '“一”增长5%，'.repeat(40_000) + '。\n';
		const t = Date.now();
		const figs = extractFigures(parseReport(input), input);
		expect(figs.length).toBe(40_000);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);
});
