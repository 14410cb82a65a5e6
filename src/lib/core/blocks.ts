/**
 * Second pass: join content lines into blocks — paragraphs and standalone
 * lines — undoing the line breaks that PDF, newspaper and wiki conversions
 * put in the middle of sentences (…主要指标增幅在⏎⏎全省位次…). The rule is
 * about the text, not the layout: a line that stops mid-sentence goes on in
 * the next line, unless the next line visibly starts something new.
 */
import type { ContentLine } from './lines';
import { GLOSSARY_TITLE, LOST_NUMERAL, readMarker } from './headings';

export interface RawBlock {
	lines: ContentLine[];
	/** The block is one Markdown ATX heading line (`## 首先报告2001年的工作。`). */
	atx?: boolean;
	/** The block is a title split off its paragraph, one of a series (`splitTitledLines`). */
	titled?: boolean;
}

/** Characters that cannot begin a new paragraph: the line continues the previous one. */
const CONTINUATION_START = /^[，,。．、；;：:？?！!）)》」』”’%％]/;
/** Sentence punctuation: a line with none of it is a title, a heading or a name, not broken prose. */
const SENTENCE_PUNCT = /[，,。；;：:！!？?]/;
const CLOSER_CHARS = '”’」』）)】》]';

/** Does the text end a sentence (or a clause that may end a line, like a colon)? */
export function endsSentence(text: string): boolean {
	// From the end by hand: a `[…]+$` regex retries from every closer of a long run.
	let end = text.length;
	while (end > 0 && CLOSER_CHARS.includes(text[end - 1])) end--;
	if (end < text.length && end > 0 && /[。！？!?…]/.test(text[end - 1])) return true;
	return text.length > 0 && /[。！？!?：:；;…]/.test(text[text.length - 1]);
}

/** A dash line: "——2020年5月26日在聊城市第十七届人民代表大会第四次会议上". */
/** The date line under a title: a dash, then the date ("——2020年5月26日在…"). */
const DASH_LINE = /^(?:——|—|--|－－|――|-{3,})\s*[0-9０-９〇一二]{4}\s*年/;
/** The salutation that opens the speech: 各位代表：, 各位代表，同志们：. */
const SALUTATION = /^各位代表(?:[，,、][^。！？!?]{0,12})?[：:！!]/;
const DASH_LINE_DONE = /(?:会议|大会|会)上(?:的(?:报告|讲话))?[)）]?$|[)）]$/;

export interface JoinContext {
	input: string;
	/** Kept text of a line (markup and inline chrome cut out). */
	lineText(line: ContentLine): string;
}

/** Function words a heading or title never ends with. */
const FUNCTION_END = /(?:[是的和与及在了把将对并或被让使]|^[一二三四五六七八九十]要)$/;

