/**
 * How alike two passages are: cosine similarity of their character-bigram
 * vectors, weighted by inverse document frequency over the passages being
 * compared — so 老旧小区 and 集中供热 count, and 推进 or 发展 (in every
 * passage) hardly do. Bigrams are the natural unit for Chinese without a
 * segmenter: most content words are two characters, and longer terms
 * share their bigrams. Text is folded first (traditional → simplified,
 * full-width → ASCII) so 1950s and 2020s reports compare.
 */
import { contentChars } from '../text/content';

export type Vector = Map<string, number>;

export function bigramCounts(text: string): Vector {
	const { chars } = contentChars(text);
	const v: Vector = new Map();
	for (let i = 0; i + 1 < chars.length; i++) {
		const g = chars.slice(i, i + 2);
		if (g === '00') continue;
		v.set(g, (v.get(g) ?? 0) + 1);
	}
	return v;
}

/** TF-IDF vectors (unit length) for a pool of texts. */
export function tfidfVectors(texts: string[]): Vector[] {
	const counts = texts.map(bigramCounts);
	const df = new Map<string, number>();
	for (const c of counts) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1);
	const n = texts.length;
	return counts.map((c) => {
		const v: Vector = new Map();
		let norm = 0;
		for (const [g, tf] of c) {
			const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(g)!);
			v.set(g, w);
			norm += w * w;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [g, w] of v) v.set(g, w / norm);
		return v;
	});
}

export function cosine(a: Vector, b: Vector): number {
	if (a.size > b.size) [a, b] = [b, a];
	let dot = 0;
	for (const [g, w] of a) {
		const x = b.get(g);
		if (x !== undefined) dot += w * x;
	}
	return dot;
}
