/**
 * Learn word vectors from the corpus, so two passages that say the same
 * matter in different words (棚改 / 城市更新, 稳岗 / 就业) come out alike.
 * Offline and reproducible: same corpus, same code → same file.
 *
 * 1. Every paragraph (line of ≥ 20 characters) of every report in
 *    ../shared/corpus/gov — except the regions of the blind held-out split
 *    (HOLD_OUT below) — is folded (traditional → simplified) and cut into
 *    words by the core segmenter (src/lib/core/segmenter).
 *    The matter terms (matters.json, matter-terms.json) are kept whole (found
 *    first by longest match), and Latin terms (PM2.5) are cut out before.
 * 2. Content words: Han words of 2–6 characters and Latin terms, not in
 *    stopwords.json, in at least MIN_DF paragraphs and at most MAX_SHARE of
 *    them (发展, 推进 are in every other paragraph and say nothing about a
 *    matter). The VOCAB most frequent are kept; the CONTEXTS most frequent
 *    are the contexts.
 * 3. Co-occurrence of content words within ±WINDOW content words of the same
 *    paragraph, positive PMI with context smoothing (counts^0.75).
 * 4. A truncated SVD by randomized range finding with power iterations
 *    (plain Float64Array), DIMS dimensions, word vector = U·Σ^½, unit length.
 * 5. Quantised to int8 (each row scaled to its largest component: only the
 *    direction of a word's vector counts), base64 in
 *    src/lib/core/data/matter-vectors.json, with each word's corpus idf.
 *
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/matter-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { segmenter } from '../src/lib/core/segmenter/index';
import { foldHan } from '../src/lib/core/text/fold';
import { LATIN, latinWord } from '../src/lib/core/align/latin';
import stopwords from '../src/lib/core/data/stopwords.json';
import { defaultMatters } from '../src/lib/core/align/matters';
import { repoRoot } from '../tests/corpus/topics-eval';
import { addMean, paragraphs } from './matter-vectors-mean';

const VOCAB = Number(process.env.VOCAB ?? 16000);
const CONTEXTS = Number(process.env.CONTEXTS ?? 6000);
const DIMS = Number(process.env.DIMS ?? 96);
const WINDOW = 5;
const MIN_DF = 15;
const MAX_SHARE = 0.2;
const SEED = 20261126;

const stop = new Set((stopwords as { words: string[] }).words);
const WORD = /^\p{Script=Han}{2,6}$/u;
// Latin terms (LATIN) are cut out before the segmenter, which splits PM2.5 into PM2|.|5.

// ---- 1–2: segment, count
const seg = segmenter();
// The matter terms (matters.json and matter-terms.json) stay whole words
// (the segmenter's dictionary cuts 老旧小区, 稳岗, 新能源汽车): found by longest
// match first, the text between them goes to the segmenter.
const terms = new Set(defaultMatters.matters.flatMap((m) => m.terms).filter((t) => t.length >= 2));
const longest = Math.max(...[...terms].map((t) => t.length));
const heads = new Set([...terms].map((t) => t.slice(0, 2)));
function cut(text: string): string[] {
	const out: string[] = [];
	let from = 0;
	for (let i = 0; i < text.length;) {
		if (!heads.has(text.slice(i, i + 2))) {
			i++;
			continue;
		}
		let len = Math.min(longest, text.length - i);
		while (len >= 2 && !terms.has(text.slice(i, i + len))) len--;
		if (len < 2) {
			i++;
			continue;
		}
		if (from < i) out.push(...seg(text.slice(from, i)));
		out.push(text.slice(i, i + len));
		i += len;
		from = i;
	}
	if (from < text.length) out.push(...seg(text.slice(from)));
	return out;
}
const ids = new Map<string, number>();
const names: string[] = [];
const freq: number[] = [];
const dfs: number[] = [];
let tokens = new Int32Array(1 << 24);
let nTok = 0;
const paraEnds: number[] = [];
const t0 = Date.now();
const seenFiles = new Set<string>();
for (const { file, line } of paragraphs()) {
	seenFiles.add(file);
	{
		const seen = new Set<number>();
		const folded = foldHan(line);
		const words: string[] = [];
		let at = 0;
		for (const m of folded.matchAll(LATIN)) {
			words.push(...cut(folded.slice(at, m.index)), latinWord(m[0]));
			at = m.index + m[0].length;
		}
		words.push(...cut(folded.slice(at)));
		for (const w of words) {
			if (!(WORD.test(w) || /^[A-Z]/.test(w)) || stop.has(w)) continue;
			let id = ids.get(w);
			if (id === undefined) {
				ids.set(w, (id = names.length));
				names.push(w);
				freq.push(0);
				dfs.push(0);
			}
			freq[id]++;
			if (!seen.has(id)) {
				seen.add(id);
				dfs[id]++;
			}
			if (nTok === tokens.length) {
				const t = new Int32Array(tokens.length * 2);
				t.set(tokens);
				tokens = t;
			}
			tokens[nTok++] = id;
		}
		paraEnds.push(nTok);
	}
}
const N = paraEnds.length;
const reports = seenFiles.size;
console.log(
	`${reports} reports, ${N} paragraphs, ${nTok} content tokens, ${names.length} words (${((Date.now() - t0) / 1000).toFixed(0)} s)`
);

const ranked = names
	.map((_, i) => i)
	.filter((i) => dfs[i] >= MIN_DF && dfs[i] <= MAX_SHARE * N)
	.sort((a, b) => freq[b] - freq[a] || (names[a] < names[b] ? -1 : 1));
const vocab = ranked.slice(0, VOCAB);
const V = vocab.length;
const C = Math.min(CONTEXTS, V);
const row = new Int32Array(names.length).fill(-1);
vocab.forEach((id, r) => (row[id] = r));

// ---- 3: co-occurrence within ±WINDOW vocabulary words of a paragraph
const M = new Float64Array(V * C);
let start = 0;
const buf: number[] = [];
for (const end of paraEnds) {
	buf.length = 0;
	for (let k = start; k < end; k++) if (row[tokens[k]] >= 0) buf.push(row[tokens[k]]);
	for (let i = 0; i < buf.length; i++)
		for (let j = Math.max(0, i - WINDOW); j <= Math.min(buf.length - 1, i + WINDOW); j++) {
			if (j === i || buf[j] >= C || buf[j] === buf[i]) continue;
			M[buf[i] * C + buf[j]] += 1;
		}
	start = end;
}
// PPMI, context counts smoothed ^0.75
const rowSum = new Float64Array(V);
const colSum = new Float64Array(C);
let total = 0;
for (let r = 0; r < V; r++)
	for (let c = 0; c < C; c++) {
		const x = M[r * C + c];
		rowSum[r] += x;
		colSum[c] += x;
		total += x;
	}
const colP = new Float64Array(C);
let colZ = 0;
for (let c = 0; c < C; c++) colZ += colSum[c] ** 0.75;
for (let c = 0; c < C; c++) colP[c] = colSum[c] ** 0.75 / colZ;
for (let r = 0; r < V; r++)
	for (let c = 0; c < C; c++) {
		const x = M[r * C + c];
		M[r * C + c] = x > 0 ? Math.max(0, Math.log(x / total / ((rowSum[r] / total) * colP[c]))) : 0;
	}
console.log(`PPMI ${V}×${C} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

// ---- 4: randomized SVD
let s = SEED;
const rand = () => {
	s = (s * 1103515245 + 12345) % 2147483648;
	return s / 2147483648;
};
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const K = DIMS + 16;
/** Y (V×K) = M (V×C) · X (C×K) */
function mulM(X: Float64Array): Float64Array {
	const Y = new Float64Array(V * K);
	for (let r = 0; r < V; r++) {
		const y = r * K;
		for (let c = 0; c < C; c++) {
			const m = M[r * C + c];
			if (m === 0) continue;
			const x = c * K;
			for (let k = 0; k < K; k++) Y[y + k] += m * X[x + k];
		}
	}
	return Y;
}
/** X (C×K) = Mᵀ (C×V) · Y (V×K) */
function mulMt(Y: Float64Array): Float64Array {
	const X = new Float64Array(C * K);
	for (let r = 0; r < V; r++) {
		const y = r * K;
		for (let c = 0; c < C; c++) {
			const m = M[r * C + c];
			if (m === 0) continue;
			const x = c * K;
			for (let k = 0; k < K; k++) X[x + k] += m * Y[y + k];
		}
	}
	return X;
}
/** Orthonormalise the K columns of an n×K matrix in place (modified Gram–Schmidt, twice). */
function orth(A: Float64Array, n: number): Float64Array {
	for (let pass = 0; pass < 2; pass++)
		for (let k = 0; k < K; k++) {
			for (let j = 0; j < k; j++) {
				let d = 0;
				for (let i = 0; i < n; i++) d += A[i * K + k] * A[i * K + j];
				for (let i = 0; i < n; i++) A[i * K + k] -= d * A[i * K + j];
			}
			let norm = 0;
			for (let i = 0; i < n; i++) norm += A[i * K + k] ** 2;
			norm = Math.sqrt(norm) || 1;
			for (let i = 0; i < n; i++) A[i * K + k] /= norm;
		}
	return A;
}
const Om = new Float64Array(C * K);
for (let i = 0; i < Om.length; i++) Om[i] = gauss();
let Q = orth(mulM(Om), V);
for (let it = 0; it < 3; it++) Q = orth(mulM(orth(mulMt(Q), C)), V);
// B = Qᵀ M (K×C); B Bᵀ (K×K) = (Mᵀ Q)ᵀ (Mᵀ Q)
const Bt = mulMt(Q); // C×K
const G = new Float64Array(K * K);
for (let c = 0; c < C; c++)
	for (let i = 0; i < K; i++) {
		const a = Bt[c * K + i];
		if (a === 0) continue;
		for (let j = 0; j < K; j++) G[i * K + j] += a * Bt[c * K + j];
	}
