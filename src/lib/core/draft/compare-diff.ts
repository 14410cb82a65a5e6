/**
 * Sentence reuse through the diff engine (issue 4): the same alignment the
 * diff view shows — identical sentences (moved or not) are reused word for
 * word, sentences the engine pairs as similar are reused with edits, the
 * rest is new. Same `CompareDrafts` shape as the stand-in in `compare.ts`.
 */
import { diffReports, inlinePieces, type DiffResult } from '../diff/index';
import type { ParsedReport } from '../parse';
import type { CompareDrafts, ReuseStatus, SentenceMatch, WordPiece } from './compare';

/** Index of the unit of `side` that contains text offset `pos` (units tile the text in order). */
function unitAt(side: DiffResult['a'], pos: number): number {
	let lo = 0;
	let hi = side.units.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (side.units[mid].start <= pos) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Sentence of `report` that contains text offset `pos`. */
function sentenceAt(report: ParsedReport, pos: number): number | undefined {
	let lo = 0;
	let hi = report.sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = report.sentences[mid];
		if (pos < s.textStart) hi = mid - 1;
		else if (pos >= s.textEnd) lo = mid + 1;
		else return mid;
	}
	return undefined;
}

/**
 * The word-level edits of draft unit `ub` against old unit `ua`, as the
 * inline diff shows them, clipped to the draft sentence [from, to): the
 * draft's words (kept or inserted) tile the sentence; deleted old words sit
 * where they were removed.
 */
function wordPieces(result: DiffResult, oldText: string, ua: number, ub: number, from: number, to: number): WordPiece[] {
	const out: WordPiece[] = [];
	const push = (kind: 'same' | 'ins', start: number, end: number) => {
		const s = Math.max(start, from);
		const e = Math.min(end, to);
		if (e <= s) return;
		const last = out[out.length - 1];
		if (last && last.kind === kind && last.end === s) last.end = e;
		else out.push({ kind, start: s, end: e });
	};
	for (const p of inlinePieces(result, { a: ua, b: ub, kind: 'changed' })) {
		if (p.side === 'a') {
			const seg = result.a.segments[p.index];
			const text = oldText.slice(seg.start, seg.end).trim();
			if (text) out.push({ kind: 'del', text });
		} else {
			const seg = result.b.segments[p.index];
			push(p.side === 'both' || seg.status === 'equal' || seg.status === 'moved' ? 'same' : 'ins', seg.start, seg.end);
		}
	}
	return out;
}

export const compareDraftsByDiff: CompareDrafts = (old, draft, segmenter) => {
	const result = diffReports({ report: old }, { report: draft }, { segmenter });
	const pairOfB = new Map<number, number>();
	result.pairs.forEach((p, i) => pairOfB.set(p.b, i));
	const matches: SentenceMatch[] = draft.sentences.map((s, k) => {
		const u = unitAt(result.b, s.textStart);
		const pi = pairOfB.get(u);
		if (pi === undefined) return { sentence: k, status: 'new', similarity: 0 };
		const pair = result.pairs[pi];
		const oldSentence = sentenceAt(old, result.a.units[pair.a].start);
		const status: ReuseStatus = pair.kind === 'identical' ? 'same' : 'edited';
		const match: SentenceMatch = {
			sentence: k,
			status,
			old: oldSentence,
			similarity: Math.round((pair.kind === 'identical' ? 1 : pair.score) * 1000) / 1000
		};
		if (status === 'edited') match.words = wordPieces(result, old.text, pair.a, u, s.textStart, s.textEnd);
		return match;
	});
	const counts = { same: 0, edited: 0, new: 0 };
	const chars = { same: 0, edited: 0, new: 0 };
	for (const m of matches) {
		const s = draft.sentences[m.sentence];
		counts[m.status]++;
		chars[m.status] += s.textEnd - s.textStart;
	}
	const n = matches.length || 1;
	const c = chars.same + chars.edited + chars.new || 1;
	const r = (x: number) => Math.round(x * 1000) / 1000;
	return {
		matches,
		counts,
		shares: { same: r(counts.same / n), edited: r(counts.edited / n), new: r(counts.new / n) },
		charShares: { same: r(chars.same / c), edited: r(chars.edited / c), new: r(chars.new / c) }
	};
};
