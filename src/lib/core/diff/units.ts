/**
 * The units the diff aligns: sentences and headings of a parsed report,
 * tiling the compared ranges without gaps. The whitespace after a unit
 * (the newline between paragraphs) belongs to it but never takes part in a
 * comparison: a paragraph break is layout, not wording.
 */
import { WHITESPACE } from '../text/whitespace';
import type { ParsedReport } from '../parse';
import { DeepestSweep } from '../text/deepest';
import { comparisonKey, type DiffOptions } from './options';

export type UnitKind = 'heading' | 'sentence';

export interface Unit {
	/** Offsets into `report.text`; `[start, end)` includes trailing whitespace, `[start, coreEnd)` does not. */
	start: number;
	end: number;
	coreEnd: number;
	kind: UnitKind;
	/** Deepest section containing the unit, or null before the first heading. */
	section: string | null;
	key: string;
}

/** A text range of a report: the whole text, a section, or a topic passage. */
export interface Range {
	start: number;
	end: number;
}

/**
 * End of `text[start, end)` without its trailing whitespace. A loop from the
 * end, not a `\s+$` regex: that one retries from every space of a long run
 * (40,000 spaces inside a sentence took 6 s).
 */
function coreEndOf(text: string, start: number, end: number): number {
	while (end > start && WHITESPACE.test(text[end - 1])) end--;
	return end;
}

/** Units covering every range exactly, in order. */
export function unitsOf(report: ParsedReport, ranges: Range[], o: DiffOptions): Unit[] {
	const headingAt = new Map<number, string>();
	for (const s of report.sections) if (s.headingEnd > s.headingStart) headingAt.set(s.headingStart, s.id);
	// Boundaries: every sentence start, and every heading that is a block of its own
	// (a lead-in heading such as **现代农业扩量提质。** already starts a sentence).
	const bounds = new Set<number>();
	for (const s of report.sentences) bounds.add(s.textStart);
	for (const start of headingAt.keys()) bounds.add(start);
	const sorted = [...bounds].sort((a, b) => a - b);
	const sentenceStarts = new Set(report.sentences.map((s) => s.textStart));
	const sectionsByStart = [...report.sections].sort((a, b) => a.textStart - b.textStart || a.level - b.level);
	const deepest = new DeepestSweep(sectionsByStart);

	const units: Unit[] = [];
	for (const r of ranges) {
		const cuts = [r.start, ...sorted.filter((b) => b > r.start && b < r.end), r.end];
		for (let i = 0; i + 1 < cuts.length; i++) {
			const start = cuts[i];
			const end = cuts[i + 1];
			const coreEnd = coreEndOf(report.text, start, end);
			const core = report.text.slice(start, coreEnd);
			const isHeading = headingAt.has(start) && !sentenceStarts.has(start);
			units.push({
				start,
				end,
				coreEnd,
				kind: isHeading ? 'heading' : 'sentence',
				section: deepest.at(start)?.id ?? null,
				key: comparisonKey(core, o)
			});
		}
	}
	return mergeBlankUnits(units);
}

/** A unit that is only whitespace (possible at a range's start) joins its neighbour. */
function mergeBlankUnits(units: Unit[]): Unit[] {
	const out: Unit[] = [];
	for (const u of units) {
		if (u.coreEnd === u.start && out.length) {
			out[out.length - 1].end = u.end;
			continue;
		}
		out.push(u);
	}
	return out;
}
