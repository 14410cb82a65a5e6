/**
 * Third pass: decide what each block is — front matter of the speech (title,
 * date line, speaker), a heading, a body paragraph or a list entry — and
 * build the section tree, including the lead-in sub-headings that Chinese
 * reports put inside paragraphs (`**现代农业扩量提质。**`, 一是…, short lead
 * sentences such as 承载能力持续增强。). Works in text offsets; `parse.ts`
 * maps them back to the input.
 */
import {
	GLOSSARY_TITLE,
	LEAD_ORDINAL,
	LOST_NUMERAL,
	NOTES_TITLE,
	readMarker,
	runInHeadingEnd,
	type Marker,
	type MarkerStyle
} from './headings';
import { DeepestSweep } from './text/deepest';
import { HAN_CLASS } from './text/han';
import { chineseOrdinal } from './text/numerals';

/** At least two Han characters: a short line that can be a heading. */
const TWO_HAN = new RegExp(String.raw`[${HAN_CLASS}].*[${HAN_CLASS}]`, 'u');

export type BlockKind = 'front' | 'heading' | 'body' | 'item';

/** A block of the cleaned text (text offsets). */
export interface TextBlock {
	textStart: number;
	textEnd: number;
	text: string;
	/** Bold ranges, text offsets. */
	bold: [number, number][];
	/** A Markdown ATX heading line (`## …`). */
	atx?: boolean;
	/** A title split off its paragraph, one of a series (blocks.ts `splitTitledLines`). */
	titled?: boolean;
	kind?: BlockKind;
}

export type SectionKind = 'numbered' | 'unnumbered' | 'annex' | 'lead';

export interface OutlineSection {
	level: number;
	kind: SectionKind;
	style: MarkerStyle | null;
	ordinal: number | null;
	heading: string;
	/** Extent of the whole section, text offsets. */
	textStart: number;
	textEnd: number;
	/** Extent of the heading itself, text offsets. */
	headingStart: number;
	headingEnd: number;
	parent: number | null;
}

const NO_SENTENCE_PUNCT = /[，,。；;：:！!？?]/;
/** A 一、 heading line whose numeral a conversion lost (西宁 2016 `、科学谋划“十三五”，全面建成小康社会`), one sentence at most: a title of its own. */
const lostNumeralTitle = (t: string) => LOST_NUMERAL.test(t) && t.length >= 3 && t.length <= 60 && !/[。；;！!？?]/.test(t);
const HARD_END = /[。！？!?；;]/;
const DASH_LINE = /^(?:——|—|--|－－|――|-{3,})\s*[0-9０-９〇一二]{4}\s*年/;
/** A labelled title line of a web page (`原标题：政府工作报告`, 北京 2021): front matter of the speech. */
const FRONT_LABEL = /^(?:原标题|标题|题目)[：:][^。！？!?]{0,40}$/;

/** A title, name or unnumbered heading: short, no sentence punctuation. */
export function isShortLine(t: string): boolean {
	return t.length <= 40 && !NO_SENTENCE_PUNCT.test(t);
}

/** A section whose heading is a whole line without a number (a lead sentence, a short title line). */
function unnumbered(level: number, heading: string, b: TextBlock, textLength: number): OutlineSection {
	return {
		level,
		kind: 'unnumbered',
		style: null,
		ordinal: null,
		heading,
		textStart: b.textStart,
		textEnd: textLength,
		headingStart: b.textStart,
		headingEnd: b.textEnd,
		parent: null
	};
}

function stripEnd(s: string): string {
	return s.replace(/[。！？!?：:；;，,\s]+$/u, '').replace(/^(?:——|—)/, '');
}

interface OpenSection {
	index: number;
	level: number;
	style: MarkerStyle | null;
}

