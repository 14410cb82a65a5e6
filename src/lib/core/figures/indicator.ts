/**
 * What a figure measures, in the report's own words: the clause before the
 * number, trimmed of scope words (全市, 全年), linking verbs (达到, 为, 控制在)
 * and hedges — "as short as stays clear". A count whose clause is only a verb
 * (新建11个美丽乡村连片示范区) borrows the noun after its unit.
 */
import data from '../data/figure-indicators.json';
import hedges from '../data/hedges.json';
import { segmenter } from '../segmenter';
import { anchorWords, knownIndicator, splitChange } from './vocab';
import { alternation } from '../text/alternation';

/**
 * A clause without the numbers it ends in (是2010年的1.8和2.0| → 是2010年的): the longest tail of numbers
 * (1.5, 12) each followed by a separator (、和及与至到～~—－-), the last one optionally, that does not start
 * right after a letter, a digit or a point. Read backwards once: a pattern that tried it from every position
 * of the clause took quadratic time on a long list (2、2、2、…) and, with the separator optional, exponential
 * time on a run of digits before a figure (123123…+5%).
 */
function stripTrailingNumbers(s: string): string {
	const digit = (i: number) => i >= 0 && /[0-9０-９]/.test(s[i]);
	const sep = (i: number) => i >= 0 && /[、和及与至到～~—－-]/.test(s[i]);
	let from = s.length;
	let pos = s.length;
	if (sep(pos - 1)) pos--;
	for (;;) {
		// One number, read backwards: digits, then an optional integer part before a point.
		let c = pos;
		while (digit(c - 1)) c--;
		if (c === pos) break;
		if (/[.．]/.test(s[c - 1] ?? '') && digit(c - 2)) for (c -= 1; digit(c - 1);) c--;
		if (c === 0 || !/[A-Za-z.．\d０-９]/.test(s[c - 1])) from = c;
		if (!sep(c - 1)) break;
		pos = c - 1;
	}
	return s.slice(0, from);
}
const LEADING = [...data.stripLeading].sort((a, b) => b.length - a.length);
// Hedges before a number (近14亿, 接近60%) are not part of what is measured.
const TRAILING = [...data.stripTrailing, ...hedges.before, '由', '从'].sort((a, b) => b.length - a.length);
/** Clause boundaries: a figure's indicator never reaches across these. */
const BOUNDARY = /[，,。；;：:！？!?\n（(）)]/;
/** The digits of a year in Chinese numerals (一九八〇, 二〇二三): national reports of the 1950s–1980s write years so. */
export const HAN_YEAR_DIGITS = '[一二][〇零九][〇零一二三四五六七八九]{2}';
/** A year, in Arabic or Chinese numerals, with 年: 1980年, 一九八〇年 (a regular-expression source). */
const YEAR = `(?:(?:19|20)\\d\\d|${HAN_YEAR_DIGITS})年`;
/** Time phrases at the start of a clause: 1—4月份, 一季度, 上半年, 2023年. */
const TIME_PREFIX = new RegExp(
	String.raw`^(?:(?:过去|近|这|前)?[一二三四五六七八九十两几\d]{1,2}年(?:来|间|中|内|里)|[一二三四五六七八九十两几]年(?=年均|平均|累计|共|合计)|过去[一二三四五六七八九十两几]年|(?:到|至)?(?:\d{4}|${HAN_YEAR_DIGITS})[ \u3000]?(?:年(?:度|底)?(?!末)|(?=年末))|\d{1,2}[-—–～~至]\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度|今年以来|年末|年底|“?[一二三四五六七八九十]+五”?(?:期间|时期|以来|期末|末)|截至[^，,]{0,8}?(?:底|末))`
);
/** A five-year term: 九五, “十五”, 十一五 (十五 is 十 and 五, not 十 and a digit and 五). */
const TERM = '“?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”?';
/** A comparison base before a change word (data `changeWords`), with the figure's own year before it (一九八一年比一九八〇年增长): 比1990年增长, 比“七五”时期增长, 比“十五”末提高, 比1980年预计增加, 较年初新增, 同比增长. */
const COMPARISON = new RegExp(
	`(?:(?:${YEAR})?(?:比|较)(?:${alternation(data.comparisonBases)}|${YEAR}(?:末|底)?|${TERM}(?:末期|末|期末|时期|期间)?)|${alternation(data.comparisonAdverbs)})(?:预计|同期)?(?=(?:分别)?(?:实际|名义)?(?:${alternation(data.changeWords)}))`,
	'g'
);
/** 地区生产总值…分别是“十二五”末的|1.4倍: the base of a multiple at the end of its name. */
/** A base counted back from now: 五年前, 两年前, 10年前 (the count in the group). */
export const YEARS_AGO = '([一两三四五六七八九十]|[2-9]|1\\d)年前';
const MULTIPLE_BASE = new RegExp(`(?:分别)?(?:是|为|相当于)(?:${YEAR}(?:末|底)?|上年|去年|${YEARS_AGO}|${TERM}(?:末期|末|期末|时期)?)的?$`);
/** A multiple's name without its base (地区生产总值是“十二五”末 → 地区生产总值, 技术交易额是五年前 → 技术交易额), when a name of two characters or more is left. */
export function multipleName(name: string): string {
	const m = MULTIPLE_BASE.exec(name);
	return m && m.index >= 2 ? name.slice(0, m.index) : name;
}
/**
 * 按可比价计算, 按验资口径; and a basis without 按 right before a change or a level (一般公共预算收入同口径增长5%, 363 times
 * in the gov collection; 税收占比（同口径）达到73%, 实际利用外资（历史可比口径）增长8%): the basis of a calculation, never part of the measure.
 */
const CALCULATION_BASIS = new RegExp(
	`(?:按照|按)(?:${alternation(data.calculationBases)})(?:计算|统计|计)?|(?:[（(][^（()）]{0,4}(?:${alternation(data.calculationBases)})[）)]|(?:${alternation(data.calculationBases)}))(?=(?:分别)?(?:${alternation(data.changeWords)}|达到|达|为))`,
	'g'
);
const ATTAINED = new RegExp(`(?<=[\\p{Script=Han}”）)]{2})(?:实现|完成)(?=${alternation(data.attainedMeasures)})`, 'gu');
/**
 * The verbs of a change to a new level, before 到/至 (增加到, 降至, 升至, 精简到, 发展到): one list for every rule that reads a
 * level reached — the name before it, the year reached, a list's new levels.
 */
export const REACH_VERB =
	'(?:增加|提高|扩大|拓展|跃升|攀升|上升|提升|增长|回升|恢复|晋升|递增|递升|扩增|调增|下降|减少|降低|回落|压减|压缩|缩短|缩减|缩小|削减|核减|调减|精简|调整|发展|增|升|降|减)';
/** A level's verb ending a name (市场主体增至|28.1万户, 焦化企业数量缩减到|21户): the name is what reached it. */
export const REACH_END = new RegExp(`${REACH_VERB}(?:到|至)$`);
/** A clause head giving a list's new levels (分别由…，增加到17.7部和9.5部). */
const LIST_REACHED = new RegExp(`^[\\s\\u3000]*${REACH_VERB}(?:到|至)[\\s\\u3000]*$`);
/** A milestone passed (突破千亿元大关, 连续跨越五个百亿台阶, 迈上新台阶), with no sentence mark inside. */
const MILESTONE =
	/(?:历史性地?|连续|先后|接连|相继|首次|首|一举|再次|已经|已)?(?:连跨|连破|突破|跨越|跨上|跨过|迈上|迈过|跃上|登上|站上|越过|冲破|破)[^，,。；;、]{0,10}?(?:大关|台阶|关口)/g;
const YEAR_REACHED = new RegExp(`(?<=${REACH_VERB}(?:到了?|至))${YEAR}(?:末|底)?的?$`);
/** 比一九五七年的|三百一十二万吨, 比2000年的|1570亿元: the base value of a comparison, the whole clause before it. */
const BASE_VALUE = new RegExp(`^(?:比|较)(?:${YEAR}(?:末|底)?|上年|去年)的$`);
/** 是2010年的|1.8倍, 相当于一九五二年的|…: a multiple's base year, the whole clause before the value. */
const MULTIPLE_OF = new RegExp(`^(?:是|为|相当于)(?:${YEAR}|上年|去年)?的?$`);
/** 地区生产总值从2016年的|412.5亿元, 农田有效灌溉率由“十五”末的|74.4%: the base of a change. */
const FROM_BASE = new RegExp(`[由从](?:${YEAR}(?:末|底|初)?|上年|去年|${TERM}(?:末期|末|期末))的?$`);
/** Text right before a value that starts a change from it (由1997年的|9%, 由“十五”末的|74.4%, 从每月|…): its next value is a new level. */
export const FROM_BEFORE_VALUE = new RegExp(
	`[由从](?:(?:${YEAR}(?:末|底|初)?|上年|去年|${TERM}(?:末期|末|期末))的?|每人每月|每?[月年]?(?:人均)?|每[百千万]人|每[百千]户)?\\s*$`
);
/** A change to a new level (增加到, 精简到, 压缩至, 发展到): after a count it ends the counted noun, or starts none. */
const CHANGE_TO = `${REACH_VERB}(?:到|至)`;
/** Words after a count that end the counted noun (…25个重大事项提交…). */
const CHANGE_TO_START = new RegExp(`^${CHANGE_TO}`);
const CHANGE_TO_ONLY = new RegExp(`^(?:分别)?${CHANGE_TO}$`);
const NOUN_STOP = new RegExp(
	`(正在|已经|将|都(?![市会])|也|得到|解决|接受|提交|完成|实现|进行|创建|用好|用足|开业|落户|竣工|加快|扎实|迈出|成功|入驻|改为|全部|全面|顺利|基本|正式|如期|按时|已|被|成为|达到|获|入选|建成|投入|投产|开工|为|的|落地|签约|通过|纳入|列入|实施|开展|累计|总投资|新增|共|均|分别|和|(?<![普涉])及|与|、|${CHANGE_TO}|${data.nounStops.map((w) => (w === '并' ? '并(?![购入联网列肩])' : w === '取得' ? '取得(?!突破)' : w)).join('|')})`
);
/** 3个|传统产业|主营业务收入: a measure of the counted things ends the noun and is left to the next figure's name. */
const COUNTED_MEASURE = new RegExp(`(?<=[^净]{2})(?:${alternation(data.countedMeasures)})`);
/** 完成|全社会固定资产投资168.44亿元: a verb opening an amount's or a rate's clause (a count keeps it). */
const LEADING_VERB = new RegExp(`^(?:${alternation(data.leadingVerbs)})(?!(?:年度|全年)?(?:预算|计划|规划|任务|目标))(?=.{3})`);
const SCOPE = new RegExp(`^(?:${alternation(data.scopeWords)})(?![和及与、])`);
/** 生产总值完成|3270亿元: a verb between an amount's measure and its value. */
const MEASURE_VERB = new RegExp(`(?<=..)(?:${alternation(data.measureVerbs)})$`);
/**
 * The change words every reading of a change shares (增长, 下降…); each pattern below adds the words its place needs
 * (净增 for a change said alone, 新增 for a list's earlier names, 削减 for one value said of a list).
 */
const CHANGE_WORDS = '增长|下降|提高|降低|减少|增加|递增';
/** A change word ending an earlier name, 年均 and 实际 with it (收入增长|，人均…): the level the next figure names. */
const PREV_CHANGE = new RegExp(`(?:年均)?(?:实际|名义)?(${CHANGE_WORDS}|净增|净减)$`);
/** The change word an earlier name of a list ends with (…吞吐能力新增), 年均 with it. */
const LIST_CHANGE = new RegExp(`(?:年均)?(?:${CHANGE_WORDS}|新增)$`);
/** A change word ending a name. */
const CHANGE_WORD_END = new RegExp(`(${CHANGE_WORDS})$`);
/** An indicator that only says "rose"/"fell": it continues the figure before it (收入15362元，增长16.4%). */
const CHANGE_ONLY = new RegExp(`^(同比)?(年均)?(实际|名义)?(${CHANGE_WORDS}|净增|净减|上升|提升|回落|上涨|增产|减产)$`);
/** A change word ending a name: 标准提高|30元，达到410元 — the level is the name without it. */
const LEVEL_OF_CHANGE = new RegExp(
	`(?<=..)(?:年均|年平均|五年|累计)?(?:再|又)?(?:${CHANGE_WORDS}|上升|提升|净增|净减|新增|扩大|缩小|跃升|拓展|压减|压缩|缩短|缩减)$`
);
/** A change to a new level right before the value (扩大到310种, 分别增加到8个和15个). */
/** Per head, per household and how often, between a level's verb and its value (每人每年, 月人均, 人均, 每年, 月). */
export const PER_HEAD_WORDS = '(?:(?:每人|人均|每户|户均|[年月]人均)(?:每?[年月])?|每?[年月])';
/** 提高到每人每年|420元: a per-head or per-period word before the value. */
const PER_HEAD = new RegExp(`${PER_HEAD_WORDS}$`);
const REACHED = new RegExp(`${REACH_VERB}(?:到|至)(?:分别)?$`);
/** Adverbs and auxiliaries before a verb (加快规划建设, 大力培育). */
const ADVERBS = /^(?:加快|加紧|加大|大力|积极|着力|全力|重点|继续|持续|力争|计划|努力|每年)+(?=..)/;
/** 完成|改造老旧小区: the linking verb before a count's deed (the naming rule excludes 完成 as it excludes 达到). */
const COUNT_LINK = /^完成(?=[\u4e00-\u9fff]{2})/;
/** 推进15个|省市级示范乡镇…创建, 强力推进|“双引擎”重点项目32个: a verb pushing a count forward opens no count's name. */
const PROMOTION = new RegExp(`^(?:${alternation(data.promotionAdverbs)})*(?:${alternation(data.promotionVerbs)})`);
/** Verbs that move work on (加快, 推进, 启动…; data `progressVerbs`): before `N个X建设` they count X. */
const PROGRESS_VERBS = new Set(data.progressVerbs);
/** A name that is only a head (增速, 总数): the measure before's; `newWords` leave that name before a total. */
const BARE_HEADS = new Set(data.bareHeads);
const NEW_WORDS = new RegExp(`^(?:${alternation(data.newWords)})(?=..)`);
/**
 * What a figure adds, as the thing its total counts: 新增国家高新技术企业 → 国家高新技术企业, 新认定驰名商标 → 驰名商标 (新 and
 * the verbs after it, words of two characters the lexicon tags v or vn, while three characters stay: 新登记经营主体 keeps
 * 登记经营主体, not 主体), 市场主体净增 → 市场主体 (the adding word at the end).
 */
function addedThing(name: string): string {
	let s = name.replace(LEVEL_OF_CHANGE, '');
	const m = NEW_WORDS.exec(s);
	if (!m) return s;
	s = s.slice(m[0].length);
	if (m[0] !== '新') return s;
	const words = wordsOf(s);
	let a = 0;
	let cut = 0;
	while (
		a < words.length - 1 &&
		words[a].length >= 2 &&
		/^vn?$/.test(segmenter().tag?.(words[a]) ?? '') &&
		s.length - cut - words[a].length >= 3
	)
		cut += words[a++].length;
	return s.slice(cut);
}
const HEAD_END = new RegExp(`(?:${CHANGE_WORDS}|${alternation(data.bareHeads)})$`);
/** 年均增长15.5%，力争18%: an aim alone before a value restates the measure before. */
const AIM_WORD = new RegExp(alternation(data.aimWords));
const AIM_ONLY = new RegExp(`^[\\s\u3000]*(?:${alternation(data.aimWords)})(?:达到|实现|为)?[\\s\u3000]*$`);
/** The text of a clause before its value is only an aim (力争, 确保): the value restates the measure of the clause before. */
export const aimOnly = (beforeValue: string): boolean => AIM_ONLY.test(beforeValue);
/** 中央财政拟安排|保障性安居工程资金: the funder and its verb before what the money is for. */
const FUNDING = new RegExp(`^(?:${alternation(data.funders)})(?:${alternation(data.fundingVerbs)})(?=.{4})`);
/** 将财政年人均补助标准提高, 启动总投资: a particle or verb opening the clause, not the measure (启动区, 将近 are words). */
const CLAUSE_PARTICLE = new RegExp(`^(?:${alternation(data.clauseParticles)})(?![区近来和及与、])(?=.{3})`);
/** 政府给予每人每月|50元|的护理补贴: what is given is named after the value. */
const GIVING_END = new RegExp(`(?:${alternation(data.givingVerbs)})(?:每人每月|每人每年|每人|每户|每月|每年)?$`);
const COUNT_VERB_ONLY =
	/^(新建|新增|建成|建设|改造|开工|开工建设|实施|签约|引进|培育|打造|创建|新开工|组建|举办|开展|认定|推动|推进|完成|新认定|新培育|新上|落地|储备|谋划|争取|获批|新获批|提升改造|新改建|改扩建|新建改建|规划建设|取消|建立|设立)?$/;

