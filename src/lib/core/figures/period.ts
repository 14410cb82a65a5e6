/**
 * When a figure applies and what kind of statement it is. A report delivered
 * in year Y reviews Y-1 (actuals) and sets out Y (targets, plans). The part
 * of the report says which part a figure is in (core/parts.ts: 一、2023年工作回顾,
 * 二〇二四年主要预期目标, 过去五年工作回顾, a theme-only review section under
 * `2013年工作回顾`); the section's own headings refine it and the sentence may
 * override (2019年，…; 预计…; 1—4月份…). Excerpts without titles are read from
 * their headings' words and their verbs.
 */
import type { ParsedReport, Section } from '../parse';
import { headingMode, headingYear, readParts, termEnd, THIS_YEAR_LEAD, type PartInfo, type PartMode } from '../parts';
import { parseChineseNumeral } from '../text/numerals';
import { aimOnly, HAN_YEAR_DIGITS, PER_HEAD_WORDS, REACH_END, REACH_VERB, YEARS_AGO } from './indicator';

export type FigureKind = 'actual' | 'target' | 'plan';

export interface PeriodInfo {
	period: number | null;
	kind: FigureKind;
	/** 预计: an estimate of a result not yet final. Represented as kind `actual` with this flag. */
	estimate: boolean;
	/** The figure covers part of the year only (1—4月份, 一季度, 上半年). */
	partial: boolean;
	/** The figure covers several years (年均增长, 五年累计, 过去五年, 比“十一五”末): never set beside one year's. */
	multiYear: boolean;
}

type Mode = PartMode;
/** The mode and year a passage states; `end`: the last year of the term whose goals it sets. */
interface Context {
	mode: Mode;
	year: number | null;
	end?: number;
}

/** Verbs of work done vs. work to do, for sections whose heading says neither. */
const DONE_CUES =
	/(成功|获批|荣获|获评|入选|被评为|被确定为|被命名|建成|投用|完工|取得|同比|比上年|较上年|居全省|全省第|圆满|实现了|完成了|了[，。,；;])/g;
const TODO_CUES = /(要|将|力争|确保|争取|加快|着力|全力|谋划|深入实施|扎实推进|大力|坚决|抓好|做好|打造|启动|推动|支持|鼓励|引导)/g;

/** A section with at least this many cues of either kind is read on its own text, not with its silent neighbours. */
const OWN_CUES = 30;

function count(re: RegExp, s: string): number {
	return s.match(re)?.length ?? 0;
}

export class PeriodReader {
	private readonly report: ParsedReport;
	private readonly year: number | undefined;
	private readonly byId = new Map<string, Section>();
	private readonly modeCache = new Map<string, Context>();

	/** Paragraphs inside a several-year review (after 过去五年…/五年来…, until 过去一年… or the next top-level section). */
	private readonly multiScope: boolean[] = [];

	private readonly partCache = new Map<string, Context>();
	/** Sentences by paragraph, and each sentence's several-year scope (a `两年来，…` sentence opens it for the rest of its paragraph). */
	private readonly sentencesOf = new Map<number, number[]>();
	private readonly sentenceScope: boolean[] = [];
	/** The scope a sentence stands in looks back (两年来，五年来): its figures are results, even inside a plan section. */
	private readonly sentencePast: boolean[] = [];
	/** A horizon set by an earlier sentence of the paragraph (`到2010年，…`): the year of the goals after it. */
	private readonly sentenceHorizon: (number | null)[] = [];
	private cursor = { paragraph: -1, next: 0 };
	/** The part each paragraph stands in, where a title names it (core/parts.ts). */
	private readonly partOf: (PartInfo | null)[] = [];

