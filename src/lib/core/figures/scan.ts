/**
 * The scanner: finds every number in a stretch of text, reads its magnitude,
 * hedges and unit, and drops what is not a figure (years, dates, ordinals,
 * numbering, names, quoted slogans). It works on text offsets only; mapping
 * to the decoded input happens in extract.ts.
 */
import unitsData from '../data/units.json';
import hedgesData from '../data/hedges.json';
import {
	CN_DIGIT_CHARS,
	CN_MAG_CHARS,
	hasMagnitude,
	isCnDigit,
	magnitudeExponent,
	parseChineseNumeral,
	scaleDecimal
} from '../text/numerals';
import { foldWidth, type WidthFold } from '../text/fold';
import { HAN_CLASS, isHan } from '../text/han';
import { isDecimalStop } from '../sentences';

/** A character that continues a word after a number (so the number is no rank): Han, a digit or a Latin letter. */
const WORD_CHAR = new RegExp(`[${HAN_CLASS}0-9A-Za-z]`, 'u');

export interface Hit {
	/** Text offsets of the figure as written (hedge words outside, `第` of a rank inside). */
	start: number;
	end: number;
	/** Offsets of the number itself (where the indicator clause ends). */
	numStart: number;
	/** End including a hedge after the unit (4.5万人|以上|). */
	hedgeEnd: number;
	value: number;
	unit: string;
	approx: boolean;
}

type UnitInfo = { dim: string; factor: number };
const UNITS = unitsData.units as Record<string, UnitInfo>;
const NOT_AFTER = unitsData.notAfter as Record<string, string>;
/** Longest first, so 平方公里 wins over 公里 and 个百分点 over 个. */
const UNIT_LIST = Object.keys(UNITS)
	.filter((u) => u !== 'ratio')
	.concat(['百分点', '％', '&permil;'])
	.sort((a, b) => b.length - a.length);
const HEDGE_BEFORE = [...hedgesData.before].sort((a, b) => b.length - a.length);
const HEDGE_AFTER = [...hedgesData.after].sort((a, b) => b.length - a.length);
const HEDGE_INSIDE = new Set(hedgesData.inside);

/**
 * Units that measure something physical or monetary: a bare Chinese digit
 * (三, 五) before them is a quantity (增加三倍, 五万吨). Before a count word
 * (三个, 两项, 五条) it is nearly always rhetoric (三个方面, 两个维护, 五条走廊).
 */
const MEASURE_DIMS = /^(percent|points|permille|times|money|length|area|volume|mass|power|energy|teu)/;

export function unitDimension(unit: string): UnitInfo | undefined {
	if (unit === '百分点') return UNITS['个百分点'];
	if (unit === '％') return UNITS['%'];
	if (unit === '&permil;') return UNITS['‰'];
	return UNITS[unit];
}

/** Normalised unit for output: `％` → `%`, `百分点` → `个百分点`, `&permil;` (an HTML entity a conversion left, 太原 2007) → `‰`. */
function outUnit(u: string): string {
	if (u === '％') return '%';
	if (u === '&permil;') return '‰';
	if (u === '百分点') return '个百分点';
	return u;
}

const WS = /[ \t\u00a0\u3000]/;
const CN_RUN = new RegExp(
	`^[${CN_DIGIT_CHARS}${CN_MAG_CHARS}](?:[${CN_DIGIT_CHARS}${CN_MAG_CHARS}]|[多余](?=[${CN_DIGIT_CHARS}${CN_MAG_CHARS}]))*`
);
const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?/;
/** Old texts separate thousands with a full-width comma (1，484万辆, 2，360，816，000元): 1-3 digits, then groups of exactly three. */
const ARABIC_CN_GROUPS = /^\d{1,3}(?:，\d{3})+(?![\d.，])/;
/** Thousands separated by a space (太原 2013: 2 311.43亿元, 53 401套): 1-3 digits, then groups of exactly three, then a unit. */
const ARABIC_SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d.])/;
const RANGE = /^[ \t]*[-－—–~～至到][ \t]*/;
const SPACED_DECIMAL = /^\d+\.[ \u3000]\d{1,3}(?![\d.])/;
const STOP_DECIMAL = /^\d+。\d{1,2}(?![\d.])/;

