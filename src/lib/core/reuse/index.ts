/**
 * Text reuse across levels, the way passim finds it: candidates from shared
 * rare character n-grams, then a local alignment of each candidate passage.
 * Never all pairs: a target sentence is aligned only with the stretch of a
 * source its own n-grams point at.
 *
 * - Wording: letters only (punctuation, spaces, markup and digits are not —
 *   figures differ between levels anyway), each character remembering its text
 *   offset, so every passage maps back exactly.
 * - Rare: an n-gram counts only when it is not boilerplate (in at least
 *   `boilerplateShare` of a background sample of same-year reports — the
 *   phrases every report of a year repeats) and occurs at most `maxInSource`
 *   times in the source.
 * - Candidates: per target sentence, hits (target position, source position)
 *   grouped on a diagonal band; a band with at least `minHits` hits is a
 *   candidate.
 * - Alignment: Smith–Waterman (match +2, mismatch −1, gap −2) of the
 *   sentence against the source window the band spans (both capped, so each
 *   alignment is bounded and the whole is linear in the target's length).
 * - A passage is kept when it is at least `minLength` wording characters and
 *   its identity (matches / longer side) is at least `minIdentity`:
 *   `verbatim` from `verbatimIdentity` up, `edited` (lightly edited) below;
 *   a passage without a verbatim run of `minRun` letters only from
 *   `editedLength` letters.
 * - Common (the labelling rule's definition, one function for both:
 *   `specificLetters`, `COMMON`): each verbatim run of the passage is tested
 *   on the year table's 10-letter windows and the named central slogans; the
 *   passage counts when one run is not common.
 * - Source specificity: a source may set `maxShare` (the national report
 *   does): its passages count only when their rarest n-gram is carried by
 *   fewer than that share of the year's reports — a national line that
 *   dozens of reports repeat is the year's common stock, not handed down.
 */
import { foldChar } from '../text/fold';
import formulas from '../data/reuse-formulas.json';
import centralSlogans from '../data/central-slogans.json';

export type Closeness = 'verbatim' | 'edited';

export interface ReuseDoc {
	id: string;
	text: string;
	/** Sentence ranges (text offsets) of the document. */
	sentences: [number, number][];
	/**
	 * Source specificity: passages from this source count only when their rarest n-gram is in
	 * less than this share of the year's reports (`ReuseOptions.gramShare`). Set for the national
	 * report: a national line that many reports of the year carry is the year's common stock.
	 */
	maxShare?: number;
}

export interface Wording {
	/** Wording characters, folded. */
	chars: string;
	/** Text offset of each wording character. */
	at: Int32Array;
}

export interface ReusePassage {
	source: string;
	closeness: Closeness;
	/** Matching characters / characters of the longer side, over the aligned stretch. */
	identity: number;
	/** Wording characters of the target passage. */
	length: number;
	/** Index of the target sentence. */
	sentence: number;
	/** Text offsets of the passage in the target and in the source. */
	start: number;
	end: number;
	sourceStart: number;
	sourceEnd: number;
}

export interface ReuseOptions {
	n?: number;
	minHits?: number;
	minLength?: number;
	minIdentity?: number;
	verbatimIdentity?: number;
	maxInSource?: number;
	/** N-grams not to count (boilerplate), as produced by `boilerplateGrams`. */
	boilerplate?: Set<number>;
	/** Least number of a passage's characters covered by n-grams that are not boilerplate. */
	minSpecific?: number;
	/** Clause-level units: the passage must cover at least this share of one clause of the target sentence (clauses end at ，；：。！？). */
	minClause?: number;
	/** Share of the year's reports carrying an n-gram (for the sources' `maxShare`). */
	gramShare?: (g: number) => number;
	/** Share of the year's reports carrying a `COMMON.window`-letter window (default: the table of `boilerplate` when it is a `Boilerplate`). */
	windowShare?: (h: number) => number;
	/** Least verbatim run (letters) of a passage shorter than `editedLength`. */
	minRun?: number;
	editedLength?: number;
	/** Named central slogans (default `data/central-slogans.json`): n-grams inside one are boilerplate for `minSpecific`. */
	slogans?: string[];
}

