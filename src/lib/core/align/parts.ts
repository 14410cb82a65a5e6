/**
 * The parts of a report, for alignment: a report reviews last year and plans
 * this one, and ends with notes (名词解释) — read by core/parts.ts. Review is
 * matched with review and plan with plan by preference; notes only with notes. Some passages are
 * never matched: transitions (为实现上述目标，重点抓好以下九个方面的工作：)
 * and the list of shortcomings in the review (还有短板和弱项…), which has no
 * counterpart.
 */
import type { ParsedReport } from '../parse';
import { readParts, type Part } from '../parts';

export type { Part };
export type Skip = 'transition' | 'problems' | 'closing' | null;

/** Part of each text offset (one home: core/parts.ts, shared with the figures' periods). */
export function reportParts(report: ParsedReport): (pos: number) => Part {
	const parts = readParts(report, { termTurn: true });
	return (pos: number) => parts.at(pos).part;
}

/**
 * Whether a text offset lies in the preamble of a top-level section: after
 * its heading, before its first sub-section (今年政府工作的总体要求是…, 经过多年的
 * 不懈奋斗…). Such framing is matched on wording only.
 */
export function preambles(report: ParsedReport): (pos: number) => boolean {
	const top = report.sections.filter((s) => s.kind !== 'lead');
	const minLevel = Math.min(...top.map((s) => s.level));
	const spans: [number, number][] = [];
	for (const s of top) {
		if (s.level !== minLevel) continue;
		const firstChild = top.find((c) => c.parent === s.id);
		if (firstChild) spans.push([s.headingEnd, firstChild.headingStart]);
	}
	return (pos: number) => spans.some(([a, b]) => a <= pos && pos < b);
}

const PROBLEM_CUES =
	/清醒|不足|短板|弱项|亟待|有待|压力较大|差距|欠账|困难和问题|问题和困难|不够|不强|不高|不优|不充分|不平衡|仍然|仍需|还需/g;

/** A note defining a term (名词解释): 〔6〕四大片区：…, 14.路衍经济：指…, “三源”：工业源…. */
const NOTE = /^(〔\d+〕|\[\d+\]|\d{1,3}[.．、]|（\d{1,3}）)?\s*[“"「]?[^，。；：:]{1,24}[”"」]?\s*[:：]/;
export function isNote(text: string): boolean {
	const t = text.trim();
	return NOTE.test(t) && /^(〔\d+〕|\[\d+\]|\d{1,3}[.．、])/.test(t) && t.length < 600;
}

/**
 * Framing rather than measures: a short passage with no figure (我们要牢记…,
 * 城乡融合是现代化的重要标志。我们将…), or a sentence about the year itself
 * (2022年是党和国家历史上极为重要的一年…).
 */
export function isFraming(text: string): boolean {
	const t = text.trim();
	if (/^(19|20)\d\d年是/.test(t) || /^(今年|过去一年|过去的一年)是/.test(t)) return true;
	return t.length < 150 && !/[0-9０-９]/.test(t) && /我们(将|要)|是.{0,12}(重要标志|根本|关键)/.test(t);
}

/** Whether a passage is never matched, and why. */
export function skipOf(text: string, part: Part): Skip {
	const t = text.trim();
	if (t.length <= 90 && /[：:]$/.test(t)) return 'transition';
	if (t.length <= 120 && /(以下|如下).{0,16}(方面|工作|大事|任务|重点)/.test(t)) return 'transition';
	// A closing call (各位代表！…让我们…奋斗！): an appeal, ending in an exclamation, without a figure.
	if (t.length <= 400 && /[！!]$/.test(t) && !/\d/.test(t) && (/^各位代表/.test(t) || /让我们|我们要|一定能/.test(t))) return 'closing';
	if (part === 'review' || part === 'opening') {
		const cues = new Set(t.replace(/补齐?短板|短板弱项/g, '').match(PROBLEM_CUES) ?? []);
		if (cues.size >= 2) return 'problems';
	}
	return null;
}
