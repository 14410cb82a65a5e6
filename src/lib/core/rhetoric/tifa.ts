/**
 * 提法 shifts: for the same object in two reports, a change of the phrase
 * that says what will be done about it (大力发展X → 积极稳妥发展X, 坚决遏制X →
 * 有效遏制X, 促进房地产市场平稳健康发展 → 推动房地产市场止跌回稳).
 *
 * Each clause of a report is read as [modifiers][verb][object]: a run of
 * modifiers from the lexicon (data/tifa.json), a predicate verb (listed, or
 * any two characters right after a modifier run), and the rest of the clause
 * as the object. Two reports are then compared object by object:
 *
 * - same object: the object (trimmed, punctuation-blind) occurs in both, and
 *   the sets of heads (modifiers + verb) it takes have nothing in common;
 * - shared head: an object that occurs only in A and one that occurs only in B
 *   begin with the same ≥ `minShared` characters (房地产市场平稳健康发展 /
 *   房地产市场止跌回稳), and their sentences are the diff engine's sentence pair
 *   or the common beginning is the longest either object has with the other side;
 * - shared tail: one object is the other with a qualifier in front (对外开放 /
 *   高水平对外开放), the only such pair for either, in alike sentences.
 *
 * Linear in the text (a trie-free scan over a few hundred lexicon entries per
 * clause start is bounded by the longest entry) plus sorting.
 */