	constructor(report: ParsedReport) {
		this.report = report;
		this.year = typeof report.meta.year === 'number' ? report.meta.year : undefined;
		for (const s of report.sections) this.byId.set(s.id, s);
		const parts = readParts(report);
		let scope = false;
		let scopeTop: string | null = null;
		let scopePart: PartInfo | null = null;
		let lastSection: string | null = null;
		// The sub-section whose heading opened the scope (（一）“十五五”时期…): its siblings after it close it again.
		let byHeading: string | null = null;
		let scopeByHeading = false;
		report.sentences.forEach((s, i) => {
			const list = this.sentencesOf.get(s.paragraph);
			if (list) list.push(i);
			else this.sentencesOf.set(s.paragraph, [i]);
		});
		// 1996年的政府工作和1997年的奋斗目标: the part turns to this year's aims at a paragraph about 今年.
		let turned: PartInfo | null = null;
		let turnedFrom: PartInfo | null = null;
		report.paragraphs.forEach((p, pi) => {
			const part = parts.at(p.textStart);
			let named = part.explicit && part.part !== 'notes' ? part : null;
			// “十三五”时期发展成就和“十四五”时期主要目标任务: the next term's goals from a paragraph that turns to it (“十四五”时期是…).
			if (named && (named.then !== undefined || named.thenTerm !== undefined)) {
				if (turnedFrom !== named) {
					const lead = report.text.slice(p.textStart, Math.min(p.textEnd, p.textStart + 40));
					if (named.then !== undefined && THIS_YEAR_LEAD.test(lead)) turned = { ...named, part: 'plan', year: named.then };
					else if (named.thenTerm !== undefined && TERM_LEAD.test(lead))
						turned = { ...named, part: 'term', year: null, multiYear: true, end: named.thenTerm };
					if (turned) turnedFrom = named;
				}
				if (turned && turnedFrom === named) named = turned;
			} else {
				turned = null;
				turnedFrom = null;
			}
			this.partOf.push(named);
			const top = this.topOf(p.section);
			// A new top-level section or a new part: a five-year review or a term's goals opens a several-year scope.
			if (top !== scopeTop || named !== scopePart) {
				scope = !!named?.multiYear;
				scopeTop = top;
				scopePart = named;
			}
			// A sub-section of its own: （二）2012年工作 returns to one year, （一）今后五年的目标 opens several.
			const own = p.section !== lastSection && p.section ? this.byId.get(p.section) : undefined;
			lastSection = p.section;
			if (own && own.kind !== 'lead' && own.id !== top && !this.isUnder(own, byHeading)) {
				byHeading = null;
				if (headingYear(own.heading, this.year) !== null) scope = false;
				else if (SEVERAL_YEARS_HEADING.test(own.heading)) {
					scope = true;
					byHeading = own.id;
				} else if (scopeByHeading) scope = false;
				scopeByHeading = byHeading !== null;
			}
			const head = report.text.slice(p.textStart, Math.min(p.textEnd, p.textStart + 20));
			const opening = report.text.slice(p.textStart, Math.min(p.textEnd, p.textStart + 40));
			if (MULTI_YEAR_LEAD.test(head)) scope = true;
			else if (ONE_YEAR_LEAD.test(head) || THIS_YEAR_WORK.test(opening) || JUST_PAST.test(opening)) {
				scope = false;
				scopeByHeading = false;
			}
			this.multiScope.push(scope);
			// Within the paragraph: a later sentence opening several years (两年来，…; 五年来，…) holds for the sentences after it,
			// and for the paragraphs after it (各位代表，过去一年，…。五年来，我们…); one returning to a year (去年，…) for its own paragraph only.
			let inside = scope;
			let past = scope && PAST_LEAD.test(head);
			let horizon: number | null = null;
			let openedHere = false;
			for (const [k, si] of (this.sentencesOf.get(pi) ?? []).entries()) {
				const sent = report.sentences[si];
				const sHead = report.text.slice(sent.textStart, Math.min(sent.textEnd, sent.textStart + 24));
				if (k === 0 && !inside && MID_MULTI_LEAD.test(sHead)) {
					// 两年来，…: several years for this paragraph only.
					inside = true;
					past = PAST_LEAD.test(sHead);
				} else if (k > 0) {
					if (MID_MULTI_LEAD.test(sHead)) {
						inside = true;
						// Only a term's review's lead carries past its paragraph (五年来，我们…; 四年来 of a shortened term); 两年来，… holds for its own.
						openedHere = /[四五]年|本届/.test(sHead);
						past = PAST_LEAD.test(sHead);
					} else if (MID_ONE_YEAR.test(sHead)) {
						inside = false;
						openedHere = false;
						past = false;
					}
				}
				this.sentenceScope[si] = inside;
				this.sentencePast[si] = inside && past;
				this.sentenceHorizon[si] = horizon;
				const h = HORIZON_LEAD.exec(sHead);
				if (h && this.year !== undefined) {
					const y = h[1] ? Number(h[1]) : termEnd(h[2]);
					horizon = y !== null && y >= this.year ? y : null;
				} else if (YEAR_LEAD.test(sHead)) horizon = null;
			}
			if (openedHere && inside) scope = true;
		});
	}