/**
 * Fold for matching (core/text/fold, one char in, one char out): full-width
 * digits, letters, point and percent to ASCII so one set of patterns reads
 * both; the full-width comma and the ideographic space stay as written.
 */
const SCAN_FOLD: WidthFold = { punctuation: '．％', spaces: false };

/** Spans inside quotation marks or book-title marks: numbers there are names and slogans. */
export function quotedSpans(s: string): [number, number][] {
	const spans: [number, number][] = [];
	const pairs: [string, string, number][] = [
		['“', '”', 30],
		['‘', '’', 30],
		['「', '」', 30],
		['『', '』', 30],
		['《', '》', 60],
		['"', '"', 30]
	];
	for (const [open, close, max] of pairs) {
		let from = 0;
		for (;;) {
			const a = s.indexOf(open, from);
			if (a < 0) break;
			const b = s.indexOf(close, a + 1);
			if (b < 0) break;
			// A long "quotation" is running text quoted, not a slogan: its numbers stay figures.
			if (b - a - 1 <= max && !s.slice(a, b).includes('\n')) spans.push([a + 1, b]);
			from = b + 1;
		}
	}
	return spans;
}

/** `i` inside one of `spans`? Binary search over the spans sorted by start, with a running maximum of their ends. */
function quoteLookup(spans: [number, number][]): (i: number) => boolean {
	if (!spans.length) return () => false;
	spans.sort((x, y) => x[0] - y[0]);
	const maxEnd: number[] = [];
	for (const [, b] of spans) maxEnd.push(Math.max(b, maxEnd[maxEnd.length - 1] ?? 0));
	return (i) => {
		let lo = 0;
		let hi = spans.length - 1;
		let k = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (spans[mid][0] <= i) {
				k = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return k >= 0 && maxEnd[k] > i;
	};
}

type RawHit = Omit<Hit, 'hedgeEnd'>;

interface NumberToken {
	start: number;
	end: number;
	/** Digit string (Arabic) or the numeral (Chinese). */
	text: string;
	chinese: boolean;
	/** 多/余 inside a Chinese numeral (四亿零七百多万). */
	innerHedge: boolean;
}

function readNumber(f: string, i: number): NumberToken | null {
	const rest = f.slice(i, i + 40);
	const g = ARABIC_CN_GROUPS.exec(rest);
	if (g && (i === 0 || !/[\d.]/.test(f[i - 1])) && isUnitOrMagAfter(f, i + g[0].length))
		return { start: i, end: i + g[0].length, text: g[0].replace(/，/g, ','), chinese: false, innerHedge: false };
	const sp = ARABIC_SPACE_GROUPS.exec(rest);
	if (sp && (i === 0 || !/[\d.]/.test(f[i - 1])) && isUnitOrMagAfter(f, i + sp[0].length))
		return { start: i, end: i + sp[0].length, text: sp[0].replace(/ /g, ','), chinese: false, innerHedge: false };
	// 增长15. 3%, 森林覆盖率达到56. 9％ (79 times in the collection): a space after the decimal point, inside a number that
	// follows a word and ends in a unit.
	const sd = SPACED_DECIMAL.exec(rest);
	if (sd && isHan(f[i - 1]) && isUnitOrMagAfter(f, i + sd[0].length))
		return { start: i, end: i + sd[0].length, text: sd[0].replace(/[ \u3000]/, ''), chinese: false, innerHedge: false };
	// 增长18。1% (山东 1997, 合肥 2009): 。 as the decimal point, as the sentence splitter reads it (isDecimalStop).
	const pd = STOP_DECIMAL.exec(rest);
	if (pd && isDecimalStop(f, i + pd[0].indexOf('。')))
		return { start: i, end: i + pd[0].length, text: pd[0].replace('。', '.'), chinese: false, innerHedge: false };
	const a = ARABIC.exec(rest);
	if (a) return { start: i, end: i + a[0].length, text: a[0], chinese: false, innerHedge: false };
	const c = CN_RUN.exec(rest);
	if (!c) return null;
	// 十三点七倍, 一点五倍 (the national reports of the 1950s): a decimal point in words and the digits after it.
	const dec = CN_DECIMAL.exec(rest.slice(c[0].length));
	const text = dec && !/[多余]/.test(c[0]) ? c[0] + dec[0] : c[0];
	return { start: i, end: i + text.length, text, chinese: true, innerHedge: /[多余]/.test(c[0]) };
}

const CN_DECIMAL = /^点[零〇一二三四五六七八九]+/;

/** The value of a numeral in words, with a decimal point written 点 (十三点七 → 13.7). */
function chineseValue(text: string): number | null {
	const at = text.indexOf('点');
	if (at < 0) return parseChineseNumeral(text);
	const whole = parseChineseNumeral(text.slice(0, at));
	const digits = [...text.slice(at + 1)].map((c) => parseChineseNumeral(c));
	if (whole === null || digits.some((d) => d === null)) return null;
	return Number(`${whole}.${digits.join('')}`);
}

/** A magnitude word or a unit right after offset i (so 1，484万辆 is one number, not 1 and 484万辆). */
function isUnitOrMagAfter(f: string, i: number): boolean {
	return '十百千万亿萬億'.includes(f[i] ?? 'x') || matchUnit(f, skipWs(f, i)) !== null;
}

function skipWs(f: string, i: number, limit = 2): number {
	let n = 0;
	while (i < f.length && WS.test(f[i]) && n < limit) {
		i++;
		n++;
	}
	return i;
}

interface Tail {
	/** Offset after the unit (and after any after-hedge). */
	end: number;
	unitEnd: number;
	exp: number;
	unit: string;
	approx: boolean;
}

function matchUnit(f: string, i: number): string | null {
	for (const u of UNIT_LIST) {
		if (f.startsWith(u, i)) {
			const next = f[i + u.length] ?? '';
			if (next && NOT_AFTER[u]?.includes(next)) continue;
			return u;
		}
	}
	return null;
}

/** After a number: inside hedge, magnitude words, inside hedge, spaces, unit. */
function readTail(f: string, i: number, chinese: boolean): Tail | null {
	let approx = false;
	let p = skipWs(f, i);
	if (HEDGE_INSIDE.has(f[p]) && isMagOrUnitAt(f, p + 1)) {
		// 1500余张, 20余万 — a hedge only when a magnitude or unit follows.
		approx = true;
		p++;
	}
	p = skipWs(f, p);
	// Magnitude words (Arabic numbers only; a Chinese numeral already holds its own).
	let magEnd = p;
	if (!chinese) while (magEnd < f.length && '十百千万亿萬億'.includes(f[magEnd]) && magEnd - p < 3) magEnd++;
	// Try the smallest magnitude first: 420万千瓦 is 420万 + 千瓦, 5千米 is 5 + 千米.
	for (let k = 0; k <= magEnd - p; k++) {
		const exp = k ? magnitudeExponent(f.slice(p, p + k)) : 0;
		if (exp === null) continue;
		let q = p + k;
		let inner = false;
		if (k && HEDGE_INSIDE.has(f[q]) && isUnitAt(f, skipWs(f, q + 1))) {
			inner = true; // 1.3万余套
			q++;
		}
		q = skipWs(f, q);
		let unit = matchUnit(f, q);
		if (!unit) continue;
		// 分别高于2.2个和3.7个百分点: the first number shares the second's 个百分点.
		if (unit === '个' && /^个(?:和|与|、|至|到|[-－—~～])\s*\d+(?:\.\d+)?\s*个百分点/.test(f.slice(q, q + 16))) unit = '个百分点@';
		if (unit === '个百分点@') {
			return { end: q + 1, unitEnd: q + 1, exp, unit: '个百分点', approx: approx || inner };
		}
		const end = q + unit.length;
		// 3岁以下婴幼儿, 10万元以上的行政村, 亿元以上项目: a threshold that qualifies a noun, not a figure. (Not after 个, the
		// classifier of the noun itself: 2500个以上贫困村退出, 200个以上的省定经济薄弱村 count the villages, as 2,500 such
		// places in the collection do.)
		if (unit !== '%' && !(unit === '个' && f.startsWith('以上', end)) && THRESHOLD.test(f.slice(end, end + 3))) return null;
		let hedged = approx || inner;
		for (const h of HEDGE_AFTER) {
			if (f.startsWith(h, end)) {
				// 多 and 余 after a unit hedge (%多); 以上/左右… always.
				hedged = true;
				break;
			}
		}
		return { end, unitEnd: end, exp, unit, approx: hedged };
	}
	// 3300万, 6600多万纳税人: a number with a magnitude word is a quantity even without a measure word.
	if (!chinese && magEnd > p) {
		const exp = magnitudeExponent(f.slice(p, magEnd));
		if (exp !== null && exp >= 4) {
			let end = magEnd;
			let hedged = approx;
			if (HEDGE_INSIDE.has(f[end]) && f[end] !== '几') {
				hedged = true;
				end++;
			}
			// 人口20万以上的县, 30万以上人口旗县: a threshold; 105万以上贫困人口脱贫 counts the people.
			if (THRESHOLD.test(f.slice(end, end + 3)) && !/^以上(?!的|人口)/.test(f.slice(end, end + 4))) return null;
			for (const h of HEDGE_AFTER) if (f.startsWith(h, end)) hedged = true;
			return { end, unitEnd: end, exp, unit: '', approx: hedged };
		}
	}
	return null;
}

/** 以上 or 以下 running into a noun after a unit (亿元以上项目): the value is a threshold of what follows. */
const THRESHOLD = /^(以上|以下)[^\s，。；、,.;:：！？!?）)”和及或与]/;

