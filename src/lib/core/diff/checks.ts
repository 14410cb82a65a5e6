/**
 * The diff's promise about identical sentences, checked from its output
 * alone: a sentence that occurs verbatim in both texts must come out as
 * equal or moved, never as deleted or edited. Used by tests and the bench.
 */
import type { ParsedReport } from '../parse';
import type { DiffResult } from './engine';

/** Sentences of A that appear verbatim in B but were not kept whole, counted per copy. */
export function identicalSentenceViolations(result: DiffResult, a: ParsedReport, b: ParsedReport): string[] {
	const within = (ranges: { start: number; end: number }[], s: number, e: number) => ranges.some((r) => s >= r.start && e <= r.end);
	const sentences = (r: ParsedReport, ranges: { start: number; end: number }[]) =>
		r.sentences
			.filter((s) => within(ranges, s.textStart, s.textEnd))
			.map((s) => ({ s, text: r.text.slice(s.textStart, s.textEnd).trim() }));
	const countB = new Map<string, number>();
	for (const { text } of sentences(b, result.b.ranges)) countB.set(text, (countB.get(text) ?? 0) + 1);

	const segs = result.a.segments;
	const kept = new Map<string, number>();
	const expected = new Map<string, number>();
	let k = 0;
	for (const { s, text } of sentences(a, result.a.ranges)) {
		if (!countB.has(text)) continue;
		expected.set(text, (expected.get(text) ?? 0) + 1);
		while (k < segs.length && segs[k].end <= s.textStart) k++;
		let whole = true;
		for (let i = k; i < segs.length && segs[i].start < s.textEnd; i++)
			if (segs[i].status !== 'equal' && segs[i].status !== 'moved') whole = false;
		if (whole) kept.set(text, (kept.get(text) ?? 0) + 1);
	}
	const out: string[] = [];
	for (const [text, n] of expected) {
		const need = Math.min(n, countB.get(text)!);
		if ((kept.get(text) ?? 0) < need) out.push(text);
	}
	return out;
}