	/** Index of the sentence `text` of paragraph `paragraph` (sentences are read in order; a cursor keeps this linear). */
	private sentenceIndex(paragraph: number, text: string): number | undefined {
		const list = this.sentencesOf.get(paragraph);
		if (!list) return undefined;
		if (this.cursor.paragraph !== paragraph) this.cursor = { paragraph, next: 0 };
		for (let k = this.cursor.next; k < list.length; k++) {
			const s = this.report.sentences[list[k]];
			if (s.textEnd - s.textStart === text.length && this.report.text.startsWith(text, s.textStart)) {
				this.cursor.next = k + 1;
				return list[k];
			}
		}
		return undefined;
	}

	/** Whether section `s` is `ancestor` or lies under it (by text span: O(1)). */
	private isUnder(s: Section, ancestor: string | null): boolean {
		const a = ancestor ? this.byId.get(ancestor) : undefined;
		return !!a && a.textStart <= s.textStart && s.textEnd <= a.textEnd;
	}

	private topOf(id: string | null): string | null {
		let top: Section | undefined;
		for (let s = id ? this.byId.get(id) : undefined; s; s = s.parent ? this.byId.get(s.parent) : undefined) top = s;
		return top?.id ?? null;
	}

	/** Mode and year of a section: from its own heading, its ancestors', or its content. */
	sectionContext(id: string | null): Context {
		const key = id ?? '';
		const hit = this.modeCache.get(key);
		if (hit) return hit;
		let mode: Mode | null = null;
		let year: number | null = null;
		let top: Section | undefined;
		for (let s = id ? this.byId.get(id) : undefined; s; s = s.parent ? this.byId.get(s.parent) : undefined) {
			mode ??= headingMode(s.heading);
			year ??= headingYear(s.heading, this.year);
			top = s;
		}
		if (!mode) mode = this.contentMode(top);
		const out = { mode, year };
		this.modeCache.set(key, out);
		return out;
	}

	/**
	 * Mode and year inside a part a title names: the part decides between
	 * results and work to do; the section's own headings may say targets
	 * (（一）主要预期目标) and name the year.
	 */
	private partContext(id: string | null, part: PartInfo): Context {
		const key = `${id ?? ''}|${part.part}|${part.year}|${part.targets}|${part.end}`;
		const hit = this.partCache.get(key);
		if (hit) return hit;
		const out = this.readPartContext(id, part);
		this.partCache.set(key, out);
		return out;
	}

	private readPartContext(id: string | null, part: PartInfo): Context {
		let year: number | null = null;
		let target = part.targets;
		for (let s = id ? this.byId.get(id) : undefined; s; s = s.parent ? this.byId.get(s.parent) : undefined) {
			if (s.kind === 'lead') continue;
			year ??= headingYear(s.heading, this.year);
			if (headingMode(s.heading) === 'target') target = true;
		}
		const Y = this.year;
		// A part turned to this year's aims (1996年的政府工作和1997年的奋斗目标): its heading's first year is last year's.
		if (part.then !== undefined && part.part === 'plan') year = part.then;
		if (part.part === 'review' || part.part === 'opening') {
			year ??= part.year ?? (Y === undefined ? null : Y - 1);
			return { mode: 'actual', year };
		}
		year ??= part.year ?? (Y === undefined ? null : Y);
		return { mode: target ? 'target' : 'plan', year, ...(part.end !== undefined ? { end: part.end } : {}) };
	}