export function buildOutline(blocks: TextBlock[], textLength: number): OutlineSection[] {
	const sections: OutlineSection[] = [];
	const stack: OpenSection[] = [];
	let front = true;

	// The ordinal of the last level-2 （N） heading opened, wherever it was.
	let lastParen = 0;
	const openSection = (s: OutlineSection, style: MarkerStyle | null) => {
		if (s.level === 2 && style === 'cn-paren' && s.ordinal !== null) lastParen = s.ordinal;
		while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
		s.parent = stack.length ? stack[stack.length - 1].index : null;
		sections.push(s);
		stack.push({ index: sections.length - 1, level: s.level, style });
	};
	const inAnnex = () => stack.some((o) => sections[o.index].kind === 'annex');

	// Sections opened by a run-in 一是/第一， series promoted to level 2.
	const promoted = new Set<number>();
	const openRunIn = (b: TextBlock, level: number, style: MarkerStyle | null, ordinal: number) => {
		const end = runInEnd(b);
		// The block stays a paragraph (as a run-in heading's does): its text is read, compared and classified as before.
		b.kind = 'body';
		openSection(
			{
				level,
				kind: 'numbered',
				style,
				ordinal,
				heading: stripEnd(b.text.slice(0, end)),
				textStart: b.textStart,
				textEnd: textLength,
				headingStart: b.textStart,
				headingEnd: b.textStart + end,
				parent: null
			},
			style
		);
		promoted.add(sections.length - 1);
	};

	const ownLeads = ownLineLeads(blocks);
	// Level-2 sections opened by a title split off its paragraph: the next title of the series is their sibling.
	const titledAt = new Set<number>();
	// Blocks of a （一）… run that a later （一） tier of standalone headings shows to be a list (`restartedRun`).
	const listed = new Set<number>();
	// The ordinal of the last 一、 heading, and of the last item of a 一、 list restarted inside a sub-section.
	let lastCnDun = 0;
	let cnDunList = 0;

	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const t = b.text;
		const marker = readMarker(t);

		// A series of lead sentences on lines of their own ("五年来，我们…，综合实力迈上新台阶"),
		// right under a level-1 heading: its level-2 headings.
		if (!front && ownLeads.has(i)) {
			const top = stack[stack.length - 1];
			if (top && (top.level === 1 || (top.level === 2 && promoted.has(top.index) && sections[top.index].kind === 'unnumbered'))) {
				// A lead sentence: a heading in the outline, a paragraph in the text.
				b.kind = 'body';
				openSection(unnumbered(2, stripEnd(t), b, textLength), null);
				promoted.add(sections.length - 1);
				continue;
			}
		}

		// "一是…" opening a paragraph, in a series, right under a level-1
		// heading that has no （一）: the level-2 headings of that section.
		if (!front && !marker) {
			const shi = shiOrdinal(t);
			if (
				shi &&
				promotable(stack, sections, promoted, shi, null) &&
				(shi > 1 || (seriesFollows(blocks, i, SHI_TWO) && !parenTierAfter(blocks, i, shiOrdinal)))
			) {
				openRunIn(b, 2, null, shi);
				continue;
			}
		}

		if (front) {
			if (!marker && (DASH_LINE.test(t) || isShortLine(t) || FRONT_LABEL.test(t))) {
				b.kind = 'front';
				continue;
			}
			front = false;
		}

		if (marker && marker.style === 'cn-paren' && marker.ordinal === 1) for (const j of restartedRun(blocks, i)) listed.add(j);
		if (marker && listed.has(i)) {
			b.kind = 'item';
			continue;
		}

		if (marker) {
			// 一、二、… restarting inside a sub-section, sentences each ("国务院作出了以下规定。
			// 一、固定资产投资总规模…。二、…"), after the report's own 一、 headings: a list.
			// Likewise a 一、 restarting right inside one of them ("二、“七五”时期的基本任务…" followed by
			// "一、把改革放在首位…。二、到一九九〇年…。"): a 一、 section cannot hold its own 一、 headings.
			const top = stack[stack.length - 1];
			const inCnDun = !!top && top.level === 1 && top.style === 'cn-dun';
			if (
				marker.style === 'cn-dun' &&
				!inAnnex() &&
				HARD_END.test(t) &&
				top &&
				(top.level >= 2 || inCnDun) &&
				(marker.ordinal === 1 ? lastCnDun >= 1 : marker.ordinal === cnDunList + 1 && cnDunList > 0)
			) {
				cnDunList = marker.ordinal;
				b.kind = 'item';
				continue;
			}
			const kind = classifyNumbered(blocks, i, marker, stack, sections, inAnnex(), lastParen);
			// "第一，…。" paragraphs in a series right under a level-1 heading with no （一）.
			// Also after a 1、 tier of the same section, when a lead-in ending in a colon announces the series
			// ("…在我们的工作和开发建设中有四点体会：" / 第一，思想要大解放。…, 海南 1993): the 1、 items have ended.
			const afterList =
				kind === 'body' && marker.style === 'di' && marker.ordinal === 1 && colonLeadBefore(blocks, i) && onlyListsUnderTop(stack);
			if (
				kind === 'body' &&
				marker.style === 'di' &&
				(afterList || (levelOf(marker, stack) === 2 && promotable(stack, sections, promoted, marker.ordinal, 'di'))) &&
				(marker.ordinal > 1 || (seriesFollows(blocks, i, DI_TWO) && !parenTierAfter(blocks, i, diOrdinal)))
			) {
				openRunIn(b, 2, 'di', marker.ordinal);
				continue;
			}
			if (kind === 'item' || kind === 'body') {
				b.kind = kind;
				continue;
			}
			// An annex's own 一、 items (the year's 民生实事 by field) sit under its title.
			const level = marker.style === 'cn-dun' && inAnnex() ? 2 : levelOf(marker, stack);
			if (marker.style === 'annex') {
				// "附件1" on its own line is followed by the annex title: one heading.
				let headingEnd = b.textEnd;
				let heading = t;
				const next = blocks[i + 1];
				if (t.length <= 8 && next && isShortLine(next.text) && !readMarker(next.text)) {
					next.kind = 'heading';
					heading = `${t} ${next.text}`;
					headingEnd = next.textEnd;
					i++;
				}
				b.kind = 'heading';
				openSection(
					{
						level,
						kind: 'annex',
						style: 'annex',
						ordinal: marker.ordinal,
						heading,
						textStart: b.textStart,
						textEnd: textLength,
						headingStart: b.textStart,
						headingEnd,
						parent: null
					},
					'annex'
				);
				continue;
			}
			// "**一、过去五年工作回顾** 过去五年，…": bold closing before a space ends the heading; the rest is its text.
			const bold = leadingBoldEnd(b, marker.length);
			if (kind === 'heading' && bold < 0) {
				b.kind = 'heading';
				let heading = stripEnd(t);
				let headingEnd = b.textEnd;
				// A heading broken over two lines ("三、持续提升政府" / "治理效能和服务水平"):
				// a short unnumbered line right under it, followed by text, is its second half.
				const next = blocks[i + 1];
				const after = blocks[i + 2];
				// Not so after a whole title of the year's work ("二、2024年工作" / "总体要求和预期目标", 陕西 2024): the line
				// under it is its first sub-heading (level 2, below).
				const yearWork = YEAR_WORK.test(t.slice(marker.length));
				if (
					next &&
					!yearWork &&
					isShortLine(next.text) &&
					next.text.length <= 20 &&
					!readMarker(next.text) &&
					t.length + next.text.length <= 50 &&
					(!after || !isShortLine(after.text) || readMarker(after.text))
				) {
					next.kind = 'heading';
					heading += next.text;
					headingEnd = next.textEnd;
					i++;
				}
				openSection(
					{
						level,
						kind: 'numbered',
						style: marker.style,
						ordinal: marker.ordinal,
						heading,
						textStart: b.textStart,
						textEnd: textLength,
						headingStart: b.textStart,
						headingEnd,
						parent: null
					},
					marker.style
				);
				if (marker.style === 'cn-dun' && level === 1) lastCnDun = marker.ordinal;
				cnDunList = 0;
				if (yearWork && level === 1 && next && isShortLine(next.text) && TWO_HAN.test(next.text) && !readMarker(next.text)) {
					next.kind = 'heading';
					openSection(unnumbered(2, next.text, next, textLength), null);
					i++;
				}
			} else {
				// Run-in heading: the first sentence names the section, the rest is its text
				// (its first clause where a conversion lost the break after it, see `longRunIn`).
				let end = numberedHeadingEnd(t, marker.length);
				if (end < 0) end = clauseEnd(t, marker.length);
				if (bold > 0 && (end < 0 || bold < end)) end = bold;
				b.kind = 'body';
				openSection(
					{
						level,
						kind: 'numbered',
						style: marker.style,
						ordinal: marker.ordinal,
						heading: stripEnd(t.slice(0, end)),
						textStart: b.textStart,
						textEnd: textLength,
						headingStart: b.textStart,
						headingEnd: b.textStart + end,
						parent: null
					},
					marker.style
				);
				if (marker.style === 'cn-dun' && level === 1) lastCnDun = marker.ordinal;
				cnDunList = 0;
			}
			continue;
		}

		// A ——dash item is no part title. A short line wholly in brackets is a note ("（新华社北京3月13日电）", or a source line of two
		// groups: "（新华社一九七五年一月二十日讯）（《人民日报》19750121第1版）"), a bare date
		// ("二〇〇二年十二月三日") closes the speech: neither is a heading.
		if (
			(isShortLine(t) ||
				lostNumeralTitle(t) ||
				GLOSSARY_TITLE.test(t) ||
				NOTES_TITLE.test(t) ||
				atxSentence(b) ||
				boldPartTitle(blocks, i)) &&
			!dataLabel(blocks, i) &&
			!BRACKETED_NOTE.test(t) &&
			!DASH_ITEM.test(t) &&
			!DATE_ONLY.test(t) &&
			TWO_HAN.test(t) &&
			!unbalancedQuote(t)
		) {
			b.kind = 'heading';
			// The year's list of projects for the people (2022年10件惠民实事), followed by its 一、 items: an annex whose items
			// are its level 2, as under 附件 (大理 2022).
			if (PROJECT_LIST.test(t) && cnDunOneFollows(blocks, i)) openSection({ ...unnumbered(1, t, b, textLength), kind: 'annex' }, 'annex');
			// A series of titles split off their paragraphs, right under a level-1 heading: its level 2 (青岛 1998's review).
			else if (
				b.titled &&
				stack.length &&
				stack[0].level === 1 &&
				(stack.length === 1 || (stack.length === 2 && titledAt.has(stack[1].index)))
			) {
				openSection(unnumbered(2, t, b, textLength), null);
				titledAt.add(sections.length - 1);
			} else {
				// A title set over two or three lines with nothing between (邯郸 2023: 做好2023年工作 / 我们要撸起袖子加油干风雨无阻向前行 /
				// 在推进中国式现代化邯郸场景中填写优异成绩单; 雅安 2021: 2020年工作 / 和“十三五”成就回顾): one heading.
				const section = unnumbered(1, t, b, textLength);
				for (let k = 0; k < 2 && titleContinues(section.heading, blocks[i + 1], blocks[i + 2]); k++) {
					const next = blocks[++i];
					next.kind = 'heading';
					section.heading += ` ${next.text}`;
					section.headingEnd = next.textEnd;
				}
				openSection(section, null);
			}
			continue;
		}
		b.kind = 'body';
		// "…政务生态系统。（一）狠抓执行落实，着力打造担当型政府。深入践行…" with "（二）…" opening
		// the next paragraph: a slip ran the first heading of a （一） tier into the paragraph before it.
		const top = stack[stack.length - 1];
		const next = blocks[i + 1] ? readMarker(blocks[i + 1].text) : null;
		if (!front && top && top.level === 1 && !inAnnex() && next && next.style === 'cn-paren' && next.ordinal === 2) {
			const at = t.search(RUN_ON_FIRST);
			const m = at >= 0 ? readMarker(t.slice(at + 1)) : null;
			const end = m ? numberedHeadingEnd(t.slice(at + 1), m.length) : -1;
			if (m && m.style === 'cn-paren' && m.ordinal === 1 && end > 0) {
				const start = b.textStart + at + 1;
				openSection(
					{
						level: 2,
						kind: 'numbered',
						style: 'cn-paren',
						ordinal: 1,
						heading: stripEnd(t.slice(at + 1, at + 1 + end)),
						textStart: start,
						textEnd: textLength,
						headingStart: start,
						headingEnd: start + end,
						parent: null
					},
					'cn-paren'
				);
				cnDunList = 0;
			}
		}
	}

	closeSections(sections);
	addLeads(blocks, sections);
	return sections;
}

