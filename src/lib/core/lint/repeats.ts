/**
 * Repeated characters and words that are slips (智慧智慧城市, 真真抓实干,
 * 扶扶扶强, 无证证明城市) — but not reduplication, which Chinese uses all
 * the time: AA adverbs and distributive nouns (常常, 人人, 层层), AABB
 * (踏踏实实, 家家户户), ABB (绿油油), ABAB tentative verbs (研究研究) and
 * 一X一X (一步一步). The linguistic test for a doubled character AA is
 * whether the doubling *breaks a word*: segment the clause and look at the
 * two copies —
 *   - one word holds both (层层, 不了了之): a dictionary reduplication, fine;
 *   - both copies stand alone (的的, 扶扶): a slip;
 *   - one copy stands alone next to a word that holds the other (经/经济,
 *     真/真抓实干): a slip, unless the lone one is a function word that may
 *     sit there (稳定和/和谐, 目的/的);
 *   - each copy belongs to its own word (人民/民主, 无证/证明): normal
 *     Chinese, unless the document itself writes the phrase with the
 *     character once (“无证明城市” elsewhere): then the doubled one is a slip.
 * The text as it would read with one copy removed is evidence too: a word
 * of it that the doubling breaks (进一一步 → 进一步) marks a slip unless
 * each copy sits in a word of its own (小学/学生 ~ 小学生 is no evidence).
 * A chunk of two or more characters written twice in a row (智慧智慧) is a
 * slip unless it is one of the ABAB patterns above or longer words cover it
 * seamlessly; a copy standing as a word beside the word it came from
 * (依法/依法严惩) is a slip unless two terms just meet (绿色建筑/建筑面积).
 * A character written three times in a row is always a slip (numerals
 * aside); a doubled numeral only where it garbles a number (二二千).
 */
import data from '../data/reduplication.json';
import corpusDoubles from '../data/corpus-doubles.json';
import { foldTraditional } from '../text/fold';
import { tokensOf, type Segmenter, type Token } from '../segmenter/base';
import { isHan } from '../text/han';
import { isNumeral } from '../text/numerals';
import { isWord, overlapReading } from './freq';
import units from '../data/units.json';
import type { LintContext, Rule, TextFinding } from './types';

const AA = new Set<string>(data.aa);
const ABAB = new Set<string>(data.abab);
const ORPHAN_BEFORE = new Set<string>(data.orphanBefore);
const ORPHAN_AFTER = new Set<string>(data.orphanAfter);
const ASPECT_PARTICLES = new Set<string>(data.aspectParticles);
const PHRASES: string[] = data.phrases;
const INTENSIFIERS: string[] = data.intensifiers;
const FUNCTION_WORDS = new Set<string>(data.functionWords);
const JUNCTION_AFTER = data.junctionAfter as Record<string, number>;
const NAME_BEFORE: string[] = data.nameBefore;
const PLACE_SUFFIX = new Set<string>(data.placeSuffix);
const ABAC_HEADS = new Set<string>(data.abacHeads);
const GENITIVE_BEFORE = new Set<string>(data.genitiveBefore);
/** Doublings written the same way in several published reports (data/corpus-doubles.json, scripts/lint-doubles.ts). */
const CORPUS_LEFT = new Set<string>(corpusDoubles.left);
const CORPUS_RIGHT = new Set<string>(corpusDoubles.right);

const MAX_CHUNK = 6;
/** How far a clause window reaches on each side for segmentation. */
const WINDOW = 10;
const CLAUSE_STOP = /[，。；：！？、,.;:!?\n“”‘’（）()《》【】「」『』\s]/;

function allHan(s: string): boolean {
	for (const ch of s) if (!isHan(ch)) return false;
	return true;
}

function allNumerals(s: string): boolean {
	for (const ch of s) if (!isNumeral(ch)) return false;
	return true;
}

/** The clause around `[from, to)`, at most WINDOW characters each side. */
function clause(text: string, from: number, to: number): [number, number] {
	let s = from;
	while (s > 0 && from - s < WINDOW && !CLAUSE_STOP.test(text[s - 1])) s--;
	let e = to;
	while (e < text.length && e - to < WINDOW && !CLAUSE_STOP.test(text[e])) e++;
	return [s, e];
}

