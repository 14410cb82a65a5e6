/**
 * Heading markers of Chinese official documents (GB/T 9704 and common
 * practice): 一、 > （一） > 1. > （1）, plus 第一， 第一部分, 附件1 and the
 * lead-ins 一是 / 二是. A marker says what a line *could* be; `blocks.ts` and
 * `outline.ts` decide from context whether it is a heading or a list entry.
 */
import { chineseOrdinal } from './text/numerals';

export type MarkerStyle =
	| 'cn-dun' // 一、
	| 'cn-paren' // （一） or (一)
	| 'ar-dot' // 1. 1、 1．
	| 'ar-paren' // （1） or (1)
	| 'circled' // ①
	| 'di' // 第一， 第一、 第一部分 第一章
	| 'annex'; // 附件1

export interface Marker {
	style: MarkerStyle;
	/** The ordinal the marker names (一 → 1). */
	ordinal: number;
	/** Length of the marker including trailing spaces, from the start of the examined string. */
	length: number;
	/** Canonical depth of the style: 1 for 一、, 2 for （一）… `di` and `annex` decide in context. */
	depth: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
const SP = '[ \\t\\u3000]*';

const PATTERNS: { style: MarkerStyle; re: RegExp; depth: number; cn: boolean }[] = [
	{ style: 'cn-dun', re: new RegExp(`^(${CN})[、，,．.]${SP}`), depth: 1, cn: true },
	// A bare numeral standing as a line of its own (`## 一` in the national report of 1960): the part's number.
	{ style: 'cn-dun', re: new RegExp(`^(${CN})${SP}$`), depth: 1, cn: true },
	{ style: 'cn-paren', re: new RegExp(`^[（(]${SP}(${CN})${SP}[)）][、，,．.]?${SP}`), depth: 2, cn: true },
	// …and with its opening bracket lost to a conversion that dropped each line's first character (兰州 2024: 一）全力以赴稳增长…).
	{ style: 'cn-paren', re: new RegExp(`^(${CN})[)）]${SP}(?=[\u4e00-\u9fff“])`), depth: 2, cn: true },
	// The same as one character, a parenthesized ideograph (㈠ 围绕总目标…, 博尔塔拉 2020 and 2025, 巴彦淖尔 2014).
	{ style: 'cn-paren', re: new RegExp(`^([㈠-㈩])[、，,．.]?${SP}`), depth: 2, cn: false },
	// "1." must not be a decimal ("1.2万") nor a date ("1.17").
	// PDF conversions put a space before the mark: "7 、加快行政事业单位的机构改革".
	{ style: 'ar-dot', re: new RegExp(`^(${DIGITS})${SP}(?:[、]|[.．](?![0-9０-９]))${SP}`), depth: 3, cn: false },
	{ style: 'ar-paren', re: new RegExp(`^[（(]${SP}(${DIGITS})${SP}[)）]${SP}`), depth: 4, cn: false },
	{ style: 'circled', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])[ \t\u3000]*/, depth: 5, cn: false },
	{ style: 'di', re: new RegExp(`^第(${CN})(?:[，,、：:]|部分|章|篇|节)${SP}`), depth: 0, cn: true },
	{
		style: 'annex',
		re: new RegExp(`^附\\s*件${SP}(${DIGITS}|${CN})?(?=$|[ \\t\\u3000：:、.．]|[^0-9０-９])[：:、.．]?${SP}`),
		depth: 1,
		cn: false
	}
];

function ordinalOf(s: string, cn: boolean): number {
	if (/^[①-⑳]$/.test(s)) return s.charCodeAt(0) - 0x2460 + 1;
	if (/^[㈠-㈩]$/.test(s)) return s.charCodeAt(0) - 0x3220 + 1;
	if (cn) return chineseOrdinal(s);
	return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The heading marker at the start of `s` (already left-trimmed), if any. */
export function readMarker(s: string): Marker | null {
	for (const p of PATTERNS) {
		const m = p.re.exec(s);
		if (!m) continue;
		const ordinal = m[1] ? ordinalOf(m[1], p.cn) : 1;
		if (Number.isNaN(ordinal)) continue;
		return { style: p.style, ordinal, length: m[0].length, depth: p.depth };
	}
	return null;
}

/** 一是 / 二是 … 十是, and 首先/其次/最后 are not headings: only the "N是" lead-ins. */
export const LEAD_ORDINAL = /^(?:[一二三四五六七八九十]{1,2})是(?![否非])/;

/** The first sentence (or clause, if the sentence is long) of a run-in heading. */
export function runInHeadingEnd(s: string, from: number, maxLen = 60): number {
	// The heading ends at the first sentence-final mark within reach.
	const re = /[。！？!?]/g;
	re.lastIndex = from;
	const m = re.exec(s);
	if (m && m.index - from <= maxLen) return m.index + 1;
	return -1;
}

/** The title of a glossary annex, with a prefix or a note: "资料：《政府工作报告》名词解释（按报告中出现顺序排列）". */
export const GLOSSARY_TITLE = /^(?=.{4,40}$)[^。！？!?；;]{0,12}(?:名词|词语|术语)(?:解释|注释|释义)[^。！？!?；;，,]{0,20}$/;

/** The title of the notes at the end of a report, on a line of its own ("注释：", 海南 2025): an annex like a glossary. */
export const NOTES_TITLE = /^(?:注释|注解|附注)[：:]?$/;

/** A line opening with 、 and then a heading's text: a 一、 whose numeral a conversion lost (合肥 2017 `、2016年工作回顾`). */
export const LOST_NUMERAL = /^、[^、，,。；;]/;
