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
 * Linear in the text times the longest lexicon word starting with each
 * character (a map lookup per candidate length).
 */
import type { Segmenter } from '../segment';

/** The data-file form of a lexicon (data/lexicon.json). */
export interface LexiconData {
	/** The sum of the frequencies of the whole dictionary (jieba's `total`): a pruned lexicon keeps the full one so probabilities stay jieba's. */
	total: number;
	/** Part-of-speech tags, referred to by index. */
	tags: string[];
	/** First character → its words, each followed by its frequency and the index of its tag: "word freq tag word freq tag …". */
	words: Record<string, string>;
}

interface Group {
	/** word → frequency × 64 + tag index. */
	words: Map<string, number>;
	/** The longest word, in UTF-16 units. */
	longest: number;
}

/**
 * A lexicon, turned into lookup tables one first character at a time, on
 * first use: a process that segments a few sentences reads a few groups,
 * not all 80,000 words.
 */
export class Lexicon {
	readonly logTotal: number;
	private groups = new Map<number, Group | null>();

	constructor(private data: LexiconData) {
		this.logTotal = Math.log(data.total);
	}

	/** The words starting with the character `cp` (a code point), or null. */
	group(cp: number): Group | null {
		let g = this.groups.get(cp);
		if (g !== undefined) return g;
		const ch = String.fromCodePoint(cp);
		const list = Object.hasOwn(this.data.words, ch) ? this.data.words[ch] : undefined;
		g = null;
		if (list) {
			const parts = list.split(' ');
			const words = new Map<string, number>();
			let longest = 0;
			for (let i = 0; i + 2 < parts.length; i += 3) {
				const word = parts[i];
				const freq = Number(parts[i + 1]);
				const tag = Number(parts[i + 2]);
				if (!word || !(freq > 0) || !(tag >= 0 && tag < 64)) continue;
				words.set(word, freq * 64 + tag);
				if (word.length > longest) longest = word.length;
			}
			g = { words, longest };
		}
		this.groups.set(cp, g);
		return g;
	}

	/** `word`'s frequency × 64 + tag index, or undefined. */
	entry(word: string): number | undefined {
		return word ? this.group(word.codePointAt(0)!)?.words.get(word) : undefined;
	}

	tagName(i: number): string {
		return this.data.tags[i] ?? '';
	}
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** In jieba's segmented blocks (jieba-rs RE_HAN_DEFAULT): the CJK ideograph blocks, ASCII letters, digits and +#&._%-. */
function inBlock(cp: number): boolean {
	if (cp < 0x80) return /[a-zA-Z0-9+#&._%-]/.test(String.fromCharCode(cp));
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
		const cp = text.codePointAt(i)!;
		const g = lex.group(cp);
		let best = -Infinity;
		let bestEnd = -1;
		if (g) {
			const max = Math.min(g.longest, e - i);
			for (let len = 1; len <= max; len++) {
				const v = g.words.get(text.slice(i, i + len));
				if (v === undefined) continue;
				const x = Math.log(Math.floor(v / 64)) - logTotal + score[i + len - s];
				if (x >= best) {
					best = x;
					bestEnd = i + len;
				}
			}
		}
		if (bestEnd < 0) {
			// No word starts here: the character alone, with frequency 1 (ln 1 = 0).
			bestEnd = i + (cp > 0xffff ? 2 : 1);
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

/** A `Segmenter` over `lex`, with its part-of-speech tags (a word the lexicon does not hold has none). */
export function dagSegmenter(lex: Lexicon): Segmenter {
	const seg: Segmenter = (text) => cutWords(lex, text);
	seg.tag = (word) => {
		const v = lex.entry(word);
		return v === undefined ? undefined : lex.tagName(v % 64);
	};
	return seg;
}
