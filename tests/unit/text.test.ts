/**
 * The text toolkit at the bottom of the core (src/lib/core/text/): one home
 * per concept, each test named after the contract its users rely on.
 */
import { describe, expect, it } from 'vitest';
import { contentChars } from '../../src/lib/core/text/content';
import { BigramIndex, bigramBag, bigrams, dice, multisetDice } from '../../src/lib/core/text/bigrams';
import { DeepestSweep } from '../../src/lib/core/text/deepest';
import { foldChar, foldDigits, foldHan, foldTraditional, foldWidth, fullWidth } from '../../src/lib/core/text/fold';
import { HAN, HAN_CLASS, isHan } from '../../src/lib/core/text/han';
import { commonGrams, MIN_PHRASE, ngramSet } from '../../src/lib/core/text/ngrams';
import { chineseOrdinal, isNumeral, parseChineseNumeral, writeChineseOrdinal } from '../../src/lib/core/text/numerals';
import { isBlank, stripWhitespace, WHITESPACE } from '../../src/lib/core/text/whitespace';

describe('isHan: one definition of a Han character (Unicode Script=Han)', () => {
	it('holds the ideographs reports use, 〇 of dates and a name in extension B', () => {
		for (const ch of ['国', '國', '〇', '々', '𠀾', '\u3400', '\uf900']) expect(isHan(ch), ch).toBe(true);
	});
	it('excludes punctuation, full-width letters, kana and digits', () => {
		for (const ch of ['，', '。', 'Ａ', 'あ', '1', '１', ' ', '\u3000', undefined]) expect(isHan(ch), String(ch)).toBe(false);
	});
	it('HAN_CLASS composes into a larger character class with the same set', () => {
		const re = new RegExp(`^[${HAN_CLASS}]+$`, 'u');
		expect(re.test('二〇二四年國民經濟')).toBe(true);
		expect(re.test('二〇二四年，')).toBe(false);
		expect(HAN.test('a国')).toBe(true);
	});
});

describe('isNumeral: Chinese numeral characters', () => {
	it('digits, magnitudes and the financial forms', () => {
		for (const ch of [...'〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟']) expect(isNumeral(ch), ch).toBe(true);
		for (const ch of ['年', '1', '第', undefined]) expect(isNumeral(ch)).toBe(false);
	});
});

describe('folding is length-preserving, so offsets in folded text are offsets in the original', () => {
	const samples = ['這表現了我國國民經濟的迅速恢復', 'ＧＤＰ增长５．２％，全年１２３４亿元', '全　角　空格', '“十四五”（2021—2025年）'];
	it('foldTraditional, foldWidth, foldHan keep the length of every sample', () => {
		for (const s of samples)
			for (const f of [foldTraditional, (x: string) => foldWidth(x), (x: string) => foldWidth(x, true), foldHan])
				expect(f(s).length).toBe(s.length);
	});
	it('traditional → simplified: 國民經濟 → 国民经济', () => {
		expect(foldTraditional('我國國民經濟')).toBe('我国国民经济');
	});
	it('full-width letters and digits always fold, punctuation only when asked', () => {
		expect(foldWidth('ＧＤＰ１２，')).toBe('GDP12，');
		expect(foldWidth('ＧＤＰ１２，', true)).toBe('GDP12,');
		expect(foldChar('\u3000')).toBe(' ');
	});
	it('WidthFold: only the listed marks fold, and spaces can stay (the figures scanner: ．％ fold, ，and 　 stay)', () => {
		const scan = { punctuation: '．％', spaces: false };
		const s = 'ＧＤＰ增长５．２％，投资１，２３４亿元\u3000全年';
		expect(foldWidth(s, scan)).toBe('GDP增长5.2%，投资1，234亿元\u3000全年');
		expect(foldWidth(s, scan).length).toBe(s.length);
		expect(foldChar('。', scan)).toBe('。');
		expect(foldChar('\u00a0', scan)).toBe('\u00a0');
		expect(foldWidth(s, { punctuation: true })).toBe(foldWidth(s, true));
		expect(foldWidth(s, {})).toBe(foldWidth(s));
	});
	it('foldHan folds both scripts and widths for matching', () => {
		expect(foldHan('國民經濟增長７％')).toBe('国民经济增长7％');
	});
	it('foldDigits: full-width digits and point', () => {
		expect(foldDigits('１９８４年增长７．９％')).toBe('1984年增长7.9％');
	});
});

