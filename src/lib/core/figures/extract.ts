/**
 * Figures of a parsed report, per ../shared/figures.md: every quantity with
 * its exact place in the decoded input, its normalised value and unit, what
 * it measures, whether it is hedged, and when and how it applies.
 */
import type { ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import { classedByAmount, distributeLists, eachItemNames, firstOfEach, FROM_BEFORE_VALUE, indicatorOf, multipleName } from './indicator';
import { PeriodReader, type FigureKind } from './period';
import { scanFigures, unitDimension } from './scan';
import { classifierTopic, type TopicFn } from './topic';
import { indicatorKey, recurringName } from './series';
import indicatorData from '../data/figure-indicators.json';

const TARGET_INDICATORS = new Set(indicatorData.targetIndicators.map(indicatorKey));

/** Bump when extraction output changes (the corpus store caches by this). */
export const FIGURES_VERSION = 7;

export interface Figure {
	/** The number and its unit as written: `input.slice(start, end)`. */
	raw: string;
	start: number;
	end: number;
	value: number;
	unit: string;
	indicator: string;
	/**
	 * The name is a curated synonym or an indicator the collection's reports name again and again (`recurringName`): on blind labels
	 * such names were right 485 times in 517 on rounds 43–50 (0.94), names read from their sentence alone 540 in 679 (0.80;
	 * docs/figures.md, "Names the collection knows"). Pages mark the others, so a reader knows which names to check against the sentence.
	 */
	recurring: boolean;
	approx: boolean;
	period: number | null;
	kind: FigureKind;
	topic: string | null;
	/** 预计: kind `actual`, but the result was not final when the report was written. */
	estimate: boolean;
	/** Part of a year only (1—4月份, 一季度): kept out of yearly series. */
	partial: boolean;
	/** Over several years (年均增长, 五年累计): period null, never paired with one year's figure. */
	multiYear: boolean;
	/** A year-end or an average value (年末城镇调查失业率, 城镇调查失业率平均为): not the same measure as the other. */
	stat: 'end' | 'avg' | null;
	/** Where it sits, for links and context: text offsets, section id, sentence index. */
	textStart: number;
	textEnd: number;
	section: string | null;
	sentence: number;
	/** The sentence the figure sits in (cleaned text), shown beside a value. */
	context: string;
	/**
	 * 0, but for one value given to each item of a list (温室和大棚各3000栋: one figure per item, all on one span):
	 * the item's place in the list, so (start, item) is unique — a key for views (`figureAnchor` of urls/report).
	 */
	item: number;
}

export interface ExtractOptions {
	/** Topic of a text offset; defaults to the topic classifier run on the report (see topic.ts). */
	topicOf?: TopicFn;
}

const COUNT_DIM = /^count-/;
const MONEY = /^money-/;
/** The first bound of a range written with one unit (1-2|家, 三至|五所): a number, then only a range mark. */
const RANGE_BOUND = /^[0-9０-９.．一二三四五六七八九十两]+[ \t]*[-－—–~～至到][ \t]*$/;

export function extractFigures(report: ParsedReport, input: string, opts: ExtractOptions = {}): Figure[] {
	const map = new TextMap(report.pieces);
	const periods = new PeriodReader(report);
	const topicOf = opts.topicOf ?? classifierTopic();
	const out: Figure[] = [];
	report.sentences.forEach((sent, si) => {
		const text = report.text.slice(sent.textStart, sent.textEnd);
		const section = report.paragraphs[sent.paragraph]?.section ?? null;
		let prevEnd = 0;
		let prevIndicator: string | null = null;
		let prevFrom = false;
		let prevNounAfter = false;
		let prevUnit: string | null = null;
		let prevValueEnd: number | undefined;
		const sentencePeriods = periods.sentence(section, text, sent.paragraph);
		const hits = scanFigures(text);
		const names: string[] = [];
		/** Counts named by the noun after their value (3-5个|重点实验室). */
		const countNoun: boolean[] = [];
		for (const hit of hits) {
			const isCount = hit.unit === '' || COUNT_DIM.test(unitDimension(hit.unit)?.dim ?? '');
			const { indicator, consumedEnd } = indicatorOf({
				text,
				numStart: hit.start,
				end: hit.end,
				prevEnd,
				prevIndicator,
				isCount,
				isRank: hit.unit === '位',
				prevFrom,
				prevNounAfter,
				sameUnit: prevUnit === hit.unit,
				prevValueEnd,
				level: hit.unit !== '%' && hit.unit !== '个百分点' && hit.unit !== '‰',
				measured: isCount && hit.unit !== '' && hit.unit !== '位'
			});
			names.push(indicator);
			countNoun.push(isCount && consumedEnd > hit.hedgeEnd);
			prevNounAfter = consumedEnd > hit.hedgeEnd;
			prevEnd = Math.max(hit.hedgeEnd, consumedEnd);
			prevIndicator = indicator;
			prevUnit = hit.unit;
			prevValueEnd = hit.hedgeEnd;
			prevFrom = FROM_BEFORE_VALUE.test(text.slice(Math.max(0, hit.start - 10), hit.start));
		}
		// 申报1-2家国家级工程技术研发中心, 搞好3-5个重点实验室: the first bound of a count's range (its unit the second's) counts
		// what the second counts — the noun after the range, not the verb before it (a level reached, 时间缩短至2到4个|工作日,
		// keeps the measure before).
		for (let k = 1; k < hits.length; k++) {
			const a = hits[k - 1];
			if (
				countNoun[k] &&
				a.unit === hits[k].unit &&
				RANGE_BOUND.test(text.slice(a.start, hits[k].start)) &&
				!/(?:至|到|为)[ \t]*$/.test(text.slice(Math.max(0, a.start - 4), a.start))
			)
				names[k - 1] = names[k];
		}
		// 新增10亿元企业|9家: a sum of money right before the counted noun classes it (10亿元企业).
		for (let k = 1; k < hits.length; k++) {
			const a = hits[k - 1];
			if (!countNoun[k] && MONEY.test(unitDimension(a.unit)?.dim ?? '') && COUNT_DIM.test(unitDimension(hits[k].unit)?.dim ?? ''))
				names[k] = classedByAmount(
					names[k],
					text.slice(Math.max(0, a.start - 4), a.start),
					text.slice(a.start, a.hedgeEnd),
					text.slice(a.hedgeEnd, hits[k].start)
				);
		}
		const indicators =
			hits.length > 1
				? distributeLists(
						text,
						hits.map((h, k) => ({ start: h.start, end: h.end, indicator: names[k], unit: h.unit }))
					)
				: names;
		hits.forEach((hit, k) => {
			// 分别是“十二五”末的1.4倍: a multiple's base is no part of what it measures.
			const named = hit.unit === '倍' ? multipleName(indicators[k]) : indicators[k];
			// 种粮大户、家庭农场分别达到30个: one value said of each item of a list is named by the first.
			const indicator = firstOfEach(text, hit.start, hit.end, hit.unit, named);
			const ts = sent.textStart + hit.start;
			const te = sent.textStart + hit.end;
			const start = map.toInput(ts);
			const end = map.toInput(te, 'end');
			const p = sentencePeriods.at(hit.start, hit.unit);
			// A headline indicator in a task section states a goal, not a piece of work.
			const kind = p.kind === 'plan' && TARGET_INDICATORS.has(indicatorKey(indicator)) ? 'target' : p.kind;
			const topic = topicOf(report, ts);
			const stat = statOf(text, hit.start);
			const context = text.length > 240 ? clip(text, hit.start, 240) : text;
			// 新建冬暖式日光节能温室和大棚各3000栋: one figure per item, each with the item's name, on one span (same value,
			// unit, period and kind — the list's).
			const names = eachItemNames(text, hit.start, hit.unit, indicator) ?? [indicator];
			names.forEach((name, item) =>
				out.push({
					raw: input.slice(start, end),
					start,
					end,
					value: hit.value,
					unit: hit.unit,
					indicator: name,
					recurring: recurringName(name),
					approx: hit.approx,
					period: p.period,
					kind,
					topic,
					estimate: p.estimate,
					partial: p.partial,
					multiYear: p.multiYear,
					stat,
					textStart: ts,
					textEnd: te,
					section,
					sentence: si,
					context,
					item
				})
			);
		});
	});
	return out;
}

/** 年末/年底 or 平均 in the figure's clause. */
function statOf(text: string, at: number): 'end' | 'avg' | null {
	let a = at;
	while (a > 0 && at - a < 40 && !/[，,。；;：:]/.test(text[a - 1])) a--;
	const clause = text.slice(a, at);
	if (/年末|年底|期末/.test(clause)) return 'end';
	if (/平均(?!每)/.test(clause) && !/人均|年均/.test(clause.slice(clause.indexOf('平均') - 1, clause.indexOf('平均') + 1))) return 'avg';
	return null;
}

/** A window of `len` characters of `s` around offset `at`, with ellipses where cut. */
function clip(s: string, at: number, len: number): string {
	const from = Math.max(0, Math.min(at - len / 2, s.length - len));
	const to = Math.min(s.length, from + len);
	return (from > 0 ? '…' : '') + s.slice(from, to) + (to < s.length ? '…' : '');
}

/** The contract record (../shared/figures.md) plus `estimate` and `recurring`, as the CLI prints it. */
export function figureRecord(f: Figure) {
	return {
		raw: f.raw,
		start: f.start,
		end: f.end,
		value: f.value,
		unit: f.unit,
		indicator: f.indicator,
		approx: f.approx,
		period: f.period,
		kind: f.kind,
		topic: f.topic,
		estimate: f.estimate,
		recurring: f.recurring
	};
}
