/**
 * The parts of a report, in one place: a report reviews last year (or a
 * term of five years), sets this year's targets, plans this year's work
 * (or a term's), and may end with notes (名词解释). Alignment matches review
 * with review and plan with plan; figures take their period and kind (actual,
 * target, plan) from the part they stand in.
 *
 * A part is read from a title — a heading (一、2023年工作回顾, 二〇二三年工作安排,
 * 过去五年工作回顾, “十四五”时期主要目标任务, 名词解释) or a title line that the
 * outline keeps as a paragraph (a bold run-in `**2004年工作回顾**` or a short line
 * standing alone, `一年来，我们主要抓了九个方面的工作：`) — and carried over the
 * numbered sections that follow a title standing above them (`2013年工作回顾`
 * then 一、…七、). Where no title says it, the part is guessed from the
 * headings' words and the position (the first part reviews, the later ones
 * plan), as alignment always did; such parts are not `explicit`.
 */
import type { ParsedReport, Section } from './parse';
import { parseChineseNumeral } from './text/numerals';

/** body: a report whose parts are not marked (an excerpt of sub-sections). */
export type Part = 'opening' | 'review' | 'term' | 'plan' | 'notes' | 'body';
/** What the figures of a part state: results, aims, or work to do. */
export type PartMode = 'actual' | 'target' | 'plan';

export interface PartInfo {
	part: Part;
	/** The year the part is about, from its title (二〇二三年工作回顾 → 2023); null where the title names none. */
	year: number | null;
	/** Several years: a five-year review (过去五年, “十三五”时期) or a term's goals (“十四五”, 今后五年). */
	multiYear: boolean;
	/** Read from a title, not guessed from words or position. */
	explicit: boolean;
	/** The title announces targets (主要预期目标): the figures are aims, not work. */
	targets: boolean;
	/** A term's last year (“十四五” → 2025, 今后五年 in a 2023 report → 2027): the year its level goals refer to. */
	end?: number;
	/** A title of last year's work and this year's aims (1996年的政府工作和1997年的奋斗目标): the year planned once the text turns to it. */
	then?: number;
	/** A title of a term's results and the next term's goals (“十三五”时期发展成就和“十四五”时期主要目标任务): the next term's last year. */
	thenTerm?: number;
}

// ─── titles ────────────────────────────────────────────────────────────────