/**
 * Lead sentences standing on a line of their own, in a series: short (8–50
 * characters), one sentence (commas allowed, a full stop only at the end,
 * no colon), followed by a longer paragraph, and between two level-1
 * headings either at least two of them sharing their first two characters
 * (五年来，… ×5) or, where the segment has no （一）/第一，/一是 of its own,
 * at least three of any opening (浙江 1983's review:
 * 农业一马当先，农村形势一年比一年好。/ 工业生产持续发展，经济效益逐步提高。/
 * 教育、科学、文化事业有了新的发展。…). Linear: one pass, grouped by segment and prefix.
 */
function ownLineLeads(blocks: TextBlock[]): Set<number> {
	const out = new Set<number>();
	let groups = new Map<string, number[]>();
	let all: number[] = [];
	// A segment with its own second tier (（一）, 第一，, 一是) keeps only the shared-opening series.
	let tiered = false;
	const flush = () => {
		let shared = false;
		for (const g of groups.values())
			if (g.length >= 2) {
				shared = true;
				for (const i of g) out.add(i);
			}
		// A series with a shared opening (这一年，我们… ×6) is the series: a short first paragraph under one of its
		// leads (常德 2025: 巩固拓展主题教育成果，…，政府工作更加务实高效。) is no lead of its own.
		if (!tiered && !shared && all.length >= 3) for (const i of all) out.add(i);
		groups = new Map();
		all = [];
		tiered = false;
	};
	// Under a glossary's or the notes' title, lines are entries (兰州 2024: 项目“双进”】即项目引进、项目推进。), not leads.
	let glossary = false;
	for (let i = 0; i < blocks.length; i++) {
		const t = blocks[i].text;
		const m = readMarker(t);
		if ((m && (m.style === 'cn-dun' || m.style === 'annex')) || isShortLine(t)) {
			flush();
			glossary = GLOSSARY_TITLE.test(t) || NOTES_TITLE.test(t) || (glossary && !m);
			continue;
		}
		if (glossary) continue;
		if ((m && (m.style === 'cn-paren' || m.style === 'di')) || LEAD_ORDINAL.test(t)) tiered = true;
		if (m || t.length < 8 || t.length > 50 || LEAD_ORDINAL.test(t)) continue;
		if (/[。！？!?；;：:]/.test(t.slice(0, -1)) || /[：:，,、；;]$/.test(t) || !/[，,、]/.test(t)) continue;
		if (/^(?:各位代表|同志们|——|—|--|－－|――)/.test(t)) continue;
		const next = blocks[i + 1];
		if (!next || next.text.length <= t.length + 20 || readMarker(next.text)) continue;
		const key = t.slice(0, 2);
		const g = groups.get(key) ?? [];
		g.push(i);
		groups.set(key, g);
		// A line with figures is a line of data, not a lead sentence (national 1980's plan:
		// 工农业总产值，比1980年预计增长5.5%，… / 计划生育，人口自然增长率为1%。), unless its opening is shared.
		if (!/[0-9０-９]/.test(t)) all.push(i);
	}
	flush();
	return out;
}