const EDGE_LEAD = new Set(data.edgeClasses.lead);
const EDGE_TAIL = new Set(data.edgeClasses.tail);
const PRONOUNS = new Set(data.edgeClasses.pronouns);
const MODAL = new Set(data.edgeClasses.modal);
const EDGE_KEEP = new Set(data.edgeClasses.keep);
const KEEP_AT_START = new Set(data.edgeClasses.keepAtStart);
const HAN_WORD = /^\p{Script=Han}+$/u;
/** What follows 等 when it closes examples of a kind (…等方面, 等领域, 等地, 等多个…) or goes on with a preposition (等在…), not a head of its own. */
const DENG_GENERIC = /^(?:方面|领域|行业|部门|地|项|重点|多|各|一批|一系列|系列|形式|环节|因素|问题|措施|[在对向从由比按为])/;

/**
 * A function remembered for the strings it was asked about: names and nouns repeat within and across reports,
 * so each is worked out once. Bounded: past 20,000 strings the memory starts afresh.
 */
function memo<T>(f: (s: string) => T): (s: string) => T {
	const seen = new Map<string, T>();
	return (s) => {
		let v = seen.get(s);
		if (v === undefined) {
			if (seen.size >= 20000) seen.clear();
			v = f(s);
			seen.set(s, v);
		}
		return v;
	};
}

/** A name or noun cut into the lexicon's words, once (the word-class trim, the adverb cut and the word look-ups share it; never mutated). */
const wordsOf = memo((s: string): readonly string[] => segmenter()(s));

/** The lexicon's word of `s` that covers position `at`, and where it starts. */
function wordSpan(s: string, at: number): { word: string; start: number } {
	let i = 0;
	for (const w of wordsOf(s)) {
		if (at < i + w.length) return { word: w, start: i };
		i += w.length;
	}
	return { word: '', start: i };
}
const wordAt = (s: string, at: number) => wordSpan(s, at).word;

/** Whether `at` falls strictly inside a common noun of the lexicon (tag n; 林草植|被: 被 is inside 植被, not the passive; 荣获 is tagged nr, so 荣|获 still ends a noun). */
function insideNoun(s: string, at: number): boolean {
	const { word, start } = wordSpan(s, at);
	return word.length >= 2 && at > start && segmenter().tag?.(word) === 'n';
}

/**
 * 保证今年全省人口的自然增长率, 国家外汇储备年底, 要新营造薪炭林, 它的产值…, 及时处置…险情: what is not the measure
 * is read by word class (the part-of-speech tags of the segmenter's lexicon, data `edgeClasses`), on word
 * boundaries — at the start adverbs before a verb, conjunctions, time words, pronouns (a pronoun and its 的) and
 * modal verbs before a verb; at the end one-character adverbs, conjunctions, time words, aspect particles and modal
 * verbs, when what is left ends in a word of two characters or more (是上|五年, 英|能 stay). Negations, degree words
 * and words the tags misread (不, 最, 现代, 既有; `keep`) stay, and so do 年末/冬季 opening a name.
 */
export function trimWordClasses(s: string): string {
	return s.length < 3 ? s : trimByClassOnce(s);
}

const trimByClassOnce = memo(trimByClass);

function trimByClass(s: string): string {
	const seg = segmenter();
	const words = wordsOf(s);
	if (words.length < 2) return s;
	const tag = (w: string | undefined) => (w === undefined ? '' : (seg.tag?.(w) ?? ''));
	const length = (i: number, j: number) => words.slice(i, j).reduce((n, w) => n + w.length, 0);
	let a = 0;
	let b = words.length;
	while (b - a > 1) {
		const w = words[a];
		const next = words[a + 1];
		// 五常、方正…, 各县（市、区）: a word before a list separator or a bracket is part of the name.
		if (!HAN_WORD.test(w) || !HAN_WORD.test(next) || EDGE_KEEP.has(w) || KEEP_AT_START.has(w) || /^[和及与]$/.test(next)) break;
		const t = tag(w);
		const pronoun = t.startsWith('r') && (PRONOUNS.has(w) || next === '的');
		// An adverb or a modal verb before a verb (要新营造, 已解决).
		// A time word of one character (清|拆, 节|柴) is a misread verb.
		const cut =
			pronoun ||
			(MODAL.has(w) ? /^[vadt]/.test(tag(next)) : t === 'd' ? /^[vd]/.test(tag(next)) : EDGE_LEAD.has(t) && (t !== 't' || w.length > 1));
		const skip = pronoun && next === '的' ? 2 : 1;
		if (!cut || length(a + skip, b) < 2) break;
		a += skip;
	}
	while (b - a > 1) {
		const w = words[b - 1];
		const t = tag(w);
		// 比2000|年末: nor after a number or a measure word.
		const before = words[b - 2];
		// 投资要|争取: a modal word after another is cut too (the one-character 要 before it then goes on its own turn).
		if (
			!HAN_WORD.test(w) ||
			!HAN_WORD.test(before) ||
			EDGE_KEEP.has(w) ||
			(before.length < 2 && !(MODAL.has(before) && MODAL.has(w))) ||
			/^[mq]/.test(tag(before))
		)
			break;
		// 年度投资计划: a modal word the lexicon tags as a noun (计划) is a noun at the end.
		const cut = (MODAL.has(w) && t !== 'n') || (EDGE_TAIL.has(t) && (t === 'd' ? w.length === 1 : t !== 't' || w.length > 1));
		if (!cut || length(a, b - 1) < 2) break;
		b--;
	}
	// The corpus's vocabulary of indicators: words outside the known indicator the name ends in leave it.
	return anchorWords(words.slice(a, b));
}

/** The words of a margin over another figure (高于全省, 低于控制目标): one source for the names and the clauses. */
const MARGIN_WORDS = '高于|低于|快于|慢于|小于|大于|好于|优于|超过|超出|高出';
/** A whole area a figure is compared with: 全国, 全省, 全市… */
const WHOLE_AREA = '全(?:国|省|市|区|州|县|盟|疆)';
/** A comparison with a list of two areas (高于全省、全国; 高于全国全省). */
const COMPARED_AREAS = new RegExp(`(${MARGIN_WORDS}|领先)${WHOLE_AREA}[、和及与]?${WHOLE_AREA}$`);
/** 降幅小于全国, 增速快于全省: the area a measure is compared with ends its name and stays in it. */
const COMPARED_AREA = new RegExp(`(?:${MARGIN_WORDS}|领先)${WHOLE_AREA}$`);

/** The hedges of one character before a value (约, 近, 超, 逾). */
const HEDGE_CHARS = new Set(hedges.before.filter((h) => h.length === 1));

function stripOnce(s: string, list: string[], atStart: boolean): string {
	if (!atStart && COMPARED_AREA.test(s)) return s;
	for (const w of list) {
		// 城区和郊区增长: a scope word followed by a list separator is an item of the list, not a scope.
		if (atStart && s.startsWith(w) && !/^[和及与、]/.test(s.slice(w.length))) return s.slice(w.length);
		// 招商签约|200个: a hedge of one character that ends a verb of the lexicon (签约) is that verb's.
		if (
			!atStart &&
			s.endsWith(w) &&
			s.length > w.length &&
			!(HEDGE_CHARS.has(w) && /^vn?$/.test(tagOf(s.slice(-2))) && wordSpan(s, s.length - 1).start === s.length - 2)
		)
			return s.slice(0, s.length - w.length);
	}
	return s;
}

/**
 * What spreads a list of values over a list of items: 分别, and 各 before a predicate (城镇居民和农村居民人均可支配收入
 * 各达到15660元和5987元, 江西 2016). `EACH_MARKS` is the same, for scanning a text.
 */
const EACH_SOURCE = '分别|各(?=由|从|(?:年均)?(?:达到?|增长|增加|提高|提升|上升|下降|降低|减少|为|是|占|突破|超过))';
const EACH = new RegExp(EACH_SOURCE);
const EACH_MARKS = new RegExp(EACH_SOURCE, 'g');

/**
 * An aim or a possibility (力争, 争取, 确保, 努力; 可) right before the change word that ends a name, or ending it once the level's
 * verb is gone (标准化率力争|提高到30%; not 争取 alone at the end: 向上争取420亿元置换债券 obtains what it names).
 */
const AIM_BEFORE_CHANGE =
	/(?<=[\u4e00-\u9fff]{2})(?:(?:力争|争取|确保|努力|(?<![预许认])可)(?=(?:同口径|同比|实际)?(?:增长|下降|提高|降低|减少|增加|上升|提升|回落|扩大|缩小)$)|(?:力争|确保|努力)$)/;

/** A rate's period or head right after the verb of a level (达到月, 提高到每人每月, 提高到月人均). */
const PER_PERIOD = new RegExp(`(?<=(?:达到|达|为|${REACH_VERB}(?:到|至)))${PER_HEAD_WORDS}$`);

export function cleanIndicator(clause: string, keepLong = false): string {
	let s = clause.replace(/[\s\u3000]+/g, '');
	// 分别 (or a distributive 各) never belongs to a name; nor does a comparison base (比1990年, 比“七五”时期) before a change.
	s = s.replace(EACH_MARKS, '').replace(/各$/, '');
	// 城乡低保标准分别达到月|460元, 提高到每人每月|620元, 提高到月人均|330元: how often a level is paid is the value's, not the name's.
	s = s.replace(PER_PERIOD, '');
	// 煤层气地面抽采量占到全国|90%: 占到 a whole is 占 it (the share's name keeps 占全国, as 占全省的|18% does).
	s = s.replace(new RegExp(`占到(?=${WHOLE_AREA})`), '占');
	s = s.replace(COMPARISON, '');
	// 能耗预计下降: an estimate before the change is not part of the measure.
	s = s.replace(/预计(?=(?:增长|下降|提高|降低|减少|增加|上升|上涨|回落)$)/, '');
	// 集体经济预计总收入, 数字经济增加值有望突破: an estimate is no part of the measure anywhere in its name.
	const estimate = /(?:初步)?预计(?!数)(?:可以|可(?![支持再比用]))?|有望/g;
	if (s.replace(estimate, '').length >= 2) s = s.replace(estimate, '');
	// 扣除物价因素增长: a deflator, not part of the measure.
	s = s.replace(/(?:扣除|剔除)(?:物价|价格)(?:上涨)?因素(?:后)?/g, '');
	// 按可比价计算增长, 按可比口径增长, 按验资口径实际利用外资: the basis of a calculation (data `calculationBases`) is not the measure.
	s = s.replace(CALCULATION_BASIS, '');
	// 规模以上工业产值突破千亿元大关, 地区生产总值连跨三个千亿台阶: a milestone passed is no part of the measure.
	if (s.replace(MILESTONE, '').length >= 2) s = s.replace(MILESTONE, '');
	// 经济区实现生产总值, 山区市完成生产总值: 实现 or 完成 between a subject and its measure (data `attainedMeasures`) is no part of the name.
	s = s.replace(ATTAINED, '');
	// 分别高于全省、全国1个和2.2个百分点: two areas in a list are the values' own, one each; the name keeps neither.
	s = s.replace(COMPARED_AREAS, '$1');
	// 在1956年将达到: a time phrase after 在; 在山西大学等12家: a place (not 在校, 在孵, 在业, 在院…: words).
	s = s.replace(/^在(?![校建岗线职谈库册园读营孵业院])/, '');
	// 地区生产总值从2016年的|412.5亿元: the base year of a change.
	// 建成区面积增加到2020年的|522平方公里, 增加到一九八五年的|一百二十部: the year a level is reached is its time, not its name.
	s = s.replace(YEAR_REACHED, '');
	s = s.replace(FROM_BASE, '').replace(/[由从](?:每?[月年]?|每[百千万]人|每[百千]户)(?:人均)?$/, '');
	for (let guard = 0; guard < 8; guard++) {
		const before = s;
		s = s.replace(TIME_PREFIX, '');
		s = s.replace(FUNDING, '');
		s = s.replace(CLAUSE_PARTICLE, '');
		// 预期国内生产总值年均增长9%: an expectation opening the clause is an aim, no part of the measure (预期性指标, 预期目标 are names).
		s = s.replace(/^预期(?![性目指值])(?=..)/, '');
		// List numbering at the start of an item: 1.新建…, (3)…, —百亿级…, 十是新建…, and a note's number ([17]职教发展12条).
		s = s.replace(/^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[[［【]\d{1,3}[\]］】]|[—-]+|[一二三四五六七八九十]{1,2}是(?=..))/, '');
		s = stripOnce(s, LEADING, true);
		// 我市|在全国的信用综合排名上升: 在 and the whole area it places the subject in, left at the start once the subject is gone
		// (not 在孵, 在业, 在院: words).
		s = s.replace(new RegExp(`^在${WHOLE_AREA}的?(?=..)`), '');
		// 市场主体增至|28.1万户, 焦化企业数量缩减到|21户: a level's verb (REACH_VERB) ends no name (before the trailing words, whose
		// 至 alone would leave 增).
		if (s.replace(REACH_END, '').length >= 2) s = s.replace(REACH_END, '');
		s = stripOnce(s, TRAILING, false);
		// 农业生产标准化率力争|提高到30%, 地方一般公共预算收入力争同口径增长, 森林覆盖率可提高: an aim or a possibility before the
		// change (or before the level's verb, gone by now) is no part of the measure; what is left must name something, not be a
		// modal word itself (必须确保|13%左右的经济增速).
		const aimless = s.replace(AIM_BEFORE_CHANGE, '');
		if (aimless !== s && aimless.length >= 2 && !MODAL.has(aimless)) s = aimless;
		// 增加4.2和|4.7平方米, 由7.8|增加到12.9平方米, 居全省第2和|第4位: bare numbers of a list are values, not name.
		s = stripTrailingNumbers(s);
		// 服务业增长要达到, 优良率继续保持, 目标设定为: modal and keeping verbs are not the measure (纲要, 主要 are words).
		s = s.replace(/(?:(?<![纲重主需摘提概只])要|继续保持|保持|设定|继续)$/, '');
		// 固定资产投资六年|完成: a span of years after the measure is its period, not its name.
		// (not 一九五七年, 是上一个五年, 连续四年).
		s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?<![一二三四五六七八九十〇零两几上前个这近续])[三四五六七八九十]年(?:来|间)?$/, '');
		// 使公共交通分担率提高到, 使我区新增投资达到: a causative verb (the lexicon's word 使, 使得) opens what it makes happen.
		if (/^使得?/.test(s) && /^使得?$/.test(wordsOf(s)[0] ?? '') && s.length > 3) s = s.replace(/^使得?/, '');
		// 全国的位次: a 的 left at the start by a stripped scope word.
		s = s.replace(/^的(?=..)/, '');
		// 安全利用率均达到: 均 (not 人均, 年均, 平均, 户均) says several share the value.
		s = s.replace(/(?<![人年平户])均(?:为|达)?$/, '');
		s = trimWordClasses(s);
		if (s === before) break;
	}
	s = s.replace(/^[、，,]+/, '');
	// Unbalanced quotation marks left by a clause cut (“专精特新”中小企业 keeps both).
	if ((s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) s = s.replace(/[“”]/g, '');
	// Very long clauses: keep the end, which names the measure (…营商环境评价), from a list item's start if one is near.
	if (s.length > 24 && !keepLong) {
		const cut = s.length - 24;
		const sep = Math.max(s.lastIndexOf('、'), s.lastIndexOf('，'));
		s = sep >= 0 && s.length - sep - 1 >= 4 ? s.slice(sep + 1) : s.slice(cut);
		if (s.length > 24) s = s.slice(s.length - 24);
	}
	return s.replace(/^[、，,的]+(?=..)/, '');
}

