/**
 * The topic of a figure: the topic the topic classifier (../topics) gives
 * the passage the figure sits in, so a figure on the figures page, in the
 * compare view and in the CLI carries the same taxonomy id as its text.
 *
 * Figures only need `(report, textOffset) => topicId | null`; callers that
 * already hold a report's classification (the server caches it) pass it in
 * through `topicsOf`, everything else classifies the report once.
 */
import type { ParsedReport } from '../parse';
import { classifyReport, topicOfOffset, type ReportTopics } from '../topics/index';

export type TopicFn = (report: ParsedReport, textOffset: number) => string | null;

/** Topic function over an existing classification of the report. */
export function topicsOf(topics: ReportTopics): TopicFn {
	return (report, textOffset) => topicOfOffset(topics, report, textOffset);
}

/** Default topic function: classify the report (default taxonomy) on first use. */
export function classifierTopic(): TopicFn {
	let topics: ReportTopics | null = null;
	let of: ParsedReport | null = null;
	return (report, textOffset) => {
		if (!topics || of !== report) [topics, of] = [classifyReport(report), report];
		return topicOfOffset(topics, report, textOffset);
	};
}