export const DEFAULTS = {
	n: 6,
	minHits: 2,
	minLength: 10,
	minIdentity: 0.65,
	verbatimIdentity: 0.97,
	maxInSource: 3,
	boilerplateShare: 0.3,
	minSpecific: 8,
	minClause: 0.5,
	nationalShare: 0.2,
	minRun: 10,
	editedLength: 20
};
/**
 * What is common (boilerplate) — ONE definition, used by the labelling rule (scripts/eval/reuse-rule.ts) and
 * by the detector (`findReuse`), so the two cannot drift: a letter of a stretch is common when a named
 * central slogan covers it or a `window`-letter window of the stretch is carried by at least `share` of the
 * reports counted in the year table (`GramFrequency.windowShare`: all the corpus's reports of the year and
 * the year before, every level, districts aside). A stretch with fewer than `minOutside` letters outside
 * is common.
 */
export const COMMON = { window: 10, share: 0.2, minOutside: 8 };

/**
 * Letters of `chars[from, to)` that are not common (see `COMMON`): outside `slogan` (a mask over `chars`, as
 * `sloganMask` gives) and outside every window lying inside the stretch whose share (`windowShare`, by the
 * window's hash as `gramHashes(…, COMMON.window)` gives it) is at least `COMMON.share`. Linear in the stretch.
 */
export function specificLetters(
	chars: string,
	from: number,
	to: number,
	windowShare: (h: number) => number,
	slogan: Uint8Array = sloganMask(chars, sloganWords())
): number {
	const common = slogan.slice(from, to);
	const hs = gramHashes(chars.slice(from, to), COMMON.window);
	let reach = 0;
	for (let k = 0; k < hs.length; k++)
		if (windowShare(hs[k]) >= COMMON.share) {
			common.fill(1, Math.max(reach, k), k + COMMON.window);
			reach = k + COMMON.window;
		}
	let outside = 0;
	for (const m of common) if (!m) outside++;
	return outside;
}

const CLAUSE_END = /[，,；;：:。！？!?]/;
let sloganWording: string[] | undefined;
/** The named central slogans (data/central-slogans.json) in wording form. */
export function sloganWords(): string[] {
	return (sloganWording ??= centralSlogans.slogans.map((x) => wordingOf(x).chars));
}
/** Positions of `chars` covered by a slogan (wording form). Linear in the slogans' total length times the matches. */
export function sloganMask(chars: string, slogans: string[]): Uint8Array {
	const mask = new Uint8Array(chars.length);
	for (const g of slogans) for (let k = chars.indexOf(g); k >= 0; k = chars.indexOf(g, k + 1)) mask.fill(1, k, k + g.length);
	return mask;
}
const MAX_SENTENCE = 400;
const WINDOW_SLACK = 40;
const WORDING = /\p{L}/u;

/** Letters: Han (basic and extension A), Latin, full-width Latin. Fast path for the common cases; \p{L} for the rest. */
function isLetter(c: number): boolean {
	if (c >= 0x4e00 && c <= 0x9fff) return true;
	if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
	if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff20)) return false;
	return WORDING.test(String.fromCharCode(c));
}

export function wordingOf(text: string, from = 0, to = text.length): Wording {
	const codes: number[] = [];
	const at: number[] = [];
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (!isLetter(c)) continue;
		codes.push(foldChar(text[i]).charCodeAt(0));
		at.push(i);
	}
	let chars = '';
	for (let i = 0; i < codes.length; i += 4096) chars += String.fromCharCode(...codes.slice(i, i + 4096));
	return { chars, at: Int32Array.from(at) };
}

