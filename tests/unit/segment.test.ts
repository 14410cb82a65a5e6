/**
 * The core's word segmenter (src/lib/core/segmenter/): jieba's algorithm
 * over the shipped lexicon. It must cut as jieba-wasm (HMM off, the
 * reference it was built from, a devDependency) on real report text, keep
 * every character, and know its part-of-speech tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmenter } from '../../src/lib/core/segmenter';
import { cutWords, Lexicon, type LexiconData } from '../../src/lib/core/segmenter/dag';
import data from '../../src/lib/core/data/lexicon.json';
import { disagreements } from '../../scripts/lib/segment-agreement';

const jieba = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
const reportsDir = new URL('../../reports/', import.meta.url).pathname;
const reports = readdirSync(reportsDir)
	.filter((f) => f.endsWith('.txt'))
	.sort();

describe('word segmenter (jieba in TypeScript)', () => {
	const seg = segmenter();

	// Where the two differ, jieba chose a word of its full dictionary (349,045 words) that the
	// shipped lexicon (the words the reports use, and common words) does not hold: nothing else.
	const lex = new Lexicon(data as LexiconData);
	for (const f of reports) {
		it(`cuts ${f} as jieba-wasm does, except where jieba used a word the lexicon lacks`, () => {
			const text = readFileSync(join(reportsDir, f), 'utf8');
			const ours = seg(text);
			const ref = jieba.cut(text, false);
			expect(ours.join('')).toBe(text);
			const stretches = disagreements(ref, ours);
			for (const [a] of stretches)
				expect(
					a.some((w) => !lex.entry(w)),
					a.join('/')
				).toBe(true);
			expect(stretches.length).toBeLessThan(ref.length / 250);
		});
	}

	it('keeps policy terms whole and cuts as jieba on mixed text', () => {
		const text = '推进城市更新，发展新质生产力。2024年GDP增长5.2%，5G基站达到337.7万个！\r\n\t全面推进乡村振兴 　（一）';
		expect(seg(text)).toEqual(jieba.cut(text, false));
		expect(seg('推进城市更新')).toEqual(['推进', '城市更新']);
		expect(seg('2024年')).toEqual(['2024', '年']);
	});

	it('does not glue a doubled character into an invented word (the lint sees 经经济)', () => {
		expect(seg('促进经经济发展')).toEqual(jieba.cut('促进经经济发展', false));
		expect(seg('促进经经济发展')).toContain('经济');
	});

	it('is lossless on any input: astral characters, lone surrogates, controls, empty', () => {
		for (const text of ['', '𠀀𪚥中国𠮷', '\ud800中\udc00国', 'a\u0000b\r\r\n\n', '🙂🙂城市', ' '.repeat(5), '乡'.repeat(3000)]) {
			const words = seg(text);
			expect(words.join('')).toBe(text);
			expect(words.every((w) => w.length > 0)).toBe(true);
			if (text.isWellFormed()) expect(words).toEqual(jieba.cut(text, false));
		}
	});

	it("gives the dictionary's part-of-speech tags", () => {
		expect(seg.tag?.('经济')).toBe('n');
		expect(seg.tag?.('发展')).toBe('vn');
		expect(seg.tag?.('的')).toBe('uj');
		expect(seg.tag?.('经经济')).toBeUndefined();
		expect(seg.tag?.('')).toBeUndefined();
	});

	it("keeps jieba's frequencies and its dictionary total", () => {
		expect(data.total).toBe(60101964);
		expect(lex.entry('的')).toEqual({ freq: 318825, tag: 'uj' });
		expect(lex.entry('中华人民共和国')).toEqual({ freq: 9989, tag: 'ns' });
		expect(lex.entry('中华人民')).toBeUndefined(); // a prefix, not a word
	});

	it('scores a reading by the route it cuts along (what the proofreading lint compares readings by)', () => {
		const lp = (w: string) => seg.logProb!(w)!;
		expect(lp('的')).toBeCloseTo(Math.log(318825) - Math.log(60101964), 12);
		expect(seg.logProb?.('经经济')).toBeUndefined();
		for (const text of ['海关关税', '推进城市更新', '健全人防防护体系'])
			expect(seg.bestReading!(text)).toBeCloseTo(
				seg(text).reduce((sum, w) => sum + lp(w), 0),
				9
			);
		// A character no word covers counts as frequency 1; nothing at all reads as certain.
		expect(seg.bestReading!('城市𠀀')).toBeCloseTo(lp('城市') - Math.log(60101964), 9);
		expect(seg.bestReading!('')).toBe(0);
	});

	it('takes its lexicon as a parameter: a tiny one cuts by it', () => {
		// A hand-made trie of 城, 城市 (freq 10), 市 (1): labels 城 市 | 市; total 100.
		const tiny: LexiconData = {
			total: 100,
			tags: ['n'],
			labels: '城市市',
			starts: 'AAA' + 'AAC' + 'AAD' + 'AAD' + 'AAD',
			values: 'AAAAA' + 'AAAAB' + 'AAAAB' + 'AAAAK'
		};
		expect(cutWords(new Lexicon(tiny), '城市城')).toEqual(['城市', '城']);
		expect(() => new Lexicon({ ...tiny, starts: 'AAA' })).toThrow(/do not fit/);
	});
});
