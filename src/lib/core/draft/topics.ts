/**
 * Topic shares of the old report and the draft, and the topics (with the
 * draft sections carrying them) whose share moved most.
 *
 * INTERFACE FOR THE LEAD: `TopicClassifier` is where the topic classifier
 * (issue 3) plugs in: it gives each paragraph a primary topic id from the
 * taxonomy. `classifyByCues` is a PLACEHOLDER (cue-word counting, data in
 * data/draft-topic-cues.json) to be replaced by it.
 */
import cues from '../data/draft-topic-cues.json';
import type { ParsedReport } from '../parse';

/** Primary topic id per paragraph (index into `report.paragraphs`), null when unknown. */
export type TopicClassifier = (report: ParsedReport) => (string | null)[];

export interface TopicShift {
	topic: string;
	oldShare: number;
	newShare: number;
	delta: number;
	/** Draft sections (headings) whose text is mostly this topic. */
	sections: { id: string; heading: string }[];
}

const CUES: Record<string, string[]> = cues.cues;

/** PLACEHOLDER classifier: the topic whose cue words occur most in the paragraph. */
export const classifyByCues: TopicClassifier = (report) =>
	report.paragraphs.map((p) => {
		const t = report.text.slice(p.textStart, p.textEnd);
		let best: string | null = null;
		let bestN = 0;
		for (const [topic, words] of Object.entries(CUES)) {
			let n = 0;
			for (const w of words) for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length)) n++;
			if (n > bestN) [best, bestN] = [topic, n];
		}
		return best;
	});

function shares(report: ParsedReport, topics: (string | null)[]): Map<string, number> {
	const chars = new Map<string, number>();
	let total = 0;
	report.paragraphs.forEach((p, i) => {
		const n = p.textEnd - p.textStart;
		total += n;
		const t = topics[i] ?? 'other';
		chars.set(t, (chars.get(t) ?? 0) + n);
	});
	for (const [k, v] of chars) chars.set(k, total ? v / total : 0);
	return chars;
}

export function topicShifts(old: ParsedReport, draft: ParsedReport, classify: TopicClassifier = classifyByCues, limit = 6): TopicShift[] {
	const tOld = classify(old);
	const tNew = classify(draft);
	const sOld = shares(old, tOld);
	const sNew = shares(draft, tNew);
	// The top sections of the draft, with the topic most of their text has.
	const sectionTopic = new Map<string, Map<string, number>>();
	draft.paragraphs.forEach((p, i) => {
		let sec = draft.sections.find((s) => s.id === p.section);
		while (sec && sec.level > 2 && sec.parent) sec = draft.sections.find((s) => s.id === sec!.parent);
		if (!sec) return;
		const m = sectionTopic.get(sec.id) ?? new Map<string, number>();
		const t = tNew[i] ?? 'other';
		m.set(t, (m.get(t) ?? 0) + p.textEnd - p.textStart);
		sectionTopic.set(sec.id, m);
	});
	const primary = new Map<string, string>();
	for (const [id, m] of sectionTopic) primary.set(id, [...m].sort((a, b) => b[1] - a[1])[0][0]);
	const topics = new Set([...sOld.keys(), ...sNew.keys()]);
	const r = (x: number) => Math.round(x * 1000) / 1000;
	return [...topics]
		.map((topic) => {
			const o = sOld.get(topic) ?? 0;
			const n = sNew.get(topic) ?? 0;
			return {
				topic,
				oldShare: r(o),
				newShare: r(n),
				delta: r(n - o),
				sections: draft.sections.filter((s) => primary.get(s.id) === topic).map((s) => ({ id: s.id, heading: s.heading }))
			};
		})
		.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.topic.localeCompare(b.topic))
		.slice(0, limit);
}