/**
 * A bold line of its own with commas but no sentence end, followed by a 一、 series starting again at 一、:
 * the title of a part (甘肃 1994 `**不断深化改革，为提前完成“八五”计划而奋斗**`, then 一、…七、 again).
 */
function boldPartTitle(blocks: TextBlock[], i: number): boolean {
	const b = blocks[i];
	if (b.text.length > 50 || /[。！？!?；;：:]/.test(b.text) || !b.bold.some(([s, e]) => s <= b.textStart && e >= b.textEnd)) return false;
	for (let j = i + 1; j < blocks.length && j <= i + 30; j++) {
		const m = readMarker(blocks[j].text);
		if (m) return m.style === 'cn-dun' && m.ordinal === 1;
		if (isShortLine(blocks[j].text)) return false;
	}
	return false;
}

/**
 * A Markdown heading line (`## 首先报告2001年的工作。`, national 2002) of one short sentence: the author made
 * it a heading, though it ends in a full stop.
 */
function atxSentence(b: TextBlock): boolean {
	return !!b.atx && b.text.length <= 40 && !/[。！？!?；;：:]/.test(b.text.slice(0, -1));
}

/**
 * Where a bold run at the very start of a numbered block closes right before a space
 * ("**一、过去五年工作回顾** 过去五年，是…", 珠海 2012), relative to the block; else -1.
 */
function leadingBoldEnd(b: TextBlock, markerLength: number): number {
	const first = b.bold[0];
	if (!first || first[0] !== b.textStart) return -1;
	const end = first[1] - b.textStart;
	return end > markerLength + 1 && /^[ \t\u3000]/.test(b.text.slice(end, end + 1)) ? end : -1;
}

/** A numbered block opening on a title in bold (leadingBoldEnd) of at most 40 characters that ends no sentence. */
function boldTitle(b: TextBlock, markerLength: number): boolean {
	const end = leadingBoldEnd(b, markerLength);
	return end > 0 && end <= markerLength + 40 && !HARD_END.test(b.text.slice(markerLength, end).replace(/[。！？!?]$/, ''));
}

/**
 * Whether `next`, a short line right under the unnumbered title `title`, goes on with it: a title line itself (no number, no
 * sentence, no list or link mark) followed by text or by another such line, where neither is an annex's, a glossary's or a
 * list's title, and it names no year of its own unless it opens with 和/及/与 (`2019年十件民生实事` and
 * `2018年十件民生实事完成情况` are two titles; `“十三五”发展成就` / `和2020年工作回顾` one).
 */
function titleContinues(title: string, next: TextBlock | undefined, after: TextBlock | undefined): boolean {
	if (!next || !after || !isShortLine(next.text) || !TWO_HAN.test(next.text) || readMarker(next.text)) return false;
	const apart = (t: string) =>
		/^[-*>[【《]|附\s?[件录]|实事|名词|注释|注解|目录|报告$|^政府工作报告/.test(t) || GLOSSARY_TITLE.test(t) || NOTES_TITLE.test(t);
	if (apart(title) || apart(next.text) || DATE_ONLY.test(next.text) || BRACKETED_NOTE.test(next.text) || DASH_ITEM.test(next.text))
		return false;
	if (/(?:19|20)\d\d|[一二三四五六七八九十]五/.test(next.text) && !/^[和及与并]/.test(next.text)) return false;
	return !readMarker(after.text) || after.text.length > 40;
}

/** A line that opens a quotation it does not close ("围绕国家旅游局确定的“’96") runs on: it names nothing. */
function unbalancedQuote(t: string): boolean {
	let open = 0;
	for (const c of t) {
		if (c === '“' || c === '《') open++;
		else if ((c === '”' || c === '》') && open > 0) open--;
	}
	return open > 0;
}

/** The title of a list of the year's projects for the people (民生实事, 惠民实事, 为民办实事). */
const PROJECT_LIST = /实事/;

/** The next numbered block, within three, is a 一、. */
function cnDunOneFollows(blocks: TextBlock[], i: number): boolean {
	for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
		const m = readMarker(blocks[j].text);
		if (m) return m.style === 'cn-dun' && m.ordinal === 1;
	}
	return false;
}

/** A whole title of a year's work: 2024年工作, 2024年的工作, 2024年重点工作. */
const YEAR_WORK = /^[0-9０-９]{4}\s*年(?:的)?(?:主要|重点)?工作$/;

/** The next block opens with a year's figure ("1995年达到200亿元…"): the line above it is a row label of a plan table. */
const DATA_ROW = /^[0-9０-９]{4}\s*年[^，,。；;]{0,4}?(?:达到|为|增长|下降)\s*[0-9０-９]/;

/** A short label ("国内生产总值", 海南 1993) over a line of figures is a row of data, not a heading. */
function dataLabel(blocks: TextBlock[], i: number): boolean {
	const next = blocks[i + 1];
	return blocks[i].text.length <= 10 && !!next && DATA_ROW.test(next.text);
}