/** The noun after a figure (25个|重大事项|提交…), and where it ends; '' when none. */
function nounAfterSpan(text: string, from: number, inList = false, recipient = false): { noun: string; end: number } {
	// 80%以上的行政村, 18万人的农牧区供水工程: the noun starts after 的.
	const lead = /^(?:以上|以下|左右|之多|多|余)?的|^(?:以上|以下|左右|之多)/.exec(text.slice(from, from + 4));
	const start = from + (lead ? lead[0].length : 0);
	let s = '';
	let i = start;
	while (i < text.length && s.length < 14) {
		const c = text[i];
		// 县（市、区）, “民主法治示范村（社区）”: a short bracket or quotation belongs to the noun.
		const close = c === '（' ? '）' : c === '(' ? ')' : c === '“' ? '”' : null;
		if (close) {
			const j = text.indexOf(close, i + 1);
			if (j > i && j - i <= 12 && !/[。；;\n]/.test(text.slice(i, j))) {
				s += text.slice(i, j + 1);
				i = j + 1;
				continue;
			}
		}
		// 15个|10亿元以上项目, 30万吨级码头: a threshold inside the noun.
		if (/[0-9０-９]/.test(c)) {
			// 300个|5G基站: a code of digits and Latin letters (5G, 4K, 3D) opens the noun too.
			const t = /^[0-9０-９]+(?:\.[0-9]+)?[十百千万亿]*[^\d，。；、]{0,3}?(?:以上|以下|级)|^[0-9]+[A-Za-z]+(?=\p{Script=Han})/u.exec(
				text.slice(i, i + 14)
			);
			if (t && s === '') {
				s += t[0];
				i += t[0].length;
				continue;
			}
			break;
		}
		if (BOUNDARY.test(c)) break;
		s += c;
		i++;
	}
	// 综合嵌入式社区居家养老服务中|心: a noun cut at its length bound ends at the end of the lexicon's word the bound falls in —
	// unless a value follows in the clause, before any list separator, whose name the rest is (…所在地环境空气质量优|良天数不低于98%).
	if (
		s.length >= 14 &&
		i < text.length &&
		/\p{Script=Han}/u.test(text[i]) &&
		!/^[^，,。；;：:！？!?\n、和及与]*?[0-9０-９]/.test(text.slice(i))
	) {
		const more = /^\p{Script=Han}{1,6}/u.exec(text.slice(i))![0];
		const { word, start: at } = wordSpan(s + more, s.length);
		if (at < s.length && at + word.length > s.length) {
			const add = at + word.length - s.length;
			s += more.slice(0, add);
			i += add;
		}
	}
	// 为|3万户|职工家庭提供购房资金支持: after 为 (`recipientMarks`) the counted noun ends where what is done for it starts.
	// (为|51所|乡镇卫生院、503所行政村…更新医疗设备: a list of recipients is left to the rules for lists.)
	if (recipient) {
		const first = s.split(/[、，]/)[0];
		const cut = recipientOf(first);
		if (cut !== first) s = cut;
	}
	// 8条重点产业链规模突破|8000亿元: the linking verb before the next value is no part of the noun (取得突破 is).
	if (/.{2}突破$/.test(s) && /^[\d０-９一二三四五六七八九十百千万亿两]/.test(text.slice(i))) s = s.slice(0, -2);
	// 由一九八〇年的六百七十五所|增加到一九八二年的…, 从86项|精简到75项: a change to a new level after the value starts no noun.
	if (CHANGE_TO_START.test(s)) return { noun: '', end: from };
	// 为老年人服务的项目: a short 的-phrase is part of the noun.
	const masked = s.replace(/[（(“][^）)”]*[）)”]/g, (m) => '\u0000'.repeat(m.length));
	const de = /^[^的]{1,10}的/.exec(masked);
	const skip = de && !/^(的|以上|以下)/.test(masked) ? de[0].length : 0;
	// 林草植被…: a stop word inside a noun of the lexicon ends nothing (the first stop at a word's edge does).
	const rest = masked.slice(skip);
	let stop = NOUN_STOP.exec(rest);
	while (stop && stop.index > 0 && HAN_WORD.test(rest) && insideNoun(rest, stop.index)) {
		const next = NOUN_STOP.exec(rest.slice(stop.index + 1));
		stop = next ? Object.assign(next, { index: stop.index + 1 + next.index }) : null;
	}
	if (stop) s = s.slice(0, skip + stop.index);
	const measure = COUNTED_MEASURE.exec(s.slice(skip));
	if (measure) s = s.slice(0, skip + measure.index);
	s = beforeAdverb(s);
	s = s.length < 3 ? s : dropTrailingLink(s);
	if ((s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) s = s.replace(/[“”]/g, '');
	// 60个、甘肃唯一…: a list separator right after the unit starts no noun.
	if (/^[、，,]/.test(s)) return { noun: '', end: from };
	const bare = s.replace(/[（(][^）)]*[）)]/g, '');
	// 6个县、400个村: a one-character noun in a list of counts.
	// 23个村完成全面改造: a one-character noun (村, 县, 镇; not 7天|内, 11天|就, 5次|荣获) that a verb of `NOUN_STOP` ends.
	const stoppedByVerb =
		!!stop &&
		skip + stop.index === 1 &&
		/^(?:完成|实现|建成|开工|竣工|通过|纳入|列入|入选|荣获|获|成为|达到|落地|签约|投产)/.test(masked.slice(1)) &&
		!/^(?:[dqmcpuvr]|nr)/.test(segmenter().tag?.(s) ?? 'x') &&
		!/^[内外前后中间里上下]$/.test(s);
	const listed =
		s.length === 1 &&
		(inList || stoppedByVerb || /^[、和及与][0-9０-９一二三四五六七八九十百千万]/.test(text.slice(start + 1, start + 3))) &&
		/\p{Script=Han}/u.test(s) &&
		!FRAGMENT.has(s) &&
		!hedges.before.includes(s);
	if (!((bare.length >= 1 && s.length >= 2) || listed)) return { noun: '', end: from };
	// The noun and its measure stay the next figure's clause (…企业资产总额、利润总额分别增长).
	return { noun: s, end: measure ? from : start + s.length };
}

/**
 * 为|160名|贫困残疾儿童提供康复医疗, 为|3903名|贫困家庭近视青少年配戴近视镜: the people or households a benefactive
 * preposition introduces end before the last verb (two characters or more, tagged v by the lexicon) that has an object
 * after it, adverbs and adjectives before that verb (免费配发) going with it.
 */
const recipientOf = memo((noun: string): string => {
	const words = wordsOf(noun);
	const predicate = (w: string) => w.length >= 2 && HAN_WORD.test(w) && tagOf(w) === 'v';
	// 为|396家|企业发放“科技创新券”: a quoted name is an object, never the people.
	const quote = words.findIndex((w) => w.includes('“'));
	let k = quote < 0 ? words.length - 2 : quote - 1;
	while (k > 0 && !predicate(words[k])) k--;
	if (k <= 0) return noun;
	while (k > 1 && /^(?:d|ad|a|vn|vd)$/.test(tagOf(words[k - 1]))) k--;
	const at = words.slice(0, k).join('').length;
	return at >= 2 && /^n/.test(tagOf(words[k - 1])) ? noun.slice(0, at) : noun;
});

/** Whether the people after a count (为|1000名|贫困残疾人免费配发…) are named, a whole noun and not a list's first item. */
function recipientNamed(text: string, end: number): boolean {
	const n = nounAfterSpan(text, end, false, true);
	return n.noun.length >= 2 && !/^[、，,和及与]/.test(text.slice(n.end, n.end + 1));
}

/** 3项|科技成果在…, 30件|民生实事有27件: a preposition or 有 left at the end of a counted noun is no part of it. */
const dropTrailingLink = memo((noun: string): string => {
	const words = wordsOf(noun);
	return words.length > 1 && /^[在有对向于]$/.test(words[words.length - 1]) && noun.length >= 3 ? noun.slice(0, -1) : noun;
});

/**
 * 20个|安置区同步开工建设, 63个|项目尽早落地: the first adverb of the counted noun (by the lexicon's tags, two
 * characters or more) after a noun, when only verbs and particles follow it (or nothing: a verb stopped the noun),
 * starts what is said of the counted things and ends the noun.
 */
function beforeAdverb(noun: string): string {
	return noun.length < 4 ? noun : cutAtAdverbOnce(noun);
}
const cutAtAdverbOnce = memo(cutAtAdverb);

function cutAtAdverb(noun: string): string {
	const seg = segmenter();
	const tag = (w: string | undefined) => (w === undefined ? '' : (seg.tag?.(w) ?? ''));
	const words = wordsOf(noun);
	let at = 0;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		// 66个|旗县出台了再就业工程…: a verb done (了) after the noun is what is said of the counted things.
		if (k > 0 && at >= 2 && tag(w).startsWith('v') && words[k + 1] === '了' && !/^[vdupc]/.test(tag(words[k - 1])))
			return noun.slice(0, at);
		if (k > 0 && HAN_WORD.test(w) && tag(w).startsWith('d')) {
			// 工程（一期）, 建设进度, 射线高速: words the tags misread as adverbs stay.
			// The adverb follows a noun and only verbs and particles follow it (立面|改造提升|项目 is a noun run on).
			const cut =
				at >= 2 &&
				w.length >= 2 &&
				!EDGE_KEEP.has(w) &&
				!/^(?:[一二三四五六七八九]期|进度|高速)$/.test(w) &&
				!/^[vdupc]/.test(tag(words[k - 1])) &&
				words.slice(k + 1).every((x) => /^[vu]/.test(tag(x)));
			return cut ? noun.slice(0, at) : noun;
		}
		at += w.length;
	}
	return noun;
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
	/** The figure is a rank (unit 位). */
	isRank?: boolean;
	/** The previous figure followed 由/从 (由278个调整为165个). */
	prevFrom?: boolean;
	/** The previous figure was named by the noun after it (1500万元专项贷款和|500万元贴息资金). */
	prevNounAfter?: boolean;
	/** Where the previous figure's value (with its hedge) ends, before any noun it borrowed. */
	prevValueEnd?: number;
	/** The previous figure in the same text has the same unit (家 and 家; not 元 and 人次). */
	sameUnit?: boolean;
	/** The figure is an amount or count (a level), not a rate or a change in 个百分点. */
	level?: boolean;
	/** The figure counts things in a measure word (个, 家, 所, 条, 项, 户, 名…; not a bare number or a rank). */
	measured?: boolean;
}

export interface IndicatorResult {
	indicator: string;
	/** Where the text this indicator used ends (past a borrowed noun), so the next figure's clause starts after it. */
	consumedEnd: number;
}

/** What is left of a clause that names nothing: function words and bare verbs. */
const FRAGMENT = new Set(data.fragments);
/** Verbs that need their object to name a figure (投资, 建成, 惠及). */
const BARE_VERB = new Set(data.bareVerbs);
/** 由278个|调整为|165个, 从28平方公里|扩大到|54: the second value is the same measure's new level. */
const LEVEL_LINK = new RegExp(
	`^(?:[、，,]?(?:分别)?(?:增加|提高|提升|上升|下降|降低|减少|调整|扩大|缩小|增长|精简|压缩|缩减|缩短|跃升|拓展|降|提|增|减|扩|达)?(?:到|至|为|成)?(?:${YEAR}(?:末|底)?的?)?)$`
);
/** A rank's clause with only rank words: 居全省第, 分列第, 增速排名全省第. */
const RANK_ONLY =
	/^(?:增速|增幅|总量|排名|排位|位次)?(?:居|列|排|位居|位列|分居|分列|稳居|跃居|跃升|升至|上升至|上升到|前移至|排名|排在|名列|均居|均列|均位居|分别居|分别列)?(?:全省|全国|全市|全区|全州|全球|世界|中部|西部|东部|东北|同类城市|地级市中|省内|第)*$/;

/** The verb ending `name` and the noun after the figure ending at `end`, when the figure stands between them. */
function objectOf(name: string, clause: string, text: string, end: number): IndicatorResult | null {
	const seg = segmenter();
	const tag = (w: string | undefined) => (w === undefined ? '' : (seg.tag?.(w) ?? ''));
	const words = seg(name);
	const verb = words[words.length - 1];
	if (!verb || verb.length < 2 || tag(verb) !== 'v' || MODAL.has(verb) || OBJECT_VERB_STOP.test(verb)) return null;
	// The verb stands right before the value in the text (收入超过|5万元 is no 收入 of 5万元).
	const raw = seg(clause.replace(/[\s\u3000]+$/, ''));
	if (raw[raw.length - 1] !== verb) return null;
	const n = nounAfterSpan(text, end);
	if (n.noun.length < 2 || BARE_VERB.has(n.noun)) return null;
	// The object is a noun phrase: not a verb, preposition, conjunction, particle or pronoun (用于…, 的…).
	if (/^(?:v|p|c|u|r)/.test(tag(seg(n.noun)[0]))) return null;
	// 项目资助或|6000万元…: a conjunction before the next value is not the object's.
	const noun = n.noun.replace(/[\s\u3000]*(?:或|和|及|与|、)?[\s\u3000]*$/, '');
	return noun.length >= 2 ? { indicator: verb + noun, consumedEnd: n.end } : null;
}
/** Verbs that link or change a measure, never take the thing measured as their object after the value. */
const OBJECT_VERB_STOP =
	/^(?:达到|达|实现|完成|突破|超过|保持|稳定|控制|增长|增加|提高|下降|减少|降低|上升|提升|扩大|缩小|占|为|是|有|用于|累计|共计|合计|安排|投入|投资)$/;

/** The change word ending a name (进出口总额同比增长): a share is the measure's, not its change's. */
const NAMED_CHANGE = new RegExp(`(?:同比)?(?:年均)?(?:实际|名义)?(?:${CHANGE_WORDS})$`);
/** A share of a whole area's total written right before a rate: 财政总收入占全市的|54.3%. */
const SHARE_OF_AREA = /占(全(?:国|省|市|区|州|县|盟))的?[\s\u3000]*$/;

/**
 * 财政总收入占全市的54.3%, 新设外资企业9738家、占全国16.5%: a share of a whole area's total is named by its measure
 * and the area (财政总收入占全市, 新设外资企业占全国), not by the measure alone (a level of a different thing) nor 占.
 */
export function indicatorOf(c: ClauseContext): IndicatorResult {
	const share = c.level || c.isCount ? null : SHARE_OF_AREA.exec(c.text.slice(Math.max(c.prevEnd, c.numStart - 8), c.numStart));
	if (!share) return namedClause(c);
	const numStart = c.numStart - share[0].length;
	// 进出口总额增长19.1%、占全省的71.8%: the share is the measure's, not its change's.
	const ofMeasure = (name: string) => name.replace(NAMED_CHANGE, '');
	const measure = numStart > c.prevEnd ? ofMeasure(namedClause({ ...c, numStart }).indicator) : '';
	const area = '占' + share[1];
	if (measure.length >= 2 && !FRAGMENT.has(measure) && !/^占/.test(measure)) return { indicator: measure + area, consumedEnd: c.end };
	if (!measure && c.prevIndicator && c.prevIndicator.length >= 2 && !/^占/.test(c.prevIndicator))
		return { indicator: ofMeasure(c.prevIndicator) + area, consumedEnd: c.end };
	return namedClause(c);
}

