/**
 * jieba's word segmentation without HMM (jieba-rs `cut(text, false)`), in
 * plain TypeScript over a lexicon passed in, so it runs in the core, a
 * worker or a browser and starts in milliseconds (jieba-wasm builds its
 * 349,045-word dictionary on the first call: ~300–570 ms).
 *
 * The algorithm is jieba's:
 *   - the text is cut into blocks: runs of Han characters and of
 *     `a-zA-Z0-9+#&._%-` are segmented; whitespace comes out one character
 *     (or one `\r\n`) at a time, and every other character alone;
 *   - in a block, a DAG of the lexicon's words that start at each position
 *     (a lone character when none does), and the route of maximum
 *     log-probability from the end: route(i) = max over words w at i of
 *     ln(freq(w)) − ln(total) + route(i + |w|), ties to the longer word
 *     (jieba-rs keeps the last maximum);
 *   - along the route, single ASCII letters and digits in a row are joined
 *     into one word (`2024`, `5G` stays `5G` only if the lexicon has it);
 *     any other single character is a word of its own.
 * An unknown run of Han characters (no lexicon word covers it) therefore
 * comes out one character at a time, as jieba's does with HMM off — the
 * setting every feature uses (HMM would glue a slip such as 经经济 into one
 * invented word and hide it from the proofreading lint).
 *
 * Linear in the text times the longest lexicon word that matches at each
 * position: one walk down the lexicon's trie per position (as jieba's
 * double-array trie), a binary search among a node's edges per step.
 */
import type { Segmenter } from './base';

/**
 * The data-file form of a lexicon (data/lexicon.json): a trie of its words
 * over UTF-16 units, nodes numbered breadth-first (the root is 0; edge k
 * leads to node k + 1), in three strings that JSON.parse reads natively and
 * nothing decodes up front, so loading costs the parse alone:
 *   - `labels`: edge k's unit (each node's edges sorted by unit);
 *   - `starts`: node n's first edge, 3 base-64 digits per node, one more
 *     entry than there are nodes (node n's edges are starts[n]..starts[n+1]);
 *   - `values`: per node, its tag's index (1 digit) and its frequency
 *     (4 digits), frequency 0 where no word ends.
 */
export interface LexiconData {
	/** The sum of the frequencies of the whole dictionary (jieba's `total`): a pruned lexicon keeps the full one so probabilities stay jieba's. */
	total: number;
	/** Part-of-speech tags, referred to by index. */
	tags: string[];
	labels: string;
	starts: string;
	values: string;
}

/** The digits of `starts` and `values`. */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT[DIGITS.charCodeAt(i)] = i;
export const START_WIDTH = 3;
export const VALUE_WIDTH = 5;

function digits(s: string, at: number, width: number): number {
	let v = 0;
	for (let k = 0; k < width; k++) v = v * 64 + DIGIT[s.charCodeAt(at + k)];
	return v;
}

/** A lexicon over its data: word lookups walk the trie; nothing is built on load. */
export class Lexicon {
	readonly logTotal: number;
	readonly nodes: number;

	constructor(private data: LexiconData) {
		this.logTotal = Math.log(data.total);
		this.nodes = data.labels.length + 1;
		if (data.starts.length !== (this.nodes + 1) * START_WIDTH || data.values.length !== this.nodes * VALUE_WIDTH)
			throw new Error('lexicon: the trie strings do not fit together');
	}

	/** The index of `node`'s first edge (edge k leads to node k + 1). */
	firstEdge(node: number): number {
		return digits(this.data.starts, node * START_WIDTH, START_WIDTH);
	}

	/** The root's children by unit (the root has one per first character, ~11,600: a table instead of a binary search), built on first use. */
	private rootKids: Int32Array | null = null;