describe('whitespace as report text has it', () => {
	it('counts the ideographic space, NBSP, BOM and zero-width space', () => {
		for (const ch of ['\u3000', '\u00a0', '\ufeff', '\u200b', ' ', '\n']) expect(WHITESPACE.test(ch)).toBe(true);
		expect(stripWhitespace(' 政府\u3000工作\u00a0报告\n')).toBe('政府工作报告');
		expect(isBlank('\u3000\ufeff ')).toBe(true);
		expect(isBlank('一')).toBe(false);
	});
});

describe('contentChars: folded content characters with their offsets into the text', () => {
	it('drops punctuation and spaces, maps digits to 0 unless asked, and every offset points at its character', () => {
		const text = '新增集中供热面积300万平方米，國民經濟';
		const { chars, offsets } = contentChars(text);
		expect(chars).toBe('新增集中供热面积000万平方米国民经济');
		expect(contentChars(text, true).chars).toBe('新增集中供热面积300万平方米国民经济');
		offsets.forEach((o, i) => expect(foldHan(text[o]).replace(/[0-9]/, '0')).toBe(chars[i]));
	});
});

describe('bigram similarity (Dice over distinct character bigrams)', () => {
	it('is 1 for the same wording, 0 for nothing shared, symmetric, and ignores punctuation', () => {
		const a = bigrams('推进城市更新，改造老旧小区。');
		const b = bigrams('推进城市更新 改造老旧小区');
		expect(dice(a, b)).toBe(1);
		expect(dice(bigrams('集中供热'), bigrams('乡村振兴'))).toBe(0);
		const c = bigrams('改造老旧小区一百个');
		expect(dice(a, c)).toBe(dice(c, a));
		expect(dice(a, c)).toBeGreaterThan(0.3);
		expect(dice(new Set(), a)).toBe(0);
	});
	it('BigramIndex finds the unit that shares the most informative bigrams', () => {
		const units = ['全面推进乡村振兴', '推进城市更新行动', '加强生态环境保护'].map(bigrams);
		expect(new BigramIndex(units).candidates(bigrams('实施城市更新'), 1)).toEqual([1]);
	});
});

describe('multisetDice: Dice over bigram multisets, repeats counted, nothing stripped (figure indicators)', () => {
	it('keeps repeats and punctuation in the bag, so a repeated bigram counts as often as both sides hold it', () => {
		expect(bigramBag('增长增长')).toEqual(['增长', '长增', '增长']);
		expect(bigramBag('R&D投入')).toEqual(['R&', '&D', 'D投', '投入']);
		expect(bigramBag('粮')).toEqual([]);
		// 增长 twice on one side, once on the other: one shared, of 3 + 1 bigrams.
		expect(multisetDice(bigramBag('增长增长'), bigramBag('增长'))).toBe(0.5);
		// The distinct-set dice would call these the same wording.
		expect(dice(bigrams('增长增长'), bigrams('增长'))).toBeCloseTo(2 / 3);
	});
	it('scores two wordings of one indicator above the pairing threshold (0.4), unrelated ones at 0, symmetric', () => {
		const a = bigramBag('提请市人大出台地方性法规');
		const b = bigramBag('提请市人大常委会审议地方性法规');
		expect(multisetDice(a, b)).toBeGreaterThan(0.4);
		expect(multisetDice(a, b)).toBe(multisetDice(b, a));
		expect(multisetDice(bigramBag('粮食产量'), bigramBag('城镇新增就业'))).toBe(0);
		expect(multisetDice([], a)).toBe(0);
	});
});

describe('n-grams and boilerplate', () => {
	it('ngramSet holds each distinct n-gram once', () => {
		expect([...ngramSet('城市更新城市', 2)]).toEqual(['城市', '市更', '更新', '新城']);
	});
	it('commonGrams: n-grams in a large share of the texts are boilerplate, rare ones are not', () => {
		const texts = ['坚持以人民为中心，推进城市更新', '坚持以人民为中心，建设集中供热', '坚持以人民为中心，发展乡村产业'];
		const common = commonGrams(texts, 0.4, MIN_PHRASE);
		expect(common.has('以人民为')).toBe(true);
		expect(common.has('集中供热')).toBe(false);
	});
});

