/**
 * The diff on every consecutive pair of national reports (unseen by the
 * engine's design): lossless on both sides, and every sentence identical in
 * both texts kept as equal or moved. Also the whole range of options.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { diffReports, flatSegments, identicalSentenceViolations, sideText } from '../../src/lib/core/diff/index';
import { segmenter as wordSegmenter } from '../../src/lib/core/segmenter';

const root = resolve(new URL('../..', import.meta.url).pathname);
const shared = process.env.DUIDU_SHARED ?? resolve(root, '../shared');
const dir = join(shared, 'corpus', 'national');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();
const reports = files.map((f) => parseReport(readFileSync(join(dir, f), 'utf8')));
const segmenter = wordSegmenter();

describe('diff on consecutive national reports', () => {
	it('has the corpus', () => expect(files.length).toBeGreaterThan(40));

	for (let i = 0; i + 1 < files.length; i++) {
		it(`${files[i]} → ${files[i + 1]}: lossless, identical sentences kept, pairs symmetric`, () => {
			const a = reports[i];
			const b = reports[i + 1];
			const r = diffReports({ report: a }, { report: b }, { segmenter });
			expect(sideText(r, 'a', a.text)).toBe(a.text);
			expect(sideText(r, 'b', b.text)).toBe(b.text);
			expect(identicalSentenceViolations(r, a, b)).toEqual([]);
			const flat = flatSegments(r, a.text, b.text);
			expect(flat.a.map((s) => s.text).join('')).toBe(a.text);
			expect(flat.b.map((s) => s.text).join('')).toBe(b.text);
			flat.a.forEach((s, k) => {
				if (s.pair !== null) expect(flat.b[s.pair].pair).toBe(k);
			});
		});
	}

	it('stays lossless with every option off (exact comparison)', () => {
		const exact = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreNumberFormat: false };
		for (let i = files.length - 6; i + 1 < files.length; i++) {
			const r = diffReports({ report: reports[i] }, { report: reports[i + 1] }, { segmenter, options: exact });
			expect(sideText(r, 'a', reports[i].text)).toBe(reports[i].text);
			expect(sideText(r, 'b', reports[i + 1].text)).toBe(reports[i + 1].text);
			expect(identicalSentenceViolations(r, reports[i], reports[i + 1])).toEqual([]);
		}
	});
});
