/**
 * The word level: within one pair of similar sentences, the `diff`
 * package's Myers diff over token keys. Sentences are short (tens of
 * tokens), so this is fast where a character diff of whole reports is not.
 */
import { diffArrays } from 'diff';
import type { Token } from './tokens';

export type WordOpKind = 'equal' | 'deleted' | 'inserted';

/** A run of tokens: `[aFrom, aTo)` of A's tokens, `[bFrom, bTo)` of B's (one side empty unless equal). */
export interface WordOp {
	kind: WordOpKind;
	aFrom: number;
	aTo: number;
	bFrom: number;
	bTo: number;
}

export function diffTokens(a: Token[], b: Token[]): WordOp[] {
	const changes = diffArrays(
		a.map((t) => t.key),
		b.map((t) => t.key)
	);
	const ops: WordOp[] = [];
	let i = 0;
	let j = 0;
	for (const c of changes) {
		const n = c.count ?? c.value.length;
		if (c.added) {
			ops.push({ kind: 'inserted', aFrom: i, aTo: i, bFrom: j, bTo: j + n });
			j += n;
		} else if (c.removed) {
			ops.push({ kind: 'deleted', aFrom: i, aTo: i + n, bFrom: j, bTo: j });
			i += n;
		} else {
			ops.push({ kind: 'equal', aFrom: i, aTo: i + n, bFrom: j, bTo: j + n });
			i += n;
			j += n;
		}
	}
	return ops;
}