describe('DeepestSweep: the deepest section containing each offset, asked in rising order', () => {
	const sections = [
		{ id: 's1', textStart: 0, textEnd: 100, level: 1 },
		{ id: 's1.1', textStart: 10, textEnd: 40, level: 2 },
		{ id: 's1.2', textStart: 40, textEnd: 90, level: 2 },
		{ id: 's2', textStart: 100, textEnd: 150, level: 1 }
	];
	it('answers like a scan of every section, and restarts when asked for an earlier offset', () => {
		const scan = (pos: number) =>
			sections
				.filter((s) => s.textStart <= pos && pos < Math.max(s.textEnd, s.textStart + 1))
				.reduce<(typeof sections)[number] | null>((best, s) => (!best || s.level >= best.level ? s : best), null);
		const sweep = new DeepestSweep(sections);
		for (const pos of [0, 5, 10, 39, 40, 89, 90, 99, 100, 149, 150])
			expect(sweep.at(pos)?.id ?? null, String(pos)).toBe(scan(pos)?.id ?? null);
		expect(sweep.at(12)?.id).toBe('s1.1');
	});
	it('skip leaves sections out of every answer (the outline placing leads skips lead sections), indexAt gives the index', () => {
		const secs = [
			{ textStart: 0, textEnd: 100, level: 1, kind: 'heading' },
			{ textStart: 10, textEnd: 50, level: 2, kind: 'heading' },
			{ textStart: 20, textEnd: 30, level: 3, kind: 'lead' }
		];
		const all = new DeepestSweep(secs);
		const noLeads = new DeepestSweep(secs, { skip: (s) => s.kind === 'lead' });
		expect([5, 25, 40, 60, 100].map((p) => all.indexAt(p))).toEqual([0, 2, 1, 0, null]);
		expect([5, 25, 40, 60, 100].map((p) => noLeads.indexAt(p))).toEqual([0, 1, 1, 0, null]);
		expect(noLeads.at(25)).toBe(secs[1]);
	});
	it('chainAt gives a section and the one around it, deepest first; halfOpen: an empty section contains nothing (the diff change list)', () => {
		// 一、 [0,100) › (一) [10,50) › 1. [20,30), and an empty section at 60.
		const secs = [
			{ textStart: 0, textEnd: 100, level: 0 },
			{ textStart: 10, textEnd: 50, level: 1 },
			{ textStart: 20, textEnd: 30, level: 2 },
			{ textStart: 60, textEnd: 60, level: 3 }
		];
		const chain = new DeepestSweep(secs, { halfOpen: true });
		expect([5, 25, 25, 40, 60, 99, 100].map((p) => chain.chainAt(p, 2))).toEqual([[0], [2, 1], [2, 1], [1, 0], [0], [0], []]);
		expect(new DeepestSweep(secs).chainAt(60, 2)).toEqual([3, 0]);
		expect(new DeepestSweep(secs).chainAt(25, 5)).toEqual([2, 1, 0]);
	});
});

describe('Chinese numerals: one reader, one ordinal rule, one writer', () => {
	it('parseChineseNumeral reads magnitudes and digit runs', () => {
		expect(parseChineseNumeral('四亿零七百万')).toBe(407000000);
		expect(parseChineseNumeral('一万亿')).toBe(1e12);
		expect(parseChineseNumeral('二十三')).toBe(23);
		expect(parseChineseNumeral('二〇二四')).toBe(2024);
		expect(parseChineseNumeral('年')).toBe(null);
	});
	it('chineseOrdinal takes plain ordinals only (一 … 九十九), so a digit run is not a heading number', () => {
		expect([
			chineseOrdinal('一'),
			chineseOrdinal('十'),
			chineseOrdinal('十二'),
			chineseOrdinal('二十'),
			chineseOrdinal('九十九'),
			chineseOrdinal('两')
		]).toEqual([1, 10, 12, 20, 99, 2]);
		for (const s of ['', '一九', '百', '十十', '三百']) expect(chineseOrdinal(s), s).toBeNaN();
	});
	it('writeChineseOrdinal is chineseOrdinal backwards for 1 … 99', () => {
		for (let n = 1; n < 100; n++) expect(chineseOrdinal(writeChineseOrdinal(n))).toBe(n);
		expect(writeChineseOrdinal(12)).toBe('十二');
	});
});

describe('fullWidth: the full-width form of printable ASCII, for patterns that meet text written either way', () => {
	it('is undone by foldWidth with punctuation', () => {
		expect(fullWidth('%')).toBe('％');
		expect(fullWidth('GW')).toBe('ＧＷ');
		expect(fullWidth('微克/立方米')).toBe('微克／立方米');
		for (const s of ['%', 'GW', '5.2%', 'TEU']) expect(foldWidth(fullWidth(s), true)).toBe(s);
	});
});
