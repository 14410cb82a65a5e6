import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/lib/core/diff/index';
import { changeAnnotations, figureChangesInDiff } from '../../src/lib/core/figures/diff-changes';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { parseReport } from '../../src/lib/core/parse';

const seed = readFileSync(new URL('../../reports/liaocheng-2024-gwr-excerpt.txt', import.meta.url), 'utf8');

describe('figures that changed in a diff', () => {
	const a = parseReport(seed);
	const editedInput = seed.replace('全市新改建道路59条', '全市新改建道路61条').replace('城镇新增就业4.6万人', '城镇新增就业5.2万人');
	const b = parseReport(editedInput);
	const result = diffReports({ report: a }, { report: b });
	const changes = figureChangesInDiff(result, extractFigures(a, seed), extractFigures(b, editedInput));

	it('finds exactly the edited figures, old → new, in their paired sentences', () => {
		const got = changes.map((c) => `${c.change.old.raw}→${c.change.new.raw}`).sort();
		expect(got).toEqual(['4.6万人→5.2万人', '59条→61条']);
		const roads = changes.find((c) => c.change.old.raw === '59条')!;
		expect(roads.change.abs).toBe(2);
		expect(b.text.slice(result.b.units[roads.unitB].start, result.b.units[roads.unitB].end)).toContain('61条');
	});

	it('labels highlights on both sides with the change, not by colour', () => {
		const notes = changeAnnotations(changes);
		const jobs = notes.b.find((n) => b.text.slice(n.start, n.end) === '5.2万人')!;
		expect(jobs.label).toContain('4.6万人 → 5.2万人');
		expect(jobs.label).toMatch(/▲ \+6000人, \+13\.0%/);
		expect(a.text.slice(notes.a[0].start, notes.a[0].end)).toMatch(/59条|4\.6万人/);
	});

	it('an unchanged report has no changed figures', () => {
		expect(figureChangesInDiff(diffReports({ report: a }, { report: a }), extractFigures(a, seed), extractFigures(a, seed))).toEqual([]);
	});
});