	/**
	 * For a section that says nothing about itself (an excerpt that starts at
	 * (五)): count what the sentences do, over the whole run of neighbouring
	 * top-level sections that say nothing either, so (五)(六)(七) agree.
	 */
	private contentMode(top: Section | undefined): Mode {
		const tops = this.report.sections.filter((s) => s.parent === null);
		let text: string;
		const i = top ? tops.indexOf(top) : -1;
		if (i >= 0) {
			// A section long enough to speak for itself is read on its own: a review titled by its theme (宿迁 2015:
			// 一、攻坚克难，经济社会发展实现新突破, 28 cues of results to 25 of work) is not the plan whose silent titles follow
			// it (二、…: 11 to 129); a short section (an excerpt's （五）) still goes with its neighbours.
			const own = this.report.text.slice(top!.textStart, top!.textEnd);
			const d = count(DONE_CUES, own);
			const t = count(TODO_CUES, own);
			if (d + t >= OWN_CUES) return d * 1.5 >= t ? 'actual' : 'plan';
		}
		if (i < 0) text = this.report.text.slice(0, 4000);
		else {
			const silent = (s: Section) =>
				!headingMode(s.heading) &&
				headingYear(s.heading, this.year) === null &&
				!this.report.sections.some((c) => c.parent === s.id && headingMode(c.heading));
			let a = i;
			let b = i;
			// Lead-ins (——防汛抗灾全面胜利。…) and numbered sections are runs of their own: an opening review of lead-ins is not the plan after it.
			const same = (s: Section) => (s.kind === 'lead') === (top!.kind === 'lead');
			while (a > 0 && silent(tops[a - 1]) && same(tops[a - 1])) a--;
			while (b + 1 < tops.length && silent(tops[b + 1]) && same(tops[b + 1])) b++;
			text = this.report.text.slice(tops[a].textStart, tops[b].textEnd);
		}
		const done = count(DONE_CUES, text);
		const todo = count(TODO_CUES, text);
		return done * 1.5 >= todo ? 'actual' : 'plan';
	}

	/** Period and kind of a figure at text offset `at` in the sentence `sentence` (text), within `section`. */
	read(section: string | null, sentence: string, offsetInSentence: number, unit: string): PeriodInfo {
		return this.sentence(section, sentence).at(offsetInSentence, unit);
	}

	/**
	 * A reader for the figures of one sentence: the sentence is scanned once
	 * for its cues (years, 去年, 预计, five-year phrases…) and each figure then
	 * looks up the cues before it, so a sentence with n figures costs O(n log n),
	 * not O(n²) (`增长5.2%，` × 150,000 used to take minutes).
	 */
	sentence(section: string | null, sentence: string, paragraph?: number): SentencePeriods {
		const part = paragraph === undefined ? null : this.partOf[paragraph];
		const ctx = part ? this.partContext(section, part) : this.sectionContext(section);
		const si = paragraph === undefined ? undefined : this.sentenceIndex(paragraph, sentence);
		const scope = si !== undefined ? this.sentenceScope[si] : paragraph !== undefined && !!this.multiScope[paragraph];
		// 两年来，…已建成…: a look back inside a plan section states results.
		const looksBack = si !== undefined && this.sentencePast[si] && ctx.mode !== 'actual';
		return new SentencePeriods(
			looksBack ? { ...ctx, mode: 'actual' } : ctx,
			this.year,
			sentence,
			scope,
			si !== undefined ? this.sentenceHorizon[si] : null
		);
	}
}

/** Near a paragraph's start: the year's own work or targets (全年工作的总体要求, 今年主要预期目标是). */
const THIS_YEAR_WORK =
	/全年工作的总体要求|今年(?:政府)?工作的总体要求|今年(?:全市|全省|经济社会发展的?)?主要预期目标|(?:19|20)\d\d年(?:政府)?工作的总体要求/;
/** A sub-section heading over several years: 今后五年的奋斗目标, “十四五”时期主要目标, 过去五年的主要成就. */
const SEVERAL_YEARS_HEADING = /[四五]年|十[一二三四五]五|[六七八九]五(?:计划|时期|期间)/;
/**
 * A paragraph opening a several-year review, and one returning to a single year. A term's review is of five years, or of
 * four where a term was cut short (淮南 2022: 本届政府任期的四年，…四年来，我们主要做了以下工作; 37 reports review four years).
 */
const MULTI_YEAR_LEAD =
	/^(?:——)?(?:这[四五]年|(?:今后|未来)五年|过去[四五]年|[四五]年来|近五年|过去的[四五]年|[四五]年间|本届政府(?:任期(?:的|内)?[四五]年|(?:任期|成立)?以来)|回顾(?:过去五年|“?十[一二三四五]五”?|“?[六七八九]五”?)|“?十[一二三四五]五”?(?:期间|时期|以来)[，,])/;