function namedClause(c: ClauseContext): IndicatorResult {
	let from = c.prevEnd;
	for (let i = c.numStart - 1; i >= c.prevEnd; i--) {
		// 农村泥（危）草房: a short bracket inside the clause does not end it.
		if (c.text[i] === '）' || c.text[i] === ')') {
			const open = c.text.lastIndexOf(c.text[i] === '）' ? '（' : '(', i);
			if (open > c.prevEnd && i - open <= 8 && open > 0 && !BOUNDARY.test(c.text.slice(open + 1, i)) && !BOUNDARY.test(c.text[open - 1])) {
				i = open;
				continue;
			}
		}
		if (BOUNDARY.test(c.text[i])) {
			from = i + 1;
			break;
		}
	}
	let clauseRaw = c.text.slice(from, c.numStart);
	const adjacent = from === c.prevEnd && c.prevIndicator !== null;
	// 8家和12家, 增长5%及…: a conjunction right after a figure joins, it is not part of the next name (和美乡村 after a comma is).
	if (from === c.prevEnd && c.prevEnd > 0) clauseRaw = clauseRaw.replace(/^([\s\u3000、]*)(?:以及|和|及|与)/, '$1');
	// 收入超20万元的|行政村达到60%: the threshold figure before belongs to the name (…超20万元的行政村).
	if (from === c.prevEnd && c.prevEnd > 0 && /^[\s\u3000]*的/.test(clauseRaw)) {
		let a = c.prevEnd;
		while (a > 0 && !BOUNDARY.test(c.text[a - 1])) a--;
		clauseRaw = c.text.slice(a, c.numStart);
	}
	// 8个次发达镇生产总值平|均增长10.2%, 6万贫困人口人|均增收1100元: a counted noun cut inside 平均, 人均, 年均 leaves the
	// word's other half to this clause; the measure is the noun after the count and this clause together.
	if (
		from === c.prevEnd &&
		c.prevNounAfter &&
		c.prevValueEnd !== undefined &&
		/^均/.test(clauseRaw) &&
		/[年平人户日月]$/.test(c.text.slice(0, from)) &&
		// (以年均3.1%的能源消费增速支撑年|均5.2%的经济增长: not a noun after 的, which qualifies the next.)
		!/^[\s\u3000]*的/.test(c.text.slice(c.prevValueEnd, from))
	)
		clauseRaw = c.text.slice(c.prevValueEnd, c.numStart);
	// 公共财政收入增长26.5%，高于全省8.2个百分点: a margin over the nation's, province's or city's figure is the margin of
	// the measure before (公共财政收入增长高于全省), and the area it is compared with stays in the name.
	const compared = COMPARED.exec(clauseRaw);
	if (compared) {
		const prev = c.prevIndicator;
		const usable = prev !== null && prev.length >= 2 && !FRAGMENT.has(prev) && !COMPARED.test(prev);
		return { indicator: usable ? prev + compared[1] : compared[1], consumedEnd: c.end };
	}
	let ind = cleanIndicator(clauseRaw);
	if (!c.isCount && MEASURE_VERB.test(ind)) ind = cleanIndicator(ind.replace(MEASURE_VERB, ''));
	// 主城区新建|5座山体健身公园: a part of the city before a count is a scope; 市区空气质量优良率 keeps it.
	const scope = SCOPE.exec(ind)?.[0];
	// 全市生活垃圾处理率44.5%，市区达到100%: the scope alone restates the measure before for its part.
	if (scope && ind === scope && !c.level && c.prevIndicator && !SCOPE.test(c.prevIndicator) && !CHANGE_ONLY.test(c.prevIndicator))
		return { indicator: scope + c.prevIndicator, consumedEnd: c.end };
	if (scope && (c.isCount || ind === scope)) ind = cleanIndicator(ind.slice(scope.length));
	// 推进废弃矿山生态修复|2000亩: nor any other figure's (a name is left).
	if (PROMOTION.test(ind) && (c.isCount || ind.replace(PROMOTION, '').length >= 2)) ind = ind.replace(PROMOTION, '');
	// 完成改造老旧小区|1.69万户, 完成|20个乡镇文体广场建设: 完成 links a count to what was done, as it links an amount (a bare 已完成|885个 keeps 完成).
	if (c.isCount && COUNT_LINK.test(ind)) ind = ind.replace(COUNT_LINK, '');
	// 获国家级优秀教学成果奖|19项, 出台科技新政|46条: how the counted things came about is no part of their name.
	if (c.level) ind = withoutOccasion(ind);
	if (!c.isCount && LEADING_VERB.test(ind) && !BARE_VERB.has(ind.replace(LEADING_VERB, '')))
		ind = cleanIndicator(ind.replace(LEADING_VERB, ''));
	// 基本药物市级目录扩大到|310种: a value reached is a level of the measure, not its change.
	if (REACHED.test(clauseRaw.replace(/[\s\u3000]/g, '').replace(PER_HEAD, ''))) ind = ind.replace(LEVEL_OF_CHANGE, '');
	// 新增吉视传媒、通化益盛药业等上市公司|11家: the examples listed before 等 are not the measure.
	// 组织济南国际网球公开赛等|国际国内重要体育赛事40场: one example is an example too, when 等 stands as a word of its own
	// (the lexicon's, not 高等, 同等, 等级) and a head of three characters or more follows it (not …等方面, 等领域; 会展等活动
	// keeps its example, 活动 alone saying nothing).
	const deng = ind.lastIndexOf('等');
	if (
		deng > 0 &&
		ind.length - deng > 2 &&
		!/^[级于同]/.test(ind.slice(deng + 1)) &&
		(ind.slice(0, deng).includes('、') ||
			(ind.length - deng > 3 &&
				!/[中上高次初优同平对相均超何特头]/.test(ind[deng - 1]) &&
				!DENG_GENERIC.test(ind.slice(deng + 1)) &&
				!CHANGE_ONLY.test(ind.slice(deng + 1)) &&
				wordAt(ind, deng) === '等'))
	)
		ind = ind.slice(deng + 1);
	const consumedEnd = c.end;
	// 49个工作机构缩减至40个, 市场主体由13.7万户发展到17.6万户: right after a value, a change to a new level gives the same
	// measure's new level.
	if (adjacent && c.prevIndicator && CHANGE_TO_ONLY.test(clauseRaw.replace(/[\s\u3000]/g, '')) && !CHANGE_ONLY.test(c.prevIndicator))
		return { indicator: c.prevIndicator, consumedEnd };
	// 由278个调整为165个: a new level of the measure before.
	if (adjacent && c.prevFrom && LEVEL_LINK.test(clauseRaw.replace(/[\s\u3000]|每人每月|每月|每年|\/月|\/年/g, '')))
		return { indicator: c.prevIndicator!, consumedEnd };
	// 增长41.6%、居全省第3位: the rank of the measure before.
	if (
		c.isRank &&
		c.prevIndicator &&
		(RANK_ONLY.test(clauseRaw.replace(/[\s\u3000、，,]/g, '').replace(/第$/, '')) || RANK_ONLY.test(ind.replace(/第$/, '')))
	)
		return { indicator: c.prevIndicator, consumedEnd };
	// 产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨: the base value of a comparison is the measure
	// before's (产量), and the change after it then that measure's change (产量增加).
	if (c.prevIndicator && c.level && BASE_VALUE.test(clauseRaw.replace(/[\s\u3000，,]/g, '')) && !CHANGE_ONLY.test(c.prevIndicator))
		return { indicator: c.prevIndicator.replace(LEVEL_OF_CHANGE, ''), consumedEnd };
	// 是2016年的1.7倍: a multiple of the measure before.
	// 是2010年的1.8和2.0倍: bare numbers of a list before the value are values too.
	// (为|1000名|贫困残疾人免费配发…: a count with its people after it is no multiple.)
	if (
		c.prevIndicator &&
		MULTIPLE_OF.test(stripTrailingNumbers(clauseRaw.replace(/[\s\u3000，,]/g, ''))) &&
		!(c.measured && RECIPIENT_MARK.test(clauseRaw) && recipientNamed(c.text, c.end))
	)
		return { indicator: c.prevIndicator, consumedEnd };
	// 户籍所在地政府给予每人每月50元的护理补贴: what is given names the value.
	if (GIVING_END.test(clauseRaw.replace(/[\s\u3000]/g, '')) && /^[\s\u3000]*的/.test(c.text.slice(c.end, c.end + 2))) {
		const n = nounAfterSpan(c.text, c.end);
		if (n.noun.length >= 2) return { indicator: n.noun, consumedEnd: n.end };
	}
	// 关于搞好国营大中型企业的20条措施: the clause qualifies the noun after the figure.
	if (/的\s*$/.test(clauseRaw) && !/(?:年|末|底|月|期)的\s*$/.test(clauseRaw)) {
		const n = nounAfterSpan(c.text, c.end);
		if (n.noun && !/^(?:以上|以下)/.test(c.text.slice(c.end, c.end + 2))) {
			const mod = ind.split('的').pop() ?? '';
			return { indicator: (mod.length >= 2 && mod.length <= 16 ? mod + '的' : '') + n.noun, consumedEnd: n.end };
		}
	}
	// 发行|2100亿元|长期国债，带动|4200多亿元|银行贷款, 加收|50%|的占用费: an amount (or a share before 的) between a
	// verb and its object is named by the verb and the object (a count already takes the noun after a bare verb).
	if (!c.isCount && (c.level || /^[\s\u3000]*的/.test(c.text.slice(c.end, c.end + 2)))) {
		const object = objectOf(ind, clauseRaw, c.text, c.end);
		if (object) return object;
	}
	// 加快规划建设10个产业园: adverbs before the verb say how, not what.
	const verb = ind.replace(ADVERBS, '');
	const verbOnly = COUNT_VERB_ONLY.test(verb) || BARE_VERB.has(verb) || FRAGMENT.has(ind) || ind.length <= 1;
	// 与上海达成|7个专项战略合作协议, 赋予娄底经开区|1659项管理权限, 对市区|400户贫困残疾人家庭: a count in a measure word
	// with a noun after it counts that noun; the clause before says who did what to it, or where, and names nothing.
	if (c.measured && ind && !verbOnly && (ind.length > 4 || /^p/.test(tagOf(wordsOf(ind)[0])))) {
		const n = countedNoun(c.text, c.end, RECIPIENT_MARK.test(clauseRaw));
		if (n) return n;
	}
	// 2人|获评全国道德模范: a count with no noun of its own before an occasion verb counts what was awarded.
	if (c.measured && (!ind || FRAGMENT.has(ind))) {
		const v = wordsOf(c.text.slice(c.end, c.end + 8))[0] ?? '';
		const n = OCCASION.has(v) ? nounAfterSpan(c.text, c.end + v.length) : null;
		// 18人获|国家杰出青年、优秀青年科学基金项目资助: not the first item of a list cut short.
		if (n && n.noun.length >= 2 && !BARE_VERB.has(n.noun) && !/^[、和及与]/.test(c.text.slice(n.end, n.end + 1)))
			return { indicator: n.noun, consumedEnd: n.end };
	}
	if ((c.isCount && (verbOnly || ind.length <= 4)) || (!c.isCount && verbOnly)) {
		const n = nounAfterSpan(
			c.text,
			c.end,
			c.isCount && adjacent && /^[\s\u3000]*[、和及与]$/.test(c.text.slice(from, c.numStart)),
			c.measured && RECIPIENT_MARK.test(clauseRaw)
		);
		// 加快|20座|在建水库工程建设, 启动|20个|农业产业化集中区建设: a verb moving work on, with the work (建设) after the count,
		// counts the things built.
		const built = /^(.{2,}?)的?(?:规划|标准化)?建设$/.exec(n.noun);
		if (c.isCount && PROGRESS_VERBS.has(verb) && built) return { indicator: built[1], consumedEnd: n.end };
		if (n.noun) {
			// 城源路等|40条道路: an example list before a count is not part of its name; 提出|10%左右的生产总值增长目标: nor is
			// the verb that sets a target.
			return {
				indicator:
					(FRAGMENT.has(ind) ||
					ind.length <= 1 ||
					/等$/.test(ind) ||
					verb === '完成' ||
					OCCASION.has(verb) ||
					mannerAndVerb(verb) ||
					(n.noun.length > 2 && /目标$/.test(n.noun))
						? ''
						: verb) + n.noun,
				consumedEnd: n.end
			};
		}
	}
	// 省政府明文取消了75个收费项目, 有3000万贫困人口解决了…, 柴油车污染治理等6个专项行动: a count after a completed
	// verb or after a 等-list is counted by the noun after it — a noun of one character too when a verb ends it
	// (龙华仁里村等8个村获评…); an amount or a length after a 等-list is the size of the noun after it (10号线二期、…、
	// 18号线一期等128公里轨道交通线 → 轨道交通线), the list giving its examples.
	const afterDeng = /(?<![中上高次初优同平对相])等\s*$/.test(clauseRaw);
	if ((c.isCount && (afterDeng || /了\s*$/.test(clauseRaw))) || (c.level && afterDeng)) {
		const n = nounAfterSpan(c.text, c.end);
		if (n.noun.length >= 2 || (c.measured && afterDeng && n.noun !== '' && !/^(?:[adpcurmqftv]|nr)/.test(tagOf(n.noun))))
			return { indicator: n.noun, consumedEnd: n.end };
	}
	// 装备制造、食品加工、纺织服装制鞋3个传统产业: a count right after the list of its items is counted by the noun after it.
	const listed = ind.replace(/[（(][^）)]*[）)]/g, '').split('、');
	if (c.isCount && listed.length >= 2 && listed.every((x) => x.length >= 2 && x.length <= 8) && /\p{Script=Han}$/u.test(clauseRaw)) {
		const n = nounAfterSpan(c.text, c.end);
		if (n.noun.length >= 2 && !BARE_VERB.has(n.noun)) return { indicator: n.noun, consumedEnd: n.end };
	}
	// 分别增长7.1%和9.8%, 第1位、第2位和第6位: a bare connective continues the previous indicator.
	if (!ind || /^(和|及|与|、|或|到|至|[－—~～-]|降至|降到|提高到|增加到)$/.test(ind) || FRAGMENT.has(ind)) {
		// 1500万元专项贷款和500万元贴息资金: after a value named by the noun after it, the next value is too.
		if (c.prevNounAfter && adjacent && /^[\s\u3000]*(?:和|及|与|、)[\s\u3000]*$/.test(clauseRaw)) {
			const n = nounAfterSpan(c.text, c.end);
			if (n.noun.length >= 2 && !BARE_VERB.has(n.noun)) return { indicator: n.noun, consumedEnd: n.end };
		}
		// 新增国家高新技术企业1173家，累计2561家: a running total alone is the total of what the figure before, of the same unit, adds
		// (国家高新技术企业; not 累计筹集资金38.5亿元，共计1600万人次…).
		if (
			c.level &&
			c.sameUnit &&
			c.prevIndicator &&
			RUNNING_TOTAL.test(clauseRaw.replace(/[\s\u3000，,、]/g, '')) &&
			!CHANGE_ONLY.test(c.prevIndicator)
		) {
			const counted = addedThing(c.prevIndicator);
			if (counted.length >= 2 && !BARE_VERB.has(counted) && !FRAGMENT.has(counted)) return { indicator: counted, consumedEnd };
		}
		// 提高30元，达到410元: the level reached is the measure, not its rise (增长10%以上，力争达到2060元 too; 力争达到18% restates a rate).
		if (
			c.prevIndicator &&
			/^(达|达到|突破|超过|为)$/.test(ind) &&
			!CHANGE_ONLY.test(c.prevIndicator) &&
			(!AIM_WORD.test(clauseRaw) || c.level)
		)
			return { indicator: c.prevIndicator.replace(LEVEL_OF_CHANGE, ''), consumedEnd };
		if (c.prevIndicator && (adjacent || /^(达|达到|突破|超|超过|过|为|是|共|约|近|有|总数)$/.test(ind)))
			return { indicator: c.prevIndicator, consumedEnd };
		if (FRAGMENT.has(ind) || ind.length <= 1) ind = '';
	}
	if (!ind && c.prevIndicator && aimOnly(clauseRaw)) {
		// 增长10%以上，力争达到2060元: an aim reaching an amount is the level, not the rise.
		if (c.level && /达/.test(clauseRaw) && !CHANGE_ONLY.test(c.prevIndicator))
			return { indicator: c.prevIndicator.replace(LEVEL_OF_CHANGE, ''), consumedEnd };
		return { indicator: c.prevIndicator, consumedEnd };
	}
	// 住宅面积，在1956年将达到1，310万平方公尺: the clause before, with no figure of its own, names it.
	if (!ind && from > c.prevEnd && /[，,]/.test(c.text[from - 1] ?? '')) {
		let a = from - 1;
		while (a > c.prevEnd && !BOUNDARY.test(c.text[a - 1])) a--;
		const prevClause = cleanIndicator(c.text.slice(a, from - 1));
		if (prevClause.length >= 2 && !FRAGMENT.has(prevClause)) return { indicator: prevClause, consumedEnd };
	}
	if (!ind || FRAGMENT.has(ind)) return { indicator: '', consumedEnd };
	// 国有单位固定资产投资增长显著加快，全年增长19.5%: a bare change with no figure before it in the sentence continues
	// the clause before (skipping a deflator clause such as 考虑价格下降因素), whose measure it names.
	if (CHANGE_ONLY.test(ind) && !c.prevIndicator && from > 0 && !EACH.test(clauseRaw)) {
		let b = from - 1;
		let deflator = false;
		for (let hop = 0; hop < 2 && b > 0; hop++) {
			let a = b;
			while (a > 0 && !BOUNDARY.test(c.text[a - 1])) a--;
			if (!/[，,]/.test(c.text[b] ?? '')) break;
			const raw = c.text.slice(a, b);
			if (/(?:扣除|剔除|考虑)(?:物价|价格)/.test(raw)) {
				b = a - 1;
				deflator = true;
				continue;
			}
			// Only a clause saying its measure changed (…投资增长显著加快), or the one before a deflator.
			const changed =
				/(?:实现|保持|继续|进一步)?(?:大幅|显著|明显|持续|稳步|快速|较快|平稳|逐季|逐月)?(?:增长|下降|提高|降低|减少|增加|上升|回落|上涨)(?![值量额率]).*$/;
			const measure = cleanIndicator(raw.replace(changed, '')).replace(/(?:增速|增幅)$/, '');
			if ((deflator || changed.test(raw)) && measure.length >= 3 && !FRAGMENT.has(measure) && !BARE_VERB.has(measure) && !/\d/.test(raw))
				return { indicator: measure + ind, consumedEnd };
			break;
		}
	}
	if (CHANGE_ONLY.test(ind) && c.prevIndicator && !CHANGE_ONLY.test(c.prevIndicator)) {
		return {
			indicator: c.prevIndicator.replace(PREV_CHANGE, '') + ind,
			consumedEnd
		};
	}
	// 技工贸总收入达到570亿元，增幅达到27%; 36个、投资额936.87亿元: a bare head is the measure before's.
	// 新上规入统企业722家，总数突破6000家: a total of what the figure before adds (上规入统企业总数).
	if (BARE_HEADS.has(ind) && c.prevIndicator && c.prevIndicator.length >= 2 && !CHANGE_ONLY.test(c.prevIndicator)) {
		const measure = c.prevIndicator.replace(HEAD_END, '');
		return { indicator: (/^总(?:数|量)$/.test(ind) ? addedThing(measure) : measure) + ind, consumedEnd };
	}
	// 占全省的五分之一, 占GDP比重: a share of the measure before.
	// 民生支出增长12%，占一般公共预算支出71%: the share is the measure's, not its change's.
	if (/^占/.test(ind) && c.prevIndicator && !/^占/.test(c.prevIndicator))
		return {
			indicator: c.prevIndicator.replace(NAMED_CHANGE, '') + ind,
			consumedEnd
		};
	// 新开工保障性安居工程9771套、竣工9825套; 经济适用住房开工120万平方米，竣工80万平方米: a stage of work alone, after a figure
	// named by another stage and its object, is that object's (保障性安居工程竣工).
	if (c.prevIndicator && STAGE_ONLY.test(ind)) {
		const object = stageObject(c.prevIndicator);
		if (object) return { indicator: object + ind.replace(/^已/, ''), consumedEnd };
	}
	// 128项任务已完成84项, 634个补短板项目开工626个: a stage alone (or 完成) before a count of the same measure word, right
	// after a count named by the noun after it, counts those of the things that reached it (任务完成, 补短板项目开工).
	if (
		c.prevIndicator &&
		c.prevNounAfter &&
		c.sameUnit &&
		c.measured &&
		(STAGE_ONLY.test(ind) || /^已?完成$/.test(ind)) &&
		!BARE_VERB.has(c.prevIndicator)
	)
		return { indicator: c.prevIndicator + ind.replace(/^已/, ''), consumedEnd };
	// 年产值超亿元企业达160家，新增17家: a bare 新增 after a count adds to the things counted before; after a level of the
	// same unit it adds to that measure (全省公路总里程达20.9万公里、新增4.1万公里 → 公路总里程新增).
	if (ind === '新增' && (c.measured || (c.level && c.sameUnit)) && c.prevIndicator && !CHANGE_ONLY.test(c.prevIndicator)) {
		const counted = c.prevIndicator.replace(NEW_WORDS, '');
		if (counted.length >= 3 && !BARE_VERB.has(counted)) return { indicator: counted + ind, consumedEnd };
	}
	return { indicator: ind, consumedEnd };
}