// Jacobi eigen-decomposition of the symmetric K×K matrix G
const E = new Float64Array(K * K);
for (let i = 0; i < K; i++) E[i * K + i] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
	let off = 0;
	for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += G[p * K + q] ** 2;
	if (off < 1e-18) break;
	for (let p = 0; p < K; p++)
		for (let q = p + 1; q < K; q++) {
			const apq = G[p * K + q];
			if (Math.abs(apq) < 1e-15) continue;
			const theta = (G[q * K + q] - G[p * K + p]) / (2 * apq);
			const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
			const cs = 1 / Math.sqrt(t * t + 1);
			const sn = t * cs;
			for (let k = 0; k < K; k++) {
				const gkp = G[k * K + p];
				const gkq = G[k * K + q];
				G[k * K + p] = cs * gkp - sn * gkq;
				G[k * K + q] = sn * gkp + cs * gkq;
			}
			for (let k = 0; k < K; k++) {
				const gpk = G[p * K + k];
				const gqk = G[q * K + k];
				G[p * K + k] = cs * gpk - sn * gqk;
				G[q * K + k] = sn * gpk + cs * gqk;
			}
			for (let k = 0; k < K; k++) {
				const ekp = E[k * K + p];
				const ekq = E[k * K + q];
				E[k * K + p] = cs * ekp - sn * ekq;
				E[k * K + q] = sn * ekp + cs * ekq;
			}
		}
}
const order = [...Array(K).keys()].sort((a, b) => G[b * K + b] - G[a * K + a]).slice(0, DIMS);
// word vectors: U Σ^½ = Q · E[:, order] · Σ^½ with Σ = √eigenvalue
const W = new Float64Array(V * DIMS);
for (let r = 0; r < V; r++)
	for (let d = 0; d < DIMS; d++) {
		const e = order[d];
		const sigma = Math.sqrt(Math.max(0, G[e * K + e]));
		let x = 0;
		for (let k = 0; k < K; k++) x += Q[r * K + k] * E[k * K + e];
		W[r * DIMS + d] = x * Math.sqrt(sigma);
	}