/** Rolling 32-bit hashes of every n-gram of `chars` (index i: the n-gram starting at i). Collisions are rare and only blur boilerplate. */
export function gramHashes(chars: string, n = DEFAULTS.n): Uint32Array {
	const len = Math.max(0, chars.length - n + 1);
	const out = new Uint32Array(len);
	if (!len) return out;
	const B = 0x01000193;
	let top = 1;
	for (let k = 1; k < n; k++) top = Math.imul(top, B);
	let h = 0;
	for (let k = 0; k < n; k++) h = (Math.imul(h, B) + chars.charCodeAt(k)) | 0;
	out[0] = h >>> 0;
	for (let i = 1; i < len; i++) {
		h = (Math.imul(h - Math.imul(chars.charCodeAt(i - 1), top), B) + chars.charCodeAt(i + n - 1)) | 0;
		out[i] = h >>> 0;
	}
	return out;
}

/** Distinct n-gram hashes of a wording. */
export function gramSet(chars: string, n = DEFAULTS.n): Set<number> {
	return new Set(gramHashes(chars, n));
}

/**
 * Document frequency of n-grams over a whole slice of the corpus (all the
 * reports of two years), in a fixed table of 2^bits saturating 16-bit
 * counters indexed by the n-gram hash (each text counts a bucket once: the
 * bucket remembers the last text that counted it). Built in one pass over
 * the texts with the same hashes as `gramHashes(wordingOf(text).chars)`,
 * rolled straight over each text; 32 MB (n-grams and windows) whatever the corpus size. An
 * estimate is never below the true document frequency (collisions only add;
 * with ~4 million distinct n-grams a year, under 1% of n-grams share a bucket
 * with a frequent one).
 */