/** 累计, 累计达到, 总计突破: a running total (data `runningTotals`) with only a linking verb after it. */
const RUNNING_TOTAL = new RegExp(`^(?:${alternation(data.runningTotals)})(?:达到?|突破|超过?|已达|为)?$`);
const STAGES = alternation(data.workStages);
const STAGE_ONLY = new RegExp(`^已?(?:${STAGES})$`);
const STAGE_EDGE = new RegExp(`^(?:${STAGES})|(?:${STAGES})$`);
/** 新开工保障性安居工程 → 保障性安居工程, 经济适用住房开工 → 经济适用住房: the object of a name made of a stage of work and its object; '' when the name holds no stage at its edge or no object of two characters is left. */
function stageObject(name: string): string {
	if (!STAGE_EDGE.test(name)) return '';
	const object = name.replace(STAGE_EDGE, '');
	return object.length >= 2 && !STAGE_EDGE.test(object) ? object : '';
}

const tagOf = (w: string | undefined) => (w === undefined || !HAN_WORD.test(w) ? '' : (segmenter().tag?.(w) ?? ''));

/**
 * The noun a count in a measure word counts when one follows it (7个|专项战略合作协议), or null: no noun, a bare verb or
 * head, a span of time, or what follows opens with a verb, preposition, conjunction, particle, pronoun, adverb, numeral
 * or locality.
 */
function countedNoun(text: string, end: number, recipient = false): IndicatorResult | null {
	const n = nounAfterSpan(text, end, false, recipient);
	if (n.noun.length < 2 || BARE_VERB.has(n.noun) || BARE_HEADS.has(n.noun) || CHANGE_ONLY.test(n.noun)) return null;
	// 压缩至80个|工作日, 5个|工作日办结: a span of time is the measure's value, not a counted noun.
	if (/^(?:工作日|小时|月|季度|星期|周|天|年|届|次)/.test(n.noun)) return null;
	if (/^(?:v|p|c|u|r|d|m|f)/.test(tagOf(wordsOf(n.noun)[0]))) return null;
	return { indicator: n.noun, consumedEnd: n.end };
}

const OCCASION = new Set(data.occasionVerbs);
/** 为|1.9万名残疾人提供…: a benefactive preposition right before a count. */
const RECIPIENT_MARK = new RegExp(`(?:${alternation(data.recipientMarks)})[\\s\u3000]*$`);

/**
 * 获国家级优秀教学成果奖, 新开办义务教育阶段学校（校区）: an occasion verb (`occasionVerbs`: awarded, held, issued; adverbs,
 * idioms and a one-character adjective before it, by the lexicon's tags) opening a name before a noun phrase — one that
 * opens with no verb, preposition, particle, numeral or time word and ends in a noun (活动, tagged vn, too) — leaves the noun phrase.
 */
const withoutOccasion = memo((name: string): string => {
	const words = wordsOf(name);
	let k = 0;
	while (
		k < words.length - 1 &&
		!OCCASION.has(words[k]) &&
		(/^(?:d|ad|i|l)$/.test(tagOf(words[k])) || (words[k].length === 1 && tagOf(words[k]) === 'a'))
	)
		k++;
	if (!OCCASION.has(words[k] ?? '')) return name;
	const rest = words.slice(k + 1).filter((w) => HAN_WORD.test(w));
	const noun = words.slice(k + 1).join('');
	if (rest.length === 0 || /^(?:v$|vd|p|u|c|d|m|q|f|t|$)/.test(tagOf(rest[0])) || !/^(?:n|vn)/.test(tagOf(rest[rest.length - 1])))
		return name;
	return noun.length >= 2 ? noun : name;
});

/**
 * 全面铺开|5条示范带建设, 集中建设|1个…产业园区, 新建改扩建|125所…: a verb phrase of several words, all of them verbs, adverbs or
 * idioms by the lexicon's tags, or one idiom, says how the counted things are done, not what is counted; one verb (出栏, 新建) may
 * name the count.
 */
function mannerAndVerb(verb: string): boolean {
	const seg = segmenter();
	const words = wordsOf(verb);
	const tag = (w: string) => (HAN_WORD.test(w) ? (seg.tag?.(w) ?? '') : '');
	// 再|解决: a one-character adverb (再, 又, 已) says when, and stays.
	return words.length > 1 ? words.every((w) => w.length >= 2 && /^(?:v|vn|vd|d|ad|l|i)$/.test(tag(w))) : /^[li]$/.test(tag(words[0] ?? ''));
}

/** A figure of a sentence as list distribution sees it. */
export interface ListFigure {
	/** Offsets in the sentence: the figure (hedge words outside), and where its number starts. */
	start: number;
	end: number;
	indicator: string;
	/** The figure's unit: the two values of a pair without 分别 share it. */
	unit?: string;
}

const SPLIT_COMPOUNDS = data.splitCompounds as Record<string, string[]>;
/** Compounds that name two measures even without 分别 (城乡居民收入达到A元、B元; not 进出口总额接连突破8万亿元、9万亿元). */
const PAIRED_COMPOUNDS = new Set(data.pairedCompounds);
const LIST_SCOPE = new RegExp(`^(?:${alternation(data.listScopes)})`);
const PLACE_OPENING = new RegExp(`^(?:${alternation(data.placeOpenings)})(?!场)`);
/** A later item opening on a zone of its own, a short name and one of `zoneWords` (高新区、经济区生产总值; 小蓝经济开发区): the list's items are places. */
const ZONE_OPENING = new RegExp(`^\\p{Script=Han}{0,6}?(?:${alternation(data.zoneWords)})`, 'u');
/**
 * 县域地区生产总值、财政收入、固定资产投资增幅 → 县域财政收入增幅…: a part of the city or a zone opening the first
 * item is every item's, unless a later item names a place of its own (城区小区和行政村光纤宽带网络覆盖率).
 */
function shareScope(items: string[]): string[] {
	const scope = LIST_SCOPE.exec(items[0])?.[0];
	if (!scope || items[0].length < scope.length + 2 || PLACE_OPENING.test(items[0].slice(scope.length))) return items;
	if (items.slice(1).some((x) => PLACE_OPENING.test(x) || ZONE_OPENING.test(x) || x.length < 2)) return items;
	return items.map((x, i) => (i === 0 || LIST_SCOPE.test(x) ? x : scope + x));
}
/** The compounds to split, longest first: 存贷款 before 存贷. */
const SPLIT_ENTRIES = Object.entries(SPLIT_COMPOUNDS).sort((a, b) => b[0].length - a[0].length);
/** 城乡居民收入 → 城镇居民收入, 农村居民收入: a name holding a compound of two items, as two names; null when it holds none. */
function splitCompound(name: string, only?: Set<string>): string[] | null {
	for (const [compound, split] of SPLIT_ENTRIES) {
		const i = only && !only.has(compound) ? -1 : name.indexOf(compound);
		if (i >= 0 && split.length === 2) return split.map((w) => name.slice(0, i) + w + name.slice(i + compound.length));
	}
	return null;
}
const MEASURE_TAIL = new RegExp(`(?:${alternation(data.measureTails)})$`);
/** An item that is a measure itself (…毛入园率、…毛入学率; 县域地区生产总值、…增加值): its list shares no measure. */
const ITEM_MEASURE = new RegExp(
	`(?:率|额|值|指数|价格|收入|面积|人数|规模|能耗|投资|税收|占比|比重|(?<!需氧)量|${alternation(data.measureTails)})$`
);

/** 存、贷款余额: `item` ends in a word of one character that makes a word with the second of `last` (存款) as `last` opens with one (贷款). */
function parallelChar(item: string, last: string): boolean {
	const seg = segmenter();
	const own = seg(item);
	// 诉求解决率、群众满意率: an item that is a measure itself shares nothing.
	return (
		!ITEM_MEASURE.test(item) &&
		own[own.length - 1].length === 1 &&
		seg(last)[0] === last.slice(0, 2) &&
		seg.tag?.(item.slice(-1) + last[1]) !== undefined &&
		seg.tag?.(last.slice(0, 2)) !== undefined
	);
}

/**
 * Two items written as parallel words (五保|集中 and 分散|供养标准; 集中式 and 分散式|电供暖): the first item's last word and the
 * last item's first are as long (two or three characters), differ, and either are words of three characters ending alike
 * (集中式/分散式) or are both verbs, adjectives or distinguishing words by the lexicon's tags (集中/分散). The head is what the first item
 * holds before its word, the tail what the last holds after its own (two characters or more, not a measure of its own
 * with a subject: the items then name two measures).
 */
function parallelWords(first: string, last: string): { head: string; tail: string } | null {
	const a = wordsOf(first);
	const b = wordsOf(last);
	const x = a[a.length - 1];
	const w = b[0];
	if (a.length > 2 || b.length < 2 || x.length !== w.length || x.length < 2 || x.length > 3 || x === w) return null;
	const tail = last.slice(w.length);
	if (tail.length < 2 || !HAN_WORD.test(tail) || ITEM_MEASURE.test(first)) return null;
	const tx = tagOf(x);
	const tw = tagOf(w);
	// (Not two nouns sharing a character: 家庭农场和农民专业合作社, 高新技术产业、工业战略性新兴产业… name two things each.)
	const inPlace = x.length === 3 && x[2] === w[2];
	const sameClass = tx === tw && /^(?:v|a|b|ad)$/.test(tx);
	return inPlace || sameClass ? { head: first.slice(0, -x.length), tail } : null;
}

/** 新开工 and 新|投产…: a lexicon word of `e.length` characters opening `last` with the same first character, ending at a cut. */
function parallelOpening(e: string, last: string): boolean {
	const seg = segmenter();
	return (
		e.length >= 3 &&
		last.length >= e.length + 2 &&
		e[0] === last[0] &&
		!last.startsWith(e) &&
		!ITEM_MEASURE.test(e) &&
		seg(e).length === 1 &&
		seg.tag?.(e) !== undefined &&
		startsWord(last, e.length) &&
		seg(last.slice(e.length))[0].length >= 2
	);
}

/**
 * The head written once before the first item of two, for a short last item that is a measure:
 * 旅游接待人数、总收入 → 旅游接待|总收入; 每千人拥有市场主体数量、企业数量 → 每千人拥有|企业数量 (the first
 * item's last words, as many as the last item has, are its own; what stands before them is shared).
 */
function headBefore(first: string, last: string): string {
	if (last.length < 3 || last.length > 4 || first.length < last.length + 3) return '';
	if (!ITEM_MEASURE.test(last) || !ITEM_MEASURE.test(first)) return '';
	const seg = segmenter();
	const own = seg(last);
	const words = seg(first);
	if (own.length > 2 || words.length <= own.length + 1) return '';
	if (own.length === 2 && words[words.length - 1] !== own[1]) return '';
	// 资产总额、利润总额: a one-word last item ending as the first does is a parallel item, not a head's.
	if (own.length === 1 && last.endsWith(words[words.length - 1])) return '';
	const kept = words.slice(0, words.length - own.length);
	// 国有企业|营业|收入、利润总额; 建成区|绿化|覆盖率、绿地率: the word before a one-word measure qualifies it
	// (营业收入, 绿化覆盖率) and is the item's, unless it is a measure itself (万元工业|增加值|能耗 keeps 增加值).
	if (own.length === 1 && kept.length > 1 && !ITEM_MEASURE.test(kept[kept.length - 1])) kept.pop();
	// 金融机构|本|外币存款|余额: a head ending in a one-character word is cut inside a word.
	if (kept[kept.length - 1].length < 2) return '';
	let head = kept.join('');
	// 商品房销售面积、销售额; 期货交易量、交易额: what the head ends with and the last item opens with is the item's.
	for (let j = Math.min(head.length - 2, last.length - 1); j >= 2; j--)
		if (head.endsWith(last.slice(0, j))) {
			head = head.slice(0, -j);
			break;
		}
	// 工业增加值比重和城镇化率: a head that is a measure itself is a list item, not a shared head.
	return head.length >= 2 && !ITEM_MEASURE.test(head) && HAN_WORD.test(head) && !last.startsWith(head.slice(0, 2)) ? head : '';
}

/** Whether a word of `s` starts at offset `at`: the segmenter cuts there, or what is before it is a word (农村|居民 inside 农村居民). */
function startsWord(s: string, at: number): boolean {
	if (segmenter().tag?.(s.slice(0, at)) !== undefined) return true;
	let n = 0;
	for (const w of wordsOf(s)) {
		if (n === at) return true;
		if (n > at) return false;
		n += w.length;
	}
	return n === at;
}