/** Inside a paragraph, a sentence opening several years for the sentences after it: 两年来，…; 五年来，我们…. */
const MID_MULTI_LEAD =
	/^(?:——)?(?:这[四五]年|过去[四五]年|[两三四五六七八]年来[，,]|过去的[四五]年|[四五]年间|本届政府(?:任期(?:的|内)?[四五]年|(?:任期|成立)?以来))/;
/** A several-year lead that looks back (五年来, 过去五年, 两年来), not ahead (今后五年). */
const PAST_LEAD =
	/^(?:——)?(?:这[四五]年|过去[四五]年|[两三四五六七八]年来|近[两三五]年|过去的[四五]年|[四五]年间|本届政府(?:任期(?:的|内)?[四五]年|(?:任期|成立)?以来)|回顾)/;
/** Within a paragraph, a sentence returning to one year (a bare `2007年，` is last year's snapshot inside a review: it keeps the scope). */
const MID_ONE_YEAR = /^(?:——|各位代表[！!，,]?)?(?:(?:刚刚)?过去的(?:一年|(?:19|20)\d\d年)|过去一年|今年|一年来|去年)/;
/** Near a paragraph's start, anywhere in its first clause: 这里还要着重指出的是，在刚刚过去的1987年，… */
const JUST_PAST = /刚刚过去的(?:一年|(?:19|20)\d\d年)/;
/** A paragraph turning to a term's goals (“十四五”时期是…; 今后五年，…). */
const TERM_LEAD = /^(?:——|各位代表[！!，,]?\s*)?(?:“?十[一二三四五]?五”?(?:时期|期间|规划)|(?:今后|未来)五年)/;
/** A sentence setting the horizon of the goals after it: 到2010年，…; 到“十三五”末，… */
const HORIZON_LEAD =
	/^(?:力争|争取|预计)?到((?:19|20)\d\d)年(?:底|末)?[，,]|^(?:力争|争取)?到(“?(?:十[一二三四五]?|[六七八九])五”?)(?:末|期末)[，,]/;
/** A sentence opening on a year of its own (2004年，…): any horizon before it ends. */
const YEAR_LEAD = /^(?:(?:19|20)\d\d|今|去)年/;
/** A paragraph returning to one year: 过去一年, 去年, 2004年，…, 2002年的主要工作, 2002年全省经济… (贵州 2003). */
const ONE_YEAR_LEAD =
	/^(?:——|各位代表[！!，,]?)?(?:(?:刚刚)?过去的(?:一年|(?:19|20)\d\d年)|过去一年|今年|一年来|去年|(?:19|20)\d\d年(?:[，,]|是|(?:主要|重点|着力)?(?:抓|做|开展)了|的?(?:主要)?工作|(?:全省|全市|全区|全州|全盟|全国|我省|我市|我区|我州)(?:经济|国民经济|各项)))/;

/** Where a cue ends in a sentence: the cue counts for figures at or after that offset. */
function firstEnd(re: RegExp, s: string): number {
	const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
	let best = Infinity;
	for (const m of s.matchAll(g)) best = Math.min(best, m.index + m[0].length);
	return best;
}

/**
 * A level reached, right before its value or a list of them: 达到, 突破, 覆盖 (社会养老保险覆盖9亿多人), 提高到, 跃升到, 由…增加到,
 * 分别达到33188元和14072元, 参保人数分别达到169.9万人、127.1万人, 城乡低保标准分别达到每人每月620元.
 */
const LEVEL_BEFORE = new RegExp(
	`(?:达到|达|超过|突破|覆盖|稳定在|保持在|跃上|迈上|${REACH_VERB}(?:到|至))了?${PER_HEAD_WORDS}?(?:[0-9０-９.．]+[^0-9０-９，,；;。、和及与]{0,6}[、和及与])*$`
);
/**
 * A year's output named right before its value with no verb (其中，第一产业增加值126亿元、第二产业增加值161.8亿元): in a
 * several-year review it is the last year's, as a level reached is (a total over the years says 累计 or 完成).
 */
const OUTPUT_BEFORE = /(?:生产总值|增加值|总产值|GDP)(?:为|是)?$/;
/** Clause boundaries: clause-local cues (年均, 比“七五”时期) stop here. */
const CLAUSE_END = /[，,；;。：:]/;
/** Years that are a comparison base, not the time of the figure: 比1990年, 是2010年的, 为1982年的. */
const COMPARISON_BEFORE = /(比|较|是|为|同|相当于|等于|与|和|高于|低于|快于|慢于|高出|低出)$/;
/** Sentence-wide: the figures of a multi-year review (过去五年, 五年来, 五年间, “十三五”期间). */
const MULTI_YEAR =
	/(过去|近)[五三两十]年|[一二两三四五六七八九十]年(来|间|中|里)|[一二两三四五六七八九十]年以来|十[一二三四五]五(期间|时期)|“?[六七八九]五”?(期间|时期)|“十[一二三四五]五”(期间|时期)/g;