export class GramFrequency {
	readonly bits: number;
	/**
	 * Slot i's counter at [2i] and the last text that counted it at [2i + 1]: one cache line per n-gram
	 * rather than two arrays apart (the count is random memory access, not arithmetic: ~1.5× faster).
	 */
	private grams: Uint16Array;
	/** The same for `COMMON.window`-letter windows (what the labelling rule and the detector call common). */
	private windows: Uint16Array;
	texts = 0;
	constructor(bits = 22) {
		this.bits = bits;
		this.grams = new Uint16Array(2 << bits);
		this.windows = new Uint16Array(2 << bits);
	}
	private slot(h: number): number {
		return ((h ^ (h >>> 16)) >>> 0) & ((1 << this.bits) - 1);
	}
	/** Count the distinct n-grams and the distinct `COMMON.window`-letter windows of one more text. */
	add(text: string, n = DEFAULTS.n): void {
		// Text numbers from 1 in 16 bits (0 = never counted): past 65,535 texts the marks wrap, which only under-counts.
		const d = ++this.texts & 0xffff || 1;
		const B = 0x01000193;
		const W = COMMON.window;
		let top = 1;
		for (let k = 1; k < n; k++) top = Math.imul(top, B);
		let topW = 1;
		for (let k = 1; k < W; k++) topW = Math.imul(topW, B);
		// The last letters, in a ring of a power of two at least as long as the longer window.
		let R = 1;
		while (R < Math.max(n, W)) R <<= 1;
		const ringMask = R - 1;
		const ring = new Int32Array(R);
		let h = 0;
		let hw = 0;
		let have = 0;
		const { grams, windows } = this;
		const mask = (1 << this.bits) - 1;
		for (let i = 0; i < text.length; i++) {
			let c = text.charCodeAt(i);
			if (!(c >= 0x4e00 && c <= 0x9fff) && !isLetter(c)) continue;
			if (c >= 0xff01 && c <= 0xff5e) c = foldChar(text[i]).charCodeAt(0);
			if (have >= n) h = h - Math.imul(ring[(have - n) & ringMask], top);
			if (have >= W) hw = hw - Math.imul(ring[(have - W) & ringMask], topW);
			h = (Math.imul(h, B) + c) | 0;
			hw = (Math.imul(hw, B) + c) | 0;
			ring[have & ringMask] = c;
			have++;
			if (have >= n) {
				const s = ((h ^ (h >>> 16)) & mask) << 1;
				if (grams[s + 1] !== d) {
					grams[s + 1] = d;
					if (grams[s] < 0xffff) grams[s]++;
				}
			}
			if (have >= W) {
				const s = ((hw ^ (hw >>> 16)) & mask) << 1;
				if (windows[s + 1] !== d) {
					windows[s + 1] = d;
					if (windows[s] < 0xffff) windows[s]++;
				}
			}
		}
	}
	/**
	 * The counters and the number of texts counted: what is kept of a built table (server/reuse.ts stores it in
	 * the index). `counts` holds the n-gram counters followed by the window counters (2 × 2^bits).
	 */
	snapshot(): { bits: number; texts: number; counts: Uint16Array } {
		const size = 1 << this.bits;
		const counts = new Uint16Array(2 * size);
		for (let i = 0; i < size; i++) {
			counts[i] = this.grams[2 * i];
			counts[size + i] = this.windows[2 * i];
		}
		return { bits: this.bits, texts: this.texts, counts };
	}
	/** A table from a snapshot: the same counts, so the same answers. */
	static restore(s: { bits: number; texts: number; counts: Uint16Array }): GramFrequency {
		const size = 1 << s.bits;
		if (s.counts.length !== 2 * size) throw new Error(`a table of 2 × 2^${s.bits} counters has ${s.counts.length}`);
		const f = new GramFrequency(s.bits);
		for (let i = 0; i < size; i++) {
			f.grams[2 * i] = s.counts[i];
			f.windows[2 * i] = s.counts[size + i];
		}
		f.texts = s.texts;
		return f;
	}
	/**
	 * Share of the texts counted holding a `COMMON.window`-letter window of the target, by its hash (`gramHashes(chars, COMMON.window)`;
	 * an upper bound): the target (when it was counted) and `own` (the window sets of its sources) do not vote.
	 */
	windowShare(h: number, own: Set<number>[] = [], targetCounted = true): number {
		const self = targetCounted ? 1 : 0;
		const others = this.texts - self - own.length;
		if (others <= 0) return 0;
		let k = this.windows[this.slot(h) << 1] - self;
		for (const o of own) if (o.has(h)) k--;
		return Math.max(0, k) / others;
	}
	/** Texts containing the n-gram (an upper bound). */
	count(g: number): number {
		return this.grams[this.slot(g) << 1];
	}
	/** Share of the texts counted, the target and `own` aside (they do not vote), that hold the n-gram. */
	shareOf(g: number, own: Set<number>[] = [], targetCounted = true): number {
		const self = targetCounted ? 1 : 0;
		const others = this.texts - self - own.length;
		if (others <= 0) return 0;
		let k = this.count(g) - self;
		for (const o of own) if (o.has(g)) k--;
		return Math.max(0, k) / others;
	}
	/**
	 * The target's n-grams in at least `share` of the texts counted (and at least 2), not counting the
	 * target itself and `own` (the n-gram sets of counted texts that must not vote: the target's sources).
	 */
	frequent(target: string, opts: { share?: number; n?: number; own?: Set<number>[]; targetCounted?: boolean } = {}): Boilerplate {
		const out = new Boilerplate(this, opts.targetCounted !== false);
		const own = opts.own ?? [];
		const self = opts.targetCounted === false ? 0 : 1;
		const others = this.texts - self - own.length;
		if (others <= 0) return out;
		const least = Math.max(2, Math.ceil((opts.share ?? DEFAULTS.boilerplateShare) * others));
		for (const g of gramHashes(wordingOf(target).chars, opts.n ?? DEFAULTS.n)) {
			if (out.has(g)) continue;
			let k = this.count(g) - self;
			for (const o of own) if (o.has(g)) k--;
			if (k >= least) out.add(g);
		}
		return out;
	}
}

/** A target's boilerplate n-grams (`GramFrequency.frequent`), with the table they came from: `findReuse` reads the common windows (`COMMON`) there. */
export class Boilerplate extends Set<number> {
	constructor(
		readonly table?: GramFrequency,
		readonly targetCounted = true
	) {
		super();
	}
}