type Verdict = 'slip' | 'ok';

/**
 * Where strings occur in one text, for the rules' "is this written elsewhere
 * in the document?" questions: every position, grouped by the two code units
 * starting there, built once per text (a scan of the whole text per
 * question made the rule quadratic: issue 13). A question looks only at the
 * positions of its rarest pair, and is answered once per string (a text
 * repeating itself asks the same ones again and again).
 */
class Occurrences {
	private readonly buckets = new Map<number, number[]>();
	private readonly answers = new Map<string, number>();

	constructor(private readonly text: string) {
		for (let p = 0; p + 1 < text.length; p++) {
			const k = text.charCodeAt(p) * 65536 + text.charCodeAt(p + 1);
			const b = this.buckets.get(k);
			if (b) b.push(p);
			else this.buckets.set(k, [p]);
		}
	}

	/** Does `w` (two code units or more) occur: 0, 1, or 2 for twice or more (overlapping ones too)? */
	count(w: string): number {
		let n = this.answers.get(w);
		if (n === undefined) {
			n = this.scan(w, 2);
			this.answers.set(w, n);
		}
		return n;
	}

	private scan(w: string, limit: number): number {
		let best: number[] | undefined;
		let off = 0;
		for (let k = 0; k + 1 < w.length; k++) {
			const b = this.buckets.get(w.charCodeAt(k) * 65536 + w.charCodeAt(k + 1));
			if (!b) return 0;
			if (!best || b.length < best.length) {
				best = b;
				off = k;
			}
		}
		let n = 0;
		for (const q of best ?? []) if (q >= off && this.text.startsWith(w, q - off) && ++n >= limit) break;
		return n;
	}
}

let lastOccurrences: Occurrences | null = null;
let lastText: string | null = null;
/** The index of `text` (the last one built is kept: the rule asks about one text at a time). */
function occurrences(text: string): Occurrences {
	if (lastText !== text || !lastOccurrences) {
		lastOccurrences = new Occurrences(text);
		lastText = text;
	}
	return lastOccurrences;
}

/** The words of `text` with `[from, to)` cut out, in the coordinates of the cut text. */
function segmentWithout(seg: Segmenter, text: string, from: number, to: number): Token[] {
	return tokensOf(seg, text.slice(0, from) + text.slice(to));
}

/**
 * Does a word of the collapsed text straddle the place where the copy was
 * cut — holding characters from both sides of it (各方面 in 各方方面,
 * 进一步 in 进一一步)? Then the doubling breaks a dictionary word: a slip.
 * `at` is the cut position in the collapsed text; the word must reach at
 * least one character beyond the copy that remains, on each side.
 */
function straddles(tokens: Token[], at: number, copyLength: number): boolean {
	return tokens.some((t) => t.start < at && t.end > at + copyLength && t.word.length >= 3 && allHan(t.word));
}

/**
 * Is the written clause the collapsed one with the copy inserted as a word
 * of its own (依法/依法严惩, 行政部门/部门, 国务/国务院)? Then the copy
 * stands alone next to the words it came from: a slip.
 */
function insertedWhole(written: Token[], collapsed: Token[], copy: string): boolean {
	if (written.length !== collapsed.length + 1) return false;
	const count = new Map<string, number>();
	for (const t of written) count.set(t.word, (count.get(t.word) ?? 0) + 1);
	for (const t of collapsed) {
		const n = count.get(t.word);
		if (!n) return false;
		count.set(t.word, n - 1);
	}
	for (const [w, n] of count) if (n > 0 && w !== copy) return false;
	return true;
}

/**
 * With one copy a whole word and the other starting or ending a longer one,
 * two terms may just meet: 绿色建筑 + 建筑面积. The sign is a noun or
 * adjective on the far side of the whole copy that can make a compound with
 * it (绿色/建筑); a verb, adverb or particle there (要/依法, 部门/不得,
 * 管理/的) cannot, and the copy is a slip. The longer word must be a common
 * one (建筑面积, 东南亚|南亚): a rare one (金融|金融工具, 成效|成效显著,
 * 世界遗产|遗产) reads the same with the copy written once.
 */
