/**
 * The repeated-characters rule is linear on long texts (issue 13): "is this
 * written elsewhere in the document?" was a scan of the whole text per
 * doubled character, and a slip's 《》 and line-end context were searched
 * across the whole text. Generous bounds, against hangs only.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { lint } from '../../src/lib/core/lint/index';
import { segmenter } from '../../src/lib/core/segmenter';

describe('lint on large inputs', () => {
	it('40,000 doubled characters between words (人民民主) finish within a minute', () => {
		const input = '一、经济发展\n\n' + '坚持发展人民民主制度。'.repeat(40_000) + '\n';
		const report = parseReport(input);
		const t = Date.now();
		lint(input, segmenter(), report);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);

	it('40,000 doublings (经经济) in one paragraph finish within a minute', () => {
		const input = '一、经济发展\n\n' + '推动经经济发展。'.repeat(40_000) + '\n';
		const report = parseReport(input);
		const t = Date.now();
		const found = lint(input, segmenter(), report).filter((f) => f.rule === 'repeated-chars');
		// Written the same way 40,000 times, 经经济 reads as a name, not a slip (the rule's own test): each one is judged, none reported.
		expect(found.length).toBe(0);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);

	// Found by a long random run: each position inside a long run of one phrase counted the run again (quadratic:
	// 30,000 characters took 21 s, 120,000 about 7 minutes); the count now starts where the last run of that length ended.
	it('one phrase written 5,000 times in a row (政府工作报告…) is read in linear time', () => {
		const input = '政府工作报告'.repeat(5_000) + '。';
		const t = Date.now();
		lint(input, segmenter(), parseReport(input));
		expect(Date.now() - t).toBeLessThan(15_000);
	}, 120_000);
});