/** Characters that cannot end a paragraph: an opening bracket or quote, a comma. */
const OPENER_END = /[“‘《（(【「『、，,]$/;

/**
 * Decide whether `next` continues the open block. `after` is the text of the
 * line after `next`, for wiki pages that put a link on a line of its own
 * ("…已經締結了⏎友好同盟互助條約⏎。蘇聯根據…").
 */
interface Layout {
	/** Blank lines separate paragraphs: a bare line break is not a paragraph break. */
	blankStyle: boolean;
	/** The width a converter wrapped lines at, if it did: a line that long runs on. */
	wrapWidth: number | null;
	/** Starts of lines that are lead sentences of a series ("五年来，我们…，综合实力迈上新台阶"). */
	leadLines: Set<number>;
}

/**
 * Lines that read as lead sentences standing alone: 8–50 characters, a comma
 * inside, no sentence mark, not ending on a comma or an opener, and at least
 * two of them in the document opening with the same two characters.
 */
function leadLinesOf(lines: ContentLine[], texts: string[], wrapWidth: number | null): Set<number> {
	const groups = new Map<string, number[]>();
	for (let i = 0; i + 1 < lines.length; i++) {
		const t = texts[i];
		if (t.length < 8 || t.length > 50 || (wrapWidth && t.length >= wrapWidth - 1)) continue;
		if (!lines[i + 1].blankBefore || !/[，,]/.test(t) || /[。！？!?；;：:]/.test(t) || OPENER_END.test(t) || FUNCTION_END.test(t)) continue;
		if (readMarker(t) || /^(?:——|—|--|－－|――)/.test(t)) continue;
		const key = t.slice(0, 2);
		const g = groups.get(key) ?? [];
		g.push(lines[i].start);
		groups.set(key, g);
	}
	const out = new Set<number>();
	for (const g of groups.values()) if (g.length >= 2) for (const s of g) out.add(s);
	return out;
}

function continues(block: RawBlock, blockText: string, next: ContentLine, nextText: string, after: string | null, layout: Layout): boolean {
	const { blankStyle, wrapWidth } = layout;
	// A line opening with 、 after a finished sentence and a blank line is a 一、 heading whose numeral a conversion lost
	// (合肥 2017 `、2016年工作回顾`, 太原 2002 `、本届政府五年工作回顾`): nothing continues a sentence that has ended.
	if (LOST_NUMERAL.test(nextText) && next.blankBefore && /[。！？!?]$/.test(blockText)) return false;
	if (CONTINUATION_START.test(nextText)) return true;
	// The salutation opens the speech and a dash date line stands under the title: neither carries on the line before
	// (`原标题：政府工作报告` / `——二〇二一年一月二十三日在…会议上` / `北京市市长 陈吉宁` / `各位代表：`, 北京 2021: one block before).
	if (SALUTATION.test(nextText) || (DASH_LINE.test(nextText) && !DASH_LINE.test(blockText))) return false;
	if (endsSentence(blockText)) return false;
	// A glossary title on a line of its own ("资料：《政府工作报告》名词解释…") stands alone.
	if (GLOSSARY_TITLE.test(nextText) || (block.lines.length === 1 && GLOSSARY_TITLE.test(blockText))) return false;
	// A title set in bold on a line of its own ("**1991年政府工作报告**") stands alone.
	if (
		block.lines.length === 1 &&
		wholeBold(block.lines[0]) &&
		blockText.length >= 6 &&
		blockText.length <= 80 &&
		!FUNCTION_END.test(blockText)
	)
		return false;
	// A lead sentence of a series on a line of its own, a blank line after it.
	if (block.lines.length === 1 && next.blankBefore && layout.leadLines.has(block.lines[0].start)) return false;
	// A numbered heading standing whole on its line ends a paragraph that a slip left on a comma
	// (…繁荣富裕的社会主义新农村，⏎（二）集中力量，抓好以能源、交通为中心的重点建设。).
	if (/[，,]$/.test(blockText) && numberedHeadingLine(nextText)) return false;
	if (OPENER_END.test(blockText)) return true;
	if (next.indented) return false;
	const nextMarker = readMarker(nextText);
	if (nextMarker) return false;
	// Where blank lines separate paragraphs, a bare line break inside unfinished
	// text is a wiki link or a bold run on a line of its own: the sentence goes on
	// (…六中全会⏎正式明确⏎习近平⏎总书记的核心地位…; 一是⏎去年出台的…).
	if (blankStyle && !next.blankBefore && !DASH_LINE.test(blockText) && !DASH_LINE.test(nextText)) return true;
	// A title never ends on a function word: "一是", "…已經締結了".
	if (FUNCTION_END.test(blockText) && !readMarker(blockText)) return true;
	if (DASH_LINE.test(blockText)) {
		return block.lines.length < 3 && nextText.length <= 30 && !DASH_LINE_DONE.test(blockText);
	}
	// A line filled to the wrap width was cut by the converter, not by the author.
	const lastLine = block.lines[block.lines.length - 1];
	if (wrapWidth && lastLine.end - lastLine.start >= wrapWidth - 1) return true;
	const marker = readMarker(blockText);
	// A numbered line with no sentence end inside is a standalone heading
	// ("第一，全国动员，大办农业", "（一）奋力落实…，城市核心功能进一步强化").
	if ((marker || (block.lines.length === 1 && LOST_NUMERAL.test(blockText))) && !/[。！？!?；;]/.test(blockText) && blockText.length <= 50)
		return false;
	// Up to 60 when a blank line follows it ("七、不断扩大对外开放，…充分发挥“三大需求”在加快海口发展中的重大作用", 海口 2004).
	if (
		marker &&
		marker.style !== 'di' &&
		next.blankBefore &&
		!/[。！？!?；;，,]/.test(blockText.slice(-1)) &&
		!/[。！？!?；;]/.test(blockText) &&
		blockText.length <= 60
	)
		return false;
	// A short line with no sentence punctuation is a title, heading or name —
	// unless the text visibly runs on through the next line.
	if (!SENTENCE_PUNCT.test(blockText) && blockText.length <= 40) {
		const linkLike = !SENTENCE_PUNCT.test(nextText) && nextText.length <= 40;
		return linkLike && after !== null && CONTINUATION_START.test(after);
	}
	// The block stops mid-sentence: the next line carries it on.
	return true;
}

/** A line that is a （一）/一、 heading and nothing else: one sentence at most, ending the line. */
function numberedHeadingLine(t: string): boolean {
	const m = readMarker(t);
	if (!m || (m.style !== 'cn-paren' && m.style !== 'cn-dun') || t.length > 60) return false;
	const stop = t.search(/[。！？!?；;]/);
	return stop < 0 || stop === t.length - 1;
}

/** Is the whole line bold (`**…**`)? */
function wholeBold(line: ContentLine): boolean {
	return line.bold.some(([s, e]) => s <= line.start && e >= line.end);
}

/**
 * The rules look at a block's start, its end and (for short blocks) its
 * length: a long block keeps only its head and tail, so that testing them
 * does not rescan a growing block per line (an 8,000-row table joined into
 * one paragraph took 12 s).
 */
function capped(s: string): string {
	return s.length > 1024 ? s.slice(0, 256) + s.slice(-256) : s;
}

/**
 * A numbered heading run onto the end of a line after a full stop or a colon: `…重点工作：（一）推动经济稳中有进`,
 * `…确保财政平稳运行。 四、统筹城乡发展，打造宜居美丽新朝阳`. The tail holds no sentence end, no bracket, no markup
 * and no percent sign (`…。二、三产业增加值占生产总值的比重由78.7%提高到84.3%` is a sentence, not a heading).
 */
const RUN_ON_HEADING =
	/[。：:！？!?]\s*((?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^。；;：:！!？?（）()*%％]{2,40})$/;

/**
 * Split off a numbered heading (（N） or N、) run onto the end of a line (襄阳 2019: `…工作：（一）推动经济稳中有进`,
 * `…更便利。（二）培育壮大经济新动能`; 朝阳 2018: `…确保财政平稳运行。 四、统筹城乡发展，打造宜居美丽新朝阳`; 上海
 * 2004: `…。一、2003年工作的回顾`), when its number fits the report's series of that style: N+1 or N−1 opens a line or is run
 * on too. The tail must stand in the input unchanged (no markup inside), so that both parts keep their
 * offsets.
 */
function splitRunOnHeadings(lines: ContentLine[], texts: string[], input: string): void {
	const key = (m: { style: string; ordinal: number }, d = 0) => `${m.style} ${m.ordinal + d}`;
	const opens = new Set<string>();
	const tails = new Map<number, { style: string; ordinal: number }>();
	for (let i = 0; i < lines.length; i++) {
		const m = readMarker(texts[i]);
		if (m && (m.style === 'cn-paren' || m.style === 'cn-dun')) opens.add(key(m));
		const t = RUN_ON_HEADING.exec(texts[i]);
		const tm = t && readMarker(t[1]);
		if (t && tm && input.endsWith(t[1], lines[i].end)) tails.set(i, tm);
	}
	if (!tails.size) return;
	const runOn = new Set([...tails.values()].map((m) => key(m)));
	for (let i = lines.length - 1; i >= 0; i--) {
		const m = tails.get(i);
		if (!m || ![1, -1].some((d) => opens.has(key(m, d)) || runOn.has(key(m, d)))) continue;
		const tail = RUN_ON_HEADING.exec(texts[i])![1];
		splitLine(lines, texts, i, lines[i].end - tail.length, input);
	}
}

/**
 * Cut line i in two at input offset `at` (the whitespace before it stays between the two): the second part starts a
 * block of its own. Both parts keep their offsets, cuts and bold spans.
 */
function splitLine(lines: ContentLine[], texts: string[], i: number, at: number, input: string): void {
	const restText = input.slice(at, lines[i].end);
	const text = texts[i];
	lines.splice(i, 1, ...cutLine(lines[i], [at], input));
	texts.splice(i, 1, text.slice(0, text.length - restText.length).trimEnd(), restText);
}

/**
 * A whole report on one line, its paragraph breaks turned into spaces (太原 2019: 15,000 characters, `…提出意见。 **一、2018年工作回顾**
 * 2018年是…`, a conversion or a paste that kept no line break): the line is cut after every sentence end followed by
 * whitespace. Only a line of at least COLLAPSED_MIN characters with at least COLLAPSED_BREAKS such breaks: in an ordinary
 * paragraph a space after a full stop is a typist's habit, not a paragraph break (none of the other 2,907 gov reports has
 * such a line). One scan of the line; the parts keep their offsets.
 */
const COLLAPSED_MIN = 3000;
const COLLAPSED_BREAKS = 5;
const COLLAPSED_BREAK = /[。！？!?](?:\*\*|[”’」』）)])*[ \u3000\t]+(?=\S)/g;
/**
 * In such a line, a 一、 or （一） right after a sentence end or a colon opens a part (`…之路！二、2019年工作安排`, `…以下工作：**（一）全力…`),
 * and the salutation 各位代表： opens the speech (`代市长 李晓波各位代表：现在，…`: the speaker's line before it).
 */