function closesCompound(seg: Segmenter, tokens: Token[], a: number, b: number, L: number): boolean {
	const firstWhole = tokens.findIndex((t) => t.start === a && t.end === b);
	const secondWhole = tokens.findIndex((t) => t.start === b && t.end === b + L);
	const neighbour = firstWhole >= 0 ? tokens[firstWhole - 1] : secondWhole >= 0 ? tokens[secondWhole + 1] : undefined;
	if (!neighbour || neighbour.word.length < 2 || !allHan(neighbour.word)) return false;
	// The copy must be able to join a compound too: a verb or adverb written twice (明显增强|增强|国有经济, 逐步|逐步完善) is a slip.
	const copy = tokens[firstWhole >= 0 ? firstWhole : secondWhole].word;
	// Terms that meet are established words: the word holding the other copy must be a common one (建筑面积, 东南亚). A rare
	// one, in the lexicon only because reports use it (金融工具, 队伍素质, 成效显著, 世界遗产), reads the same with the copy once.
	const longer = tokens[firstWhole >= 0 ? firstWhole + 1 : secondWhole - 1];
	if (!isWord(seg, longer.word)) return false;
	return /^[nab]/.test(seg.tag?.(neighbour.word) ?? '') && !/^[vd](?!n)/.test(seg.tag?.(copy) ?? '');
}

/** Digits and place-value units of a Chinese numeral. */
const DIGIT = /[〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖]/;
const UNIT = /[十百千万亿拾佰仟]/;

/**
 * A doubled numeral is a slip when it makes the number unreadable: two
 * equal digits right before a place-value unit (二二千九百亿, 五五十) or a
 * doubled 十/百 (十十, 百百) occur in no number. Everything else stays:
 * bare digit runs are years and codes (一九九九, 二〇二二, “十五五”), 一一
 * is an adverb (one by one), 千千瓦 is 千 + 千瓦, 万万 and 千千万万 are words.
 */
function numeralSlip(text: string, i: number): boolean {
	const a = text[i];
	// An ordinal writes each digit once: 第三三届, 第一一件.
	if (text[i - 1] === '第') return true;
	if (DIGIT.test(a) && !'一〇零'.includes(a) && UNIT.test(text[i + 2] ?? '')) return true;
	return a === '十' || a === '百';
}