/** A Latin unit from the table (7000PF, 300MW) — as opposed to a code (5G, C919). */
function latinUnitAt(f: string, i: number): boolean {
	const m = /^[A-Za-z]+/.exec(f.slice(i, i + 10));
	return !!m && m[0] in UNITS;
}

function afterHedge(f: string, end: number): number {
	for (const h of HEDGE_AFTER) if (f.startsWith(h, end)) return end + h.length;
	return end;
}

function isUnitAt(f: string, i: number): boolean {
	return matchUnit(f, i) !== null;
}
function isMagOrUnitAt(f: string, i: number): boolean {
	return '十百千万亿萬億'.includes(f[i] ?? 'x') || isUnitAt(f, skipWs(f, i));
}

/** Is there a year/date/session word right after offset i (number then 年, 月, 日…)? */
function isDateLike(f: string, numEnd: number, numText: string, chinese: boolean): boolean {
	const p = skipWs(f, numEnd);
	const next = f[p] ?? '';
	if ('年月日号时'.includes(next)) return true;
	if (f.startsWith('季度', p) || f.startsWith('周年', p) || f.startsWith('届', p)) return true;
	if (!chinese && /^(19|20)\d\d$/.test(numText) && /^[-－—–~～至到]/.test(f.slice(p))) return true;
	return false;
}

