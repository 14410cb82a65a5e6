/**
 * What to compare: whole reports, one section and its counterpart, or text
 * passages (e.g. the passages a topic classifier found) — all reduce to
 * text ranges of the two parsed reports.
 */
import type { ParsedReport, Section } from '../parse';
import type { DiffOptions } from './options';
import { headingKey, pairSections } from './section-aligner';
import { bigrams, dice } from '../text/bigrams';
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

/**
 * When section `idA` has no counterpart in B: B's chapters and parts
 * (levels 1–2, not lead-ins) closest to it, by the Dice similarity of
 * their headings (ordinal and years stripped), then of their text's first
 * 400 characters — so the reader is offered somewhere to go, not a dead end.
 */
export function closestSections(
	a: ParsedReport,
	b: ParsedReport,
	idA: string,
	o: DiffOptions,
	n = 3
): { id: string; heading: string; score: number }[] {
	const sa = a.sections.find((s) => s.id === idA);
	if (!sa) return [];
	const head = bigrams(headingKey(sa.heading, o));
	const body = bigrams(a.text.slice(sa.textStart, sa.textStart + 400));
	return b.sections
		.filter((s) => s.level <= 2 && s.kind !== 'lead')
		.map((s) => ({
			id: s.id,
			heading: s.heading,
			score:
				Math.round(
					(0.6 * dice(head, bigrams(headingKey(s.heading, o))) + 0.4 * dice(body, bigrams(b.text.slice(s.textStart, s.textStart + 400)))) *
						1000
				) / 1000
		}))
		.filter((x) => x.score > 0)
		.sort((x, y) => y.score - x.score)
		.slice(0, n);
}