/** 企业养老保险、医疗保险、失业保险覆盖面: the last item ends where the others do (…保险), what follows is said of all. */
function sameEnding(items: string[]): string[] {
	if (items.length < 3) return items;
	const end = items[0].slice(-2);
	const last = items[items.length - 1];
	const at = last.lastIndexOf(end);
	if (!items.slice(0, -1).every((x) => x.endsWith(end)) || at < 1 || at + 2 === last.length) return items;
	return [...items.slice(0, -1), last.slice(0, at + 2)];
}

/**
 * 航空航天、集成电路、新能源等新兴产业产值: a list whose last item ends in 等 (a word of its own) and a head of three characters
 * or more names each item with that head (航空航天新兴产业产值, …); null when the last item has no such head (…等方面).
 */
function headAfterDeng(parts: string[]): string[] | null {
	const last = parts[parts.length - 1];
	// 食品、轻纺…、医药六大行业主营业务收入: a count of the kinds closing the list does what 等 does (食品主营业务收入…).
	const kinds = /^(.{2,}?)[一二三四五六七八九十两]+大?(?:行业|产业|领域|板块|类)(?=[\u4e00-\u9fff]{3})/.exec(last);
	if (kinds && parts.length >= 2 && !parts.slice(0, -1).some((x) => /[一二三四五六七八九十]大/.test(x))) {
		const head = last.slice(kinds[0].length);
		// (Not when an item names the head already: 社区养老服务设施、…四类养老服务设施覆盖率.)
		if (!DENG_GENERIC.test(head) && !CHANGE_ONLY.test(head) && !parts.slice(0, -1).some((x) => x.includes(head.slice(0, 2))))
			return [...parts.slice(0, -1), kinds[1]].map((x) => x + head);
	}
	const at = last.lastIndexOf('等');
	if (
		parts.length < 2 ||
		at < 2 ||
		last.length - at - 1 < 3 ||
		wordAt(last, at) !== '等' ||
		parts.slice(0, -1).some((x) => x.includes('等'))
	)
		return null;
	// …高成长等三类培育企业产值: the count of the kinds is no part of the head.
	// 医疗卫生、节能环保、农林水务等方面的投资, 工业、农业等领域投资: a generic word after 等 and what follows it is the head.
	const head = last
		.slice(at + 1)
		.replace(/^[一二三四五六七八九十两几]+(?:类|个|项|大|种)(?=..)/, '')
		.replace(/^(?:方面|领域|行业|部门)的?(?=[\u4e00-\u9fff]{2})/, '');
	if (DENG_GENERIC.test(head) || CHANGE_ONLY.test(head)) return null;
	return [...parts.slice(0, -1), last.slice(0, at)].map((x) => x + head);
}

/**
 * Split a subject at list separators (、和及与), outside brackets and quotes; `dunOnly` splits at 、 alone, for lists
 * whose items hold 和 or 与 themselves (生物医药与健康、集成电路、新材料等战略性新兴产业产值).
 */
function splitItems(subject: string, dunOnly = false): string[] {
	const items: string[] = [];
	let depth = 0;
	let cur = '';
	// Where 和, 及, 与 stand as words of their own: one pass over the subject's words.
	const standalone = new Set<number>();
	if (!dunOnly && /[和及与]/.test(subject)) {
		let at = 0;
		for (const w of wordsOf(subject)) {
			if (w.length === 1 && '和及与'.includes(w)) standalone.add(at);
			at += w.length;
		}
	}
	for (let i = 0; i < subject.length; i++) {
		const ch = subject[i];
		// “不见面”“一网通办”和“最多跑一次”覆盖面: quoted items written one after the other are items.
		if (ch === '“' && depth === 0 && cur.endsWith('”')) {
			items.push(cur);
			cur = '';
		}
		if ('（(“《'.includes(ch)) depth++;
		else if ('）)”》'.includes(ch)) depth = Math.max(0, depth - 1);
		// 供水普及率、污水处理率: 和, 及, 与 separate items only as words of their own (普及, 参与 do not).
		if (depth === 0 && (ch === '、' || standalone.has(i))) {
			items.push(cur);
			cur = '';
		} else cur += ch;
	}
	items.push(cur);
	// 一二三产业分别增长4％、10％和9％: the three industries written as one word are three items.
	const compact = items.length === 1 ? COMPACT_INDUSTRIES.exec(items[0].trim()) : null;
	if (compact) return [...compact[2]].map((n, k, all) => (k === all.length - 1 ? `${compact[1]}${n}产业${compact[3]}` : n));
	return items.map((x) => x.trim());
}

/** 一二三产业增加值, 第一二三产业: the industries by their ordinals, as one word (the prefix before them, the ordinals, the tail). */
const COMPACT_INDUSTRIES = /^(.*?)第?((?:一二|二三|一二三))(?:产业|产|次产业)(.*)$/;
/** 一、二、三产业, 第一、二、三产业增加值, 一、二、三产: the first items of a list of the industries by ordinal. */
const INDUSTRY_ORDINAL = /^第?[一二三]$/;
const LAST_INDUSTRY = /^第?([一二三])(?:产业|产|次产业)(.*)$/;

/**
 * Give the items of a list their shared words: 城镇和农村居民人均可支配收入 →
 * 城镇居民人均可支配收入, 农村居民人均可支配收入; 高中阶段教育和高等教育毛入学率 →
 * …教育毛入学率 twice; 实际使用外资和内资 → 实际使用内资; 旅游接待人次和收入 → 旅游收入.
 */
/** A share of a whole written after a measure: 占全省的比重, 占GDP比重, 占全市份额. */
const SHARE_TAIL = /(?<!所)占(?!的)[^占、，,]{1,12}?(?:比重|份额|比例)$/;

/**
 * 秸秆、畜禽粪污综合利用率: the tail an item takes from the last item, less the last item's own first word (畜禽|粪污),
 * when that makes the item a known indicator of the corpus (秸秆综合利用率, not 秸秆粪污综合利用率) and the whole tail
 * does not; the tail as it is otherwise.
 */
function knownTail(item: string, tail: string): string {
	if (tail.length < 3 || knownIndicator(item + tail)) return tail;
	// Only a word of two characters at most is dropped, and no qualifier of the measure (PM10|年均浓度 keeps 年均).
	const w = wordsOf(tail)[0];
	const rest = tail.slice(w.length);
	if (w.length > 2 || /^(?:年均|人均|平均|累计|总)$/.test(w) || splitChange(rest).stem.length < 2) return tail;
	return knownIndicator(item + rest) ? rest : tail;
}

