/**
 * The diff's change list in words (section, kind, opening of the sentence),
 * its CSV export, and the partial-coverage cue, on the bundled reports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReports, toView } from '../../src/lib/core/diff/index';
import { changeEntries, changesCsv } from '../../src/lib/core/diff/changes';
import { coverageOf } from '../../src/lib/core/coverage';
import { parseReport } from '../../src/lib/core/parse';

const seed = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');

describe('the change list names section, kind and the opening of the sentence', () => {
	const oldInput = seed('liaocheng-2024-gwr-excerpt');
	const input = oldInput
		.replace('全市新改建道路59条', '全市新改建道路61条')
		.replace('承载能力持续增强。', '承载能力持续增强。成功举办首届运河文化节。');
	const a = parseReport(oldInput);
	const b = parseReport(input);
	const view = toView(diffReports({ report: a }, { report: b }), a.text, b.text, { a: a.sections, b: b.sections });
	const entries = changeEntries(view);

	it('an edited sentence: kind edited, in its section, labelled by the start of its sentence', () => {
		const e = entries.find((x) => x.textB.includes('61条'))!;
		expect(e.kinds).toEqual(['edited']);
		expect(e.section).toBe('(五)精益求精打造宜居城市 › 承载能力持续增强');
		const sentence = b.sentences.map((s) => b.text.slice(s.textStart, s.textEnd)).find((s) => s.includes('61条'))!;
		expect(sentence.startsWith(e.opening.replace(/…$/, ''))).toBe(true);
		expect(e.textA).toContain('59条');
	});

	it('an added sentence: kind added', () => {
		const e = entries.find((x) => x.textB.includes('运河文化节'))!;
		expect(e.kinds).toContain('added');
		expect(e.opening).toMatch(/^成功举办首届运河文化节/);
	});

	it('exports one CSV row per change, quoted, with the section and kind', () => {
		const csv = changesCsv(entries, ['#', 'section', 'kind', 'opening', 'A', 'B'], (k) => k);
		const lines = csv
			.replace(/^\ufeff/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(entries.length + 1);
		expect(csv).toContain('"全市新改建道路61条');
		expect(lines.some((l) => l.includes(',edited,'))).toBe(true);
	});

	it('the same report against itself has no changes', () => {
		const v = toView(diffReports({ report: a }, { report: a }), a.text, a.text);
		expect(changeEntries(v)).toEqual([]);
	});
});

describe('partial reports are recognised from their metadata', () => {
	it('excerpts and halves of the bundled corpus, not the complete reports', () => {
		for (const id of ['liaocheng-2024-gwr-excerpt', 'liaocheng-2023-gwr-part2', 'yuncheng-2024-gwr-excerpt']) {
			expect(coverageOf(id, parseReport(seed(id)).meta).partial, id).toBe(true);
		}
		for (const id of ['liaocheng-2020-gwr', 'dongchangfu-2024-plan'])
			expect(coverageOf(id, parseReport(seed(id)).meta).partial, id).toBe(false);
	});
});