/** Clause-local: a figure over several years (年均增长, 比“七五”时期增长, 比“十一五”末, 五年累计). */
const MULTI_YEAR_CLAUSE =
	/年均|年平均|五年累计|累计[^，。；]{0,6}五年|(比|较)“?十?[一二三四五六七八九]五”?(末|期末|时期|期间)|[两三四五六七八九十]年(?:累计|共计?|完成|新增|投入|建成|实现|引进|争取|新建|改造|培育|取得|开工|接待)/g;
/** A year in Chinese numerals: 一九八四年光粮、棉、油三项…. */
const HAN_YEAR = new RegExp(`(${HAN_YEAR_DIGITS})年(?![-—–～~至到])`, 'g');
/** The end of a five-year plan as the figure's time: 到“十三五”末, “十一五”末耕地保有量…. */
const TERM_END = /“?(?:十[一二三四五]?|[六七八九])五”?(?:末|期末)/g;
// 1997 年: a space before 年 (web texts) is still a year.
const YEAR = /((?:19|20)\d\d)[ \u3000]?年(?![-—–～~至到]|\d{1,2}(?:[-—–～~至到]\d{1,2})?[月日]|月\d|度\d)/g;
const YEAR_RANGE = /((?:19|20)\d\d)年?\s*[-—–～~至到]\s*((?:19|20)\d\d)年/g;
/** A base some years back: 是五年前的, 比四年前, 较10年前. */
const BASE_YEARS_AGO = new RegExp(`(?:比|较|是|为|相当于)${YEARS_AGO}`, 'g');
/** 去年/上年 (not a base compared with: 比上年, 较上年, 高于上年, 与上年持平, 为上年的; nor 上年末): what follows is last year's. */
const LAST_YEAR_WORD = /(?<![比较于与同和为是])上年(?!末)|(?<![比较于与同和为是])去年/g;
const GOAL = /(目标|预期|力争|确保|控制在|争取|不低于|达到|增长|提高|下降|降低)/g;
const PARTIAL = /(\d{1,2}\s*[-—–～~至]\s*\d{1,2}\s*月|[一二三]季度|上半年|前三季度|\d{1,2}月份?(?!\d))/g;

export class SentencePeriods {
	private readonly years: { end: number; year: number; from: boolean }[] = [];
	/** Comparison bases (比1990年, 是2010年的): a change on a base two or more years back spans several years. */
	private readonly bases: { end: number; year: number; back?: number }[] = [];
	private readonly ranges: { end: number; from: number; to: number }[] = [];
	/** Offsets of clause starts, ascending. */
	private readonly clauseStarts: number[] = [0];
	private readonly clauseMulti: number[] = [];
	private readonly lastYearWordEnd: number;
	/** Where the last-year word's reach ends: the next semicolon (…不低于当地上年度农村居民人均可支配收入的60%；孤儿…提高到1340元, 一般公共预算收入规模与上年持平；居民消费价格涨幅… — the items after it are this year's). */
	private readonly lastYearWordStop: number;
	private readonly multiYearEnd: number;
	private readonly estimateEnd: number;
	private readonly goalEnd: number;
	private readonly partialEnd: number;
	private readonly s: string;