/** Judge the doubled character at `text[i] === text[i + 1]`. */
export function judgeDouble(seg: Segmenter, text: string, i: number): Verdict {
	const a = text[i];
	for (const p of PHRASES) {
		const k = p.indexOf(a + a);
		if (k >= 0 && text.startsWith(p, i - k)) return 'ok';
	}
	// AABB: 踏踏实实 (we stand on AA) or its second half BB.
	if (isHan(text[i + 2]) && text[i + 2] === text[i + 3] && text[i + 2] !== a) return 'ok';
	if (isHan(text[i - 2]) && text[i - 2] === text[i - 1] && text[i - 1] !== a) return 'ok';
	if (isNumeral(a) && numeralSlip(text, i)) return 'slip';
	const [s, e] = clause(text, i, i + 2);
	const tokens = tokensOf(seg, text.slice(s, e));
	const t1 = tokens.find((t) => t.start <= i - s && i - s < t.end)!;
	const t2 = tokens.find((t) => t.start <= i + 1 - s && i + 1 - s < t.end)!;
	const single1 = t1.word.length === 1;
	const single2 = t2.word.length === 1;
	// A dictionary word holding both copies (加工工业, 今年年底) is fine.
	if (t1 === t2 && t1.word.length > 2) return 'ok';
	// An aspect particle after a verb, before a word starting with it (加深了|了解, 围绕着|着力): ordinary Chinese,
	// though the text written once (加深了解) is a dictionary word too — so it is decided before that evidence.
	if (single1 && ASPECT_PARTICLES.has(a) && t2.start === i + 1 - s && t2.word.length >= 2) {
		const before = tokens[tokens.indexOf(t1) - 1];
		if (before && /^v/.test(seg.tag?.(before.word) ?? '')) return 'ok';
	}
	// Bare numerals are years and codes (一九九七, “十五五”); 一一 is judged on.
	if (isNumeral(a) && a !== '一') return 'ok';
	// When each copy belongs to a word of its own (人民/民主, 小学/学生) the
	// collapsed reading (小学生) is often a word too: that is no evidence.
	// Otherwise a word of the collapsed text broken by the doubling
	// (进一一步, 问问题, 市市场) is.
	if (t1 === t2 || single1 || single2) {
		const collapsed = segmentWithout(seg, text.slice(s, e), i + 1 - s, i + 2 - s);
		if (straddles(collapsed, i - s, 1)) return 'slip';
	}
	if (isNumeral(a)) return 'ok';
	// A measure word doubled right after a number (9个个产品, 10件件) distributes nothing — unless its second copy starts a word (5个|个体户).
	if (CLASSIFIERS.has(a) && /[0-9０-９二三四五六七八九十百千两几]/.test(text[i - 1] ?? '') && !isWord(seg, text.slice(i + 1, i + 3)))
		return 'slip';
	// A distributive AA (人人, 家家, 年年) — unless one copy belongs to a word of its own (个人|人, 国家|家, 连年|年): then the doubling breaks that word.
	if (AA.has(a + a) && (t1 === t2 || (single1 && single2))) return 'ok';
	if (t1 === t2) return 'ok';
	if (single1 && single2) return 'slip';
	// A lone copy next to another lone content character sits in a word the
	// dictionary lacks — usually a name (中船/船舶, 陕煤/煤炭, 海南/南繁).
	const k1 = tokens.indexOf(t1);
	const k2 = tokens.indexOf(t2);
	const unknownWord = (t: { word: string } | undefined) => !!t && t.word.length === 1 && isHan(t.word) && !FUNCTION_WORDS.has(t.word);
	// A function word before a postposition starting with it is none (600亿元以|以上, 分税制以|以来): the postposition ends a phrase.
	if (single1) return (ORPHAN_BEFORE.has(a) && !/^f/.test(seg.tag?.(t2.word) ?? '')) || unknownWord(tokens[k1 - 1]) ? 'ok' : 'slip';
	if (single2) return ORPHAN_AFTER.has(a) || unknownWord(tokens[k2 + 1]) ? 'ok' : 'slip';
	// Both copies sit in words of their own: slip only if the document writes
	// the phrase elsewhere with the character once.
	const once = text.slice(Math.max(0, i - 2), i + 1) + text.slice(i + 2, i + 4);
	if (once.length === 5 && !once.includes('\n') && occurrences(text).count(once) > 0) return 'slip';
	return 'ok';
}

/**
 * Judge a chunk of 2+ characters written twice in a row at `i` (智慧智慧).
 * The doubling is a slip when both copies are whole words of their own
 * (智慧/智慧), when one copy stands as a word next to the words it came
 * from (依法/依法严惩), when it breaks a word of the text as it would read
 * with one copy (化农/化农产品 → 农产品), or when it leaves stray single
 * characters (经济/发/济/发展); when longer words cover it seamlessly, two
 * words just meet (绿色建筑/建筑面积, 产业/创业/创新).
 */
export function judgeChunk(seg: Segmenter, text: string, i: number, chunk: string): Verdict {
	if (allNumerals(chunk)) return 'ok';
	if (ABAB.has(chunk)) return 'ok';
	// 一步一步, 一批一批: 一 + measure word, doubled, is distributive.
	if (chunk.length === 2 && chunk[0] === '一') return 'ok';
	// 很多很多, 很紧很紧: emphatic repetition.
	if (INTENSIFIERS.some((w) => chunk.startsWith(w) && chunk.length > w.length)) return 'ok';
	const L = chunk.length;
	const [s, e] = clause(text, i, i + 2 * L);
	const a = i - s;
	const b = a + L;
	const tokens = tokensOf(seg, text.slice(s, e));
	const covering = tokens.filter((t) => t.end > a && t.start < b + L);
	const wholeCopy = covering.some((t) => t.start === a && t.end === b) && covering.some((t) => t.start === b && t.end === b + L);
	const stray = covering.some((t) => t.word.length === 1);
	if (wholeCopy || stray) return 'slip';
	const collapsed = segmentWithout(seg, text.slice(s, e), b, b + L);
	if (insertedWhole(tokens, collapsed, chunk)) return closesCompound(seg, tokens, a, b, L) ? 'ok' : 'slip';
	if (straddles(collapsed, a, L)) return 'slip';
	return 'ok';
}