function hedgeBefore(f: string, start: number): number {
	while (start > 0 && WS.test(f[start - 1])) start--;
	for (const h of HEDGE_BEFORE) if (f.startsWith(h, start - h.length)) return h.length;
	return 0;
}

/** A minus sign: the hyphen, the full-width hyphen and the minus. */
const MINUS = '-－−';
/** What a minus sign of a negative value follows: a word or a punctuation mark, never a digit or a letter (3%-5%, PM2.5-). */
const AFTER_MINUS = /[\p{Script=Han}：:（(，,、]/u;
/** Units of a rate or a change of one, which a minus sign makes negative. */
const RATE_UNITS = new Set(['%', '个百分点', '‰']);

/** Context words before an unmarked rank (全省第1, 排名第3). */
const RANK_CONTEXT =
	/(全省|全国|全市|全区|世界|全球|中部|西部|东部|东北|同类城市|地级市中|排名|位居|居|位列|列|上升到|上升至|升至|跃居|跃升至|前移至|提升到|提升至)[^，。；,;]{0,4}$/;

/**
 * Every figure in `s` (a paragraph or sentence of the cleaned text), with
 * offsets relative to `s` plus `base`.
 */
export function scanFigures(text: string, base = 0): Hit[] {
	const f = foldWidth(text, SCAN_FOLD);
	const inQuote = quoteLookup(quotedSpans(f));
	const hits: Hit[] = [];
	let i = 0;
	while (i < f.length) {
		const ch = f[i];
		const isStart = /[0-9]/.test(ch) || CN_DIGIT_CHARS.includes(ch) || CN_MAG_CHARS.includes(ch);
		if (!isStart) {
			i++;
			continue;
		}
		const tok = readNumber(f, i);
		if (!tok) {
			i++;
			continue;
		}
		// ４４$1.$2亿元 (9 reports of the collection): a conversion left a replacement pattern where digits were; no value can
		// be read from the digits around it, so they make no figure.
		if (f[i - 1] === '$' || f[tok.end] === '$') {
			i = tok.end;
			continue;
		}
		// The character before the number, looking past a stray space (第 1 位).
		let pp = i - 1;
		while (pp >= 0 && WS.test(f[pp]) && i - pp <= 2) pp--;
		const result = readFigureAt(f, tok, pp, inQuote);
		// 降幅由谷底的-14.2%收窄至-11.6%, 增长-2.6% (74 places in the collection): a minus sign after a word makes a rate
		// negative (not 3%-5%, a range; not 歼-20, a name with no unit of a rate).
		if (result.length && MINUS.includes(f[i - 1] ?? '') && (i < 2 || AFTER_MINUS.test(f[i - 2])) && RATE_UNITS.has(result[0].unit))
			result[0] = { ...result[0], start: i - 1, numStart: i - 1, value: -result[0].value };
		if (result.length) {
			for (const h of result)
				hits.push({ ...h, start: h.start + base, end: h.end + base, numStart: h.numStart + base, hedgeEnd: afterHedge(f, h.end) + base });
			i = result[result.length - 1].end;
		} else i = tok.end;
	}
	return hits;
}

function readFigureAt(f: string, tok: NumberToken, prevPos: number, inQuote: (i: number) => boolean): RawHit[] {
	const prev = f[prevPos] ?? '';
	const adjacent = f[tok.start - 1] ?? '';
	// Part of a code or a name: C919, PM2.5, 5G, 3.0版.
	if (!tok.chinese && (/[A-Za-z.]/.test(adjacent) || (/^[A-Za-z]/.test(f.slice(tok.end, tok.end + 1)) && !latinUnitAt(f, tok.end))))
		return [];
	if (!tok.chinese && /^\.\d/.test(f.slice(tok.end))) return [];
	if (inQuote(tok.start)) return [];
	// 百分之十五, 三分之一: fractions written in words.
	const frac = readFraction(f, tok);
	if (frac) return frac;
	// 三成, 近八成: tenths, as a percentage (not 成为, 成果, 一成不变).
	if (
		tok.chinese &&
		/^[一二两三四五六七八九]$/.test(tok.text) &&
		f[tok.end] === '成' &&
		(/^(?:[，。；、：,;:）)”的和与及]|以上|左右|多|$)/.test(f.slice(tok.end + 1, tok.end + 3)) || hedgeBefore(f, tok.start) > 0)
	) {
		const end = tok.end + 1;
		const hedged = /^(?:以上|左右|多)/.test(f.slice(end, end + 2)) || hedgeBefore(f, tok.start) > 0;
		return [{ start: tok.start, end, numStart: tok.start, value: (parseChineseNumeral(tok.text) ?? 0) * 10, unit: '%', approx: hedged }];
	}
	// A Chinese numeral starts with a digit or 十 (十七, 十万); a bare 万/千/百/亿 is a word (万人, 千方百计, 百姓).
	if (tok.chinese && !/^[零〇一二两兩三四五六七八九十]/.test(tok.text)) return [];
	if (isDateLike(f, tok.end, tok.text, tok.chinese)) return [];
	const ordinal = prev === '第';
	const rankPrefix = prev === '前' && !tok.chinese;
	const value0 = tok.chinese ? chineseValue(tok.text) : scaleDecimal(tok.text, 0);
	if (value0 === null) return [];

	// Ranks: 第7位, 第1名, 前3位, and an unmarked 全省第1.
	if (ordinal || rankPrefix) {
		const p = skipWs(f, tok.end);
		const start = prevPos;
		if (ordinal && tok.chinese && !RANK_CONTEXT.test(f.slice(Math.max(0, start - 12), start))) return [];
		if (f[p] === '位' || (f[p] === '名' && !/[单称牌录额义次]/.test(f[p + 1] ?? ''))) {
			return [{ start, end: p + 1, numStart: tok.start, value: value0, unit: '位', approx: false }];
		}
		if (ordinal && !tok.chinese && !WORD_CHAR.test(f[p] ?? '') && RANK_CONTEXT.test(f.slice(Math.max(0, start - 12), start))) {
			return [{ start, end: tok.end, numStart: tok.start, value: value0, unit: '位', approx: false }];
		}
		if (ordinal) return []; // 第十七届, 第三次会议, 第1批
	}

	let tail = readTail(f, tok.end, tok.chinese);
	if (tail && tail.unit === '' && !tok.chinese) {
		const unit = listUnit(f, tok, tail);
		if (unit) tail = { ...tail, unit };
	}
	// A range: 6.5%－7%, 3-5万人, 7%—8%. The first number borrows the second's unit if it has none.
	const out: RawHit[] = [];
	if (!tail) {
		const shared = sharedUnitList(f, tok, value0);
		if (shared) return shared;
		const r = RANGE.exec(f.slice(tok.end, tok.end + 4));
		if (!r) return [];
		const second = readNumber(f, tok.end + r[0].length);
		if (!second || second.chinese !== tok.chinese) return [];
		if (isDateLike(f, second.end, second.text, second.chinese)) return [];
		const t2 = readTail(f, second.end, second.chinese);
		if (!t2 || !acceptChinese(tok, t2, value0)) return [];
		const before = hedgeBefore(f, tok.start);
		out.push({
			start: tok.start,
			end: tok.end,
			numStart: tok.start,
			value: scaleDecimal(String(value0), t2.exp),
			unit: outUnit(t2.unit),
			approx: before > 0 || tok.innerHedge
		});
		const v2 = second.chinese ? chineseValue(second.text) : scaleDecimal(second.text, 0);
		if (v2 === null) return out;
		out.push({
			start: second.start,
			end: t2.end,
			numStart: second.start,
			value: scaleDecimal(String(v2), t2.exp),
			unit: outUnit(t2.unit),
			approx: t2.approx || second.innerHedge
		});
		return out;
	}
	if (!acceptChinese(tok, tail, value0)) return [];
	const before = hedgeBefore(f, tok.start);
	out.push({
		start: tok.start,
		end: tail.end,
		numStart: tok.start,
		value: tok.chinese ? value0 * Math.pow(10, tail.exp) : scaleDecimal(tok.text, tail.exp),
		unit: outUnit(tail.unit),
		approx: tail.approx || before > 0 || tok.innerHedge
	});
	return out;
}