import lexicon from '../data/tifa.json';
import type { ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import { bigrams, dice } from '../text/bigrams';
import { intlSegmenter, type Segmenter } from '../segmenter/base';
import { isHan } from '../text/han';

export type ShiftClass = 'stronger' | 'weaker' | 'reframed';

export interface TifaPhrase {
	/** The object as written. */
	object: string;
	/** The object as compared (trimmed, punctuation and 的 removed). */
	key: string;
	modifiers: string[];
	verb: string;
	/** Modifiers and verb as written (the head of the phrase). */
	head: string;
	strength: number;
	/** Text offsets of the phrase (head and object) in `report.text`. */
	textStart: number;
	textEnd: number;
	/** Text offsets of the sentence the phrase is in. */
	sentenceStart: number;
	sentenceEnd: number;
	/** Index of the sentence in `report.sentences` (-1 for a heading outside every sentence). */
	sentence: number;
}

export interface ShiftSide {
	phrase: string;
	head: string;
	object: string;
	strength: number;
	sentence: string;
	/** Offsets of the phrase in the decoded input. */
	start: number;
	end: number;
	/** Offsets of the phrase and of its sentence in the cleaned text. */
	textStart: number;
	textEnd: number;
	sentenceStart: number;
	sentenceEnd: number;
}

export interface TifaShift {
	/** What the phrase is about: the shared object, or the shared beginning of two objects. */
	object: string;
	class: ShiftClass;
	/** How the two were matched. */
	match: 'same-object' | 'shared-head' | 'shared-tail';
	a: ShiftSide;
	b: ShiftSide;
}

export interface TifaOptions {
	/** Shortest object compared (in characters of the key). */
	minObject?: number;
	/** Shortest shared beginning of two different objects. */
	minShared?: number;
	/** A index → B index of sentence pairs (the diff engine's), to confirm shared-head matches. */
	sentencePairs?: Map<number, number>;
	/** Least likeness (Dice of character bigrams) of the two sentences of a shared-head match the diff did not pair. */
	minContext?: number;
	/** Cuts a shared beginning at a word boundary (default: Intl.Segmenter). */
	segmenter?: Segmenter;
}

const STRENGTH = new Map<string, number>(lexicon.modifiers.map(([t, s]) => [t as string, s as number]));
const MODIFIERS = [...STRENGTH.keys()].sort((a, b) => b.length - a.length);
const VERBS = new Set(lexicon.verbs);
const MAX_MOD = Math.max(...MODIFIERS.map((m) => m.length));
const SKIP = new Set([...lexicon.objectSkip]);
const TRIM = [...lexicon.objectTrim].sort((a, b) => b.length - a.length);
/** Clause breaks inside a sentence. */
const CLAUSE_BREAK = /[，,；;：:（）()！!？?。\n]/;
/** Enumeration lead-ins that are not part of the phrase: 一是, 二要, 第三. */
const LEAD_IN = /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+|[#*\s\d.、]+)+/;
/** Characters that cannot begin an unlisted verb (the modifier was an adjective: 积极的财政政策). */
const NOT_VERB = new Set([...'的地得和与及等之性化']);
/** An object that begins with these is the tail of a coordination (统筹发展和安全). */
const NOT_OBJECT = /^(?:[和与及或、并而了着过又已]|取得|得到|基本|明显|显著)/;

function modifierAt(s: string, i: number): string | null {
	for (const m of MODIFIERS) if (m.length <= s.length - i && s.startsWith(m, i)) return m;
	return null;
}

function verbAt(s: string, i: number): string | null {
	const two = s.slice(i, i + 2);
	return VERBS.has(two) ? two : null;
}

export function objectKey(object: string): string {
	let k = '';
	for (const ch of object) if (!SKIP.has(ch)) k += ch;
	for (const t of TRIM) if (k.endsWith(t) && k.length > t.length) return k.slice(0, -t.length);
	return k;
}

export function strengthOf(modifiers: string[]): number {
	if (!modifiers.length) return lexicon.neutral;
	return modifiers.reduce((n, m) => n + (STRENGTH.get(m) ?? lexicon.neutral), 0) / modifiers.length;
}

/** The phrase a clause opens (the first [modifiers][verb][object] in it), or null. */
function phraseOfClause(clause: string): { at: number; modifiers: string[]; verb: string; headEnd: number } | null {
	const lead = LEAD_IN.exec(clause);
	const from = lead ? lead[0].length : 0;
	for (let i = from; i < clause.length - 2; i++) {
		if (!isHan(clause[i])) continue;
		const modifiers: string[] = [];
		let j = i;
		for (let m = modifierAt(clause, j); m && modifiers.length < 4; m = modifierAt(clause, j)) {
			modifiers.push(m);
			j += m.length;
		}
		let verb = verbAt(clause, j);
		if (!verb && modifiers.length && j + 2 <= clause.length && isHan(clause[j]) && isHan(clause[j + 1]) && !NOT_VERB.has(clause[j]))
			verb = clause.slice(j, j + 2);
		if (!verb) {
			if (MAX_MOD && modifiers.length) i = j - 1;
			continue;
		}
		let end = j + verb.length;
		// Resultative 好: 保障好, 落实好.
		if (clause[end] === '好') {
			verb += '好';
			end++;
		}
		// Compound verbs: 防范化解, 保障和改善, 加强和创新.
		for (;;) {
			const join = clause[end] === '和' || clause[end] === '与' || clause[end] === '、' ? 1 : 0;
			const v = verbAt(clause, end + join);
			if (!v) break;
			verb += clause.slice(end, end + join) + v;
			end += join + v.length;
		}
		return { at: i, modifiers, verb, headEnd: end };
	}
	return null;
}

/** Every phrase of a report: one per clause that has one, in text order. */
export function tifaPhrases(report: ParsedReport, opts: TifaOptions = {}): TifaPhrase[] {
	const minObject = opts.minObject ?? 3;
	const text = report.text;
	const units: { start: number; end: number; index: number }[] = report.sentences.map((s, index) => ({
		start: s.textStart,
		end: s.textEnd,
		index
	}));
	// Headings the sentence splitter left out still carry phrases ((一）着力扩大国内需求).
	const covered = (p: number) => {
		let lo = 0;
		let hi = report.sentences.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const s = report.sentences[mid];
			if (s.textEnd <= p) lo = mid + 1;
			else if (s.textStart > p) hi = mid - 1;
			else return true;
		}
		return false;
	};
	for (const sec of report.sections)
		if (sec.headingEnd > sec.headingStart && !covered(sec.headingStart))
			units.push({ start: sec.headingStart, end: sec.headingEnd, index: -1 });
	units.sort((a, b) => a.start - b.start);

	const out: TifaPhrase[] = [];
	for (const u of units) {
		let c = u.start;
		while (c < u.end) {
			let e = c;
			while (e < u.end && !CLAUSE_BREAK.test(text[e])) e++;
			const clause = text.slice(c, e);
			const p = phraseOfClause(clause);
			if (p) {
				const object = clause.slice(p.headEnd).replace(/[\s*]+$/, '');
				const key = objectKey(object);
				if (key.length >= minObject && isHan(key[0]) && !NOT_OBJECT.test(object)) {
					out.push({
						object,
						key,
						modifiers: p.modifiers,
						verb: p.verb,
						head: clause.slice(p.at, p.headEnd),
						strength: strengthOf(p.modifiers),
						textStart: c + p.at,
						textEnd: c + p.headEnd + object.length,
						sentenceStart: u.start,
						sentenceEnd: u.end,
						sentence: u.index
					});
				}
			}
			c = e + 1;
		}
	}
	return out;
}

export function classify(a: number, b: number, step = lexicon.step): ShiftClass {
	return b - a >= step ? 'stronger' : a - b >= step ? 'weaker' : 'reframed';
}

function commonPrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	return i;
}

