/**
 * The topic of a figure. The real classifier lives in the topics feature;
 * figures only need `(report, textOffset) => topicId | null`, so the lead can
 * pass the classifier in (`extractFigures(report, input, { topicOf })`). Until
 * then a cue-word guess over the indicator and the section heading stands in.
 */
import type { ParsedReport } from '../parse';
import cues from '../data/figure-topic-cues.json';

export type TopicFn = (report: ParsedReport, textOffset: number) => string | null;

const ORDER = cues.order as string[];
const CUES = cues.cues as Record<string, string[]>;

/** First topic whose cue occurs in `s`, or null. */
export function topicByCues(s: string): string | null {
	for (const id of ORDER) if (CUES[id]?.some((c) => s.includes(c))) return id;
	return null;
}

/**
 * Default topic function: cues in the sentence around the offset, then in the
 * headings of the enclosing sections (deepest first).
 */
export const cueTopic: TopicFn = (report, textOffset) => {
	const sentence = report.sentences.find((s) => s.textStart <= textOffset && textOffset < s.textEnd);
	if (sentence) {
		// The clause around the figure names its subject better than the whole sentence.
		const from = Math.max(sentence.textStart, textOffset - 24);
		const hit = topicByCues(report.text.slice(from, Math.min(sentence.textEnd, textOffset + 8)));
		if (hit) return hit;
	}
	const sections = report.sections
		.filter((s) => s.textStart <= textOffset && textOffset < s.textEnd)
		.sort((a, b) => b.level - a.level);
	for (const s of sections) {
		const hit = topicByCues(s.heading);
		if (hit) return hit;
	}
	return null;
};
