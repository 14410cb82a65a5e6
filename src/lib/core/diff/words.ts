/**
 * The word level: within one pair of similar sentences, a Myers diff over
 * token keys (./myers.ts: jsdiff's algorithm and results, cheaper bookkeeping). Sentences are short (tens of
 * tokens), so this is fast where a character diff of whole reports is not.
 *
 * A segmenter cuts the same words differently in different contexts
 * (价格/上涨 in one sentence, 价格上涨 in the other), which would hide the
 * shared word inside a replacement. So each replacement is diffed once more
 * at character level — only that short stretch — and the result is kept
 * when it finds shared runs of at least two characters.
 */
import { myersDiff, type Change } from './myers';
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

export interface WordDiff {
	/** The tokens the ops index: the input tokens, with replaced stretches split finer where that helped. */
	a: Token[];
	b: Token[];
	ops: WordOp[];
}

/** Replacements longer than this (in characters) are not refined: they are rewrites, not edits. */
const REFINE_MAX = 80;
/** A shared run shorter than this inside a replacement is coincidence (的, 和), not reuse. */
const MIN_SHARED = 2;

export function diffWords(a: Token[], b: Token[]): WordDiff {
	const coarse = diffTokens(a, b);
	const outA: Token[] = [];
	const outB: Token[] = [];
	const ops: WordOp[] = [];
	const emit = (kind: WordOpKind, ta: Token[], tb: Token[]) => {
		if (!ta.length && !tb.length) return;
		ops.push({ kind, aFrom: outA.length, aTo: outA.length + ta.length, bFrom: outB.length, bTo: outB.length + tb.length });
		outA.push(...ta);
		outB.push(...tb);
	};
	for (let k = 0; k < coarse.length; k++) {
		const op = coarse[k];
		const next = coarse[k + 1];
		if (op.kind !== 'equal' && next && next.kind !== 'equal' && next.kind !== op.kind) {
			const [del, ins] = op.kind === 'deleted' ? [op, next] : [next, op];
			const ta = a.slice(del.aFrom, del.aTo);
			const tb = b.slice(ins.bFrom, ins.bTo);
			const fine = refine(ta, tb);
			if (fine) for (const f of fine) emit(f.kind, f.a, f.b);
			else {
				emit('deleted', ta, []);
				emit('inserted', [], tb);
			}
			k++;
			continue;
		}
		emit(op.kind, a.slice(op.aFrom, op.aTo), b.slice(op.bFrom, op.bTo));
	}
	return { a: outA, b: outB, ops };
}

/**
 * Myers' diff costs O((n + m) · d) for d edits: fine for sentences, minutes
 * for two long unpunctuated texts (tables, mojibake: 40,000 characters took
 * 151 s). The edit length is bounded so that the work stays under about
 * WORK steps; past it, the texts are a rewrite — their common start and end
 * stay equal, the middle is replaced.
 */
const WORK = 4_000_000;

export function diffTokens(a: Token[], b: Token[]): WordOp[] {
	const ka = a.map((t) => t.key);
	const kb = b.map((t) => t.key);
	const changes = myersDiff(ka, kb, Math.max(64, Math.floor(WORK / Math.max(1, ka.length + kb.length)))) ?? rewrite(ka, kb);
	const ops: WordOp[] = [];
	let i = 0;
	let j = 0;
	for (const c of changes) {
		const n = c.count;
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

/** Changes for a rewrite: common prefix, the middle deleted and inserted, common suffix. */
function rewrite(a: string[], b: string[]): Change[] {
	let p = 0;
	while (p < a.length && p < b.length && a[p] === b[p]) p++;
	let q = 0;
	while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
	const out: Change[] = [];
	if (p) out.push({ count: p, added: false, removed: false });
	if (a.length - p - q) out.push({ count: a.length - p - q, added: false, removed: true });
	if (b.length - p - q) out.push({ count: b.length - p - q, added: true, removed: false });
	if (q) out.push({ count: q, added: false, removed: false });
	return out;
}

/** Word tokens split into characters; numbers (and anything whose key is not char-for-char) stay whole. */
function chars(tokens: Token[]): Token[] {
	const out: Token[] = [];
	for (const t of tokens) {
		if (t.end - t.start === t.key.length && t.key.length > 1 && !/[0-9]/.test(t.key)) {
			for (let i = 0; i < t.key.length; i++) out.push({ start: t.start + i, end: t.start + i + 1, key: t.key[i] });
		} else out.push(t);
	}
	return out;
}

function refine(ta: Token[], tb: Token[]): { kind: WordOpKind; a: Token[]; b: Token[] }[] | null {
	const len = (ts: Token[]) => (ts.length ? ts[ts.length - 1].end - ts[0].start : 0);
	if (len(ta) > REFINE_MAX || len(tb) > REFINE_MAX) return null;
	const ca = chars(ta);
	const cb = chars(tb);
	const ops = diffTokens(ca, cb);
	// Short shared runs become part of the replacement around them.
	const parts: { kind: WordOpKind; a: Token[]; b: Token[] }[] = [];
	let shared = false;
	for (const op of ops) {
		const pa = ca.slice(op.aFrom, op.aTo);
		const pb = cb.slice(op.bFrom, op.bTo);
		const sharedChars = pa.reduce((n, t) => n + t.key.length, 0);
		if (op.kind === 'equal' && sharedChars >= MIN_SHARED) {
			shared = true;
			parts.push({ kind: 'equal', a: pa, b: pb });
			continue;
		}
		const last = parts[parts.length - 1];
		if (last && last.kind !== 'equal') {
			last.a.push(...pa);
			last.b.push(...pb);
		} else parts.push({ kind: 'deleted', a: pa, b: pb }); // kind fixed below
	}
	if (!shared) return null;
	// A mixed part is a deletion followed by an insertion.
	const out: { kind: WordOpKind; a: Token[]; b: Token[] }[] = [];
	for (const p of parts) {
		if (p.kind === 'equal') out.push(p);
		else {
			if (p.a.length) out.push({ kind: 'deleted', a: p.a, b: [] });
			if (p.b.length) out.push({ kind: 'inserted', a: [], b: p.b });
		}
	}
	return out;
}