/** Single-character measure words (张, 个, 件…): 一张张, 一个个 are ordinary. */
const CLASSIFIERS = new Set(
	Object.entries(units.units as Record<string, { dim: string }>)
		.filter(([u, d]) => u.length === 1 && /^count-/.test(d.dim))
		.map(([u]) => u)
);
/** Marks that open and close a slogan's item (“洗洗澡、治治病”), not a clause (，打打造“…”). */
const ITEM_OPEN = /[“‘「、]/;
const ITEM_CLOSE = /[”’」、]/;
/** How much less probable (natural log) a two-words-meet reading may be than the best reading of its clause. */
const OVERLAP_MARGIN = 3;

/**
 * A doubling the rules judged a slip that is ordinary Chinese after all:
 *   - two dictionary words meeting, the first ending with the character the
 *     second starts with (海关|关税, 健全|人防|防护), read with word
 *     frequencies nearly as well as the best reading of the clause;
 *   - 一 + a measure word doubled (一张张, 一件件);
 *   - a distributive AA beside another (家家装修，店店美容);
 *   - the same doubled string, with the character after it, written again
 *     elsewhere in the document: a name (品品香茶业, 盼盼食品, 龙龙铁路) — a
 *     slip is not made twice the same way;
 *   - inside a book title 《呦呦鹿鸣》;
 *   - emphatic X X 再 X (担当担当再担当) and 每A每B (每村每月).
 */
function ordinary(seg: Segmenter, text: string, i: number, L: number, n: number): boolean {
	const end = i + n * L;
	// A 《 at most 29 characters before, not closed before i, and a 》 at most 29 after (windows, not scans of the whole text).
	const from = Math.max(0, i - 29);
	const openAt = text.slice(from, i + 1).lastIndexOf('《');
	if (openAt >= 0 && !text.slice(from + openAt, i + 1).includes('》') && text.slice(end, end + 30).includes('》')) return true;
	const win = text.slice(i, end + 1);
	if (win.length === end + 1 - i && isHan(win[win.length - 1]) && occurrences(text).count(win) >= 2) return true;
	if (n !== 2) return false;
	const chunk = text.slice(i, i + L);
	if (L > 1) {
		if (/^[再又还更也]$/.test(text[end] ?? '') && text.startsWith(chunk, end + 1)) return true;
		if (L === 2 && chunk.includes('每')) return true;
		return wordsMeetInChunk(seg, text, i, L);
	}
	const a = text[i];
	if (isNumeral(a)) return false;
	if (text[i - 1] === '一' && CLASSIFIERS.has(a)) return true;
	// “洗洗澡、治治病”, “扣扣子”: a verb doubled before the rest of its word, the three characters an item of their own between
	// quotes or 、 — the tentative form of 洗澡, 扣子 in a slogan.
	if (
		/^v/.test(seg.tag?.(a) ?? '') &&
		isWord(seg, text.slice(i + 1, i + 3)) &&
		ITEM_OPEN.test(text[i - 1] ?? '') &&
		ITEM_CLOSE.test(text[i + 3] ?? '')
	)
		return true;
	// 2006年|年均, 3月|月底: a time unit after a number, its second copy starting a word.
	if (
		(isNumeral(text[i - 1] ?? '') || /[0-9０-９]/.test(text[i - 1] ?? '')) &&
		'年月日'.includes(a) &&
		isWord(seg, text.slice(i + 1, i + 3))
	)
		return true;
	// 长得壮壮的, 高高地: an adjective doubled before 的/地 (after 得 it can be nothing else).
	if ('的地'.includes(text[i + 2] ?? '') && (text[i - 1] === '得' || /^a/.test(seg.tag?.(a) ?? ''))) return true;
	// 荆荆高铁, 龙龙铁路, 庙庙湖: two places sharing a character, named together.
	if (!isWord(seg, a + a) && NAME_BEFORE.some((w) => text.startsWith(w, i + 2))) return true;
	// 高栏港|港口: a place name's last character, its second copy starting a word.
	if (
		PLACE_SUFFIX.has(a) &&
		isHan(text[i - 1] ?? '') &&
		isHan(text[i - 2] ?? '') &&
		(tokensOf(seg, text.slice(i + 1, i + 6))[0]?.word.length ?? 0) >= 2
	)
		return true;
	// 实事求是|是我们, 纵向|向市县: a word ending with the character, then the character as a word of its own.
	const least = JUNCTION_AFTER[a];
	if (least && isHan(text[i + 2] ?? '')) {
		for (let len = least; len <= 4; len++) if (i + 1 - len >= 0 && isWord(seg, text.slice(i + 1 - len, i + 1))) return true;
	}
	// 创业之梦|梦想成真, 天下之势|势不可挡: after 之 a single character is a head noun, its second copy starts a word.
	if (GENITIVE_BEFORE.has(text[i - 1] ?? '')) {
		for (let len = 2; len <= 4; len++) if (isWord(seg, text.slice(i + 1, i + 1 + len))) return true;
	}
	// 组建市|市场监管局: an administrative level before a name of three or four characters starting with it.
	if (
		'市县区省镇乡村州盟'.includes(a) &&
		tokensOf(seg, text.slice(i + 1, i + 6))
			.slice(0, 2)
			.every((t) => t.word.length >= 2 && allHan(t.word))
	)
		return true;
	for (let j = Math.max(0, i - 12); j < Math.min(text.length - 1, i + 14); j++) {
		if (j >= i - 1 && j <= i + 1) continue;
		if (/[。！？；\n]/.test(text.slice(Math.min(i, j), Math.max(i, j)))) continue;
		if (text[j] === text[j + 1] && !isNumeral(text[j]) && AA.has(text[j] + text[j])) return true;
	}
	const [s, e] = clause(text, i, i + 2);
	return overlapReading(seg, text.slice(s, e), i - s, OVERLAP_MARGIN);
}