/** The block before is a paragraph of its own that ends in a colon: a lead-in announcing a series. */
function colonLeadBefore(blocks: TextBlock[], i: number): boolean {
	const prev = blocks[i - 1];
	return !!prev && !readMarker(prev.text) && /[：:]$/.test(prev.text);
}

/** A level-1 section is open with no level 2 under it, only deeper list sections (1、…). */
function onlyListsUnderTop(stack: OpenSection[]): boolean {
	const upper = stack.filter((o) => o.level <= 2);
	return upper.length > 0 && upper[upper.length - 1].level === 1 && stack[stack.length - 1].level >= 3;
}

/** A ——dash item, even a short bold one on a line of its own (厦门 2007 `**―― 加快构建和谐社会**`): level 3, not a part title. */
const DASH_ITEM = /^(?:——|――|—|--|－－)/;

/** A line of bracket groups only: a note or a source line, not a heading. */
const BRACKETED_NOTE = /^(?:[（(][^（()）]*[)）][ \t\u3000]*)+$/;

const DATE_ONLY =
	/^[（(]?[0-9０-９〇零一二三四五六七八九○Ｏ]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?[)）]?$/;

/** A Han character right before a time word that opens the first sentence (去年，今年，…). */
const TIME_WORD_OPENING = new RegExp(
	String.raw`[${HAN_CLASS}”](?=(?:去年|今年|一年来|五年来|过去(?:的)?[一二三四五]年|近年来|近几年)[，,])`,
	'u'
);

/**
 * Where a numbered run-in heading ends: its first sentence; or, when a
 * conversion lost the line break after it ("（一）国民经济持续、快速、健康发展去年，
 * 我市…"), where the text's first sentence opens with a time word.
 */
const PART_TITLE_END = /(?:回顾|安排|任务|部署)$/;

function numberedHeadingEnd(t: string, from: number): number {
	const end = runInHeadingEnd(t, from);
	// The time word may open a first sentence that ends within reach too, after a part's title (葫芦岛 2023:
	// 一、2022年工作回顾过去的一年，极不平凡、…。; 鄂州 2014: 二、2014年工作安排今年，是…).
	const head = t.slice(from, end >= 0 ? end : from + 40);
	const m = TIME_WORD_OPENING.exec(head);
	if (m && m.index >= 6 && !/[。！？；;：:]/.test(head.slice(0, m.index)) && (end < 0 || PART_TITLE_END.test(head.slice(0, m.index + 1))))
		return from + m.index + 1;
	return end;
}

const SHI_TWO = /^二[是要](?![否非求素点])/;
/** A sentence end followed by （一）: where a slip ran a heading into the paragraph before it. */
const RUN_ON_FIRST = /[。！？!?](?=[（(]一[）)])/;
const DI_TWO = /^第二[，,、：:]/;

/** The ordinal of an "N是" lead opening a block (一是 → 1), else 0. */
function shiOrdinal(t: string): number {
	const m = LEAD_ORDINAL.exec(t) ?? YAO_ORDINAL.exec(t);
	return m ? chineseOrdinal(m[0].slice(0, -1)) || 0 : 0;
}

/** 一要…二要… opening paragraphs, as 一是…二是… do (天津 2007's 一要切实做好扩大就业工作。…十要保持社会和谐稳定。; 48 reports). */
const YAO_ORDINAL = /^(?:[一二三四五六七八九十]{1,2})要(?![求素点])/;

/**
 * May an ordinal run-in open a level-2 section here? Directly under a level-1
 * section (nothing deeper open) for the first of a series, or right after its
 * promoted predecessor.
 */
function promotable(
	stack: OpenSection[],
	sections: OutlineSection[],
	promoted: Set<number>,
	ordinal: number,
	style: MarkerStyle | null
): boolean {
	const top = stack[stack.length - 1];
	if (!top) return false;
	if (ordinal === 1) return top.level === 1;
	return top.level === 2 && promoted.has(top.index) && top.style === style && sections[top.index].ordinal === ordinal - 1;
}

/**
 * Does the series go on: a later block of the same level-1 section opening
 * with 二是 / 第二，? A （一） or 一、 on the way means the section has its own
 * level 2 (or has ended). Looks at most 80 blocks ahead.
 */
function seriesFollows(blocks: TextBlock[], i: number, two: RegExp): boolean {
	// A 一、二、… list inside the first item ("国务院作出了以下规定。一、…") restarts at 一 and does not end it.
	let list = 0;
	for (let j = i + 1; j < blocks.length && j <= i + 80; j++) {
		const t = blocks[j].text;
		if (two.test(t)) return true;
		const m = readMarker(t);
		if (m && m.style === 'cn-dun' && HARD_END.test(t) && (m.ordinal === 1 || m.ordinal === list + 1) && (m.ordinal === 1 || list > 0)) {
			list = m.ordinal;
			continue;
		}
		if (m && (m.style === 'cn-dun' || m.style === 'cn-paren' || m.style === 'annex')) return false;
		if (!m && isShortLine(t)) return false;
	}
	return false;
}

/** The ordinal of a 第N， marker opening a block (第二， → 2), else 0. */
function diOrdinal(t: string): number {
	const m = readMarker(t);
	return m && m.style === 'di' ? m.ordinal : 0;
}

/**
 * Two numbering tiers in one level-1 section: a short run of 第一，…第四， (or
 * 一是…) principles, then the （一）（二）… tasks that span the rest of the
 * section ("做好今年工作，我们要注重把握以下四个方面：第一，…第四，…。重点做好
 * 以下八个方面工作。（一）…"). The （一） tier is the section's level 2; the run
 * before it stays in the text. Not so when the run goes on after （一） (its
 * next ordinal turns up there: the （一） are a list inside one of its items).
 * Looks to the end of the level-1 section (the next 一、, annex or unnumbered title line), at most 400 blocks.
 */
