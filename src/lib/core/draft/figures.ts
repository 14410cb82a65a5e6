/**
 * Changed figures between an old report and a draft: in every sentence
 * the draft reused with edits, the figures that changed (old → new).
 *
 * INTERFACE FOR THE LEAD: `FigureExtractor` is where the figure extractor
 * (issue 5, /work/shared/figures.md) plugs in — pass it to `changedFigures`
 * (or make it the default below). `extractFiguresMinimal` is a PLACEHOLDER:
 * Arabic numbers with a magnitude and a unit, no Chinese numerals, a crude
 * indicator (the Han characters just before the number).
 */
import { foldDigits } from '../normalize';
import type { ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import type { DraftComparison } from './compare';

/** The subset of the figure contract (figures.md) the draft checker needs. */
export interface DraftFigure {
	raw: string;
	/** Input offsets of `raw`. */
	start: number;
	end: number;
	value: number;
	unit: string;
	indicator: string;
}

export type FigureExtractor = (report: ParsedReport, range?: { textStart: number; textEnd: number }) => DraftFigure[];

export interface ChangedFigure {
	indicator: string;
	old: DraftFigure;
	new: DraftFigure;
	/** The draft sentence and the old one it reuses. */
	sentence: number;
	oldSentence: number;
}

const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };
const FIGURE = /(\d+(?:[.．]\d+)?)\s*(万亿|千万|百万|亿|万|千)?\s*(个百分点|百分点|%|％|元|美元|人次|人|个|家|条|公里|千米|亩|公顷|平方米|平方公里|千瓦|吨|斤|套|户|所|张|处|项|件|座|辆|场|台|部|倍|年)?/g;
const INDICATOR_TRIM = /(?:达到|达|增长|增加|下降|减少|提高到|提高|降低到|降低|突破|超过|实现|完成|新增|累计|为|是|约|近|超|以上|左右)+$/;

/** PLACEHOLDER figure extraction (see the module comment). */
export const extractFiguresMinimal: FigureExtractor = (report, range) => {
	const map = new TextMap(report.pieces);
	const from = range?.textStart ?? 0;
	const text = report.text.slice(from, range?.textEnd ?? report.text.length);
	const out: DraftFigure[] = [];
	for (const m of text.matchAll(FIGURE)) {
		if (!m[2] && !m[3]) continue; // a bare number (a year, an item number) is not a figure here
		if (m[3] === '年' && !m[2]) continue;
		const s = from + m.index!;
		const e = s + m[0].length;
		const value = Number(foldDigits(m[1])) * (m[2] ? MAGNITUDE[m[2]] : 1);
		const before = /[\u4e00-\u9fff]{1,10}$/.exec(text.slice(Math.max(0, m.index! - 10), m.index!))?.[0] ?? '';
		out.push({ raw: m[0].trim(), start: map.toInput(s), end: map.toInput(e, 'end'), value, unit: (m[3] ?? '').replace('％', '%'), indicator: before.replace(INDICATOR_TRIM, '') || before });
	}
	return out;
};

/** Figures of reused-with-edits sentences whose value changed, old → new. */
export function changedFigures(old: ParsedReport, draft: ParsedReport, comparison: DraftComparison, extract: FigureExtractor = extractFiguresMinimal): ChangedFigure[] {
	const out: ChangedFigure[] = [];
	for (const m of comparison.matches) {
		if (m.status !== 'edited' || m.old === undefined) continue;
		const a = extract(old, old.sentences[m.old]);
		const b = extract(draft, draft.sentences[m.sentence]);
		const used = new Set<number>();
		b.forEach((fb, k) => {
			// Pair by unit and indicator; fall back to the same position with the same unit.
			let j = a.findIndex((fa, i) => !used.has(i) && fa.unit === fb.unit && fa.indicator === fb.indicator);
			if (j < 0 && a[k] && !used.has(k) && a[k].unit === fb.unit) j = k;
			if (j < 0) return;
			used.add(j);
			if (a[j].value !== fb.value) out.push({ indicator: fb.indicator || a[j].indicator, old: a[j], new: fb, sentence: m.sentence, oldSentence: m.old! });
		});
	}
	return out;
}
