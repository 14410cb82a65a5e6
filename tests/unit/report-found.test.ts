import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, cleanView } from '../../src/lib/components/report/reading';
import { readReportView } from '../../src/lib/urls/report';

const parseFound = (at: string | null, length: number) => readReportView(new URLSearchParams(at === null ? '' : { at }), length).found;
import { parseReport } from '../../src/lib/core/parse';

const report = parseReport(readFileSync(new URL('../../reports/liaocheng-2024-gwr-excerpt.txt', import.meta.url), 'utf8'));

describe('a link to a place in a report (?at=start-end)', () => {
	it('marks exactly that range of the text, once, and changes no character', () => {
		const start = report.text.indexOf('新改建道路59条');
		const found = parseFound(`${start}-${start + 8}`, report.text.length)!;
		const blocks = cleanView(report, found);
		const marks = blocks
			.flatMap((b) => (b.t === 'removed' ? [] : b.parts))
			.flatMap(function flat(p): { t: string; text?: string; first?: boolean }[] {
				return p.t === 'runin' ? p.parts.flatMap(flat) : [p];
			})
			.filter((p) => p.t === 'found');
		expect(marks.map((m) => m.text).join('')).toBe('新改建道路59条');
		expect(marks[0].first).toBe(true);
		expect(blocks.map((b) => blockText(b)).join('')).toBe(
			cleanView(report)
				.map((b) => blockText(b))
				.join('')
		);
	});

	it('ignores anything that is not a range inside the text', () => {
		for (const bad of [null, '', 'abc', '5-3', '0-99999999', '-1-4', '1-2-3', '10']) expect(parseFound(bad, report.text.length)).toBeNull();
	});
});