const LIST_SEP = /^[ \t]*[、和与及][ \t]*/;

/** 分别 earlier in the same clause, within 40 characters before `at`. */
function afterEach(f: string, at: number): boolean {
	const back = f.slice(Math.max(0, at - 40), at);
	const k = back.lastIndexOf('分别');
	return k >= 0 && !/[，,。；;：:！？]/.test(back.slice(k));
}

/**
 * The numbers of a list after `p` (joined by 、/和/与/及), each with its tail, read while `more` says the list goes
 * on; null when the list breaks first (no separator, no number, a Chinese numeral or a date).
 */
function listAfter(f: string, p: number, more: (tail: Tail | null) => boolean): { toks: NumberToken[]; tail: Tail | null } | null {
	const toks: NumberToken[] = [];
	for (let guard = 0; guard < 20; guard++) {
		const sep = LIST_SEP.exec(f.slice(p, p + 4));
		if (!sep) return null;
		const next = readNumber(f, p + sep[0].length);
		if (!next || next.chinese || isDateLike(f, next.end, next.text, false)) return null;
		toks.push(next);
		const tail = readTail(f, next.end, false);
		if (!more(tail)) return { toks, tail };
		p = tail ? tail.end : next.end;
	}
	return null;
}

/**
 * 分别提高6.1和1.4个百分点, 分别是2010年的1.6、2.4、1.9倍: after 分别, bare
 * numbers joined by 、/和 share the unit of the last one. Only after 分别 in
 * the same clause or right after a multiple's base (是2010年的1.8和2.0倍) or a
 * comparison base and its change word (比1997年提高8.5和12.1个百分点),
 * where the list is certain to be one of values.
 */