export function completeItems(items: string[]): string[] {
	// 一、二、三产业增加值, 第一、二、三产业, 一、二、三产: each industry by its name (第一产业增加值…), as the statistics name them.
	const industry = LAST_INDUSTRY.exec(items[items.length - 1]);
	if (items.length >= 2 && industry && items.slice(0, -1).every((x) => INDUSTRY_ORDINAL.test(x)))
		return items.map((x, k) => `第${k === items.length - 1 ? industry[1] : x.replace('第', '')}产业${industry[2]}`);
	// 对日本、韩国出口: a preposition before the first item belongs to all of them.
	// 参加企业养老、失业…保险的人数: so does 参加 (参加失业保险的人数).
	// 产业集聚区对工业增长、投资拉动的贡献率: a subject and 对 before the first item are every item's too.
	const subjectPrep = /^\p{Script=Han}{2,8}?[对向]/u.exec(items[0])?.[0] ?? '';
	if (
		subjectPrep.length >= 3 &&
		items[0].length > subjectPrep.length + 1 &&
		// (Not a first item that is a measure of its own: 科技进步对经济增长的贡献率、科技成果转化率.)
		!ITEM_MEASURE.test(items[0]) &&
		wordAt(items[0], subjectPrep.length - 1) === subjectPrep.slice(-1) &&
		items.slice(1).every((x) => !/[对向]/.test(x))
	)
		return completeItems([items[0].slice(subjectPrep.length), ...items.slice(1)]).map((x) => subjectPrep + x);
	const prep = /^(?:参加|[对向与从自在])/.exec(items[0])?.[0] ?? '';
	if (prep && items[0].length > prep.length + 1 && items.slice(1).every((x) => !x.startsWith(prep)))
		return completeItems([items[0].slice(prep.length), ...items.slice(1)]).map((x) => prep + x);
	const last = items[items.length - 1];
	const first = items[0];
	// 增加值和上缴税金占全省的比重: a share written once after the last item is every item's (增加值占全省的比重).
	const share = SHARE_TAIL.exec(last);
	// (Only when the items before are measures: 先进制造业、高技术制造业增加值占…比重 shares 增加值 too, below.)
	if (share && share.index >= 2 && items.slice(0, -1).every((x) => x.length >= 2 && !x.includes('占') && ITEM_MEASURE.test(x)))
		return [...items.slice(0, -1).map((x) => x + share[0]), last];
	// 果蔬、肉蛋奶、水产品产量, 二氧化硫和化学需氧量排放: a measure written once after the last item is every item's.
	const measure = MEASURE_TAIL.exec(last)?.[0] ?? '';
	const shared = measure && last.length > measure.length + 1 && items.slice(0, -1).every((x) => !ITEM_MEASURE.test(x)) ? measure : '';
	// 上海空港旅客、货邮吞吐量, 每百人拥有固定和移动电话: a short last item shares the head of the first.
	const lastStem = shared ? last.slice(0, -shared.length) : '';
	const headOfFirst = lastStem.length === 2 && first.length > 4 && !first.endsWith(lastStem) ? first.slice(0, first.length - 2) : '';
	// 规模以上工业增加值、服务业增加值、工业投资年均增幅: a rate of change written once after the last item is every item's.
	const change = /(?:年均)?(?:实际|名义)?(?:增幅|增速|增长率|增长)$/.exec(last)?.[0] ?? '';
	if (
		change &&
		last.length > change.length + 1 &&
		items.slice(0, -1).every((x) => x.length >= 3 && !/(?:增幅|增速|增长率|增长|率)$/.test(x))
	)
		return completeItems([...items.slice(0, -1), last.slice(0, -change.length)]).map((e) => e + change);
	// 五保集中和分散供养标准, 集中式、分散式电供暖: two parallel words, the first item's last and the last item's first, share
	// what follows the second and what stands before the first.
	const pair = items.length === 2 ? parallelWords(first, last) : null;
	if (pair) return [first + pair.tail, pair.head + last];
	const done = items.map((e, k) => {
		if (k === items.length - 1 && headOfFirst) return headOfFirst + e;
		if (k < items.length - 1) {
			// The shared tail of the last item.
			let tail = '';
			// “不见面”“一网通办”和“最多跑一次”覆盖面, 市级审批服务事项“最多跑一趟”“一趟不用跑”占比: an item ending in a quotation
			// shares what follows the last item's quotation (not a preposition: “红川”以).
			const quotedTail = /^“[^“”]+”([^“”]{2,})$/.exec(last);
			if (quotedTail && /“[^“”]+”$/.test(e) && !/^[以在对从由向为]/.test(quotedTail[1])) return e + quotedTail[1];
			// 城镇和农村|居民人均可支配收入; 家电、新能源汽车消费 shares only 消费 (新能|源 is no word boundary).
			// 铝及铝后加工产能: the last item repeats this one and adds to it; they share only the measure (铝产能).
			if (e.length <= 2 && last.startsWith(e) && !ITEM_MEASURE.test(e)) {
				const words = segmenter()(last);
				if (words.length > 2 && words[0] === e && words[words.length - 1].length >= 2) tail = words[words.length - 1];
			}
			if (tail) return e + tail;
			// 小学、初中的义务教育生均公用经费: what follows a short last item's 的 is every item's.
			const de = last.indexOf('的');
			if (items.length === 2 && e.length > 2 && de >= 2 && de <= 4 && last.length - de > 3 && !e.includes('的'))
				return e + last.slice(de + 1);
			if (e.length <= 2 && last.length > e.length + 1 && startsWord(last, e.length)) {
				// 城市和行政村|光纤宽带网络覆盖率: a word of three characters across the cut (行政|村) is the last item's own
				// (城市光纤…, not 城市村光纤…); a compound of four (农村|居民) is cut as the first item is long.
				const own = wordSpan(last, e.length);
				// (Not when the word after it has one character: 初中生|均公用经费 is 初中|生均公用经费.)
				const whole = own.start === 0 && own.word.length === 3 && last.length - 3 >= 2 && (wordsOf(last.slice(3))[0]?.length ?? 0) >= 2;
				tail = last.slice(whole ? 3 : e.length);
			}
			// 新开工、新投产亿元以上项目: a word opening like the last item's first word (新|投产) shares what follows it.
			else if (k === 0 && items.length === 2 && e.length <= 4 && parallelOpening(e, last)) tail = last.slice(e.length);
			else if (e.length >= 3) {
				const head = e.slice(-2);
				const at = last.indexOf(head);
				// 实际利用外资和引进域外|资金: a tail of one character is no shared measure (外资|金).
				if (at > 0 && at + 3 < last.length) tail = last.slice(at + 2);
			}
			// 金融机构本外币存、贷款余额, 进、出口总额: one character and the next item's first are parallel words (存款, 贷款).
			if (!tail && k === 0 && items.length === 2 && last.length > 2 && parallelChar(e, last)) tail = last.slice(1);
			// PM2.5、PM10浓度: codes of one kind share the measure after the last.
			const code = /^[A-Za-z]+[\d.]+/;
			if (!tail && code.test(e) && code.exec(e)![0] === e && code.test(last)) tail = last.replace(code, '');
			// 果蔬|品产量: a stem one character longer than this item's leaves the measure alone (一、二、三产|增加值 keeps 产).
			const short = items.slice(0, -1).every((x) => x.length >= 2);
			if (shared && (!tail || (short && e.length === 2 && tail.length === shared.length + 1))) tail = shared;
			if (/^[（(]/.test(tail)) tail = '';
			return e + knownTail(e, tail);
		}
		// 热带水果产量、产值: a last item that is a measure replaces the first's measure.
		const firstMeasure = MEASURE_TAIL.exec(first);
		if (items.length === 2 && firstMeasure && firstMeasure.index >= 2 && MEASURE_TAIL.exec(e)?.[0] === e)
			return first.slice(0, firstMeasure.index) + e;
		// The shared head of the first item, for a short last item.
		if (items.length >= 2 && e.length <= 2 && first.length > e.length + 1) {
			// 项目审批中介服务平均费用和用时: a long head is the scope both share.
			if (first.endsWith(e.slice(-1))) return first.slice(0, first.length - e.length) + e;
			// 规模以上工业增加值和利润 → 规模以上工业利润: the last item takes the place of the first's last word (增加值), not
			// of as many characters as it has (规模以上工业增|利润).
			if (first.length - e.length > 4) {
				const words = wordsOf(first);
				const own = words[words.length - 1];
				const cut = own.length >= e.length && own.length <= e.length + 1 && words.length > 1 ? own.length : e.length;
				return first.slice(0, first.length - cut) + e;
			}
			return first.slice(0, 2) + e;
		}
		const head = headBefore(first, e);
		return head ? head + e : e;
	});
	// 参加企业养老、失业、医疗、工伤和生育保险的人数: the short items took the tail after the last item's first word (保险的人数);
	// an earlier item too long to take it by the rules above takes the same tail when all the others took it.
	// (At least two took it, and the item is no measure itself: 工业用电量、货运量… keep their own.)
	const tails = done.slice(0, -1).map((x, k) => x.slice(items[k].length));
	const tail = tails.find((t) => t.length >= 2) ?? '';
	if (tail && last.endsWith(tail) && tails.every((t) => t === tail || t === '') && tails.filter((t) => t === tail).length >= 2)
		return done.map((x, k) => (k < done.length - 1 && tails[k] === '' && !x.endsWith(tail) && !ITEM_MEASURE.test(x) ? x + tail : x));
	return done;
}

const LEVEL_VERB = /^(稳定在?|保持在?|控制在?|达到?|为|是|突破|超过?|实现|完成|跃上|迈上|分别)$/;

/** A verb phrase ending a list of items (…建筑业产值|跃上千亿元台阶). */
const ITEM_VERB =
	/(?:迅猛|快速|稳步|较快|跃上|迈上|突破|达到|实现|(?<![人年平户])均|保持|稳定|增长|提高|完成|超过|首次|双双|同比|比上年|继续|进一步|大幅).*$/;

/** The figures `ks` stand right before `until`: no other figure and no semicolon between. */
function contiguous(text: string, figs: ListFigure[], ks: number[], until: number): boolean {
	const first = figs[ks[0]].start;
	if (figs.some((f, k) => f.start >= first && f.start < until && !ks.includes(k))) return false;
	// A clause with no figure (扣除物价上涨因素) may stand between; a semicolon may not.
	return !/[；;]/.test(text.slice(first, until));
}

const BASE_BEFORE_LIST = new RegExp(
	`(?:(?:比|较)(?:${alternation(data.comparisonBases)}|${YEAR}(?:末|底)?|${TERM}(?:末期|末|期末|时期|期间)?)|同比)[\\s\u3000]*$`
);
/** A comparison base opening a predicate (比上年末|增长, 较年初|增加): the bases of `comparisonBases`, the one table BASE_BEFORE_LIST reads too. */
const PREDICATE_BASE = new RegExp(
	`^(?:比|较|同比|与)(?:${alternation(data.comparisonBases)}|${YEAR}(?:末|底)?|${TERM}(?:末期|末|期末|时期|期间)?)`
);
/** Predicate words between 分别 and the first value, as an indicator ending (增长, 提高, 占全省). */
function predicateOf(p: string): string {
	let s = p.replace(/[\s\u3000]/g, '');
	s = s.replace(PREDICATE_BASE, '');

	s = s.replace(new RegExp(`^(?:是|为)(?:${YEAR}|上年|去年)的$`), '');
	// 分别由每人每月|480元: the base of a change, per head.
	s = s.replace(new RegExp(`^[由从](?:${YEAR}|上年|去年)?的?(?:年均|每人每月|每人每年|每人|每户|每月|每年)?$`), '');
	// 分别高于全市|2、13和3.7个百分点: the area compared with stays (高于全市), it is no scope of the measure.
	const compared = COMPARED.exec(s);
	if (compared) return compared[1];
	s = s.replace(/^占到/, '占').replace(/^占(.*?)的$/, '占$1');
	if (/^占./.test(s)) return s;
	// 分别增加到8个和15个: the items' new levels, no change.
	if (REACHED.test(s.replace(PER_HEAD, ''))) return '';
	s = cleanIndicator(s);
	return FRAGMENT.has(s) || LEVEL_VERB.test(s) ? '' : s;
}

/**
 * A sum of money written right before the noun it classes (新增10亿元企业|9家, 超50亿元企业增至|33家): the count's noun is
 * that class, so the name keeps the sum (10亿元企业; the labels' own form), as it keeps 超百亿元企业 and 5000万元以上项目
 * already. `between` is the text from the sum's end to the count; the name is returned unchanged unless it ends with the
 * noun of `between` (what is left once a level's verb is cut).
 */
const SPENT = /(?:投资|投入|安排|发放|筹集|争取|拨付|下达|落实|出资|资金|用|花)$/;

export function classedByAmount(name: string, before: string, amount: string, between: string): string {
	const noun = between.replace(new RegExp(`(?:${REACH_VERB}(?:到|至)|达到|达|为|突破|超过)$`), '');
	if (!/^[\u4e00-\u9fff（）()]{1,8}$/.test(noun) || noun.startsWith('的') || !name.endsWith(noun) || name.includes(amount)) return name;
	// 投资37亿元|实施重点治理工程125项, 投入4.7亿元|办理…实事95件: a sum spent pays for what follows; it classes nothing.
	if (/^v/.test(segmenter().tag?.(wordsOf(noun)[0] ?? '') ?? '') || SPENT.test(before)) return name;
	const mark = /[超逾过]$/.exec(before)?.[0] ?? '';
	return name.slice(0, name.length - noun.length) + mark + amount + noun;
}

/**
 * 分别 lists: each value takes its own indicator. `A、B分别增长x%、y%` gives
 * A增长 and B增长; `X、Y，分别占全省a%、b%` continues the figures before it
 * (X占全省, Y占全省); `城乡低保标准分别提高7%、9.4%` reads 城乡 as 城镇 and 农村.
 * Returns the indicators, changed where a list was read.
 */
export function distributeLists(text: string, figs: ListFigure[]): string[] {
	const out = figs.map((f) => f.indicator);
	plainLists(text, figs, out);
	/** First figures of the lists read here. */
	const named = new Set<number>();
	let from = 0;
	for (;;) {
		EACH_MARKS.lastIndex = from;
		const mark = EACH_MARKS.exec(text);
		if (!mark) break;
		const at = mark.index;
		const markEnd = at + mark[0].length;
		from = markEnd;
		// The values: the figures after 分别 in its clause.
		let clauseEnd = text.length;
		const b = /[，,。；;：:！？!?\n]/.exec(text.slice(at));
		if (b) clauseEnd = at + b.index;
		// …的人数分别达1226万、1006万…，比上年底增长7.0%、5.4%…: a clause of changes right after, with no name of its own, is a
		// later run of the same items (laterRuns checks that its values are as many).
		const inside = (end: number) => figs.flatMap((f, k) => (f.start >= at && f.start < end ? [k] : []));
		let group = inside(clauseEnd);
		if (group.length < 2) continue;
		// 分别达到21489元和8961元、增长10.5%和12.6%: runs of as many values, each after its own predicate, name the same items.
		let rest = laterRuns(text, figs, group);
		// Only when the values of both clauses make such runs (else the next clause names its own values, continueLists).
		if (!rest.length && NEXT_CHANGES.test(text.slice(clauseEnd))) {
			const e = /[，,。；;：:！？!?\n]/.exec(text.slice(clauseEnd + 1));
			const wider = inside(e ? clauseEnd + 1 + e.index : text.length);
			const runs = laterRuns(text, figs, wider);
			if (runs.length) {
				group = wider;
				rest = runs;
			}
		}
		group.length -= rest.reduce((n, r) => n + r.run.length, 0);
		// Only a plain list of values: nothing but separators, units and hedges between them.
		let clauseStart = 0;
		for (let i = at - 1; i >= 0; i--) {
			if (/[，,。；;：:！？!?\n]/.test(text[i])) {
				clauseStart = i + 1;
				break;
			}
		}
		// 年均分别增长11%和11.5%: the average stays with each item's change.
		const change = predicateOf(text.slice(markEnd, figs[group[0]].start));
		const pred =
			(CHANGE_ONLY.test(change) && !change.startsWith('年均') && /年均[\s\u3000]*$/.test(text.slice(0, at)) ? '年均' : '') + change;
		// 比“十五”末分别提高55、17.3…: a comparison base before 分别 is no item.
		const subjectRaw = text.slice(clauseStart, at).replace(BASE_BEFORE_LIST, '');
		const before = figs.map((_, k) => k).filter((k) => figs[k].end <= clauseStart || (figs[k].end <= at && figs[k].start >= clauseStart));
		const inClause = before.filter((k) => figs[k].start >= clauseStart);
		let items: string[] | null = null;
		if (!inClause.length) {
			// …，五年分别增加14平方米和4.2平方米: a span of years alone is the changes' period, no item; the clause before names them.
			const subject = SPAN_ONLY.test(subjectRaw.trim()) ? '' : cleanIndicator(subjectRaw, true);
			let parts = splitItems(subject).filter(Boolean);
			// 生物医药与健康、集成电路、新材料等…分别增长17.9%、16.3%和17.9%: one item more than values, and as many items as
			// values at 、 alone — the 与 is inside an item.
			// (Not for the two bounds of a range: 在上林、马山和隆安三县分别发展1—2个 names three counties.)
			const range = group.some(
				(k, i) => i > 0 && /^[\s\u3000]*[—–\-～~至到][\s\u3000]*$/.test(text.slice(figs[group[i - 1]].end, figs[k].start))
			);
			if (parts.length > group.length && subject.includes('、') && !range) {
				const dun = splitItems(subject, true).filter(Boolean);
				if (dun.length === group.length) parts = dun;
			}
			if (parts.length === group.length) items = shareScope(headAfterDeng(parts) ?? completeItems(parts));
			else if (parts.length === 1 && group.length === 2) items = splitCompound(parts[0]);
			// 规模以上工业增加值、高新技术产业产值、建筑业产值跃上千亿元台阶，分别达…: the clause before lists them;
			// 禽蛋产量、花卉产值迅猛增长，增速分别为…: and a bare head names what of them is measured.
			// 企业养老保险、医疗保险、失业保险覆盖面进一步扩大，参保人数分别达到…: a measure written once names them too.
			const head = parts.length === 1 && (BARE_HEADS.has(parts[0]) || MEASURE_TAIL.exec(parts[0])?.[0] === parts[0]) ? parts[0] : '';
			if (!items && (!parts.length || head)) {
				let a = clauseStart - 1;
				while (a > 0 && !/[，,。；;：:！？!?\n]/.test(text[a - 1])) a--;
				const prevClause = text.slice(a, clauseStart - 1);
				if (!figs.some((f) => f.start >= a && f.start < clauseStart)) {
					const listed = sameEnding(splitItems(cleanIndicator(prevClause.replace(ITEM_VERB, ''))).filter(Boolean));
					if (listed.length === group.length && listed.every((x) => x.length >= 2)) items = completeItems(listed).map((x) => x + head);
				}
			}
			// 新登记企业2985家，新增个体工商户8410家，分别增长10.6%和31.3%: the figures before name the items
			// — when they stand right before, every clause in between holding one of them.
			if (
				!items &&
				// 国考省考断面水质优Ⅲ比例分别达到…、提高…: runs of values take no names from the clause before unless they name nothing themselves.
				(!rest.length || !parts.length || /^占/.test(parts[0]) || BARE_HEADS.has(parts[0])) &&
				parts.length <= 1 &&
				before.length >= group.length &&
				contiguous(text, figs, before.slice(-group.length), clauseStart)
			) {
				const prev = before.slice(-group.length).map((k) => out[k]);
				// 从3320.4万人次跃升到6745万人次，…从37.91亿元增长到81.2亿元，年均分别增长…: pairs of one name each.
				const pairs = before.slice(-2 * group.length);
				if (
					new Set(prev).size !== prev.length &&
					pairs.length === 2 * group.length &&
					pairs.every((k, i) => i % 2 === 0 || out[k] === out[pairs[i - 1]]) &&
					contiguous(text, figs, pairs, clauseStart)
				)
					prev.splice(0, prev.length, ...pairs.filter((_, i) => i % 2 === 1).map((k) => out[k]));
				if (prev.every((x) => x.length >= 2) && new Set(prev).size === prev.length) {
					const measure = parts[0] ?? '';
					items = nextMeasure(
						prev.map((x) => x.replace(LIST_CHANGE, '')),
						measure
					);
				}
			}
		} else {
			// 24家国有出资企业资产总额、利润总额分别增长15%、15.3%: the items after the count before them.
			const tail = splitItems(cleanIndicator(text.slice(figs[inClause[inClause.length - 1]].end, at), true)).filter(Boolean);
			if (tail.length === group.length && tail.length >= 2 && tail.every((x) => x.length >= 2)) items = completeItems(tail);
			else if (inClause.length >= group.length) {
				// 新认定高新技术企业781家、…、输出技术合同成交额突破260亿元，分别占全省…: handled above when the clause breaks;
				// here the items and their values share one clause.
				const prev = inClause.slice(-group.length).map((k) => out[k]);
				if (prev.every((x) => x.length >= 2) && new Set(prev).size === prev.length) items = prev;
			}
		}
		// 分别有1.73万人和1.99万人接受了免费婚检和产检服务: the items follow the values.
		if (!items && !inClause.length && !cleanIndicator(subjectRaw)) {
			const last = figs[group[group.length - 1]];
			const after = splitItems(
				cleanIndicator(
					text
						.slice(last.end, clauseEnd)
						.replace(/^[\s以上左右多余]*/, '')
						.replace(/了/g, '')
				)
			).filter(Boolean);
			if (after.length === group.length && after.every((x) => x.length >= 2)) items = completeItems(after);
		}
		if (!items) continue;
		named.add(group[0]);
		group.forEach((k, n) => {
			const item = items![n];
			const own = item.endsWith('年均') ? pred.replace(/^年均/, '') : pred;
			const name = (item + (own && !item.endsWith(own) ? own : '')).replace(/^[、，,]+/, '');
			if (name.length >= 2) out[k] = name.length > 30 ? name.slice(name.length - 30) : name;
		});
		for (const { run, pred: p } of rest)
			run.forEach((k, n) => {
				const item = items![n].replace(/^[、，,]+/, '');
				if (item.length >= 2) out[k] = item + (p && !item.endsWith(p) ? p : '');
			});
	}
	continueLists(text, figs, out, named);
	return out;
}

const CLAUSE_END = /[，,。；;：:！？!?\n]/;
/** A span of years and nothing else (五年, 近三年来). */
const SPAN_ONLY = /^(?:过去|近|这)?[两三四五六七八九十]年(?:来|间|中)?$/;
/** A clause opening on a change and nothing else (，比上年底增长…, ，分别增长…, ，同比增长…). */
const NEXT_CHANGES =
	/^[，,](?:(?:比|较)(?:上年底|上年末|上年|去年|年初|同期)|同比)?(?:分别)?(?:增长|下降|提高|增加|减少|降低|上升)(?=[\d０-９])/;

/**
 * The values of a 分别 clause in runs of equal length after the first, each opened by a predicate of its own
 * (…分别达到A和B、增长x和y → the run x, y with 增长; 、占全省m和n → 占全省); none when the values are one plain list
 * or the runs differ in length or a run opens with anything but a change, a share or a level verb.
 */
function laterRuns(text: string, figs: ListFigure[], group: number[]): { run: number[]; pred: string }[] {
	const runs: number[][] = [[group[0]]];
	for (let i = 1; i < group.length; i++) {
		if (BETWEEN_VALUES.test(text.slice(figs[group[i - 1]].end, figs[group[i]].start))) runs[runs.length - 1].push(group[i]);
		else runs.push([group[i]]);
	}
	const n = runs[0].length;
	if (runs.length < 2 || n < 2 || runs.some((r) => r.length !== n)) return [];
	const out: { run: number[]; pred: string }[] = [];
	for (const run of runs.slice(1)) {
		// 、提高到每人每月|2100元: a level reached (per head) names the items as they are.
		const head = text
			.slice(figs[run[0] - 1].end, figs[run[0]].start)
			.replace(/[\s\u3000]/g, '')
			.replace(/^[、，,和及与以上左右多余近约]+/, '')
			.replace(PER_HEAD, '')
			// ，比上年底增长x、y: the base of the changes is no predicate.
			.replace(COMPARISON, '');
		// 、人数增加到83.6万人: a run with a name of its own is no run of the same items.
		if ((REACHED.test(head) && !head.replace(REACHED, '')) || LEVEL_VERB.test(head)) {
			out.push({ run, pred: '' });
			continue;
		}
		const pred = predicateOf(head);
		if (!CHANGE_ONLY.test(pred) && !/^占./.test(pred)) return [];
		out.push({ run, pred });
	}
	return out;
}

/**
 * The items of a list before, measured again by a clause of their own (沿海、内河港口吞吐能力分别新增…，总吞吐能力分别达到…):
 * the names the earlier values took (`prev`) and the new clause's head (`head`). What every earlier name ends with
 * is the shared measure; the rest is each item's own. A head of the same kind as that measure (总吞吐能力 after
 * 港口吞吐能力; 4G覆盖率 after 光纤宽带网络覆盖率: it ends in the measure's last word) takes its place — keeping what
 * stands before the measure's last word when the head adds one character only (总) — and a head that is a word
 * like the measure's first (农村 after 城市低保标准) takes that word's place: 沿海港口总吞吐能力, 城市4G覆盖率,
 * 苏南农村低保标准. Any other head (占比, 总量, 增速) is measured of each earlier name: 高新技术产业产值占比.
 */
function nextMeasure(prev: string[], head: string): string[] {
	const plain = prev.map((x) => x + head);
	if (head.length < 2 || !/^[\p{Script=Han}A-Za-z0-9.]+$/u.test(head)) return plain;
	let n = 0;
	while (n < prev[0].length && prev.every((x) => x.length > n + 1 && x[x.length - 1 - n] === prev[0][prev[0].length - 1 - n])) n++;
	const shared = prev[0].slice(prev[0].length - n);
	if (shared.length < 2 || !startsWord(prev[0], prev[0].length - n)) return plain;
	const own = prev.map((x) => x.slice(0, x.length - n));
	const words = wordsOf(shared);
	const lastWord = words[words.length - 1];
	if (lastWord.length >= 2 && head.endsWith(lastWord) && head !== shared && head.length > lastWord.length) {
		// 港口吞吐能力 and 总吞吐能力: the longest tail both end with; a head adding one character keeps the rest.
		let t = 0;
		while (t < head.length && t < shared.length && head[head.length - 1 - t] === shared[shared.length - 1 - t]) t++;
		const kept = head.length - t === 1 ? shared.slice(0, shared.length - t) : '';
		return own.map((x) => x + kept + head);
	}
	const first = words[0];
	if (
		!ITEM_MEASURE.test(head) &&
		words.length >= 2 &&
		head.length === first.length &&
		/^n/.test(tagOf(head)) &&
		/^n/.test(tagOf(first)) &&
		head !== first
	)
		return own.map((x) => x + head + shared.slice(first.length));
	return plain;
}

/**
 * Lists without 分别: `商品零售价格和居民消费品价格涨幅2.3%和4.3%` — as many items before
 * the values as values, nothing but separators between them — give each value its item.
 */
function plainLists(text: string, figs: ListFigure[], out: string[]): void {
	let k = 0;
	while (k < figs.length) {
		let cs = figs[k].start;
		while (cs > 0 && !CLAUSE_END.test(text[cs - 1])) cs--;
		let ce = figs[k].start;
		while (ce < text.length && !CLAUSE_END.test(text[ce])) ce++;
		const group: number[] = [];
		while (k < figs.length && figs[k].start < ce) group.push(k++);
		if (group.length < 2 || EACH.test(text.slice(cs, ce))) continue;
		if (group.some((g, i) => i > 0 && !BETWEEN_VALUES.test(text.slice(figs[group[i - 1]].end, figs[g].start)))) continue;
		const parts = splitItems(cleanIndicator(text.slice(cs, figs[group[0]].start), true)).filter(Boolean);
		if (!parts.every((x) => x.length >= 2)) continue;
		// 城乡居民人均可支配收入达到45893元、20070元: one name of two items for two values.
		const pair = parts.length === 1 && group.length === 2 && figs[group[0]].unit === figs[group[1]].unit;
		const items =
			parts.length === group.length
				? shareScope(headAfterDeng(parts) ?? completeItems(parts))
				: pair
					? splitCompound(parts[0], PAIRED_COMPOUNDS)
					: null;
		if (items) group.forEach((g, i) => (out[g] = items[i]));
	}
}
/**
 * A comparison with a whole area's figure (高于全省, 低于全国平均水平, 比全省高) or with a target (低于控制目标, 高出计划),
 * as the whole clause before a margin.
 */
const COMPARED = new RegExp(
	`^[\\s\\u3000]*(?:分别)?((?:${MARGIN_WORDS})(?:${WHOLE_AREA}(?:平均水平|平均)?|(?:省定|省控|预期|控制|年度)?(?:目标|计划|指标))|比${WHOLE_AREA}(?:平均水平|平均)?(?:高|低|快|慢)出?)(?:约|近|超过|多)?[\\s\\u3000]*$`
);
/** The head of a clause giving the levels a list of changes reached: 达到, 提高到…, a per-person base after it. */
const LEVEL_REACHED = new RegExp(`^[\\s\\u3000]*(?:达到|达|${REACH_VERB}(?:到|至))(?:每人每[月年])?[\\s\\u3000]*$`);
/** A name ending in a change word (with 年均 before it): the name of a change, not of a level. */
const CHANGE_END = /(?:年均)?(?:增长|提高|增加|上涨|上升|递增)$/;
/** Nothing but list separators and hedges between two values of a list. */
const BETWEEN_VALUES = /^[\s\u3000、，,和及与以上左右多余近约]*$/;

/**
 * A list of values with no names of its own right after a 分别 list of as many:
 * `城乡居民人均可支配收入分别达到20995元和6060元，比“十一五”末增长78.4%和93.2%` →
 * 城镇…增长, 农村…增长; `…分别完成862.2亿元、15.8亿美元，占全省的25.5%和41.8%` → …占全省.
 */
function continueLists(text: string, figs: ListFigure[], out: string[], named: Set<number>): void {
	for (const first of named) {
		// The list: figures of one clause starting at `first`.
		let end = figs[first].start;
		while (end < text.length && !CLAUSE_END.test(text[end])) end++;
		const list = figs.map((_, k) => k).filter((k) => k >= first && figs[k].start < end);
		const n = list.length;
		// The next clause: exactly n values, its head a change or share with no name.
		const nextStart = end + 1;
		let nextEnd = nextStart;
		while (nextEnd < text.length && !CLAUSE_END.test(text[nextEnd])) nextEnd++;
		const next = figs.map((_, k) => k).filter((k) => figs[k].start >= nextStart && figs[k].start < nextEnd);
		if (next.length !== n || n < 2 || next[0] !== list[n - 1] + 1) continue;
		if (next.some((k, i) => i > 0 && !BETWEEN_VALUES.test(text.slice(figs[next[i - 1]].end, figs[k].start)))) continue;
		const head = text.slice(nextStart, figs[next[0]].start);
		if (/分别/.test(head)) continue;
		// …分别达到33188元和14072元，是2010年的1.8和2.0倍: multiples of the items, in order.
		const multiple = MULTIPLE_OF.test(head.replace(/[\s\u3000]/g, ''));
		// 分别由1997年的5.5部和0.4部，增加到17.7部和9.5部: the new levels of the items, in order.
		if (LIST_REACHED.test(head)) {
			const prev = list.map((k) => out[k]);
			if (prev.every((x) => x.length >= 2) && new Set(prev).size === n) next.forEach((k, i) => (out[k] = prev[i]));
			continue;
		}
		// 城乡居民人均可支配收入分别增长8%和10%，达到32257元和11046元: after a list of changes, the levels the items
		// reach are the items' own (城镇居民人均可支配收入 32257元), the change word (and 年均 before it) left out.
		if (LEVEL_REACHED.test(head)) {
			const prev = list.map((k) => out[k]);
			if (!prev.every((x) => CHANGE_END.test(x))) continue;
			const level = prev.map((x) => x.replace(CHANGE_END, ''));
			if (level.every((x) => x.length >= 2) && new Set(level).size === n) next.forEach((k, i) => (out[k] = level[i]));
			continue;
		}
		const pred = multiple ? '' : predicateOf(head);
		if (!multiple && (!pred || !(CHANGE_ONLY.test(pred) || /^占./.test(pred) || COMPARED.test(pred)))) continue;
		const prev = list.map((k) => out[k]);
		if (!prev.every((x) => x.length >= 2) || new Set(prev).size !== n) continue;
		next.forEach((k, i) => (out[k] = prev[i].replace(CHANGE_WORD_END, '') + pred));
	}
}

const COMPARED_MARGIN = new RegExp(MARGIN_WORDS);
/** Units of no count of things: a rate, a share, a multiple, money, a rank. */
const NOT_COUNT_UNIT = /%|‰|百分点|倍|元|位|^$/;
/** The change a list's last item says of every item (…排放量削减, …年均增长). */
const EACH_CHANGE = new RegExp(`(?:年均)?(?:实际|名义)?(?:${CHANGE_WORDS}|削减|压缩|上升|扩面|新增)$`);
/**
 * 分别 before one value, a verb and hedges between (种粮大户、家庭农场分别达到|30个; 分别实际增长|9%); not a 的-phrase
 * (由市委常委和副市长分别任组长的|11个工作组: the list is no subject of the count).
 */
const EACH_ONE_VALUE = /分别[\s\u3000]*[^，,；;。：:、和及与的\d０-９\s\u3000]{0,5}[\s\u3000]*$/;
/** Another value right after this one, in the same list (分别达到30个、|20个). */
const NEXT_VALUE = /^[\s\u3000]*(?:[、和及与][\s\u3000]*)[\d０-９一二三四五六七八九十]/;

/**
 * One value said of every item of a list with 分别 (千亩以上种粮大户、家庭农场分别达到30个; 城镇居民人均可支配收入、农民人均纯收入分别
 * 实际增长9%左右): the value is each item's, and the figure takes the first item's name, completed with what the items
 * share (千亩以上种粮大户, 城镇居民人均可支配收入实际增长), not the whole list; `name` unchanged when the clause holds no such list.
 */
export function firstOfEach(text: string, start: number, end: number, unit: string, name: string): string {
	if (!EACH_ONE_VALUE.test(text.slice(Math.max(0, start - 12), start)) || NEXT_VALUE.test(text.slice(end, end + 4))) return name;
	const parts = splitItems(name).filter(Boolean);
	// (Not a margin over a standard: 城镇居民医保和新农合人均财政补助分别高出国家标准20元 names both by the margin.)
	if (parts.length < 2 || parts.some((x) => x.length < 2) || COMPARED_MARGIN.test(name)) return name;
	const first = completeItems(parts)[0];
	if (first !== parts[0]) return first;
	// 化学需氧量、二氧化硫排放量削减: a first item the list completes with nothing keeps the change said of all (化学需氧量削减); one
	// that is no measure either (湖南科技大学、湘潭大学…成果转化指数) leaves the list's name whole, unless the value counts the
	// items themselves (国家级高新技术企业、科技型“小巨人”企业分别达到200户).
	const change = EACH_CHANGE.exec(parts[parts.length - 1])?.[0];
	if (change && !first.endsWith(change)) return first + change;
	return ITEM_MEASURE.test(first) || !NOT_COUNT_UNIT.test(unit) ? first : name;
}

/** 各 right before a value (温室和大棚各|3000栋), a hedge (各约) allowed between. */
const EACH_BEFORE_VALUE = /各[\s\u3000]*(?:约|近|超过|超)?[\s\u3000]*$/;
/** Units of a rate, a share or a multiple: 各 before them is no count per item. */
const NOT_PER_ITEM = /^(?:%|‰|个百分点|倍|ratio|位)$/;
const bare = (s: string) => s.replace(/[（(][^）)]{0,6}[）)]/g, '');