	constructor(
		private readonly ctx: Context,
		private readonly Y: number | undefined,
		sentence: string,
		/** The sentence stands in a several-year review (五年来，…): figures without a year of their own cover the five years. */
		private readonly inMultiScope = false,
		/** A horizon an earlier sentence of the paragraph set (到2010年，…): the year of this sentence's goals, unless it names one. */
		horizon: number | null = null
	) {
		this.s = sentence;
		if (horizon !== null) this.years.push({ end: 0, year: horizon, from: false });
		const cues: { index: number; length: number; year: number | null; term?: boolean }[] = [];
		for (const m of sentence.matchAll(YEAR)) cues.push({ index: m.index, length: m[0].length, year: Number(m[1]) });
		for (const m of sentence.matchAll(HAN_YEAR)) cues.push({ index: m.index, length: m[0].length, year: parseChineseNumeral(m[1]) });
		for (const m of sentence.matchAll(TERM_END)) cues.push({ index: m.index, length: m[0].length, year: termEnd(m[0]), term: true });
		cues.sort((a, b) => a.index - b.index);
		for (const m of cues) {
			if (m.year === null) continue;
			const pre = sentence.slice(Math.max(0, m.index - 4), m.index);
			// 2019—2023年: the end of a span of years; 比1990年: a comparison base.
			// 增加到2007年的5865亿元: the year the value reached is its period.
			const reached = REACH_END.test(pre) && /^的/.test(sentence.slice(m.index + m.length));
			if (COMPARISON_BEFORE.test(pre)) {
				this.bases.push({ end: m.index + m.length, year: m.year });
				continue;
			}
			// 2016年至2020年, 2016—2020年: a span's end (YEAR_RANGE reads the span); 到2010年 alone: a horizon, the figure's time.
			if (!reached && (/[-—–～~]\s*$/.test(pre) || /(?:\d|年|[〇零一二三四五六七八九])\s*[至到]\s*$/.test(pre))) continue;
			this.years.push({ end: m.index + m.length, year: m.year, from: /[由从]$/.test(pre) });
		}
		// 分别是五年前的7倍, 比四年前增长19.1%: a base counted back from now (`back` years) is a year two or more back too.
		for (const m of sentence.matchAll(BASE_YEARS_AGO))
			this.bases.push({ end: m.index + m[0].length, year: NaN, back: parseChineseNumeral(m[1]) ?? Number(m[1]) });
		for (const m of sentence.matchAll(YEAR_RANGE)) this.ranges.push({ end: m.index + m[0].length, from: Number(m[1]), to: Number(m[2]) });
		this.lastYearWordEnd = firstEnd(LAST_YEAR_WORD, sentence);
		// In a sentence's first clause (去年入冬以来，…；…, 省政府去年初…承诺的8件实事完成情况如下：…；…) it holds for the whole sentence.
		const lastYearAt = sentence.search(LAST_YEAR_WORD);
		const opens = lastYearAt >= 0 && !/[，,；;：:]/.test(sentence.slice(0, lastYearAt));
		const semicolon = this.lastYearWordEnd === Infinity || opens ? -1 : sentence.slice(this.lastYearWordEnd).search(/[；;]/);
		this.lastYearWordStop = semicolon < 0 ? Infinity : this.lastYearWordEnd + semicolon;
		for (let i = 0; i < sentence.length; i++) if (CLAUSE_END.test(sentence[i])) this.clauseStarts.push(i + 1);
		this.clauseMulti = this.clauseStarts.map(() => Infinity);
		for (const m of sentence.matchAll(MULTI_YEAR_CLAUSE)) {
			const c = clauseIndex(this.clauseStarts, m.index);
			this.clauseMulti[c] = Math.min(this.clauseMulti[c], m.index + m[0].length);
		}
		// 地区生产总值年均增长15.5%，力争18%: an aim alone restates the clause before, over as many years.
		for (let c = 1; c < this.clauseStarts.length; c++) {
			const digit = /[0-9０-９]/.exec(sentence.slice(this.clauseStarts[c]));
			if (digit && this.clauseMulti[c - 1] < Infinity && aimOnly(sentence.slice(this.clauseStarts[c], this.clauseStarts[c] + digit.index)))
				this.clauseMulti[c] = this.clauseStarts[c];
		}
		this.multiYearEnd = firstEnd(MULTI_YEAR, sentence);
		this.estimateEnd = firstEnd(/预计/, sentence);
		this.goalEnd = firstEnd(GOAL, sentence);
		this.partialEnd = firstEnd(PARTIAL, sentence);
	}

