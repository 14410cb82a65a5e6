/**
 * The corpus's own vocabulary of indicators (data/figure-vocab.json, mined by scripts/figure-vocab.ts): a name
 * is anchored on the known indicator it ends in: an adverb after it (总产量仍然, 投资计划按期, 办复率始终) and a
 * preposition or an adverb before a verb in front of it (对/向/通过…, 再培育) leave the name. Names that end in no known
 * indicator are left to the rules (indicator.ts).
 */
import data from '../data/figure-vocab.json';
import indicators from '../data/figure-indicators.json';
import { segmenter } from '../segmenter';

const CHANGE = /(?:年均)?(?:同比)?(?:实际|名义)?(?:增长|下降|提高|降低|减少|增加|上升|提升|回落|上涨|增产|减产)$/;

/** A name's measure and its change word (城镇新增就业增长 → 城镇新增就业 + 增长). */
export function splitChange(name: string): { stem: string; change: string } {
	const m = CHANGE.exec(name);
	return m && m.index >= 2 ? { stem: name.slice(0, m.index), change: m[0] } : { stem: name, change: '' };
}

/** Words the tags misread (更新/d, figure-indicators.json `edgeClasses.keep`), linking words other rules read (为, 在, 由, 从, 比) and negations or degree words that make a different measure. */
const KEEP = new Set([
	...indicators.edgeClasses.keep,
	'一期',
	'二期',
	'三期',
	'进度',
	'按时',
	'被',
	'为',
	'在',
	'由',
	'从',
	'比',
	'较',
	'不',
	'未',
	'非',
	'最',
	'更',
	'超',
	'以上',
	'以下',
	'人均',
	'年均',
	'平均'
]);

const HAN = /^\p{Script=Han}+$/u;
/** One-character prepositions that open a name without being part of it (对市区…, 向农民…). */
const LEAD_ONE = new Set(['对', '向', '与', '以', '按', '给', '同', '跟']);
/** 对全省贡献率: a whole region after the preposition is the measure's scope. */
const SCOPE = /^(?:全国|全省|全市|全区|全州|全县|全盟|本市|本省)$/;

let known: Set<string> | null = null;
/** The length of the longest known indicator: no longer piece of a name needs a look-up. */
let longest = 0;
let off = false;
/** For the mining script: names as the rules alone give them. */
export function vocabOff(): void {
	off = true;
}

/** Whether `name` (its change word set aside) is a known indicator of the corpus's vocabulary. */
export function knownIndicator(name: string): boolean {
	if (off) return false;
	if (!known) {
		known = new Set(data.phrases);
		for (const p of data.phrases) longest = Math.max(longest, p.length);
	}
	return known.has(splitChange(name).stem);
}

/** 农业总产值仍然 → 农业总产值; 对市区…: the name without the words outside its known indicator. */
export function anchorName(name: string): string {
	return anchorWords(segmenter()(name));
}

/** anchorName over a name already cut into words (the word-class trim's, so nothing is cut twice). */
export function anchorWords(all: string[]): string {
	const name = all.join('');
	if (off || name.length < 4) return name;
	// The vocabulary is read into a set on first use.
	if (knownIndicator(name)) return name;
	const { change } = splitChange(name);
	// The change word on word boundaries (增长, 年均|增长).
	let n = all.length;
	for (let len = 0; len < change.length && n > 0;) len += all[--n].length;
	if (all.slice(n).join('') !== change) return name;
	const words = all.slice(0, n);
	if (words.length < 2) return name;
	// The first word of the longest known indicator ending at word b (-1: none). Known indicators are short, so
	// only the last few words are joined: a name of n words costs O(n), not O(n²) per call (O(n³) per name).
	const endsKnown = (a: number, b: number) => {
		let first = -1;
		let piece = '';
		for (let k = b - 1; k >= a; k--) {
			piece = words[k] + piece;
			if (piece.length > longest) break;
			if (known!.has(piece)) first = k;
		}
		return first;
	};
	const tag = (w: string) => segmenter().tag?.(w) ?? '';
	// 总产量仍然, 投资计划按期: an adverb after a known indicator is outside it.
	let b = words.length;
	while (b > 1 && HAN.test(words[b - 1]) && /^d/.test(tag(words[b - 1])) && !KEEP.has(words[b - 1]) && endsKnown(0, b - 1) >= 0) b--;
	// 对市区…, 使公共交通分担率: a preposition or adverb before the known indicator the name ends in is outside it.
	let a = 0;
	const k = endsKnown(0, b);
	const han2 = (w: string | undefined) => w !== undefined && w.length >= 2 && HAN.test(w);
	while (a < k && !KEEP.has(words[a]) && han2(words[a + 1]) && !SCOPE.test(words[a + 1])) {
		const w = words[a];
		const t = tag(w);
		// A preposition (对, 向, 与, 通过, 按照) — of one character only the common ones, as the lexicon splits 自|贸试验区,
		// 对|俄 — or an adverb before a verb (再培育, 已核准; 永久基本农田, 一次性就业率 stay).
		const out =
			(t.startsWith('p') && (w.length >= 2 || LEAD_ONE.has(w)) && !/^v/.test(tag(words[a + 1]))) ||
			(a === 0 && t.startsWith('d') && /^v/.test(tag(words[a + 1])));
		if (!out) break;
		a++;
	}
	if (a === 0 && b === words.length) return name;
	const s = words.slice(a, b).join('');
	return s.length >= 2 && !/\d/.test(s) ? s + change : name;
}
