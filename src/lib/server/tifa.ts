/**
 * 提法 shifts as the app serves them: between two corpus reports, memoised
 * per pair of ids (the store's parsed reports are themselves cached).
 */
import { tifaShifts, type TifaShift } from '../core/rhetoric/tifa';
import type { CorpusStore } from './corpus';

export interface ServedTifa {
	a: string;
	b: string;
	shifts: TifaShift[];
}

const memo = new Map<string, ServedTifa>();
const MEMO_SIZE = 16;

/** The shifts from report `a` to report `b`, or null when either is not in the corpus. */
export function serveTifa(corpus: CorpusStore, a: string, b: string): ServedTifa | null {
	const key = `${a}\u0000${b}`;
	const hit = memo.get(key);
	if (hit) return hit;
	const ra = corpus.parsed(a);
	const rb = corpus.parsed(b);
	if (!ra || !rb) return null;
	const out = { a, b, shifts: tifaShifts(ra, rb) };
	if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
	memo.set(key, out);
	return out;
}