/**
 * A chunk written twice where a word ends inside the first copy and an ABAC
 * idiom starts there (进行|先行先试, 之战|连战连胜, 边干|边学边干): the idiom's
 * A (data: abacHeads) or a dictionary word running past the second copy.
 * Neither copy is a word: nothing was written twice. (博士|博士后, where the
 * first copy is the whole word, stays a question for the writer: 智慧|智慧城市
 * looks the same.)
 */
function wordsMeetInChunk(seg: Segmenter, text: string, i: number, L: number): boolean {
	if (L === 2 && ABAC_HEADS.has(text[i + 1]) && isHan(text[i + 4] ?? '') && text[i + 4] !== text[i]) return true;
	for (let p = i + 1; p < i + L; p++) {
		let before = false;
		for (let len = 2; len <= 4 && !before; len++) if (p - len >= 0 && isWord(seg, text.slice(p - len, p))) before = true;
		if (!before) continue;
		for (let k = 3; k <= 4; k++) if (p + k >= i + 2 * L && isWord(seg, text.slice(p, p + k))) return true;
	}
	return false;
}

/** Do the characters at `p` and `p + 1` make a common word that is no number, quantity or time (一般, 一流; not 九年, 三步, 一批)? */
function startsWord(seg: Segmenter, text: string, p: number): boolean {
	const w = text.slice(p, p + 2);
	return w.length === 2 && isWord(seg, w) && !/^[mtq]/.test(seg.tag?.(w) ?? 'm');
}

/** The slip with two characters either side, kept within its line. */
function excerptAround(text: string, s: number, e: number): string {
	// Line ends are looked for within the excerpt only (a scan to the previous/next line end was quadratic in a long paragraph).
	let from = Math.max(0, s - 2);
	const nl = text.slice(from, Math.max(s - 1, 0) + 1).lastIndexOf('\n');
	if (nl >= 0) from = from + nl + 1;
	let to = Math.min(text.length, e + 2);
	const nl2 = text.slice(e, to).indexOf('\n');
	if (nl2 >= 0) to = e + nl2;
	return text.slice(from, to);
}

