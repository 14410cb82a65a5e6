/**
 * Scoring a piece of text against the taxonomy's cue terms: scan the folded
 * text left to right, at each position take the LONGEST cue term that starts
 * there (so 农村环境整治 counts once, for rural, and not again as 环境整治 for
 * ecology), and add its weight to its topics. Repeats of a term count less
 * and less (1, 1.5, 1.8…: 1 + ln n), so one word said five times does not
 * outweigh five different words.
 */
import { foldHan } from '../text/fold';
import type { CueIndex } from './taxonomy';

export type TopicScores = Record<string, number>;

export interface TermEvidence {
	term: string;
	topic: string;
	/** Times the term occurs. */
	count: number;
	/** Its contribution to the topic's score. */
	score: number;
}

export interface TextScore {
	scores: TopicScores;
	evidence: TermEvidence[];
}

export function scoreText(text: string, index: CueIndex): TextScore {
	const folded = foldHan(text);
	const counts = new Map<string, number>();
	const hitsOf = new Map<string, { topic: string; weight: number }[]>();
	for (let i = 0; i < folded.length;) {
		let node = index.root;
		let best: { term: string; hits: { topic: string; weight: number }[] } | null = null;
		for (let j = i; j < folded.length && j - i < index.maxLen; j++) {
			const n = node.next.get(folded[j]);
			if (!n) break;
			node = n;
			if (n.term && n.hits) best = { term: n.term, hits: n.hits };
		}
		if (best) {
			counts.set(best.term, (counts.get(best.term) ?? 0) + 1);
			hitsOf.set(best.term, best.hits);
			i += best.term.length;
		} else i++;
	}
	const scores: TopicScores = {};
	const evidence: TermEvidence[] = [];
	for (const [term, count] of counts) {
		const damp = 1 + Math.log(count);
		for (const h of hitsOf.get(term)!) {
			const s = h.weight * damp;
			scores[h.topic] = (scores[h.topic] ?? 0) + s;
			evidence.push({ term, topic: h.topic, count, score: round(s) });
		}
	}
	evidence.sort((a, b) => b.score - a.score);
	return { scores, evidence };
}

export function round(x: number, digits = 3): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Add `b × factor` into `a`. */
export function addScores(a: TopicScores, b: TopicScores, factor = 1): TopicScores {
	for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v * factor;
	return a;
}

/** Scores as shares of the positive total (0 when there is no evidence). */
export function normalize(s: TopicScores): TopicScores {
	let total = 0;
	for (const v of Object.values(s)) if (v > 0) total += v;
	const out: TopicScores = {};
	if (total <= 0) return out;
	for (const [k, v] of Object.entries(s)) if (v > 0) out[k] = v / total;
	return out;
}

/** Ranked [{id, score}] from scores: normalised, highest first, ties by taxonomy order. */
export function ranked(s: TopicScores, ids: string[], min = 0): { id: string; score: number }[] {
	const n = normalize(s);
	return ids
		.filter((id) => (n[id] ?? 0) > min)
		.map((id) => ({ id, score: round(n[id]) }))
		.sort((a, b) => b.score - a.score || ids.indexOf(a.id) - ids.indexOf(b.id));
}
