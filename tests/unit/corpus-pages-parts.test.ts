/**
 * A long report's page in parts (issue 11: every page ≤ 300 KB; the national 1955 report, 56,568
 * characters, made a 599 KB page): on the bundled 聊城市 2020 report with small bounds, the parts
 * cover the text end to end, each begins where a block begins (never inside a paragraph), a level-1
 * or level-2 heading is preferred near each even cut, and every paragraph and heading is in one part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { PARTS_OVER, textParts } from '../../src/lib/server/pages/report';
import { readReportServed, readReportView, reportQueryString } from '../../src/lib/urls/report';

const report = parseReport(readFileSync(new URL('../../reports/liaocheng-2020-gwr.txt', import.meta.url), 'utf8'));

describe('a long report shown in parts', () => {
	it('keeps an ordinary report whole', () => {
		expect(report.text.length).toBeLessThan(PARTS_OVER);
		expect(textParts(report)).toEqual([{ start: 0, end: report.text.length }]);
	});

	it('cuts a long one at block starts, preferring headings, into parts of about the size asked', () => {
		const len = report.text.length;
		const size = Math.ceil(len / 4);
		const parts = textParts(report, { over: 1000, size });
		expect(parts.length).toBe(4);
		expect(parts[0].start).toBe(0);
		expect(parts.at(-1)!.end).toBe(len);
		for (let k = 1; k < parts.length; k++) expect(parts[k].start).toBe(parts[k - 1].end);
		const blockStarts = new Set(report.paragraphs.map((p) => p.textStart));
		const headingStarts = new Set(report.sections.filter((s) => s.level <= 2).map((s) => s.headingStart));
		for (const p of parts.slice(1)) {
			// Never inside a paragraph.
			expect(report.paragraphs.some((q) => q.textStart < p.start && p.start < q.textEnd)).toBe(false);
			expect(blockStarts.has(p.start) || report.sections.some((s) => s.headingStart === p.start)).toBe(true);
			expect(p.end - p.start).toBeLessThanOrEqual(size * 1.5);
		}
		// This report has level-1/2 headings near every even cut: each part begins at one.
		for (const p of parts.slice(1)) expect(headingStarts.has(p.start)).toBe(true);
		// Each part begins with a heading the reader sees first.
		const first = parts.map((p) => report.sections.find((s) => s.headingStart === p.start)?.heading ?? null);
		expect(first.slice(1).every((h) => h !== null && h.length > 0)).toBe(true);
	});
});

describe('the part and the whole panel list in the URL', () => {
	it('reads ?part=N from 2 and ?reuse=all, and writes them back', () => {
		const read = (q: string) => readReportView(new URLSearchParams(q), 1000);
		expect(read('part=2').part).toBe(2);
		for (const bad of ['1', '0', '-2', 'x', '2.5', '100']) expect(read(`part=${bad}`).part).toBeUndefined();
		expect(read('reuse=all').allReused).toBe(true);
		expect(read('reuse=1').allReused).toBeUndefined();
		expect(reportQueryString({ part: 3, allReused: true })).toBe('?reuse=all&part=3');
		expect(reportQueryString({ part: 1 })).toBe('');
		// What the server reads: the removed view, the part, and where ?at= starts (it picks the part).
		expect(readReportServed(new URLSearchParams('at=40100-40180&removed=1'))).toEqual({
			removed: true,
			part: null,
			at: 40100,
			allReused: false
		});
		expect(readReportServed(new URLSearchParams('part=2&reuse=all'))).toEqual({ removed: false, part: 2, at: null, allReused: true });
	});
});