/**
 * The run `[i, end)` written the same way, with the character before or after it, in several published reports
 * (连云|港港, 莫莫|克等, 行政|村村村): a name or ordinary Chinese — a slip is not made the same way again and again.
 */
function writtenInCorpus(text: string, i: number, end: number): boolean {
	const run = text.slice(i, end);
	for (const c of [1, 2])
		if ((i >= c && CORPUS_LEFT.has(text.slice(i - c, i) + run)) || CORPUS_RIGHT.has(run + text.slice(end, end + c))) return true;
	return false;
}

/** The rule; `corpus: false` leaves out the corpus table (scripts/lint-doubles.ts builds it with the rule without it). */
function repeatedCharsRule({ corpus }: { corpus: boolean }): Rule {
	return {
		id: 'repeated-chars',
		check(ctx: LintContext): TextFinding[] {
			const original = ctx.text;
			// Judge on the simplified fold (國國民 → 国国民), report the text as written.
			const text = foldTraditional(original);
			const out: TextFinding[] = [];
			let i = 0;
			// For each chunk length, where the last run of copies found ends: inside it, a later start repeats at least up
			// to there (the text is periodic with that length), so a long run (政府工作报告 × 20,000) is counted once, not
			// again from every position in it (which made the rule quadratic).
			const runEnd = new Map<number, number>();
			while (i < text.length - 1) {
				if (!isHan(text[i])) {
					i++;
					continue;
				}
				let advanced = false;
				for (let L = MAX_CHUNK; L >= 1; L--) {
					const chunk = text.slice(i, i + L);
					if (chunk.length < L || !allHan(chunk)) continue;
					// A chunk of one repeated character (哈哈) is judged at L = 1.
					if (L > 1 && [...chunk].every((c) => c === chunk[0])) continue;
					if (!text.startsWith(chunk, i + L)) continue;
					let n = Math.max(2, Math.floor(((runEnd.get(L) ?? 0) - i) / L));
					while (text.startsWith(chunk, i + n * L)) n++;
					const end = i + n * L;
					runEnd.set(L, end);
					let verdict: Verdict;
					// Three digits in a row are a year or a code (“三三三”); three place-value units (万万万), an ordinal's digits (第一一一)
					// or a run whose last digit starts a word that is no number (一一一般: 一般 with two extra 一; not 一九九九年) are not.
					if (L === 1 && n >= 3)
						verdict =
							isNumeral(chunk) && !UNIT.test(chunk) && text[i - 1] !== '第' && !startsWord(ctx.segmenter, text, end - 1) ? 'ok' : 'slip';
					else if (L === 1) verdict = judgeDouble(ctx.segmenter, text, i);
					else verdict = judgeChunk(ctx.segmenter, text, i, chunk);
					if (verdict === 'slip' && ((corpus && writtenInCorpus(text, i, end)) || ordinary(ctx.segmenter, text, i, L, n))) verdict = 'ok';
					if (verdict === 'slip') {
						const ctxt = excerptAround(original, i, end);
						const written = original.slice(i, i + L);
						const around = excerptAround(original, i, end);
						const lead = around.indexOf(original.slice(i, end));
						const fixed = around.slice(0, lead + L) + around.slice(lead + (end - i));
						out.push({
							rule: 'repeated-chars',
							textStart: i,
							textEnd: end,
							zh: L === 1 && n >= 3 ? `“${written}”连写${n}次：“${ctxt}”` : `“${written}”疑为误重复：“${ctxt}”，是否应为“${fixed}”？`,
							en:
								L === 1 && n >= 3
									? `“${written}” written ${n} times in a row: “${ctxt}”`
									: `“${written}” looks repeated by mistake: “${ctxt}” — did you mean “${fixed}”?`
						});
						i = end;
					} else i += 1;
					advanced = true;
					break;
				}
				if (!advanced) i++;
			}
			// The index is as large as the text: not kept past the rule.
			lastOccurrences = null;
			lastText = null;
			return out;
		}
	};
}

export const repeatedChars = repeatedCharsRule({ corpus: true });
/** Without data/corpus-doubles.json: what scripts/lint-doubles.ts asks when it builds that table. */
export const repeatedCharsWithoutCorpus = repeatedCharsRule({ corpus: false });