interface SourceIndex {
	doc: ReuseDoc;
	w: Wording;
	grams: Map<number, number[]>;
}

function indexSource(doc: ReuseDoc, n: number, maxInSource: number, boilerplate: Set<number>): SourceIndex {
	const w = wordingOf(doc.text);
	const grams = new Map<number, number[]>();
	const hs = gramHashes(w.chars, n);
	for (let i = 0; i < hs.length; i++) {
		const g = hs[i];
		if (boilerplate.has(g)) continue;
		const p = grams.get(g);
		if (p) p.push(i);
		else grams.set(g, [i]);
	}
	for (const [g, p] of grams) if (p.length > maxInSource) grams.delete(g);
	return { doc, w, grams };
}

export interface Alignment {
	/** Aligned stretch, [start, end) in each string. */
	a0: number;
	a1: number;
	b0: number;
	b1: number;
	matches: number;
	score: number;
	/** Longest run of consecutive matching characters in the alignment. */
	run: number;
	/** Runs of at least `COMMON.window` consecutive matching characters: [start, end) in `a`. */
	runs: [number, number][];
}

/** Smith–Waterman local alignment of `a` against `b` (match +2, mismatch −1, gap −2). O(|a|·|b|): callers cap both. */
export function localAlign(a: string, b: string): Alignment | null {
	const n = a.length;
	const m = b.length;
	if (!n || !m) return null;
	const H = new Int32Array((n + 1) * (m + 1));
	let best = 0;
	let bi = 0;
	let bj = 0;
	for (let i = 1; i <= n; i++) {
		const ai = a.charCodeAt(i - 1);
		const row = i * (m + 1);
		const up = (i - 1) * (m + 1);
		for (let j = 1; j <= m; j++) {
			const diag = H[up + j - 1] + (ai === b.charCodeAt(j - 1) ? 2 : -1);
			const del = H[up + j] - 2;
			const ins = H[row + j - 1] - 2;
			const h = Math.max(0, diag, del, ins);
			H[row + j] = h;
			if (h > best) {
				best = h;
				bi = i;
				bj = j;
			}
		}
	}
	if (!best) return null;
	let i = bi;
	let j = bj;
	let matches = 0;
	let run = 0;
	let cur = 0;
	const runs: [number, number][] = [];
	const close = () => {
		if (cur >= COMMON.window) runs.push([i, i + cur]);
		cur = 0;
	};
	while (i > 0 && j > 0 && H[i * (m + 1) + j] > 0) {
		const h = H[i * (m + 1) + j];
		const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
		if (h === H[(i - 1) * (m + 1) + j - 1] + (same ? 2 : -1)) {
			if (same) {
				matches++;
				run = Math.max(run, ++cur);
			} else close();
			i--;
			j--;
		} else {
			close();
			if (h === H[(i - 1) * (m + 1) + j] - 2) i--;
			else j--;
		}
	}
	close();
	return { a0: i, a1: bi, b0: j, b1: bj, matches, score: best, run, runs };
}

/**
 * Every passage of `target` reused from one of `sources`: per target
 * sentence and source, the best-supported diagonal bands, each aligned once.
 */
