/**
 * When a figure applies and what kind of statement it is. A report delivered
 * in year Y reviews Y-1 (actuals) and sets out Y (targets, plans). The
 * section headings say which part a figure is in (一、2023年工作回顾,
 * 二、2024年主要预期目标); the sentence may override (2019年，…; 预计…;
 * 1—4月份…). Excerpts without those headings are read from their verbs.
 */
import type { ParsedReport, Section } from '../parse';

export type FigureKind = 'actual' | 'target' | 'plan';

export interface PeriodInfo {
	period: number | null;
	kind: FigureKind;
	/** 预计: an estimate of a result not yet final. Represented as kind `actual` with this flag. */
	estimate: boolean;
	/** The figure covers part of the year only (1—4月份, 一季度, 上半年). */
	partial: boolean;
}

type Mode = 'actual' | 'target' | 'plan';

const ACTUAL_HEADING = /(回顾|执行情况|完成情况|工作情况|过去|以来|成就|成绩|进展|总结)/;
const TARGET_HEADING = /(预期目标|主要目标|奋斗目标|目标$|主要指标)/;
const PLAN_HEADING = /(任务|重点工作|计划草案|安排|主要工作|工作建议|措施|清单|总体要求|工作部署|思路)/;

export function headingMode(heading: string): Mode | null {
	if (ACTUAL_HEADING.test(heading) && !/计划草案|任务/.test(heading)) return 'actual';
	if (/执行情况/.test(heading)) return 'actual';
	if (PLAN_HEADING.test(heading)) return 'plan';
	if (TARGET_HEADING.test(heading) || /目标/.test(heading)) return 'target';
	return null;
}

export function headingYear(heading: string, reportYear: number | undefined): number | null {
	const m = /((?:19|20)\d\d)年/.exec(heading);
	if (m && !/[-—–～~至]\s*(?:19|20)\d\d年/.test(heading.slice(m.index + 5, m.index + 12))) return Number(m[1]);
	if (reportYear && /今年|本年/.test(heading)) return reportYear;
	if (reportYear && /去年|上年|过去一年/.test(heading)) return reportYear - 1;
	return null;
}

/** Verbs of work done vs. work to do, for sections whose heading says neither. */
const DONE_CUES = /(成功|获批|荣获|获评|入选|被评为|被确定为|被命名|建成|投用|完工|取得|同比|比上年|较上年|居全省|全省第|圆满|实现了|完成了|了[，。,；;])/g;
const TODO_CUES = /(要|将|力争|确保|争取|加快|着力|全力|谋划|深入实施|扎实推进|大力|坚决|抓好|做好|打造|启动|推动|支持|鼓励|引导)/g;

function count(re: RegExp, s: string): number {
	return s.match(re)?.length ?? 0;
}

export class PeriodReader {
	private readonly report: ParsedReport;
	private readonly year: number | undefined;
	private readonly byId = new Map<string, Section>();
	private readonly modeCache = new Map<string, { mode: Mode; year: number | null }>();

	constructor(report: ParsedReport) {
		this.report = report;
		this.year = typeof report.meta.year === 'number' ? report.meta.year : undefined;
		for (const s of report.sections) this.byId.set(s.id, s);
	}

	/** Mode and year of a section: from its own heading, its ancestors', or its content. */
	sectionContext(id: string | null): { mode: Mode; year: number | null } {
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
	 * For a section that says nothing about itself (an excerpt that starts at
	 * (五)): count what the sentences do, over the whole run of neighbouring
	 * top-level sections that say nothing either, so (五)(六)(七) agree.
	 */
	private contentMode(top: Section | undefined): Mode {
		const tops = this.report.sections.filter((s) => s.parent === null);
		let text: string;
		const i = top ? tops.indexOf(top) : -1;
		if (i < 0) text = this.report.text.slice(0, 4000);
		else {
			const silent = (s: Section) => !headingMode(s.heading) && headingYear(s.heading, this.year) === null && !this.report.sections.some((c) => c.parent === s.id && headingMode(c.heading));
			let a = i;
			let b = i;
			while (a > 0 && silent(tops[a - 1])) a--;
			while (b + 1 < tops.length && silent(tops[b + 1])) b++;
			text = this.report.text.slice(tops[a].textStart, tops[b].textEnd);
		}
		const done = count(DONE_CUES, text);
		const todo = count(TODO_CUES, text);
		return done * 1.5 >= todo ? 'actual' : 'plan';
	}

	/** Period and kind of a figure at text offset `at` in the sentence `sentence` (text), within `section`. */
	read(section: string | null, sentence: string, offsetInSentence: number, unit: string): PeriodInfo {
		const ctx = this.sectionContext(section);
		const Y = this.year;
		const before = sentence.slice(0, offsetInSentence);
		let kind: FigureKind = ctx.mode;
		let period: number | null = ctx.year ?? (Y === undefined ? null : ctx.mode === 'actual' ? Y - 1 : Y);
		let estimate = false;

		// An explicit year before the figure in the same sentence: 2019年，…; 2023年全市…
		const years = [...before.matchAll(/((?:19|20)\d\d)年(?![-—–～~至]|\d|月\d|度\d)/g)];
		const lastYear = years.length ? Number(years[years.length - 1][1]) : null;
		if (lastYear !== null && !/[-—–～~至]\s*$/.test(before.slice(0, years[years.length - 1].index))) {
			period = lastYear;
			if (Y !== undefined && lastYear < Y) kind = 'actual';
			else if (Y !== undefined && lastYear >= Y && kind === 'actual' && ctx.year !== lastYear) kind = 'target';
		} else if (Y !== undefined && /去年|上年/.test(before) && !/比上年|较上年|比去年|同比/.test(before.slice(-6))) {
			if (/去年|上年(?!末)/.test(before.replace(/比上年|较上年|比去年/g, ''))) {
				period = Y - 1;
				kind = 'actual';
			}
		}
		if (/(过去|近)[五三两十]年|[五三十]年来|十[一二三四五]五(期间|时期)|“十[一二三四五]五”(期间|时期)/.test(before)) period = null;

		if (/预计/.test(before)) {
			kind = 'actual';
			estimate = true;
		} else if (kind !== 'actual') {
			// Within targets and tasks: a quantified goal is a target, a count of things to build a plan.
			const goal = /(目标|预期|力争|确保|控制在|争取|不低于|达到|增长|提高|下降|降低)/.test(before);
			const rate = unit === '%' || unit === '个百分点' || unit === '‰';
			kind = kind === 'target' || goal || rate ? 'target' : 'plan';
		}
		const partial = /(\d{1,2}\s*[-—–～~至]\s*\d{1,2}\s*月|[一二三]季度|上半年|前三季度|\d{1,2}月份?(?!\d))/.test(before);
		return { period, kind, estimate, partial };
	}
}