const NEW_WORD_SET = new Set(data.newWords);
/** A verb of the lexicon (tag v), an adding word (新增, 新建), or two of them (新建改扩建). */
function isVerbWord(w: string): boolean {
	const tag = segmenter().tag;
	const one = (x: string) => x.length >= 2 && (NEW_WORD_SET.has(x) || /^vn?$/.test(tag?.(x) ?? ''));
	if (one(w)) return true;
	for (let i = 2; i <= w.length - 2; i++) if (one(w.slice(0, i)) && one(w.slice(i))) return true;
	return false;
}

/** Whether the segmenter cuts `s` at `at` (a word of `s` starts there). */
function wordBoundary(s: string, at: number): boolean {
	let n = 0;
	for (const w of wordsOf(s)) {
		if (n >= at) return n === at;
		n += w.length;
	}
	return n === at;
}
/** A cut of `s` at `at` the segmenter makes, or one inside a compound of four characters or more (博士、硕士|学位授权高校), not inside a word (自治|区, 新增|长点). */
function cutsWell(s: string, at: number): boolean {
	if (wordBoundary(s, at)) return true;
	const { word } = wordSpan(s, at);
	return word.length >= 4 && startsWord(s, at);
}
/** An item that is a level of government (国家, 省, 自治区级): 国家、省卫生镇 shares what follows the last item's level. */
const GOV_LEVEL = /^(?:国家|全国|省|市|县|区|自治区|自治州)级?/;

/**
 * The verb in front of the first item of a list that is every item's (新建|冬暖式日光节能温室和大棚, 新（扩）建|奶源、…):
 * a verb (isVerbWord), a bracketed character inside allowed, at a word's start; '' when none, or when a later item
 * opens with a verb of its own (新建、改造公厕).
 */
function verbInFront(items: string[]): string {
	const first = items[0];
	for (let n = Math.min(8, first.length - 1); n >= 2; n--) {
		const p = first.slice(0, n);
		const b = bare(p);
		if (b.length < 2 || b.length > 6 || /[（(]$/.test(p) || AIM_WORD.test(b) || /^(?:继续|进一步)/.test(b) || !isVerbWord(b)) continue;
		// 退耕|还林 is one word; 继续|给县城: a preposition after the verb opens no item.
		const rest = bare(first).slice(b.length);
		if (!wordBoundary(bare(first), b.length) || segmenter().tag?.(wordsOf(rest)[0] ?? '') === 'p') continue;
		if (items.slice(1).some((x) => isVerbWord(wordsOf(bare(x))[0] ?? ''))) return '';
		return p;
	}
	return '';
}

/**
 * One value given to each item of a list (新建冬暖式日光节能温室和大棚各3000栋, 新（扩）建奶源、肉牛（羊）、生猪基地各10个):
 * the name of each item — the verb in front and the head noun written once after the last item shared by all
 * (新建冬暖式日光节能温室, 新建大棚; 新（扩）建奶源基地, 新（扩）建肉牛（羊）基地, 新（扩）建生猪基地) — when the value
 * stands right after 各 and `name` is the list before it; null otherwise (one name, as before). The items are things
 * side by side: an item takes only the tail of the last item (its head noun), never the head of the first.
 */
export function eachItemNames(text: string, start: number, unit: string, name: string): string[] | null {
	if (NOT_PER_ITEM.test(unit) || !EACH_BEFORE_VALUE.test(text.slice(Math.max(0, start - 6), start))) return null;
	const at = text.lastIndexOf('各', start - 1);
	// The name is the list written right before 各 (not a noun after the value, 确保TCL和创维各300万台|液晶电视).
	const squashed = (s: string) => s.replace(/[\s\u3000“”"]/g, '');
	const before = squashed(text.slice(Math.max(0, at - name.length - 12), at));
	if (name.length < 4 || !before.endsWith(squashed(name).slice(-2))) return null;
	let parts = splitItems(name).filter(Boolean);
	if (parts.length < 2) return null;
	const verb = verbInFront(parts);
	if (verb) parts = [parts[0].slice(verb.length), ...parts.slice(1)];
	const last = parts[parts.length - 1];
	const completed = completeItems(parts);
	const lastWords = wordsOf(bare(last));
	let items = parts.map((x, k) => {
		if (k === parts.length - 1) return x;
		const done = completed[k];
		const tail = done.slice(x.length);
		// 开工、续建、竣工项目: the last item's tail (its head noun) — cut where a word of it starts (自治|区 is no cut),
		// and no tail for an item that names its kind already (退耕还林、荒山造林).
		if (done !== x && done.startsWith(x) && last.endsWith(tail) && cutsWell(last, last.length - tail.length) && !x.endsWith(tail.slice(-1)))
			return done;
		// 省、市级农业龙头企业 → 省级…; 国家级、省级现代农业园区 → 国家级现代农业园区.
		if (x.length === 1 && last[1] === '级') return x + last.slice(1);
		const lv = last.lastIndexOf('级');
		if (x.endsWith('级') && lv > 0 && last.length - lv > 2) return x + last.slice(lv + 1);
		// 肉牛（羊）、生猪基地: a bracket inside a short item hides its length.
		const b = bare(x);
		if (b !== x && b.length <= 2) {
			const d = completeItems([b, last])[0];
			if (d !== b && d.startsWith(b) && last.endsWith(d.slice(b.length))) return x + d.slice(b.length);
		}
		// 市区新建、改造公厕: a verb ending this item shares the object of the last item's verb.
		const own = wordsOf(x);
		const ownLast = own[own.length - 1];
		if (lastWords.length >= 2 && isVerbWord(ownLast) && isVerbWord(lastWords[0]) && !isVerbWord(lastWords[1]))
			return x + bare(last).slice(lastWords[0].length);
		// 首发上市在审及辅导报备企业, 新签约、新投产10亿元以上项目: an item ending in a verb shares the last item's noun.
		const noun = lastWords[lastWords.length - 1] ?? '';
		if (lastWords.length >= 2 && noun.length >= 2 && segmenter().tag?.(ownLast) === 'v' && segmenter().tag?.(noun) === 'n') return x + noun;
		// 增创国家、省卫生镇: levels of government share what follows the last item's level.
		const lvl = GOV_LEVEL.exec(last)?.[0];
		if (lvl && GOV_LEVEL.exec(x)?.[0] === x && last.length - lvl.length >= 2) return x + last.slice(lvl.length);
		return x;
	});
	if (verb) items = items.map((x) => verb + x);
	if (items.some((x) => bare(x).length < 2) || new Set(items.map(squashed)).size !== items.length) return null;
	return items;
}