export function findReuse(target: ReuseDoc, sources: ReuseDoc[], opts: ReuseOptions = {}): ReusePassage[] {
	const n = opts.n ?? DEFAULTS.n;
	const minHits = opts.minHits ?? DEFAULTS.minHits;
	const minLength = opts.minLength ?? DEFAULTS.minLength;
	const minIdentity = opts.minIdentity ?? DEFAULTS.minIdentity;
	const verbatimIdentity = opts.verbatimIdentity ?? DEFAULTS.verbatimIdentity;
	const boilerplate = opts.boilerplate ?? new Set<number>();
	const minSpecific = opts.minSpecific ?? DEFAULTS.minSpecific;
	const minClause = opts.minClause ?? DEFAULTS.minClause;
	const table = opts.boilerplate instanceof Boilerplate ? opts.boilerplate.table : undefined;
	let windowShare = opts.windowShare;
	const minRun = opts.minRun ?? DEFAULTS.minRun;
	const editedLength = opts.editedLength ?? DEFAULTS.editedLength;
	const indexes = sources.map((s) => indexSource(s, n, opts.maxInSource ?? DEFAULTS.maxInSource, boilerplate));
	if (!windowShare && table) {
		// The rule's common windows (COMMON), the target and its sources not voting.
		const own = indexes.map((x) => gramSet(x.w.chars, COMMON.window));
		const targetCounted = (opts.boilerplate as Boilerplate).targetCounted;
		windowShare = (h: number) => table.windowShare(h, own, targetCounted);
	}
	const slogans = opts.slogans ? opts.slogans.map((x) => wordingOf(x).chars).filter(Boolean) : sloganWords();
	const out: ReusePassage[] = [];

	target.sentences.forEach(([s0, s1], sentence) => {
		const whole = wordingOf(target.text, s0, s1);
		if (formulas.leads.some((l) => whole.chars.startsWith(l))) return;
		// Very long sentences are aligned in bounded pieces.
		for (let p0 = 0; p0 < whole.chars.length; p0 += MAX_SENTENCE) {
			const chars = whole.chars.slice(p0, p0 + MAX_SENTENCE);
			const at = whole.at.subarray(p0, p0 + MAX_SENTENCE);
			if (chars.length < minLength) continue;
			const hs = gramHashes(chars, n);
			const inSlogan = sloganMask(chars, slogans);
			// Clause of each wording character (a clause ends at ，；：。！？ in the text between two characters).
			const clause = new Int32Array(chars.length);
			const clauseLen: number[] = [1];
			for (let k = 1; k < chars.length; k++) {
				let cut = false;
				for (let x = at[k - 1] + 1; x < at[k] && !cut; x++) cut = CLAUSE_END.test(target.text[x]);
				clause[k] = clause[k - 1] + (cut ? 1 : 0);
				if (cut) clauseLen.push(0);
				clauseLen[clause[k]]++;
			}
			for (const src of indexes) {
				// Hits on diagonals; bands of ±8 characters gather a passage with small gaps.
				const bands = new Map<number, { hits: number; i0: number; i1: number; j0: number; j1: number }>();
				for (let i = 0; i < hs.length; i++) {
					const ps = src.grams.get(hs[i]);
					if (!ps) continue;
					for (const j of ps) {
						const d = Math.round((j - i) / 16);
						const b = bands.get(d);
						if (!b) bands.set(d, { hits: 1, i0: i, i1: i + n, j0: j, j1: j + n });
						else {
							b.hits++;
							b.i0 = Math.min(b.i0, i);
							b.i1 = Math.max(b.i1, i + n);
							b.j0 = Math.min(b.j0, j);
							b.j1 = Math.max(b.j1, j + n);
						}
					}
				}
				const taken: [number, number][] = [];
				for (const b of [...bands.values()].filter((b) => b.hits >= minHits).sort((x, y) => y.hits - x.hits)) {
					if (taken.some(([x0, x1]) => b.i0 < x1 && x0 < b.i1)) continue;
					const w0 = Math.max(0, b.j0 - b.i0 - WINDOW_SLACK);
					const w1 = Math.min(src.w.chars.length, b.j1 + (chars.length - b.i1) + WINDOW_SLACK);
					const al = localAlign(chars, src.w.chars.slice(w0, w1));
					if (!al) continue;
					const la = al.a1 - al.a0;
					const lb = al.b1 - al.b0;
					if (la < minLength) continue;
					const identity = al.matches / Math.max(la, lb);
					if (identity < minIdentity) continue;
					// A passage without a verbatim run as long as the rule's stretch is an edited line: it must be long enough to read as one.
					if (al.run < minRun && la < editedLength) continue;
					// What every report of the year says is nobody's wording: the passage needs
					// `minSpecific` characters covered by n-grams that are not boilerplate, outside the named central slogans.
					let covered = 0;
					let reach = al.a0;
					for (let i = al.a0; i + n <= al.a1; i++) {
						if (boilerplate.has(hs[i])) continue;
						for (let k = Math.max(reach, i); k < i + n; k++) if (!inSlogan[k]) covered++;
						reach = i + n;
					}
					if (!windowShare && covered < minSpecific) continue;
					// The labelling rule's test, by the same function (COMMON): letters outside slogans and windows a third of the year's reports carry.
					if (windowShare) {
						// As the rule judges stretches: a passage with verbatim runs counts when one run is not common; an edited one as a whole.
						const units = al.runs.length ? al.runs : [[al.a0, al.a1]];
						if (!units.some(([r0, r1]) => specificLetters(chars, r0, r1, windowShare, inSlogan) >= COMMON.minOutside)) continue;
					}
					if (src.doc.maxShare !== undefined && opts.gramShare) {
						// Source specificity: the rarest n-gram the passage shares with the source must be rarer than
						// the source's bar (the city's own edits inside the passage are rare by nature and do not count).
						let rarest = Infinity;
						for (let i = al.a0; i + n <= al.a1; i++) if (src.grams.has(hs[i])) rarest = Math.min(rarest, opts.gramShare(hs[i]));
						if (rarest >= src.doc.maxShare) continue;
					}
					if (minClause > 0) {
						// Clause-level units: a phrase inside a clause of the city's own is not a reused clause.
						let best = 0;
						for (let c = clause[al.a0]; c <= clause[al.a1 - 1]; c++) {
							let inside = 0;
							for (let k = al.a0; k < al.a1; k++) if (clause[k] === c) inside++;
							best = Math.max(best, inside / clauseLen[c]);
						}
						if (best < minClause) continue;
					}
					taken.push([al.a0, al.a1]);
					out.push({
						source: src.doc.id,
						closeness: identity >= verbatimIdentity ? 'verbatim' : 'edited',
						identity: Math.round(identity * 1000) / 1000,
						length: la,
						sentence,
						start: at[al.a0],
						end: at[al.a1 - 1] + 1,
						sourceStart: src.w.at[w0 + al.b0],
						sourceEnd: src.w.at[w0 + al.b1 - 1] + 1
					});
				}
			}
		}
	});
	return out.sort((x, y) => x.start - y.start || y.length - x.length);
}

