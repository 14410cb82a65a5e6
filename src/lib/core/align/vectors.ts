/**
 * What a passage is about, as a point in a space learned from the corpus:
 * word vectors trained offline (scripts/matter-vectors.ts: positive PMI of
 * content words within ±5 words over ~214,000 paragraphs of real reports,
 * truncated SVD, int8) and shipped as data (data/matter-vectors.json). Two
 * passages that say the same matter in different words (棚改 / 城市更新,
 * 稳岗 / 就业) come out close although they share no term.
 *
 * A passage's vector is the idf-weighted sum of its words' vectors; its words
 * are found by longest match over the vocabulary in each run of Han
 * characters (folded: traditional → simplified). Pure: the data is imported
 * like the other data files.
 */
import data from '../data/matter-vectors.json';
import { foldHan } from '../text/fold';
import { latinWord, RUNS } from './latin';

export interface WordVectors {
	dims: number;
	words: string[];
	index: Map<string, number>;
	idf: Float32Array;
	longest: number;
	/** The corpus's mean passage: what every report says, taken off before comparing. */
	mean: Float32Array;
	/** The unit-length vector of word `id` (decoded on first use). */
	row: (id: number) => Float32Array;
}

export interface VectorData {
	dims: number;
	words: string;
	idf: number[];
	vectors: string;
	/** The mean unit passage vector of the corpus (scripts/matter-vectors-mean.ts). */
	mean?: number[];
}

let loaded: WordVectors | null = null;

/** Decode the shipped vectors (once; each word's row when first asked for). */
export function wordVectors(d: VectorData = data as VectorData): WordVectors {
	if (d === data && loaded) return loaded;
	const words = d.words.split(' ');
	const bin = atob(d.vectors);
	const dims = d.dims;
	const rows = new Float32Array(words.length * dims);
	const done = new Uint8Array(words.length);
	const row = (id: number) => {
		const out = rows.subarray(id * dims, (id + 1) * dims);
		if (done[id]) return out;
		let norm = 0;
		for (let i = 0; i < dims; i++) {
			const b = bin.charCodeAt(id * dims + i);
			const x = b > 127 ? b - 256 : b;
			out[i] = x;
			norm += x * x;
		}
		norm = Math.sqrt(norm) || 1;
		for (let i = 0; i < dims; i++) out[i] /= norm;
		done[id] = 1;
		return out;
	};
	let longest = 0;
	for (const w of words) longest = Math.max(longest, w.length);
	const out: WordVectors = {
		dims,
		words,
		index: new Map(words.map((w, i) => [w, i])),
		idf: Float32Array.from(d.idf, (x) => x / 10),
		longest,
		mean: Float32Array.from(d.mean ?? new Array(dims).fill(0)),
		row
	};
	if (d === data) loaded = out;
	return out;
}

/** A passage in the learned space: its vector (not normalised) and its words with their weights. */
export interface PassageVector {
	vec: Float32Array;
	words: Map<number, number>;
}

/** The vocabulary words of `text` (longest match in each run of Han characters), idf-weighted, and their sum. */
export function passageVector(text: string, wv: WordVectors = wordVectors()): PassageVector {
	const words = new Map<number, number>();
	for (const run of foldHan(text).match(RUNS) ?? []) {
		if (!/^\p{Script=Han}/u.test(run)) {
			const id = wv.index.get(latinWord(run));
			if (id !== undefined) words.set(id, (words.get(id) ?? 0) + 1);
			continue;
		}
		let i = 0;
		while (i < run.length) {
			let hit = -1;
			let len = Math.min(wv.longest, run.length - i);
			for (; len >= 2; len--) {
				const id = wv.index.get(run.slice(i, i + len));
				if (id !== undefined) {
					hit = id;
					break;
				}
			}
			if (hit < 0) {
				i++;
				continue;
			}
			words.set(hit, (words.get(hit) ?? 0) + 1);
			i += len;
		}
	}
	const vec = new Float32Array(wv.dims);
	for (const [id, n] of words) {
		const w = (1 + Math.log(n)) * wv.idf[id];
		words.set(id, w);
		const r = wv.row(id);
		for (let d = 0; d < wv.dims; d++) vec[d] += w * r[d];
	}
	return { vec, words };
}

/** The vectors of passages, each of unit length, centred on the corpus's mean passage (what every report says says nothing) and of unit length again. */
export function centredVectors(pool: PassageVector[], wv: WordVectors = wordVectors()): Float32Array[] {
	return pool.map((p) => unit(unit(p.vec).map((x, d) => x - wv.mean[d])));
}

function unit(v: Float32Array): Float32Array {
	let n = 0;
	for (const x of v) n += x * x;
	n = Math.sqrt(n) || 1;
	return v.map((x) => x / n);
}

export function dot(a: Float32Array, b: Float32Array): number {
	let s = 0;
	for (let d = 0; d < a.length; d++) s += a[d] * b[d];
	return s;
}

/**
 * The closest word pairs of two passages (different words, weighted by both
 * sides' idf): the evidence of a match made in the learned space, e.g.
 * 棚改 ~ 城市更新.
 */
export function closestPairs(a: PassageVector, b: PassageVector, most = 3, wv: WordVectors = wordVectors()): [string, string, number][] {
	const top = (p: PassageVector) =>
		[...p.words]
			.sort((x, y) => y[1] - x[1] || x[0] - y[0])
			.slice(0, 16)
			.map(([id]) => id);
	const ta = top(a);
	const tb = top(b);
	const pairs: [number, number, number][] = [];
	for (const i of ta)
		for (const j of tb) {
			if (i === j) continue;
			const c = dot(wv.row(i), wv.row(j));
			// Close words first (c³), the rarer the better; a loose pair (c < 0.6) is no evidence.
			if (c >= 0.6) pairs.push([i, j, c ** 3 * Math.sqrt(wv.idf[i] * wv.idf[j])]);
		}
	pairs.sort((x, y) => y[2] - x[2]);
	const out: [string, string, number][] = [];
	const used = new Set<number>();
	for (const [i, j, s] of pairs) {
		if (used.has(i) || used.has(-1 - j)) continue;
		used.add(i).add(-1 - j);
		out.push([wv.words[i], wv.words[j], Math.round(s * 100) / 100]);
		if (out.length === most) break;
	}
	return out;
}

/** The words nearest to `word` in the learned space (for checking the vectors make sense). */
export function neighbours(word: string, most = 8, wv: WordVectors = wordVectors()): [string, number][] {
	const id = wv.index.get(word);
	if (id === undefined) return [];
	const me = wv.row(id);
	const out: [string, number][] = [];
	for (let r = 0; r < wv.words.length; r++) if (r !== id) out.push([wv.words[r], dot(me, wv.row(r))]);
	return out
		.sort((x, y) => y[1] - x[1])
		.slice(0, most)
		.map(([w, c]) => [w, Math.round(c * 100) / 100]);
}