const COLLAPSED_HEAD =
	/[。！？!?：:](?=(?:\*\*)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]))|[\u4e00-\u9fff](?=各位代表[：:])/g;
/** …and a numbered title with no punctuation, then a space, ends there (`二、2019年工作安排 2019年是…`). */
const COLLAPSED_TITLE =
	/(?:\*\*)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^，,。；;：:！!？?\s*]{2,30}(?:\*\*)?[ \u3000\t]+(?=\S)/y;

function splitCollapsedLines(lines: ContentLine[], texts: string[], ctx: JoinContext): void {
	const { input } = ctx;
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i];
		if (line.end - line.start < COLLAPSED_MIN) continue;
		const raw = input.slice(line.start, line.end);
		const breaks: number[] = [];
		for (const m of raw.matchAll(COLLAPSED_BREAK)) breaks.push(m.index + m[0].length);
		if (breaks.length < COLLAPSED_BREAKS) continue;
		for (const m of raw.matchAll(COLLAPSED_HEAD)) breaks.push(m.index + 1);
		const starts = [...new Set([0, ...breaks])].sort((a, b) => a - b);
		for (const at of starts) {
			COLLAPSED_TITLE.lastIndex = at;
			const m = COLLAPSED_TITLE.exec(raw);
			if (m) breaks.push(at + m[0].length);
		}
		const cuts = [...new Set(breaks)]
			.filter((at) => at > 0 && at < raw.length)
			.sort((a, b) => a - b)
			.map((at) => line.start + at);
		const parts = cutLine(line, cuts, input);
		// Markup inside the parts (**bold**) makes the kept text shorter than the input: each part's is read anew.
		replaceAt(lines, i, parts);
		replaceAt(texts, i, parts.map(ctx.lineText));
	}
}