console.log(`SVD ${DIMS} dims (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

// ---- 5: int8, each row scaled to its largest component (vectors.ts makes each row unit length again)
const q8 = new Int8Array(V * DIMS);
for (let r = 0; r < V; r++) {
	let max = 0;
	for (let d = 0; d < DIMS; d++) max = Math.max(max, Math.abs(W[r * DIMS + d]));
	for (let d = 0; d < DIMS; d++) q8[r * DIMS + d] = Math.round((W[r * DIMS + d] / (max || 1)) * 127);
}
const out = {
	about: `Word vectors learned from ${reports} reports (${N} paragraphs) of ../shared/corpus/gov, the blind held-out regions left out: positive PMI of content words within ±${WINDOW} words, truncated to ${DIMS} dimensions by a randomized SVD, U·Σ^½, int8 (each row scaled to its largest component; only directions count). idf = ln(N / df) over paragraphs, × 10, rounded. Generated by scripts/matter-vectors.ts; do not edit by hand.`,
	dims: DIMS,
	paragraphs: N,
	words: vocab.map((id) => names[id]).join(' '),
	idf: vocab.map((id) => Math.round(Math.log(N / dfs[id]) * 10)),
	vectors: Buffer.from(q8.buffer).toString('base64')
};
writeFileSync(path.join(repoRoot, 'src/lib/core/data/matter-vectors.json'), JSON.stringify(out) + '\n');
console.log(`${V} words × ${DIMS} dims written (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
addMean();