function side(report: ParsedReport, map: TextMap, p: TifaPhrase): ShiftSide {
	return {
		phrase: report.text.slice(p.textStart, p.textEnd),
		head: p.head,
		object: p.object,
		strength: p.strength,
		sentence: report.text.slice(p.sentenceStart, p.sentenceEnd).trim(),
		start: map.toInput(p.textStart),
		end: map.toInput(p.textEnd, 'end'),
		textStart: p.textStart,
		textEnd: p.textEnd,
		sentenceStart: p.sentenceStart,
		sentenceEnd: p.sentenceEnd
	};
}

function groupByKey(ps: TifaPhrase[]): Map<string, TifaPhrase[]> {
	const m = new Map<string, TifaPhrase[]>();
	for (const p of ps) {
		const g = m.get(p.key);
		if (g) g.push(p);
		else m.set(p.key, [p]);
	}
	return m;
}

const headKey = (p: TifaPhrase) => p.modifiers.join('+') + '|' + p.verb;

/** The 提法 shifts from report A to report B, in A's text order. */
export function tifaShifts(a: ParsedReport, b: ParsedReport, opts: TifaOptions = {}): TifaShift[] {
	const minShared = opts.minShared ?? 4;
	const minContext = opts.minContext ?? 0.25;
	const segmenter = opts.segmenter ?? intlSegmenter;
	const pa = tifaPhrases(a, opts);
	const pb = tifaPhrases(b, opts);
	const ga = groupByKey(pa);
	const gb = groupByKey(pb);
	const mapA = new TextMap(a.pieces);
	const mapB = new TextMap(b.pieces);
	const shifts: TifaShift[] = [];

	// Same object, different heads.
	for (const [key, as] of ga) {
		const bs = gb.get(key);
		if (!bs) continue;
		const headsA = new Set(as.map(headKey));
		if (bs.some((p) => headsA.has(headKey(p)))) continue;
		const x = as[0];
		const y = bs[0];
		shifts.push({
			object: x.object,
			class: classify(x.strength, y.strength),
			match: 'same-object',
			a: side(a, mapA, x),
			b: side(b, mapB, y)
		});
	}

	// Shared head: objects found on one side only, paired by their common beginning.
	const onlyA = [...ga.keys()].filter((k) => !gb.has(k));
	const onlyB = [...gb.keys()].filter((k) => !ga.has(k));
	const byPrefixB = new Map<string, string[]>();
	for (const k of onlyB)
		if (k.length >= minShared)
			(byPrefixB.get(k.slice(0, minShared)) ?? byPrefixB.set(k.slice(0, minShared), []).get(k.slice(0, minShared))!).push(k);
	const bestFor = (k: string, pool: string[]) => {
		let best: string | null = null;
		let len = 0;
		let tie = false;
		for (const o of pool) {
			const l = commonPrefix(k, o);
			if (l > len) {
				best = o;
				len = l;
				tie = false;
			} else if (l === len) tie = true;
		}
		return { best, len, tie };
	};
	const byPrefixA = new Map<string, string[]>();
	for (const k of onlyA)
		if (k.length >= minShared)
			(byPrefixA.get(k.slice(0, minShared)) ?? byPrefixA.set(k.slice(0, minShared), []).get(k.slice(0, minShared))!).push(k);
	const usedB = new Set<string>();
	for (const ka of onlyA) {
		if (ka.length < minShared) continue;
		const pool = byPrefixB.get(ka.slice(0, minShared));
		if (!pool) continue;
		const { best: kb, len, tie } = bestFor(ka, pool);
		if (!kb || usedB.has(kb)) continue;
		const x = ga.get(ka)![0];
		const y = gb.get(kb)![0];
		const paired = opts.sentencePairs ? opts.sentencePairs.get(x.sentence) === y.sentence && x.sentence >= 0 : false;
		if (headKey(x) === headKey(y)) continue;
		if (!paired) {
			// Without the diff's word: the match must be the unique best both ways and the sentences alike.
			if (tie) continue;
			const back = bestFor(kb, byPrefixA.get(kb.slice(0, minShared)) ?? []);
			if (back.best !== ka || back.tie) continue;
			if (dice(bigrams(a.text.slice(x.sentenceStart, x.sentenceEnd)), bigrams(b.text.slice(y.sentenceStart, y.sentenceEnd))) < minContext)
				continue;
		}
		// The shared part, cut at a word boundary: 科技成果转化/转移 share 科技成果.
		const shared = wordPrefix(ka, len, segmenter);
		if (shared < minShared - 1) continue;
		usedB.add(kb);
		shifts.push({
			object: x.object.slice(0, objectPrefixLength(x.object, shared)),
			class: classify(x.strength, y.strength),
			match: 'shared-head',
			a: side(a, mapA, x),
			b: side(b, mapB, y)
		});
	}
	// Shared tail: a qualifier added or dropped in front of the object (对外开放 → 高水平对外开放).
	const usedA = new Set(shifts.filter((t) => t.match === 'shared-head').map((t) => objectKey(t.a.object)));
	const tailOf = (from: string[], to: Set<string>) => {
		const found = new Map<string, string[]>();
		for (const k of from)
			for (let i = 1; i + minShared <= k.length; i++) {
				const tail = k.slice(i);
				if (to.has(tail)) (found.get(k) ?? found.set(k, []).get(k)!).push(tail);
			}
		return found;
	};
	const setA = new Set(onlyA.filter((k) => !usedA.has(k)));
	const setB = new Set(onlyB.filter((k) => !usedB.has(k)));
	const tails: [string, string][] = [];
	for (const [kb, ks] of tailOf([...setB], setA)) if (ks.length === 1) tails.push([ks[0], kb]);
	for (const [ka, ks] of tailOf([...setA], setB)) if (ks.length === 1) tails.push([ka, ks[0]]);
	for (const [ka, kb] of tails) {
		if (usedB.has(kb) || usedA.has(ka)) continue;
		const x = ga.get(ka)![0];
		const y = gb.get(kb)![0];
		if (headKey(x) === headKey(y)) continue;
		const paired = opts.sentencePairs ? opts.sentencePairs.get(x.sentence) === y.sentence && x.sentence >= 0 : false;
		if (
			!paired &&
			dice(bigrams(a.text.slice(x.sentenceStart, x.sentenceEnd)), bigrams(b.text.slice(y.sentenceStart, y.sentenceEnd))) < minContext
		)
			continue;
		usedA.add(ka);
		usedB.add(kb);
		const short = ka.length <= kb.length ? x.object : y.object;
		shifts.push({ object: short, class: classify(x.strength, y.strength), match: 'shared-tail', a: side(a, mapA, x), b: side(b, mapB, y) });
	}
	return shifts.sort((s, t) => s.a.textStart - t.a.textStart);
}

/** The longest run of whole words of `key` no longer than `len` characters. */
function wordPrefix(key: string, len: number, segmenter: Segmenter): number {
	if (len >= key.length) return key.length;
	let at = 0;
	for (const w of segmenter(key)) {
		if (at + w.length > len) break;
		at += w.length;
	}
	// A dangling conjunction is not part of the object: 反垄断和.
	while (at > 0 && /[和与及、]/.test(key[at - 1])) at--;
	return at;
}

/** Length of the written object that covers the first `keyLength` characters of its key. */
function objectPrefixLength(object: string, keyLength: number): number {
	let n = 0;
	let i = 0;
	for (; i < object.length && n < keyLength; i++) if (!SKIP.has(object[i])) n++;
	return i;
}