/** Replace item i of a list by several, in place (no spread into call arguments: a line may give 100,000s of parts). */
function replaceAt<T>(list: T[], i: number, items: T[]): void {
	const tail = list.splice(i + 1);
	list.length = i;
	for (const x of items) list.push(x);
	for (const x of tail) list.push(x);
}

/**
 * Cut a line at the given input offsets (ascending, inside the line): each part but the first starts a block of its own,
 * the whitespace before a cut stays between the parts. One sweep over the line's cuts and bold spans (both sorted), so
 * a line cut in many places costs its length, not its length times the number of parts.
 */
function cutLine(line: ContentLine, at: number[], input: string): ContentLine[] {
	const parts: ContentLine[] = [];
	let c = 0;
	let b = 0;
	for (let k = 0; k <= at.length; k++) {
		const start = k === 0 ? line.start : at[k - 1];
		let end = k === at.length ? line.end : at[k];
		if (k < at.length) while (end > start && /\s/.test(input[end - 1])) end--;
		while (c < line.cuts.length && line.cuts[c].start < start) c++;
		const cuts: ContentLine['cuts'] = [];
		while (c < line.cuts.length && line.cuts[c].end <= end) cuts.push(line.cuts[c++]);
		while (b < line.bold.length && line.bold[b][1] <= start) b++;
		const bold: ContentLine['bold'] = [];
		for (let j = b; j < line.bold.length && line.bold[j][0] < end; j++) bold.push(line.bold[j]);
		parts.push(k === 0 ? { ...line, end, cuts, bold } : { start, end, indented: false, blankBefore: true, cuts, bold });
	}
	return parts;
}

/**
 * A title and its paragraph on one line, a space between (a line break lost in conversion): `国民经济迈上新的台阶
 * 五年来，我们坚持以经济建设为中心，…`. The title is 6–20 Han characters with no punctuation, not ending in a function
 * word; the paragraph opens with a Han letter or a quotation mark (not a number: `投资突破 400亿元` is one sentence
 * spaced by a PDF), is no definition (`指…`, a glossary entry) and ends a sentence.
 */
const TITLE_THEN_BODY = /^([\u4e00-\u9fff]{6,20})[ \u3000]+(?![指即])([\u4e00-\u9fff“][^]*[。！？!?])$/;
/** A line naming a glossary, however long (`资料：《政府工作报告》名词解释（按首字汉语拼音音序排列）`). */
const GLOSSARY_START = /(?:名词|词语|术语)(?:解释|注释|释义)/;
/** How many such lines make a series, and how far apart (in lines) two of them may stand. */
const TITLED_SERIES = 3;
const TITLED_GAP = 4;