	/** The child of `node` along the unit `c`, or -1. */
	child(node: number, c: number): number {
		const labels = this.data.labels;
		if (node === 0) {
			if (!this.rootKids) {
				this.rootKids = new Int32Array(65536).fill(-1);
				for (let k = this.firstEdge(0), end = this.firstEdge(1); k < end; k++) this.rootKids[labels.charCodeAt(k)] = k + 1;
			}
			return this.rootKids[c];
		}
		let lo = this.firstEdge(node);
		let hi = this.firstEdge(node + 1) - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const m = labels.charCodeAt(mid);
			if (m === c) return mid + 1;
			if (m < c) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	/** The frequency of the word ending at `node` (0: none ends there). */
	freq(node: number): number {
		return digits(this.data.values, node * VALUE_WIDTH + 1, VALUE_WIDTH - 1);
	}

	tagOf(node: number): string {
		return this.data.tags[DIGIT[this.data.values.charCodeAt(node * VALUE_WIDTH)]] ?? '';
	}

	/** The node where `word` ends, or -1. */
	find(word: string): number {
		let n = 0;
		for (let i = 0; i < word.length && n >= 0; i++) n = this.child(n, word.charCodeAt(i));
		return n;
	}

	/** `word`'s frequency and tag, or undefined when the lexicon does not hold it. */
	entry(word: string): { freq: number; tag: string } | undefined {
		const n = word ? this.find(word) : -1;
		if (n < 0 || this.freq(n) === 0) return undefined;
		return { freq: this.freq(n), tag: this.tagOf(n) };
	}
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The ASCII characters of jieba's blocks, as a table: a regular expression per character was a share of a first diff's segmenting. */
const ASCII_IN_BLOCK = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_IN_BLOCK[c] = /[a-zA-Z0-9+#&._%-]/.test(String.fromCharCode(c)) ? 1 : 0;

/** In jieba's segmented blocks (jieba-rs RE_HAN_DEFAULT): the CJK ideograph blocks, ASCII letters, digits and +#&._%-. */
function inBlock(cp: number): boolean {
	if (cp < 0x80) return ASCII_IN_BLOCK[cp] === 1;
	return (
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0x20000 && cp <= 0x2a6df) ||
		(cp >= 0x2a700 && cp <= 0x2ebef) ||
		(cp >= 0x2f800 && cp <= 0x2fa1f)
	);
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The maximum-probability route through text[s, e): next[i] = the end of the word starting at i. */
function route(lex: Lexicon, text: string, s: number, e: number, next: Int32Array, score: Float64Array): void {
	const logTotal = lex.logTotal;
	score[e - s] = 0;
	for (let i = e - 1; i >= s; i--) {
		const c = text.charCodeAt(i);
		if (c >= 0xdc00 && c <= 0xdfff && i > s && isHigh(text.charCodeAt(i - 1))) continue; // inside a character
		let best = -Infinity;
		let bestEnd = -1;
		// Every lexicon word starting at i, shortest first: one walk down the trie.
		let node = 0;
		for (let j = i; j < e; j++) {
			node = lex.child(node, text.charCodeAt(j));
			if (node < 0) break;
			const f = lex.freq(node);
			if (f === 0) continue;
			const x = Math.log(f) - logTotal + score[j + 1 - s];
			if (x >= best) {
				best = x;
				bestEnd = j + 1;
			}
		}
		if (bestEnd < 0) {
			// No word starts here: the character alone, with frequency 1 (ln 1 = 0).
			bestEnd = i + (isHigh(c) && i + 1 < e ? 2 : 1);
			best = 0 - logTotal + score[bestEnd - s];
		}
		score[i - s] = best;
		next[i - s] = bestEnd;
	}
}

function cutBlock(lex: Lexicon, text: string, s: number, e: number, out: string[]): void {
	const next = new Int32Array(e - s + 1);
	const score = new Float64Array(e - s + 1);
	route(lex, text, s, e, next, score);
	let buf = -1; // start of a run of single ASCII letters/digits
	for (let x = s; x < e;) {
		const y = next[x - s];
		if (y - x === 1 && isAsciiAlnum(text.charCodeAt(x))) {
			if (buf < 0) buf = x;
		} else {
			if (buf >= 0) out.push(text.slice(buf, x));
			buf = -1;
			out.push(text.slice(x, y));
		}
		x = y;
	}
	if (buf >= 0) out.push(text.slice(buf, e));
}

/** `text` cut into words as jieba-rs `cut(text, false)` with `lex` as its dictionary. The words concatenate to `text`. */
export function cutWords(lex: Lexicon, text: string): string[] {
	const out: string[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const cp = text.codePointAt(i)!;
		const w = cp > 0xffff ? 2 : 1;
		if (inBlock(cp)) {
			let j = i + w;
			while (j < n) {
				const c = text.codePointAt(j)!;
				if (!inBlock(c)) break;
				j += c > 0xffff ? 2 : 1;
			}
			cutBlock(lex, text, i, j, out);
			i = j;
		} else if (cp === 13 && text.charCodeAt(i + 1) === 10) {
			out.push('\r\n');
			i += 2;
		} else {
			out.push(text.slice(i, i + w));
			i += w;
		}
	}
	return out;
}

/** ln P of the best route through the whole of `text` (every character in one block): the score `route` maximises. */
function bestReading(lex: Lexicon, text: string): number {
	const n = text.length;
	const score = new Float64Array(n + 1);
	route(lex, text, 0, n, new Int32Array(n + 1), score);
	return score[0];
}

/** A `Segmenter` over `lex`, with its part-of-speech tags and unigram probabilities (a word the lexicon does not hold has none). */
export function dagSegmenter(lex: Lexicon): Segmenter {
	const seg: Segmenter = (text) => cutWords(lex, text);
	seg.tag = (word) => {
		return lex.entry(word)?.tag;
	};
	seg.logProb = (word) => {
		const e = lex.entry(word);
		return e && Math.log(e.freq) - lex.logTotal;
	};
	seg.bestReading = (text) => bestReading(lex, text);
	return seg;
}