function parenTierAfter(blocks: TextBlock[], i: number, ordinalOf: (t: string) => number): boolean {
	let last = ordinalOf(blocks[i].text);
	let paren = 0;
	for (let j = i + 1; j < blocks.length && j <= i + 400; j++) {
		const t = blocks[j].text;
		const m = readMarker(t);
		if (m && (m.style === 'cn-dun' || m.style === 'annex')) break;
		// An unnumbered title line ends the section too (贵州 2009: **2009年政府工作主要任务** after the review's 第一，…第九，).
		if (!m && isShortLine(t) && TWO_HAN.test(t)) break;
		const o = ordinalOf(t);
		if (o === last + 1) {
			if (paren) return false;
			last = o;
			continue;
		}
		if (m && m.style === 'cn-paren' && m.ordinal === paren + 1) paren = m.ordinal;
	}
	return paren >= 2;
}

/**
 * A run of （一）（二）… paragraphs one right after another, each a paragraph of its own with no text under it,
 * followed in the same section by a （一） standing alone as a heading line: the run is a list of
 * principles and the later tier holds the headings (浙江 1982: （一）要两手抓，…。…（五）… then
 * （一）要振奋精神，继续前进，不能满足现状，故步自封 / （二）… with their paragraphs). The run's blocks, else none.
 */
function restartedRun(blocks: TextBlock[], i: number): number[] {
	const run = [i];
	while (run.length < 20) {
		const next = blocks[run[run.length - 1] + 1];
		const m = next ? readMarker(next.text) : null;
		if (!m || m.style !== 'cn-paren' || m.ordinal !== run.length + 1) break;
		run.push(run[run.length - 1] + 1);
	}
	if (run.length < 2 || run.some((j) => !HARD_END.test(blocks[j].text))) return [];
	for (let j = run[run.length - 1] + 1; j < blocks.length && j <= i + 400; j++) {
		const t = blocks[j].text;
		const m = readMarker(t);
		// A heading line of another kind (2022年重点工作, 那曲 2022) ends the section.
		if (!m && isShortLine(t)) return [];
		if (!m) continue;
		if (m.style !== 'cn-paren') return [];
		// The later （一） stands alone as a heading line, or opens a paragraph far longer than any of the run's (大理 2022: six
		// difficulties of about 110 characters each, then （一）坚定不移地走产业复兴之路。… of 900).
		if (m.ordinal === 1)
			return (!HARD_END.test(t) && t.length <= 60) || t.length >= 3 * Math.max(...run.map((j) => blocks[j].text.length)) ? run : [];
	}
	return [];
}

/** Where a run-in heading opening a block ends: its first sentence, else its bold lead, else its first clause. */
function runInEnd(b: TextBlock): number {
	const t = b.text;
	const end = runInHeadingEnd(t, 0, 80);
	if (end > 0) return end;
	const bold = b.bold.find(([s, e]) => s === b.textStart && e > s);
	if (bold) return bold[1] - b.textStart;
	const comma = t.slice(4).search(/[，,；;]/);
	return comma >= 0 ? comma + 5 : Math.min(t.length, 40);
}

/** Depth of a marker in context: fixed for the standard styles, relative for 第一，. */
function levelOf(marker: Marker, stack: OpenSection[]): number {
	if (marker.style !== 'di') return marker.depth;
	let deepest = 0;
	for (const o of stack) if (o.style !== 'di') deepest = Math.max(deepest, o.level);
	return deepest + 1;
}

type NumberedKind = 'heading' | 'run-in' | 'item' | 'body';

/** A heading whose text the published version leaves out (㈠ 围绕总目标、打好组合拳，坚决维护社会稳定（略）, 博尔塔拉 2020): no list entry. */
const ELIDED = /[（(]略[)）]$/;

/** Is a numbered block a heading (standalone or run-in) or an entry of a list? */
function classifyNumbered(
	blocks: TextBlock[],
	i: number,
	marker: Marker,
	stack: OpenSection[],
	sections: OutlineSection[],
	annex: boolean,
	lastParen = 0
): NumberedKind {
	const t = blocks[i].text;
	if (marker.style === 'annex') return 'heading';
	// Numbered lines inside an annex are the annex's list.
	if (annex && marker.style !== 'cn-dun') return 'item';
	// A style that would sit at the level of a differently numbered heading we
	// are inside (（一） under 第一，) numbers a list, not a section.
	const level = marker.style === 'cn-dun' && annex ? 2 : levelOf(marker, stack);
	const sibling = stack.some((o) => o.level === level && o.style === marker.style);
	if (!sibling && stack.some((o) => o.level === level && o.style !== null && o.style !== marker.style)) return 'item';
	// Entries of a list end with a semicolon.
	if (/[；;]$/.test(t)) return 'item';
	// A heading is followed by its text; numbered lines of one sentence each,
	// one after another with nothing between, are a list.
	const oneLiner = (b: TextBlock | undefined) => {
		if (!b || ELIDED.test(b.text)) return false;
		const m = readMarker(b.text);
		if (!m || m.style !== marker.style) return false;
		const firstEnd = b.text.search(HARD_END);
		return b.text.length <= 60 && (firstEnd < 0 || firstEnd >= b.text.length - 1);
	};
	const inList = () => (blocks[i - 1]?.kind === 'item' && oneLiner(blocks[i - 1])) || oneLiner(blocks[i + 1]);
	const standalone = !HARD_END.test(t) && t.length <= 60;
	if (standalone) return !ELIDED.test(t) && inList() ? 'item' : 'heading';
	// "第一，坚持解放思想…。" opens an enumerated paragraph; only a 第一， line of its own is a heading.
	if (marker.style === 'di') return 'body';
	// "**一、2011年工作回顾** 过去的一年，在党中央…（a first sentence past a heading's reach）": a title in bold, closed before
	// a space, is a run-in heading whatever the length of the sentence after it (宁夏 2012).
	if ((marker.style === 'cn-dun' || marker.style === 'cn-paren') && boldTitle(blocks[i], marker.length)) return 'run-in';
	const end = numberedHeadingEnd(t, marker.length);
	if (end < 0) return longRunIn(blocks, i, marker, stack, sections, lastParen) ? 'run-in' : 'item';
	if (end >= t.length && oneLiner(blocks[i]) && inList()) return 'item';
	// "1. 制造业三年攻坚突破行动：聚焦…" — a colon lead names a list entry, not a section.
	const head = t.slice(marker.length, end);
	if (/[：:]/.test(head) && head.indexOf('：') < 20 && head.indexOf(':') < 20) return 'item';
	return end >= t.length ? 'heading' : 'run-in';
}

