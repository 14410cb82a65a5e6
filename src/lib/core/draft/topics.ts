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

/**
 * What the topic shares compare. A whole draft is compared with the whole
 * old report. A passage (under half the old report's length) is compared
 * only with the old passages it reuses sentences from; when it reuses none,
 * nothing is comparable and no shares are given.
 */
export interface TopicScope {
	scope: 'whole' | 'matched' | 'none';
	/** Characters of the old report compared, and of the whole old report. */
	oldChars: number;
	oldTotal: number;
	draftChars: number;
	/** Share of the draft's sentence characters reused from the old report (0–1). */
	reused: number;
}

/** A draft shorter than this share of the old report is a passage, not a whole report. */
export const PASSAGE_BELOW = 0.5;
/** A passage is compared with what it reuses only when at least this share of it is reused. */
export const REUSED_AT_LEAST = 0.5;

/**
 * The old report's topic shares over what the draft is comparable with
 * (see `TopicScope`). `reusedOld` are text offsets of old sentences the
 * draft reuses (word for word or with edits). Linear after sorting.
 */
export function comparableOldTopics(
	oldTopics: ReportTopics,
	oldTextLength: number,
	draftTextLength: number,
	reusedOld: number[],
	reusedShare = 1
): { topics: ReportTopics; scope: TopicScope } {
	const base = { oldTotal: oldTextLength, draftChars: draftTextLength, reused: Math.round(reusedShare * 1000) / 1000 };
	if (draftTextLength >= PASSAGE_BELOW * oldTextLength)
		return { topics: oldTopics, scope: { scope: 'whole', oldChars: oldTextLength, ...base } };
	if (reusedShare < REUSED_AT_LEAST) return { topics: { ...oldTopics, shares: {} }, scope: { scope: 'none', oldChars: 0, ...base } };
	const offsets = [...reusedOld].sort((x, y) => x - y);
	const passages = [...oldTopics.passages].sort((x, y) => x.textStart - y.textStart);
	const chars: Record<string, number> = {};
	let all = 0;
	let k = 0;
	for (const p of passages) {
		while (k < offsets.length && offsets[k] < p.textStart) k++;
		if (k < offsets.length && offsets[k] < p.textEnd) {
			const len = p.textEnd - p.textStart;
			chars[p.topic] = (chars[p.topic] ?? 0) + len;
			all += len;
		}
	}
	if (!all) return { topics: { ...oldTopics, shares: {} }, scope: { scope: 'none', oldChars: 0, ...base } };
	const shares: Record<string, number> = {};
	for (const id of Object.keys(oldTopics.shares)) shares[id] = Math.round(((chars[id] ?? 0) / all) * 10000) / 10000;
	return { topics: { ...oldTopics, shares }, scope: { scope: 'matched', oldChars: all, ...base } };
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
				sections: draft.sections
					.filter((s, i) => s.level <= 2 && draftTopics.sections[i]?.topic === topic)
					.map((s) => ({ id: s.id, heading: s.heading }))
			};
		})
		.filter((t) => t.oldShare > 0 || t.newShare > 0)
		.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.topic.localeCompare(b.topic))
		.slice(0, limit);
}