export interface ReuseShare {
	source: string;
	/** Target sentences with at least one passage from this source. */
	sentences: number;
	share: number;
	verbatim: number;
	edited: number;
}

/** Per source, the share of the target's sentences that echo it. */
export function reuseShares(passages: ReusePassage[], sentenceCount: number): ReuseShare[] {
	const by = new Map<string, { s: Set<number>; verbatim: number; edited: number }>();
	for (const p of passages) {
		const e = by.get(p.source) ?? by.set(p.source, { s: new Set(), verbatim: 0, edited: 0 }).get(p.source)!;
		e.s.add(p.sentence);
		e[p.closeness]++;
	}
	return [...by]
		.map(([source, e]) => ({
			source,
			sentences: e.s.size,
			share: sentenceCount ? e.s.size / sentenceCount : 0,
			verbatim: e.verbatim,
			edited: e.edited
		}))
		.sort((a, b) => b.sentences - a.sentences);
}

import regions from '../data/regions.json';

/**
 * The province a report names most often (by any of its names in
 * data/regions.json: 山东省, 山东), with the count; a city report names its
 * own province far more than any other ("全省第2位", "山东半岛").
 */
export function provinceNamed(text: string): { province: string; count: number } | null {
	let best: { province: string; count: number } | null = null;
	for (const [full, ...shorts] of regions.provinces) {
		// The shortest name is inside the longer ones: count it alone.
		const name = [full, ...shorts].sort((a, b) => a.length - b.length)[0];
		let count = 0;
		for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) count++;
		if (count && (!best || count > best.count)) best = { province: full, count };
	}
	return best;
}