/** A year written in digits or Chinese numerals (2023年, 二〇二三年, 一九八四年). */
const YEAR = /((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年/g;
/** Not the year of the part: the end of a span (2016—2020年), a horizon (2035年远景目标, 到2020年). */
const SPAN_BEFORE = /[-—–～~至到]\s*$/;
const HORIZON_AFTER = /^\s*(?:远景|以前|前后|之前|左右)/;
const SPAN_AFTER = /^\s*[-—–～~至到]\s*(?:(?:19|20)\d\d|[一二][〇零九])/;

/** The last year of a five-year plan (“十三五” → 2020, “九五” → 2000) named in `text`, or of 今后五年/未来五年 in a report of year Y (Y+4). */
export function termEnd(text: string, reportYear?: number): number | null {
	const m = /十([一二三四五])?五|([六七八九])五(?:计划|时期|期间|末|期末|规划|”)/.exec(text);
	if (m) {
		const n = m[2] ? parseChineseNumeral(m[2])! : 10 + (m[1] ? parseChineseNumeral(m[1])! : 0);
		return 1955 + 5 * n;
	}
	return reportYear && /(?:今后|未来)五年/.test(text) ? reportYear + 4 : null;
}

/**
 * Whether a title names only five-year plans that ended before the report's
 * year (一、团结奋斗，“十二五”发展迈上新台阶 in a 2016 report, “十三五”时期发展成就和
 * 2020年主要工作 in 2021): it reviews that term, it sets no goals.
 */
export function pastTerm(text: string, reportYear?: number): boolean {
	if (!reportYear || /(?:今后|未来)五年|远景/.test(text)) return false;
	// A plan in quotes or with its noun (“十二五”, 十一五时期), not 第十五个五年规划 or 十五届人大.
	const ends = [
		...text.matchAll(/(?<!第)(?:“(?:十([一二三四五])?五|([六七八九])五)”|(?:十([一二三四五])五|([六七八九])五)(?:计划|时期|期间|规划))/g)
	].map((m) => {
		const [ten, low] = [m[1] ?? m[3], m[2] ?? m[4]];
		return 1955 + 5 * (low ? parseChineseNumeral(low)! : 10 + (ten ? parseChineseNumeral(ten)! : 0));
	});
	return ends.length > 0 && ends.every((e) => e < reportYear);
}

/** The year a title is about: its first year that is no span end, horizon or span start; 今年/去年 by the report's year. */
export function headingYear(heading: string, reportYear?: number): number | null {
	for (const m of heading.matchAll(YEAR)) {
		const before = heading.slice(Math.max(0, m.index - 3), m.index);
		const after = heading.slice(m.index + m[0].length, m.index + m[0].length + 6);
		if (SPAN_BEFORE.test(before) || HORIZON_AFTER.test(after) || SPAN_AFTER.test(after)) continue;
		const y = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
		if (y !== null) return y;
	}
	if (reportYear && /今年|本年/.test(heading)) return reportYear;
	if (reportYear && /去年|上年|过去一年/.test(heading)) return reportYear - 1;
	return null;
}

const ACTUAL_HEADING = /(回顾|执行情况|完成情况|工作情况|过去|以来|成就|成绩|进展|总结)/;
const TARGET_HEADING = /(预期目标|主要目标|奋斗目标|目标$|主要指标)/;
const PLAN_HEADING = /(任务|重点工作|计划草案|安排|主要工作|工作建议|措施|清单|总体要求|工作部署|思路)/;

/** What the figures under a heading state, from its words alone (any heading, any level). */
export function headingMode(heading: string): PartMode | null {
	if (ACTUAL_HEADING.test(heading) && !/计划草案|任务/.test(heading)) return 'actual';
	if (/执行情况/.test(heading)) return 'actual';
	if (PLAN_HEADING.test(heading)) return 'plan';
	if (TARGET_HEADING.test(heading) || /目标/.test(heading)) return 'target';
	return null;
}

/** Numbering and markup before a title: 一、 （一） 第一部分 1. ** 【. */
const TITLE_PREFIX =
	/^[\s*#【]*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）|\d{1,2}[、．.])?\s*/;

const NOTES_TITLE = /^(?:名词(?:解释|注释|注解|解析|术语)|注\s?释|注\s?解|附\s?注|附\s?件|附\s?录|术语|附[:：])/;
const REVIEW_TITLE =
	/回顾|工作总结|执行情况|完成情况|实施情况|落实情况|^(?:过去(?:的)?(?:一|五)年|一年来|五年来|本届政府(?:任期|成立)?以来)/;
const MULTI_TITLE = /五年|本届政府|十[一二三四五]五|[六七八九]五|第?[一二三四五六七八九十]+届/;
const TERM_TITLE = /(?:今后|未来)五年|十[一二三四五]五|[六七八九]五(?:计划|时期|期间)|远景目标|第?[一二三四五六七八九十]+届|任期/;
const TARGET_TITLE = /预期目标|主要目标|奋斗目标|主要指标/;
/** A title that states results, whatever its theme: “十五”经济社会发展目标全面实现, 实现本届政府良好开局. */
const DONE_TITLE =
	/良好开局|(?:全面|圆满|胜利|顺利|基本)(?:实现|完成)$|成效显著$|取得(?:了)?(?:显著|重大|明显|积极|突破性|新的?)?(?:成效|成绩|进展|成就|突破)$/;
const doneTitle = (heading: string) => {
	const t = heading.replace(TITLE_PREFIX, '').replace(/[*】\s。]+$/, '');
	return DONE_TITLE.test(t) && !/^(?:确保|努力|力争|争取|为|推动|加快|全力|要)/.test(t);
};
/** Several years in a title that states results (not 本届政府良好开局, the term's first year). */
const FIVE_YEARS = /五年|“?十[一二三四五]?五”?(?!年|个|项|条|家|万|亿)|[六七八九]五/;
const PLAN_TITLE =
	/工作安排|主要任务|重点工作|工作任务|工作部署|工作建议|工作意见|总体要求|总体部署|^今年(?:的)?(?:政府)?工作|^重点(?:做好|抓好)(?:以下)?[一二三四五六七八九十]+(?:个)?方面(?:的)?工作/;
/** A year's work or list named by the year alone (2005年的工作, 首先报告2001年的工作, 2011年市政府十件实事). */
const YEAR_TITLE =
	/^(?:首先.{0,6})?(?:(?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年.{0,8}(?:工作|实事|安排|任务|意见)[。：:]?$/;

/** A title about a term's start (良好开局, 开好局起好步, 开局工作), not one that states it went well (开局良好). */
const START_TITLE = /良好开局|精彩开局|开好局|起好步|开局(?:之年)?(?:的)?(?:各项)?工作/;

/** A title of targets alone (主要预期目标), not of targets and tasks (主要目标和任务). */
const onlyTargets = (t: string) => (TARGET_TITLE.test(t) || /目标/.test(t)) && !/任务|工作|措施|重点|安排|部署|建议/.test(t);

/**
 * The part a title names, or null when it names none. Strict: a theme
 * (一、经济发展实现稳中快进) or a single word in passing names no part.
 */
export function titlePart(heading: string, reportYear?: number): Omit<PartInfo, 'explicit'> | null {
	const t = heading
		.replace(TITLE_PREFIX, '')
		.replace(/[*】\s]+$/, '')
		.trim();
	if (!t || t.length > 40) return null;
	const year = headingYear(t, reportYear);
	if (NOTES_TITLE.test(t)) return { part: 'notes', year: null, multiYear: false, targets: false };
	// 1996年的政府工作和1997年的奋斗目标: last year's review, then (where the text turns to 今年) this year's aims.
	const years = [...t.matchAll(/((?:19|20)\d\d)\s*年/g)].map((m) => Number(m[1]));
	if (reportYear && years.length === 2 && years[0] === reportYear - 1 && years[1] === reportYear && /目标|任务|安排|计划/.test(t))
		return { part: 'review', year: years[0], multiYear: false, targets: false, then: years[1] };
	const review = REVIEW_TITLE.test(t);
	if (review) {
		// 2022年及本届政府工作回顾: one year named, its five years besides (their paragraphs say so).
		const multi = MULTI_TITLE.test(t) && year === null;
		return { part: 'review', year, multiYear: multi, targets: false };
	}
	// “十三五”时期发展成就和“十四五”时期主要目标任务: a five-year review and a term's goals under one title.
	if (/成就|成绩/.test(t) && MULTI_TITLE.test(t) && year === null) {
		const goals = /(?:和|及|与)([^和及与]*(?:目标|任务|规划|部署)[^和及与]*)$/.exec(t);
		const end = goals ? termEnd(goals[1], reportYear) : null;
		return { part: 'review', year: null, multiYear: true, targets: false, ...(end ? { thenTerm: end } : {}) };
	}
	// A past term's results and last year's work (“十三五”时期发展成就和2020年主要工作 in 2021): a review.
	if (
		pastTerm(t, reportYear) &&
		(year === null || (reportYear !== undefined && year < reportYear)) &&
		/成就|成绩|成效|发展|工作|回顾/.test(t)
	)
		return { part: 'review', year: null, multiYear: true, targets: false };
	// A term's first year: 切实做好2016年工作，努力实现“十三五”良好开局 and 全力以赴做好“十四五”开局工作 in the
	// term's first year are that year's work, not the term's goals; a year later 实施“十二五”规划实现良好开局
	// reviews that first year. By the year the term starts, not by the words around it.
	if (START_TITLE.test(t) && reportYear) {
		const end = termEnd(t, reportYear);
		const first = end !== null ? end - 4 : year;
		if (first === reportYear) return { part: 'plan', year: reportYear, multiYear: false, targets: false };
		if (first === reportYear - 1) return { part: 'review', year: first, multiYear: false, targets: false };
	}
	if (TERM_TITLE.test(t) && (TARGET_TITLE.test(t) || PLAN_TITLE.test(t) || /目标|任务|规划|构想|部署|计划|谋划|思路|工作/.test(t))) {
		// “十四五”主要目标及2021年工作安排: the term's goals, then the year's work, which most of its figures are.
		if (year !== null && reportYear && year >= reportYear) return { part: 'term', year, multiYear: false, targets: false };
		const end = termEnd(t, reportYear);
		return { part: 'term', year: null, multiYear: true, targets: onlyTargets(t), ...(end ? { end } : {}) };
	}
	if (TARGET_TITLE.test(t) || PLAN_TITLE.test(t)) return { part: 'plan', year, multiYear: false, targets: onlyTargets(t) };
	// 2016年的目标任务和工作重点: the year's work, whatever the words.
	if (year !== null && reportYear && year >= reportYear && /工作|任务|目标|安排|重点|建议|意见/.test(t))
		return { part: 'plan', year, multiYear: false, targets: false };
	if (YEAR_TITLE.test(t) && year !== null && reportYear) {
		if (year < reportYear) return { part: 'review', year, multiYear: false, targets: false };
		return { part: 'plan', year, multiYear: false, targets: false };
	}
	return null;
}

// ─── the parts of one report ──────────────────────────────────────────────

const NOTES = /名词|解释|注释|注解|附注|附件|附录|术语/;
/** The goals of a whole term of office (五年, 第六届…), as opposed to this year's plan. */
const TERM = /五年|届|十[一二三四五六七八九]五|任期/;
const REVIEW = /回顾|过去|成绩|成就|一年来|五年来|总结|执行情况/;
const PLAN = /安排|任务|目标|重点|部署|建议|展望|今年|思路|要求|计划|主要工作/;

/**
 * A paragraph that is a part title the outline kept as text: a run-in title
 * set off by a space (`**2004年工作回顾** 2004年，…` reads `2004年工作回顾 2004年，…`)
 * or a short line standing alone (`一年来，我们主要抓了九个方面的工作：`).
 */
function paragraphTitle(text: string): string | null {
	const runIn = /^([^，,。；;：:\s]{2,30})[ \u3000]+\S/.exec(text);
	if (runIn) return runIn[1];
	const t = text.trim();
	return t.length <= 30 && !/[。；;]/.test(t) ? t : null;
}

/** A paragraph turning to this year (今年是…; 各位代表，今年…; 2015年是…). */
export const THIS_YEAR_LEAD = /^(?:——|各位代表[！!，,]?\s*)?(?:今年|(?:19|20)\d\d年是)/;

/** Numbering that starts again: 一、 or （一）. */
const RESTART = /^[\s*]*(?:一[、．.]|（一）)/;

interface Unit {
	at: number;
	info: PartInfo;
	/** A title standing above what follows (an unnumbered heading, a title line): its part carries over the untitled sections after it. */
	above: boolean;
}

export interface ReportParts {
	/** The part at a text offset. */
	at(pos: number): PartInfo;
}

const info = (part: Part, explicit = false, year: number | null = null): PartInfo => ({
	part,
	year,
	multiYear: false,
	explicit,
	targets: false
});

/**
 * Reads the parts of a report: each top-level section's part and year from
 * its heading and position, and title lines the outline left as paragraphs.
 */
export interface ReadPartsOptions {
	/**
	 * A term's goals under a title that also names this year's work turn to this year's plan where a paragraph
	 * turns to this year (alignment reads them so; the figures' periods keep reading the whole title as the term's).
	 */
	termTurn?: boolean;
}

export function readParts(report: ParsedReport, opts: ReadPartsOptions = {}): ReportParts {
	const Y = typeof report.meta.year === 'number' ? report.meta.year : undefined;
	const top = report.sections.filter((s) => s.kind !== 'lead');
	// No headings at all (a pasted draft, a bare excerpt): one undivided body, unless title lines say more.
	const minLevel = top.length ? Math.min(...top.map((s) => s.level)) : 1;
	const level1 = top.filter((s) => s.level === minLevel).sort((a, b) => a.textStart - b.textStart);
	const isNotes = (s: Section) => s.kind === 'annex' || NOTES.test(s.heading);
	const years = level1.map((s) => (isNotes(s) ? NaN : Number(/(?:19|20)\d\d/.exec(s.heading)?.[0] ?? NaN)));
	const known = new Set(years.filter((y) => !Number.isNaN(y)));
	// Two different years in the headings: the earlier one is reviewed, the later one planned.
	const minYear = known.size > 1 ? Math.min(...known) : NaN;

	// Title lines among the paragraphs outside any numbered or unnumbered section's heading.
	const units: (Unit | { at: number; section: Section; index: number })[] = [];
	const inHeading = new Set(report.sections.filter((s) => s.kind !== 'lead').map((s) => s.textStart));
	const byId = new Map(report.sections.map((s) => [s.id, s]));
	for (const p of report.paragraphs) {
		if (p.kind !== 'body' || inHeading.has(p.textStart)) continue;
		const sec = p.section ? byId.get(p.section) : undefined;
		if (sec && sec.kind !== 'lead' && sec.textStart === p.textStart) continue;
		const title = paragraphTitle(report.text.slice(p.textStart, Math.min(p.textEnd, p.textStart + 40)));
		const t = title ? titlePart(title, Y) : null;
		if (t) units.push({ at: p.textStart, info: { ...t, explicit: true }, above: true });
	}
	level1.forEach((s, index) => units.push({ at: s.textStart, section: s, index }));
	units.sort((a, b) => a.at - b.at);

	const first = level1[0]?.textStart ?? Infinity;
	// Titles standing above what follows: title lines, and unnumbered headings that name a part.
	const titled = units.map((u) => ('above' in u ? true : u.section.kind === 'unnumbered' && !!titlePart(u.section.heading, Y)));
	// Whether a title other than notes follows unit k (a suffix scan, so the whole pass stays linear).
	const titleAfter: boolean[] = new Array(units.length).fill(false);
	for (let j = units.length - 2; j >= 0; j--) {
		const u = units[j + 1];
		titleAfter[j] = titleAfter[j + 1] || (titled[j + 1] && ('above' in u ? u.info.part : isNotes(u.section) ? 'notes' : '') !== 'notes');
	}
	const laterTitle = (k: number) => titleAfter[k];
	// A section whose heading names no part but whose first paragraph opens on a term that is not over
	// (二、奋力拼搏，全面建成小康六安 — “十三五”是全面建成小康社会的决战阶段… in 2016): the term's goals,
	// unless that paragraph is about this year (今年是“十三五”开局之年).
	const opensTerm = (s: Section) => {
		if (!Y) return false;
		let lo = 0;
		let hi = report.paragraphs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (report.paragraphs[mid].textStart < s.headingEnd) lo = mid + 1;
			else hi = mid;
		}
		const p = report.paragraphs[lo];
		if (!p || p.textStart >= s.textEnd) return false;
		const t = report.text.slice(p.textStart, Math.min(p.textEnd, p.textStart + 60));
		const end = termEnd(t, Y);
		return end !== null && end >= Y && !/今年|本年|明年/.test(t) && !new RegExp(`${Y}年`).test(t);
	};
	/**
	 * Whether the numbered sections from level1[j] on start again at 一、 (四川省/2004.md: **2004年工作回顾**, 一、…三、,
	 * then 一、…五、 for the plan, untitled): the restart ends a review carried over them, so it may carry.
	 */
	const restartsAfter = (j: number) => {
		for (let m = j + 1; m < level1.length && level1[m].kind === 'numbered'; m++) if (RESTART.test(level1[m].heading)) return true;
		return false;
	};
	let carried = 0;
	const anchors: { at: number; info: PartInfo }[] = [];
	let seenPlan = false;
	let carry: PartInfo | null = null;
	units.forEach((u, k) => {
		if ('above' in u) {
			// A title line inside a top-level section names a part of that section only. Before the first one, it carries
			// over the sections that follow — a review only up to the next title: after it, untitled sections may well be
			// the plan (national 2002).
			// So does one that stands right before numbering starting again (**重点做好十个方面工作：** then （一）…（十）
			// after the term's （一）…（五）): it names the sections that follow, not the one it ends.
			const next = units[k + 1];
			// Not a transition back to goals just stated (为实现上述目标，…以下七个方面工作：, 围绕宏伟目标…): those open the term's tasks.
			const restart =
				!!next &&
				!('above' in next) &&
				RESTART.test(next.section.heading) &&
				!/上述|围绕|实现.{0,6}目标/.test(report.text.slice(u.at, u.at + 40));
			if (u.at < first) {
				carry = u.info.part === 'review' && !laterTitle(k) ? null : u.info;
				carried = 0;
			} else if (restart && (u.info.part === 'plan' || u.info.part === 'term')) {
				carry = u.info;
				carried = 0;
			}
			if (u.info.part === 'plan' || u.info.part === 'term') seenPlan = true;
			anchors.push({ at: u.at, info: u.info });
			return;
		}
		const s = u.section;
		const i = u.index;
		const t = titlePart(s.heading, Y);
		// Numbering that starts again at 一、 opens a part the title above did not name; so does another unnumbered heading.
		if (carry && !t && ((carried > 0 && RESTART.test(s.heading)) || s.kind === 'unnumbered')) carry = null;
		let part: PartInfo;
		if (isNotes(s)) part = info('notes', !!t);
		else if (t) part = { ...t, explicit: true };
		else if (carry) {
			part = carry;
			carried++;
		} else if (!seenPlan && doneTitle(s.heading)) {
			// A heading that states results (“十五”经济社会发展目标全面实现, 实现本届政府良好开局) before any plan: a review.
			const h = s.heading.replace(TITLE_PREFIX, '');
			part = {
				part: 'review',
				year: headingYear(h, Y),
				multiYear: FIVE_YEARS.test(h) && headingYear(h, Y) === null,
				explicit: true,
				targets: false
			};
		} else {
			// No title: the headings' words and the position, as alignment always read them.
			let p: Part;
			// A heading on a term that ended before the report's year (圆满收官“十二五” in 2016) reviews it.
			if (pastTerm(s.heading, Y) && !seenPlan) p = 'review';
			else if (TERM.test(s.heading) && !REVIEW.test(s.heading)) p = 'term';
			else if (
				!seenPlan &&
				minLevel === 1 &&
				anchors[anchors.length - 1]?.info.part === 'review' &&
				!REVIEW.test(s.heading) &&
				headingYear(s.heading, Y) === null &&
				!/\d\d\s*年/.test(s.heading) &&
				opensTerm(s)
			)
				p = 'term';
			else if (!Number.isNaN(years[i]) && !Number.isNaN(minYear)) p = years[i] === minYear ? 'review' : 'plan';
			else if (REVIEW.test(s.heading) && !seenPlan) p = 'review';
			else if (PLAN.test(s.heading) || seenPlan) p = 'plan';
			else if (minLevel > 1) p = 'body';
			else p = i === 0 && !anchors.length ? 'review' : 'plan';
			part = info(p);
		}
		// An unnumbered title standing above numbered sections carries its part over them (a review only up to the next title).
		if (t && titled[k]) {
			carry = level1[i + 1]?.kind === 'numbered' && (t.part !== 'review' || laterTitle(k) || restartsAfter(i + 1)) ? part : null;
			carried = 0;
		} else if (t || s.kind === 'unnumbered') carry = null;
		if (part.part === 'plan' || part.part === 'term') seenPlan = true;
		anchors.push({ at: s.textStart, info: part });
	});

	// A review whose title covers the whole text (河池 2015: 一、2014年工作回顾 … 今年是全面深化改革的关键之年… then
	// （一）推进园区建设突围 with no title of its own): the plan starts at the paragraph that turns to this year, when the
	// numbering of the review's sub-sections starts again after it.
	// One pass over the sections and one over the paragraphs, however many reviews the text holds.
	if (Y !== undefined && anchors.some((a) => a.info.part === 'review' && a.info.explicit)) {
		const level1At = new Map(level1.map((x) => [x.textStart, x]));
		const children = new Map<string, Section[]>();
		for (const x of report.sections)
			if (x.parent !== null && x.kind !== 'lead') (children.get(x.parent) ?? children.set(x.parent, []).get(x.parent)!).push(x);
		// The span in which each review's plan may turn: between the sub-section before numbering starts again and it.
		const spans: [number, number][] = [];
		for (const a of anchors) {
			const s = a.info.part === 'review' && a.info.explicit ? level1At.get(a.at) : undefined;
			const subs = s ? (children.get(s.id) ?? []) : [];
			const again = subs.findIndex((x, k) => k > 0 && RESTART.test(x.heading));
			if (again > 0) spans.push([subs[again - 1].textStart, subs[again].textStart]);
		}
		spans.sort((x, y) => x[0] - y[0]);
		const turns: { at: number; info: PartInfo }[] = [];
		let k = 0;
		for (const p of report.paragraphs) {
			while (k < spans.length && p.textStart >= spans[k][1]) k++;
			if (k >= spans.length) break;
			if (p.textStart <= spans[k][0] || (turns.length && turns[turns.length - 1].at >= spans[k][0])) continue;
			const lead = THIS_YEAR_LEAD.exec(report.text.slice(p.textStart, p.textStart + 20));
			// 今年是… or this report's year (2015年是…), not last year's (2020年是“十三五”收官之年 in 2021).
			if (lead && (!/\d/.test(lead[0]) || lead[0].includes(String(Y))))
				turns.push({ at: p.textStart, info: { part: 'plan', year: Y, multiYear: false, explicit: true, targets: false } });
		}
		if (turns.length) {
			anchors.push(...turns);
			anchors.sort((x, y) => x.at - y.at);
		}
	}

	// A term's goals under a title that also names this year's work (二、“十三五”时期奋斗目标及2016年工作任务, 今后五年及
	// 2022年工作): the goals come first, then a paragraph turns to this year (2016年是“十三五”开局之年…, 今年是新一届政府的
	// 开局之年…) and what follows under that title is this year's plan (鸡西 2016, 巴音郭楞 2022). One pass over the
	// paragraphs; the sections the title carries over after the turn (and a goals line under it) are the plan too.
	if (opts.termTurn && Y !== undefined && anchors.some((a) => a.info.part === 'term' && a.info.year === Y)) {
		const plan: PartInfo = { part: 'plan', year: Y, multiYear: false, explicit: true, targets: false };
		// The run of term anchors each such title opens (its carried sections, a goals line under it: 今后五年的奋斗目标是：),
		// through a title line of this year's work inside it (为实现上述任务和目标，对做好今年工作提出以下建议：, 佛山 2003).
		const region: number[] = [];
		anchors.forEach((a, k) => {
			const before = k > 0 ? region[k - 1] : -1;
			region[k] = a.info.part === 'plan' ? before : a.info.part !== 'term' ? -1 : before >= 0 ? before : a.info.year === Y ? k : -1;
		});
		// A framing paragraph that sets this year's aims further in (各位代表，省第十次党代会作出了…。2017年，我们要紧紧围绕…。
		// 今年经济社会发展主要预期目标是：…, 福州 2017) turns as well.
		const yearAims = new RegExp(
			`(?:^|[。！!])(?:各位代表[，,！!]?)?(?:今年|${Y}年)[，,](?:我们|全市|市政府)要|(?:今年|${Y}年)(?:全市)?(?:经济社会发展|国民经济和社会发展)的?主要预期目标`
		);
		const turnedAt = new Map<number, number>();
		let k = 0;
		for (const p of report.paragraphs) {
			while (k + 1 < anchors.length && anchors[k + 1].at <= p.textStart) k++;
			if (!anchors.length || anchors[k].at > p.textStart || region[k] < 0 || turnedAt.has(region[k])) continue;
			// Only in the framing before the part's first sub-section (今年的民生工程… inside a term's sub-section is no turn).
			let sec = p.section ? byId.get(p.section) : undefined;
			while (sec && sec.kind === 'lead' && sec.parent) sec = byId.get(sec.parent);
			if (sec && sec.kind !== 'lead' && sec.level > minLevel) continue;
			const lead = THIS_YEAR_LEAD.exec(report.text.slice(p.textStart, p.textStart + 20));
			if ((lead && (!/\d/.test(lead[0]) || lead[0].includes(String(Y)))) || yearAims.test(report.text.slice(p.textStart, p.textEnd)))
				turnedAt.set(region[k], p.textStart);
		}
		if (turnedAt.size) {
			anchors.forEach((a, j) => {
				const at = turnedAt.get(region[j]);
				if (at !== undefined && a.at > at) a.info = plan;
			});
			anchors.push(...[...turnedAt.values()].map((at) => ({ at, info: plan })));
			anchors.sort((x, y) => x.at - y.at);
		}
	}

	// Sections before the first top-level one: an excerpt that starts inside the review (or some part).
	const firstPart = anchors.find((a) => a.at === first)?.info.part;
	const before: PartInfo =
		top.length === 0
			? info('body')
			: top.some((s) => s.textStart < first)
				? info(firstPart === 'plan' ? 'review' : 'body')
				: info('opening');
	return {
		at(pos: number): PartInfo {
			let lo = 0;
			let hi = anchors.length - 1;
			let best: PartInfo = before;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				if (anchors[mid].at <= pos) {
					best = anchors[mid].info;
					lo = mid + 1;
				} else hi = mid - 1;
			}
			return best;
		}
	};
}
