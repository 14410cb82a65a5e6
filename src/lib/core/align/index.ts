/**
 * Topic alignment: given 2–6 parsed reports (with their topics) and a
 * topic, each report's passages on it in reading order, with passages that
 * say the same thing placed on the same row and shared phrases marked.
 */
import type { ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import type { PassageTopic, ReportTopics } from '../topics/classify';
import { alignColumns } from './match';
import { commonGrams, sharedPhrases } from './phrases';
import { cosine, tfidfVectors } from './similarity';

export { alignPair, alignColumns } from './match';
export { cosine, tfidfVectors, bigramCounts } from './similarity';
export { sharedPhrases, commonGrams } from './phrases';

export interface AlignInput {
	id: string;
	report: ParsedReport;
	topics: ReportTopics;
}

export interface AlignedCell {
	report: string;
	/** Offsets into the decoded input of that report. */
	start: number;
	end: number;
	/** Offsets into the report's cleaned text. */
	textStart: number;
	textEnd: number;
	text: string;
	/** Deepest section the passage is in (the report page's anchor). */
	section: string | null;
	/** Primary topic of the passage and its score for the aligned topic. */
	topic: string;
	score: number;
	/** Shared-phrase ranges, offsets into `text`. */
	shared: [number, number][];
}

export interface AlignedRow {
	cells: (AlignedCell | null)[];
	/** Mean similarity of the row's passages (0 when the row holds one). */
	similarity: number;
}

export interface Alignment {
	topic: string;
	reports: string[];
	rows: AlignedRow[];
}

export interface AlignOptions {
	/** Pairs below this similarity never share a row. */
	threshold?: number;
	/** A secondary topic this strong also puts a passage in the topic. */
	secondary?: number;
	/** Passages shorter than this (bare headings) are left out. */
	minLength?: number;
}

export const ALIGN_DEFAULTS: Required<AlignOptions> = { threshold: 0.08, secondary: 0.3, minLength: 12 };

/** The passages of a report on a topic, in reading order. */
export function passagesOn(topics: ReportTopics, topic: string, opts: AlignOptions = {}): PassageTopic[] {
	const o = { ...ALIGN_DEFAULTS, ...opts };
	return topics.passages.filter((p) => {
		if (p.textEnd - p.textStart < o.minLength) return false;
		if (p.topic === topic) return true;
		const s = p.topics.find((t) => t.id === topic);
		return s !== undefined && s.score >= o.secondary && p.topics[1]?.id === topic;
	});
}

export function alignReports(inputs: AlignInput[], topic: string, opts: AlignOptions = {}): Alignment {
	const o = { ...ALIGN_DEFAULTS, ...opts };
	const columns = inputs.map((inp) => passagesOn(inp.topics, topic, o));
	const texts = columns.flatMap((col, k) => col.map((p) => inputs[k].report.text.slice(p.textStart, p.textEnd)));
	const vectors = tfidfVectors(texts);
	// Items carry their column and their index into the pooled vectors.
	type Item = { col: number; k: number; p: PassageTopic };
	let pooled = 0;
	const items: Item[][] = columns.map((col, c) => col.map((p) => ({ col: c, k: pooled++, p })));
	const cache = new Map<number, number>();
	const sim = (a: Item, b: Item) => {
		if (a.col === b.col) return 0;
		const key = a.k < b.k ? a.k * pooled + b.k : b.k * pooled + a.k;
		let s = cache.get(key);
		if (s === undefined) cache.set(key, (s = cosine(vectors[a.k], vectors[b.k])));
		return s;
	};
	const grid = alignColumns(items, sim, o.threshold);
	const boilerplate = commonGrams(texts);
	const maps = inputs.map((inp) => new TextMap(inp.report.pieces));
	const rows: AlignedRow[] = grid.map((row) => {
		const present = row.filter((x): x is Item => x !== null);
		let total = 0;
		let pairs = 0;
		for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++, pairs++) total += sim(present[i], present[j]);
		const cellTexts = row.map((x) => (x ? texts[x.k] : null));
		const shared = present.length > 1 ? sharedPhrases(cellTexts, boilerplate) : row.map(() => []);
		return {
			similarity: pairs ? Math.round((total / pairs) * 1000) / 1000 : 0,
			cells: row.map((x, c) => {
				if (!x) return null;
				const p = x.p;
				return {
					report: inputs[c].id,
					start: maps[c].toInput(p.textStart),
					end: maps[c].toInput(p.textEnd, 'end'),
					textStart: p.textStart,
					textEnd: p.textEnd,
					text: texts[x.k],
					section: p.section,
					topic: p.topic,
					score: p.topics.find((t) => t.id === topic)?.score ?? 0,
					shared: shared[c]
				};
			})
		};
	});
	return { topic, reports: inputs.map((i) => i.id), rows };
}
