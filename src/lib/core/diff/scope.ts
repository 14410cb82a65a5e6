/**
 * What to compare: whole reports, one section and its counterpart, or text
 * passages (e.g. the passages a topic classifier found) — all reduce to
 * text ranges of the two parsed reports.
 */
import type { ParsedReport, Section } from '../parse';
import type { DiffOptions } from './options';
import { pairSections } from './section-aligner';
import type { Range } from './units';

export interface SectionScope {
	a: Section;
	/** The counterpart section in B, or null when none pairs with `a`. */
	b: Section | null;
}

export function sectionRange(s: Section): Range {
	return { start: s.headingStart, end: s.textEnd };
}

/**
 * Section `idA` of A and its counterpart in B: `idB` if given, else the
 * section the section level pairs with it (or with its nearest paired ancestor).
 */
export function scopeToSection(a: ParsedReport, b: ParsedReport, idA: string, o: DiffOptions, idB?: string): SectionScope | null {
	const sa = a.sections.find((s) => s.id === idA);
	if (!sa) return null;
	if (idB) return { a: sa, b: b.sections.find((s) => s.id === idB) ?? null };
	const pairs = pairSections(a.sections, b.sections, o);
	const idOfB = pairs.get(sa.id);
	return { a: sa, b: idOfB ? (b.sections.find((s) => s.id === idOfB) ?? null) : null };
}

/** Sorted, non-overlapping ranges within the text: what a list of passages compares as. */
export function normalizeRanges(ranges: Range[], textLength: number): Range[] {
	const sorted = ranges
		.map((r) => ({ start: Math.max(0, Math.min(r.start, textLength)), end: Math.max(0, Math.min(r.end, textLength)) }))
		.filter((r) => r.end > r.start)
		.sort((x, y) => x.start - y.start);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}
