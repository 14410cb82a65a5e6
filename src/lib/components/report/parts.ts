/**
 * A long report is served one part at a time (server/pages/report.ts cuts
 * it): the part's text starts at `textFrom`, its parts are text ranges. These
 * put a part back where its offsets hold and tell which part holds an offset,
 * so the page's outline, links and reused passages address the whole report.
 */
import type { Section } from '../../core/parse';

export interface TextRange {
	start: number;
	end: number;
}

/** The index of the part holding text offset `at` (the first part when none does). */
export function partAt(parts: readonly TextRange[], at: number): number {
	return Math.max(
		0,
		parts.findIndex((p) => p.start <= at && at < p.end)
	);
}

/** The part's text padded back to its offsets: `text[i]` is the report's character `i` inside the part. */
export function placedText(text: string, textFrom: number): string {
	return textFrom ? ' '.repeat(textFrom) + text : text;
}

/** The sections whose heading is in part `part` (all of them when there is one part). */
export function sectionsOfPart<S extends Pick<Section, 'headingStart'>>(sections: S[], parts: readonly TextRange[], part: number): S[] {
	return parts.length > 1 ? sections.filter((s) => partAt(parts, s.headingStart) === part) : sections;
}

/** Passages sent without their text (page size) get it back from the report's placed text. */
export function withPassageTexts<P extends { text: string; start: number; end: number }>(passages: P[], text: string): P[] {
	return passages.map((p) => ({ ...p, text: p.text || text.slice(p.start, p.end) }));
}
