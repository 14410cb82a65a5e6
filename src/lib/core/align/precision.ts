/**
 * Precision gate (seventeenth round): a thin pair is never a counterpart.
 *
 * A pair is thin when nothing but the matter table ties its two passages:
 * they share almost no wording (bigram cosine under `literal`), their
 * passage vectors learned from the corpus do not agree (cosine under
 * `vector`) and they name at most `terms` matter terms in common. Such pairs
 * reach the threshold only because both passages fall under one broad matter
 * (产业集群, 社会事业): a chapter opening against one lead-in on 铜, 文化教育
 * against 公共文化服务, 化工 named in passing beside 落后产能. Read on dev
 * half 0, most of them are rows an analyst would not read side by side.
 */

export interface ThinGate {
	/** Bigram cosine below which two passages share no wording (0: gate off). */
	literal: number;
	/** Passage-vector cosine below which the passages are not about the same thing. */
	vector: number;
	/** At most this many shared matter terms. */
	terms: number;
}

/** The number of keys two term maps have in common. */
export function sharedTermCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
	const [x, y] = a.size <= b.size ? [a, b] : [b, a];
	let n = 0;
	for (const t of x.keys()) if (y.has(t)) n++;
	return n;
}

/** True when a pair shares neither wording, nor vector direction, nor more than `terms` matter terms. */
export function isThinPair(literal: number, vector: number, sharedTerms: number, gate: ThinGate): boolean {
	return gate.literal > 0 && literal < gate.literal && vector < gate.vector && sharedTerms <= gate.terms;
}