/** A numbered paragraph long enough to hold a heading and its text, followed by a paragraph of its own section. */
function headedParagraph(blocks: TextBlock[], i: number): boolean {
	const next = blocks[i + 1];
	return blocks[i].text.length > 60 && !!next && !readMarker(next.text) && !isShortLine(next.text) && !LEAD_ORDINAL.test(next.text);
}

/**
 * A numbered paragraph whose first sentence runs on past a heading's length
 * ("（一）以加快动能转换为路径，推动经济发展高质量围绕构建自主可控…。"): a
 * conversion lost the break after its heading. It is a run-in heading, not a
 * list entry, when it is long, has paragraphs of its own after it, and is one
 * of a numbered series of such paragraphs: the sibling before it is a heading
 * of the same style (ordinal − 1), or — for the first — the next numbered
 * block of its style within 80 blocks is ordinal 2 and also so shaped.
 */
function longRunIn(
	blocks: TextBlock[],
	i: number,
	marker: Marker,
	stack: OpenSection[],
	sections: OutlineSection[],
	lastParen: number
): boolean {
	if (marker.style !== 'cn-paren' && marker.style !== 'cn-dun') return false;
	if (!headedParagraph(blocks, i)) return false;
	// A （N） tier that is the report's top tier goes on across the 一、 sections between (浙江 1985: （三） before 一、…四、,
	// then （四） inside 四、): the last level-2 （N） heading anywhere numbered N − 1.
	if (marker.style === 'cn-paren' && marker.ordinal > 1 && lastParen === marker.ordinal - 1) return true;
	if (marker.ordinal > 1) {
		const level = levelOf(marker, stack);
		const sib = [...stack].reverse().find((o) => o.level === level);
		return !!sib && sib.style === marker.style && sections[sib.index].ordinal === marker.ordinal - 1;
	}
	for (let j = i + 1; j < blocks.length && j <= i + 80; j++) {
		const m = readMarker(blocks[j].text);
		if (!m) continue;
		if (m.style === marker.style) return m.ordinal === 2 && headedParagraph(blocks, j);
		if (m.style === 'cn-dun' || m.style === 'annex') return false;
	}
	return false;
}

/** Words that open the text of a section, not its heading: where a lost break after a two-clause heading was. */
const BODY_OPENER = new RegExp(
	String.raw`[${HAN_CLASS}”](?=(?:按照|围绕|紧紧围绕|坚持|牢固树立|始终|立足|全年|今年|去年|一年来)[${HAN_CLASS}“])`,
	'u'
);

/**
 * The end of a run-in heading whose break was lost: where the text opens after
 * its second clause (…，推动经济发展高质量|围绕构建…), else its first clause, at
 * most 40 characters on.
 */
function clauseEnd(t: string, from: number): number {
	const head = t.slice(from, from + 40);
	const comma = head.slice(4).search(/[，,；;]/);
	if (comma >= 0) {
		const rest = head.slice(4 + comma + 1);
		const m = BODY_OPENER.exec(rest);
		if (m && m.index >= 3 && !/[，,；;。]/.test(rest.slice(0, m.index))) return from + 4 + comma + 1 + m.index + 1;
		return from + 4 + comma;
	}
	return Math.min(t.length, from + 40);
}

/** A section runs until the next section at its level or above. */
function closeSections(sections: OutlineSection[]) {
	// One pass with a stack of the sections still open (the first later one at their level or above closes them): O(sections).
	const open: number[] = [];
	for (let j = 0; j < sections.length; j++) {
		while (open.length && sections[j].level <= sections[open[open.length - 1]].level) sections[open.pop()!].textEnd = sections[j].textStart;
		open.push(j);
	}
}

interface LeadCandidate {
	start: number;
	end: number; // end of the heading text (after its 。)
	type: 'bold' | 'ordinal' | 'initial' | 'mid';
	block: number;
}

/**
 * Mid-paragraph lead-ins state a result: a subject, then how it went
 * (承载能力持续增强, 社会保障日益健全, 公共服务优化提升). An imperative
 * (保持工业经济平稳运行) is a sentence of the paragraph, not its sub-heading.
 */
const RESULT_LEAD = new RegExp(
	String.raw`^[${HAN_CLASS}“”]{2,}?(?:持续|明显|稳步|不断|日益|全面|加快|总体|显著|有效|进一步|更加|加速|大幅|逐步|稳中|有力|向好|提升|增强|改善|优化|健全|突破|提质|见效)`,
	'u'
);

/** Function words that mark a short sentence as prose, not a lead-in heading. */
const PROSE_WORDS = /[是的了我你他她它这這那吗呢吧啊么麼]/;

function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	const re = /[。！？!?]+[”’」』）)]*/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) ends.push(m.index + m[0].length);
	return ends;
}