	/** Period and kind of the figure starting at `at`. */
	at(at: number, unit: string): PeriodInfo {
		const { ctx, Y, s } = this;
		let kind: FigureKind = ctx.mode;
		let period: number | null = ctx.year ?? (Y === undefined ? null : ctx.mode === 'actual' ? Y - 1 : Y);
		let estimate = false;

		// An explicit year before the figure in the same sentence: 2019年，…; 2023年全市…
		let y = lastBefore(this.years, at);
		// 从2016年的412.5亿元增加到720亿元: the base year is the first value's only.
		if (y?.from && /[到至为]/.test(s.slice(y.end, at))) y = null;
		const r = lastBefore(this.ranges, at);
		if (r && (!y || r.end >= y.end)) {
			// 1990年到1995年，…由10.2平方米增加到10.9平方米: the start value is the first year's.
			const clause = s.slice(this.clauseStarts[clauseIndex(this.clauseStarts, at)], at);
			const fromSide = /[由从]\s*$/.test(clause) || (/[由从][^，。；由从到至]{0,24}$/.test(clause) && !/(到|至|为)\s*$/.test(clause));
			period = fromSide ? r.from : r.to;
			if (Y !== undefined && period < Y) kind = 'actual';
		} else if (y) {
			period = y.year;
			if (Y !== undefined && y.year < Y) kind = 'actual';
			else if (Y !== undefined && y.year >= Y && kind === 'actual' && ctx.year !== y.year) kind = 'target';
		} else if (Y !== undefined) {
			if (this.lastYearWordEnd <= at && at < this.lastYearWordStop && !/比上年|较上年|比去年|同比/.test(s.slice(Math.max(0, at - 6), at))) {
				period = Y - 1;
				kind = 'actual';
			}
		}
		const c = clauseIndex(this.clauseStarts, at);
		const ownYear = !!y || !!r || (this.lastYearWordEnd <= at && at < this.lastYearWordStop);
		// In a several-year review, a level reached (城市化水平达到59%) is the last year's; a total (累计…达到47亿美元), a change or
		// an average spans the years.
		// So is a change on the year before (比上年增长12%).
		const clause = s.slice(this.clauseStarts[c], at);
		const several = this.inMultiScope || this.multiYearEnd <= at;
		// In a term's goals, a level to reach (城镇污水处理率达到70%) is the term's last year's.
		const level =
			several &&
			(ctx.mode === 'actual' || ctx.end !== undefined) &&
			!ownYear &&
			this.clauseMulti[c] > at &&
			!/累计|共计|总计|合计/.test(clause) &&
			// 连续4年保持在300天以上, 始终保持在80%左右: a level held through the years spans them.
			!(/(?:稳定|保持)在[^，,；;。]*$/.test(clause) && /连续|始终|连年|一直|持续|每年|均/.test(clause)) &&
			(LEVEL_BEFORE.test(clause.slice(-60)) ||
				/比上年|较上年|比去年|同比/.test(clause) ||
				(ctx.mode === 'actual' && OUTPUT_BEFORE.test(clause)));
		if (level && ctx.mode !== 'actual') period = ctx.end!;
		// 到2010年，…达到320亿美元: a horizon the sentence names is the figure's time, even in a term's goals.
		const horizon = (!!y || !!r) && Y !== undefined && period !== null && period >= Y;
		// 分别是2010年的1.6、2.4倍, 比1990年增长58.3%, 比2010年提高11.8个百分点: a change on a base two or more years back spans
		// the years between, even after `2015年，` and outside a several-year review (广西 2016's review of 2015).
		const base = lastBefore(this.bases, at);
		const overYears = !!base && base.end > this.clauseStarts[c] && period !== null && (base.back ?? period - base.year) >= 2;
		const multiYear =
			this.clauseMulti[c] <= at || overYears || (several && !ownYear && !level) || (this.multiYearEnd <= at && !level && !horizon);
		if (multiYear) period = null;

		if (this.estimateEnd <= at) {
			kind = 'actual';
			estimate = true;
		} else if (kind !== 'actual') {
			// Within targets and tasks: a quantified goal is a target, a count of things to build a plan.
			const goal = this.goalEnd <= at;
			const rate = unit === '%' || unit === '个百分点' || unit === '‰';
			kind = kind === 'target' || goal || rate ? 'target' : 'plan';
		}
		const partial = this.partialEnd <= at;
		return { period, kind, estimate, partial, multiYear };
	}
}

/** Index of the clause holding offset `at`. */
function clauseIndex(starts: number[], at: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The last cue ending at or before `at` (cues sorted by end). */
function lastBefore<T extends { end: number }>(list: T[], at: number): T | null {
	let lo = 0;
	let hi = list.length - 1;
	let best: T | null = null;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].end <= at) {
			best = list[mid];
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return best;
}
