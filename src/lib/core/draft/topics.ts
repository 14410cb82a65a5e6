/**
 * Topic shares of the old report and the draft (by the topic classifier,
 * ../topics), and the topics whose share moved most, with the draft's
 * sections on them.
 */
import type { ParsedReport } from '../parse';
import { classifyReport, type ReportTopics } from '../topics/index';

/** Classification of a whole report: the topic classifier, or a cached result of it. */
export type TopicClassifier = (report: ParsedReport) => ReportTopics;

export const classifyTopics: TopicClassifier = (report) => classifyReport(report);

export interface TopicShift {
	topic: string;
	oldShare: number;
	newShare: number;
	delta: number;
	/** Draft sections (level 1 and 2) whose topic this is, heading and content together. */
	sections: { id: string; heading: string }[];
}

export function topicShifts(oldTopics: ReportTopics, draft: ParsedReport, draftTopics: ReportTopics, limit = 6): TopicShift[] {
	const r = (x: number) => Math.round(x * 1000) / 1000;
	const topics = new Set([...Object.keys(oldTopics.shares), ...Object.keys(draftTopics.shares)]);
	return [...topics]
		.map((topic) => {
			const o = oldTopics.shares[topic] ?? 0;
			const n = draftTopics.shares[topic] ?? 0;
			return {
				topic,
				oldShare: r(o),
				newShare: r(n),
				delta: r(n - o),
				sections: draft.sections.filter((s, i) => s.level <= 2 && draftTopics.sections[i]?.topic === topic).map((s) => ({ id: s.id, heading: s.heading }))
			};
		})
		.filter((t) => t.oldShare > 0 || t.newShare > 0)
		.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.topic.localeCompare(b.topic))
		.slice(0, limit);
}