function leadCandidates(b: TextBlock, index: number, skip: number): LeadCandidate[] {
	const out: LeadCandidate[] = [];
	const t = b.text;
	const ends = sentenceEnds(t);
	const from = skip;
	const starts = [skip, ...ends.filter((e) => e > skip && e < t.length)];
	// The first bold range starting at each offset (non-empty): one lookup per sentence, not a scan.
	const boldAt = new Map<number, [number, number]>();
	for (const r of b.bold) if (r[1] > r[0] && !boldAt.has(r[0])) boldAt.set(r[0], r);
	// `starts` rise, so the end of each sentence is found by a cursor over `ends`.
	let ei = 0;
	for (const s of starts) {
		while (ei < ends.length && ends[ei] <= s) ei++;
		const e = ei < ends.length ? ends[ei] : t.length;
		const sentence = t.slice(s, e);
		const abs = b.textStart + s;
		// Bold at the start of a sentence: the author marked a lead-in.
		const bold = boldAt.get(abs);
		if (bold) {
			const boldEnd = bold[1] - b.textStart;
			// "**一是**主要指标…" — bold ordinal only: the lead is the whole sentence.
			const ordinalOnly = LEAD_ORDINAL.test(t.slice(s, boldEnd)) && boldEnd - s <= 3;
			// The mark right after the bold ("**…**。") belongs to the lead; a word does not.
			const markAfter = /[。！？!?；;，,：:]/.test(t[boldEnd] ?? '') ? 1 : 0;
			const headEnd = ordinalOnly ? e : Math.max(boldEnd, Math.min(e, boldEnd + markAfter));
			// Bold that stops mid-sentence ("**必须牢牢把握**稳进提质…") stresses words; it names no section.
			const endsClause = ordinalOnly || boldEnd >= e || /[。！？!?；;，,：:”’」』）)]$/.test(t.slice(s, boldEnd)) || markAfter === 1;
			if (endsClause && headEnd - s <= 60)
				out.push({ start: abs, end: b.textStart + headEnd, type: ordinalOnly ? 'ordinal' : 'bold', block: index });
			continue;
		}
		if (LEAD_ORDINAL.test(sentence)) {
			if (s === skip || /[。！？!?]/.test(t[s - 1] ?? '')) {
				let headEnd = e;
				if (e - s > 60) {
					const comma = t.slice(s, e).search(/[，,；;]/);
					headEnd = comma > 0 ? s + comma + 1 : e;
				}
				out.push({ start: abs, end: b.textStart + headEnd, type: 'ordinal', block: index });
			}
			continue;
		}
		const body = sentence.replace(/[。！？!?”’」』）)]+$/, '');
		if (e >= t.length || !/[。]$/.test(sentence)) continue;
		if (/[，,；;：:"（(0-9０-９]/.test(body) || PROSE_WORDS.test(body)) continue;
		if (s === from && body.length >= 4 && body.length <= 24) {
			out.push({ start: abs, end: b.textStart + e, type: 'initial', block: index });
		} else if (s !== from && body.length >= 4 && body.length <= 10 && RESULT_LEAD.test(body)) {
			out.push({ start: abs, end: b.textStart + e, type: 'mid', block: index });
		}
	}
	return out;
}

function addLeads(blocks: TextBlock[], sections: OutlineSection[]) {
	const byParent = new Map<number | null, LeadCandidate[]>();
	const byHeadingStart = new Map<number, OutlineSection>();
	for (const s of sections) if (s.kind !== 'lead' && !byHeadingStart.has(s.headingStart)) byHeadingStart.set(s.headingStart, s);
	// The deepest non-lead section around each body block (blocks come in text order).
	const containing = new DeepestSweep(sections, { skip: (s) => s.kind === 'lead' });
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'body') continue;
		// Skip a run-in heading at the block's start (a promoted series heading may be the whole block).
		const own = byHeadingStart.get(b.textStart);
		const skip = own ? Math.min(own.headingEnd - b.textStart, b.text.length) : 0;
		const cands = leadCandidates(b, i, skip);
		if (!cands.length) continue;
		const parent = containing.indexAt(b.textStart);
		const list = byParent.get(parent) ?? [];
		list.push(...cands);
		byParent.set(parent, list);
	}

	const leads: OutlineSection[] = [];
	for (const [parent, cands] of byParent) {
		// An 一是/二是 series counts only when it starts at 一是 in sentence position.
		const ordinalSeries = cands.some(
			(c) => c.type === 'ordinal' && /^[一]是/.test(blocks[c.block].text.slice(c.start - blocks[c.block].textStart))
		);
		// Mid-sentence candidates per block, counted once (not a filter per candidate).
		const mids = new Map<number, number>();
		for (const x of cands) if (x.type === 'mid') mids.set(x.block, (mids.get(x.block) ?? 0) + 1);
		const midOk = (block: number) => (mids.get(block) ?? 0) >= 2;
		const nonMid = cands.length - [...mids.values()].reduce((a, n) => a + n, 0);
		const accepted = cands.filter((c) => {
			if (c.type === 'bold') return true;
			if (c.type === 'ordinal') return ordinalSeries;
			// Mid-paragraph short sentences only as a series within one paragraph.
			if (c.type === 'mid') return midOk(c.block);
			// A series of mid candidates in the same block (the old `some(mid && midOk)`).
			return nonMid >= 2 || midOk(c.block);
		});
		const level = parent === null ? 3 : Math.max(sections[parent].level + 1, 3);
		const parentEnd = parent === null ? Infinity : sections[parent].textEnd;
		accepted.sort((a, b) => a.start - b.start);
		for (let k = 0; k < accepted.length; k++) {
			const c = accepted[k];
			const block = blocks[c.block];
			// A lead-in runs to the next lead-in or the end of its paragraph.
			const nextStart = k + 1 < accepted.length ? Math.min(accepted[k + 1].start, block.textEnd) : Math.min(parentEnd, block.textEnd);
			leads.push({
				level,
				kind: 'lead',
				style: null,
				ordinal: null,
				heading: stripEnd(block.text.slice(c.start - block.textStart, c.end - block.textStart)),
				textStart: c.start,
				textEnd: nextStart,
				headingStart: c.start,
				headingEnd: c.end,
				parent
			});
		}
	}
	if (!leads.length) return;
	// A lead also ends where the next section of any kind starts (binary search over the starts).
	const starts = sections.map((s) => s.textStart).sort((a, b) => a - b);
	for (const l of leads) {
		let lo = 0;
		let hi = starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid] <= l.textStart) lo = mid + 1;
			else hi = mid;
		}
		if (lo < starts.length && starts[lo] < l.textEnd) l.textEnd = starts[lo];
		if (!Number.isFinite(l.textEnd)) l.textEnd = blocks[blocks.length - 1].textEnd;
	}
	// Merge leads into document order, remapping parent indices.
	const merged = [...sections.map((s, i) => ({ s, old: i as number | null })), ...leads.map((s) => ({ s, old: null }))];
	merged.sort((a, b) => a.s.textStart - b.s.textStart || a.s.level - b.s.level);
	const remap = new Map<number, number>();
	merged.forEach((m, i) => {
		if (m.old !== null) remap.set(m.old, i);
	});
	sections.length = 0;
	for (const m of merged) {
		m.s.parent = m.s.parent === null ? null : (remap.get(m.s.parent) ?? null);
		sections.push(m.s);
	}
}