/**
 * Split the titles off a series of titled lines (青岛 1998's review: six `<title> 五年来，…` paragraphs in a row;
 * 厦门 2000): one such line alone may be a sentence spaced by accident, a series is a layout. The title must stand in
 * the input unchanged (no markup inside).
 */
function splitTitledLines(lines: ContentLine[], texts: string[], input: string): Set<ContentLine> {
	const titled: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		// Past the title of a glossary its entries are terms and their definitions (杭州 2009: `创投引导资金 杭州市…`).
		if (GLOSSARY_START.test(texts[i])) break;
		const m = TITLE_THEN_BODY.exec(texts[i]);
		if (m && !FUNCTION_END.test(m[1]) && input.startsWith(m[1], lines[i].start)) titled.push(i);
	}
	const keep: number[] = [];
	for (let k = 0; k < titled.length;) {
		let j = k;
		while (j + 1 < titled.length && titled[j + 1] - titled[j] <= TITLED_GAP) j++;
		if (j - k + 1 >= TITLED_SERIES) keep.push(...titled.slice(k, j + 1));
		k = j + 1;
	}
	const titles = new Set<ContentLine>();
	for (let n = keep.length - 1; n >= 0; n--) {
		const i = keep[n];
		const body = TITLE_THEN_BODY.exec(texts[i])![2];
		splitLine(lines, texts, i, lines[i].end - body.length, input);
		titles.add(lines[i]);
	}
	return titles;
}

export function joinBlocks(scanned: ContentLine[], ctx: JoinContext): RawBlock[] {
	const blocks: RawBlock[] = [];
	let open: RawBlock | null = null;
	let openText = '';
	const lines = scanned.slice();
	const texts = lines.map((l) => ctx.lineText(l));
	splitCollapsedLines(lines, texts, ctx);
	splitRunOnHeadings(lines, texts, ctx.input);
	const titles = splitTitledLines(lines, texts, ctx.input);
	// Does this document separate paragraphs by blank lines? Then a bare line
	// break is not a paragraph break.
	// Judge by the lines that end a sentence: in such documents they are followed
	// by a blank line.
	let ends = 0;
	let gaps = 0;
	for (let i = 0; i + 1 < lines.length; i++) {
		if (!endsSentence(texts[i])) continue;
		ends++;
		if (lines[i + 1].blankBefore) gaps++;
	}
	const blankStyle = ends >= 4 && gaps / ends >= 0.6;
	const wrapWidth = wrapWidthOf(texts);
	const layout: Layout = { blankStyle, wrapWidth, leadLines: leadLinesOf(lines, texts, wrapWidth) };
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const text = texts[i];
		if (open && continues(open, openText, line, text, i + 1 < lines.length ? texts[i + 1] : null, layout)) {
			open.lines.push(line);
			openText = capped(openText + text);
			continue;
		}
		open = titles.has(line) ? { lines: [line], titled: true } : { lines: [line] };
		openText = text;
		blocks.push(open);
	}
	for (const b of blocks) if (b.lines.length === 1 && atxHeading(ctx.input, b.lines[0])) b.atx = true;
	return blocks;
}

/** The line is a Markdown ATX heading: `## ` (cut as markup) opens its line in the input. */
function atxHeading(input: string, line: ContentLine): boolean {
	let k = line.start;
	while (k > 0 && line.start - k < 12 && input[k - 1] !== '\n' && input[k - 1] !== '\r') k--;
	return /^#{1,6}[ \t\u3000]+(?:\*\*)?$/.test(input.slice(k, line.start));
}

/**
 * A converter that wraps at a fixed width leaves many lines of exactly that
 * length (give or take one character for a full-width glyph): if one length
 * covers at least a third of the lines, it is the wrap width.
 */
function wrapWidthOf(texts: string[]): number | null {
	if (texts.length < 12) return null;
	const counts = new Map<number, number>();
	for (const t of texts) if (t.length >= 15) counts.set(t.length, (counts.get(t.length) ?? 0) + 1);
	let best = 0;
	let width = 0;
	for (const [len, n] of counts) {
		const near = n + (counts.get(len - 1) ?? 0);
		if (near > best || (near === best && len > width)) {
			best = near;
			width = len;
		}
	}
	return best >= texts.length / 3 ? width : null;
}