function sharedUnitList(f: string, tok: NumberToken, value0: number): RawHit[] | null {
	if (tok.chinese) return null;
	const back = f.slice(Math.max(0, tok.start - 40), tok.start);
	// 是2010年的1.8和2.0倍: a list right after a multiple's base is one of values too.
	const base =
		/(?:是|为|相当于)(?:(?:19|20)\d\d年|上年|去年)的$/.test(back) ||
		// 比1997年提高8.5和12.1个百分点: a list right after a comparison base and its change word.
		/(?:比|较)(?:(?:19|20)\d\d年(?:末|底)?|上年|去年|“?十?[一二三四五六七八九]五”?(?:末|期末)?)(?:分别)?(?:提高|增长|增加|下降|降低|减少|上升)了?$/.test(
			back
		);
	if (!base && !afterEach(f, tok.start)) return null;
	// Bare numbers up to the first one with a measure word.
	const list = listAfter(f, tok.end, (t) => !t);
	const tail = list?.tail;
	if (!list || !tail || tail.unit === '个百分点@') return null;
	const toks = [tok, ...list.toks];
	const unit = outUnit(tail.unit);
	return toks.map((t, k) => {
		const last = k === toks.length - 1;
		const v = k === 0 ? value0 : scaleDecimal(t.text, 0);
		return {
			start: t.start,
			end: last ? tail.end : t.end,
			numStart: t.start,
			value: scaleDecimal(String(v), tail.exp),
			unit,
			approx: last ? tail.approx : false
		};
	});
}

