/**
 * What a figure measures, in the report's own words: the clause before the
 * number, trimmed of scope words (全市, 全年), linking verbs (达到, 为, 控制在)
 * and hedges — "as short as stays clear". A count whose clause is only a verb
 * (新建11个美丽乡村连片示范区) borrows the noun after its unit.
 */
import data from '../data/figure-indicators.json';
import hedges from '../data/hedges.json';

const LEADING = [...data.stripLeading].sort((a, b) => b.length - a.length);
// Hedges before a number (近14亿, 接近60%) are not part of what is measured.
const TRAILING = [...data.stripTrailing, ...hedges.before, '由', '从'].sort((a, b) => b.length - a.length);
/** Clause boundaries: a figure's indicator never reaches across these. */
const BOUNDARY = /[，,。；;：:！？!?\n（(）)]/;
/** Time phrases at the start of a clause: 1—4月份, 一季度, 上半年, 2023年. */
const TIME_PREFIX = /^(?:\d{4}年(?:度)?|\d{1,2}[-—–～~至]\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度|今年以来|年末|年底|截至[^，,]{0,8}?(?:底|末))/;
/** Words after a count that end the counted noun (…25个重大事项提交…). */
const NOUN_STOP = /(得到|提交|完成|实现|全部|按时|已|被|成为|达到|获|入选|建成|投入|投产|开工|为|的|落地|签约|通过|纳入|列入|实施|开展|累计|总投资|新增|共|均|分别|和|及|与|、)/;
/** An indicator that only says "rose"/"fell": it continues the figure before it (收入15362元，增长16.4%). */
const CHANGE_ONLY = /^(同比)?(增长|下降|提高|降低|减少|增加|上升|提升|回落)$/;
const COUNT_VERB_ONLY = /^(新建|新增|建成|建设|改造|开工|开工建设|实施|签约|引进|培育|打造|创建|新开工|组建|举办|开展|认定|推动|推进|完成|新认定|新培育|新上|落地|储备|谋划|争取|获批|新获批|提升改造|新改建|改扩建|新建改建)?$/;

function stripOnce(s: string, list: string[], atStart: boolean): string {
	for (const w of list) {
		if (atStart && s.startsWith(w)) return s.slice(w.length);
		if (!atStart && s.endsWith(w) && s.length > w.length) return s.slice(0, s.length - w.length);
	}
	return s;
}

export function cleanIndicator(clause: string): string {
	let s = clause.replace(/[\s\u3000]+/g, '');
	for (let guard = 0; guard < 8; guard++) {
		const before = s;
		s = s.replace(TIME_PREFIX, '');
		// List numbering at the start of an item: 1.新建…, (3)…, —百亿级…
		s = s.replace(/^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[—-]+)/, '');
		s = stripOnce(s, LEADING, true);
		s = stripOnce(s, TRAILING, false);
		if (s === before) break;
	}
	// Unbalanced quotation marks left by a clause cut (“专精特新”中小企业 keeps both).
	if ((s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) s = s.replace(/[“”]/g, '');
	// Very long clauses: keep the end, which names the measure (…营商环境评价).
	if (s.length > 24) s = s.slice(s.length - 24);
	return s;
}

/** Text of the noun after a count (25个|重大事项|提交…), or ''. */
function nounAfter(text: string, from: number): string {
	return nounAfterSpan(text, from).noun;
}

function nounAfterSpan(text: string, from: number): { noun: string; end: number } {
	let s = '';
	for (let i = from; i < text.length && s.length < 14; i++) {
		const c = text[i];
		if (BOUNDARY.test(c) || /[0-9０-９]/.test(c)) break;
		s += c;
	}
	const stop = NOUN_STOP.exec(s);
	if (stop) s = s.slice(0, stop.index);
	if ((s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) s = s.replace(/[“”]/g, '');
	return s.length >= 2 ? { noun: s, end: from + s.length } : { noun: '', end: from };
}

export interface ClauseContext {
	/** The sentence (or paragraph) text the figure sits in. */
	text: string;
	/** Offset in `text` where the figure's number (or its hedge) starts. */
	numStart: number;
	/** Offset in `text` where the figure ends. */
	end: number;
	/** End of the previous figure in the same text, or 0. */
	prevEnd: number;
	/** Indicator of the previous figure in the same text (for 7.1%和9.8%). */
	prevIndicator: string | null;
	isCount: boolean;
}

export interface IndicatorResult {
	indicator: string;
	/** Where the text this indicator used ends (past a borrowed noun), so the next figure's clause starts after it. */
	consumedEnd: number;
}

export function indicatorOf(c: ClauseContext): IndicatorResult {
	let from = c.prevEnd;
	for (let i = c.numStart - 1; i >= c.prevEnd; i--) {
		if (BOUNDARY.test(c.text[i])) {
			from = i + 1;
			break;
		}
	}
	const clauseRaw = c.text.slice(from, c.numStart);
	let ind = cleanIndicator(clauseRaw);
	let consumedEnd = c.end;
	if (c.isCount && (COUNT_VERB_ONLY.test(ind) || ind.length <= 4)) {
		const n = nounAfterSpan(c.text, c.end);
		if (n.noun) {
			ind = ind + n.noun;
			consumedEnd = n.end;
		}
	}
	// 分别增长7.1%和9.8%, 第1位、第2位和第6位: a bare connective continues the previous indicator.
	if (!ind || /^(和|及|与|、|或|到|至|[－—~～-]|降至|降到|提高到|增加到)$/.test(ind)) {
		if (c.prevIndicator && from === c.prevEnd) return { indicator: c.prevIndicator, consumedEnd };
	}
	if (CHANGE_ONLY.test(ind) && c.prevIndicator && !CHANGE_ONLY.test(c.prevIndicator)) {
		return { indicator: c.prevIndicator.replace(/(增长|下降|提高|降低|减少|增加)$/, '') + ind, consumedEnd };
	}
	return { indicator: ind, consumedEnd };
}