/**
 * 分别达140万和160万千瓦, 分别达1226万、1006万和377万人: after 分别 in the same clause, a number with a magnitude word
 * and no measure word takes the measure word the list ends with, when every number after it carries the same
 * magnitude (not 分别达到9300万、870亿元, where the first value's measure is left unsaid).
 */
function listUnit(f: string, tok: NumberToken, tail: Tail): string | null {
	if (!afterEach(f, tok.start)) return null;
	// Numbers of the same magnitude without a measure word, up to the first with one.
	const list = listAfter(f, tail.end, (t) => !!t && t.exp === tail.exp && !t.unit);
	return list?.tail && list.tail.exp === tail.exp ? list.tail.unit || null : null;
}

/**
 * Chinese numerals are figures only where they clearly measure: with a
 * magnitude word (四亿零七百多万吨, 一万亿元) or before a measuring unit
 * (增加三倍, 五万吨). 三个方面, 两个维护, 一批, 十强 are rhetoric.
 */
function acceptChinese(tok: NumberToken, tail: Tail, value: number): boolean {
	if (!tok.chinese) return true;
	const dim = unitDimension(tail.unit)?.dim ?? '';
	if (MEASURE_DIMS.test(dim)) return value > 0;
	// Count words: only written-out counts with a magnitude (三十多种, 一千二百个) are figures.
	return hasMagnitude(tok.text) && value * Math.pow(10, tail.exp) >= 10;
}

const FRACTION = /^([零〇一二两三四五六七八九十百千]+)分之([零〇一二两三四五六七八九十百千点]+)/;

function readFraction(f: string, tok: NumberToken): RawHit[] | null {
	if (!tok.chinese) return null;
	const m = FRACTION.exec(f.slice(tok.start, tok.start + 20));
	if (!m) return null;
	const den = parseChineseNumeral(m[1]);
	const num = parseChineseNumeral(m[2].split('点')[0]);
	if (den === null || num === null || den === 0) return null;
	let numValue = num;
	if (m[2].includes('点')) {
		const frac = [...m[2].split('点')[1]].map((c) => (isCnDigit(c) ? String(parseChineseNumeral(c)) : '')).join('');
		numValue = Number(`${num}.${frac}`);
	}
	const end = tok.start + m[0].length;
	let hedged = false;
	for (const h of HEDGE_AFTER) if (f.startsWith(h, end) && h !== '多' && h !== '余') hedged = true;
	if (den === 100) return [{ start: tok.start, end, numStart: tok.start, value: numValue, unit: '%', approx: hedged }];
	if (den === 1000) return [{ start: tok.start, end, numStart: tok.start, value: numValue, unit: '‰', approx: hedged }];
	return [{ start: tok.start, end, numStart: tok.start, value: numValue / den, unit: 'ratio', approx: hedged }];
}
