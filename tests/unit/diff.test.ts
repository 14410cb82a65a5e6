import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
import {
	comparisonKey,
	DEFAULT_OPTIONS,
	diffReports,
	flatSegments,
	identicalSentenceViolations,
	scopeToSection,
	sectionRange,
	sideText,
	tokenize,
	withDefaults
} from '../../src/lib/core/diff/index';
import { intlSegmenter } from '../../src/lib/core/segmenter/base';
import { segmenter as wordSegmenter } from '../../src/lib/core/segmenter';
import { longestIncreasing } from '../../src/lib/core/diff/base';

const load = (id: string): ParsedReport => parseReport(readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8'));
const jieba = wordSegmenter();
const seeds = [
	'liaocheng-2020-gwr',
	'liaocheng-2023-gwr-part2',
	'liaocheng-2024-gwr-excerpt',
	'dongchangfu-2024-plan',
	'yuncheng-2024-gwr-excerpt'
];

/** A report made from the text of `r` with its sentences edited by `edit` (index → new sentence or null to drop). */
function edited(r: ParsedReport, edit: (s: string, i: number) => string | null): ParsedReport {
	let out = '';
	let pos = 0;
	r.sentences.forEach((s, i) => {
		out += r.text.slice(pos, s.textStart);
		const next = edit(r.text.slice(s.textStart, s.textEnd), i);
		if (next !== null) out += next;
		pos = s.textEnd;
	});
	return parseReport(out + r.text.slice(pos));
}

describe('tokens', () => {
	it('keeps numbers with their units whole and policy terms whole with jieba', () => {
		const t = '粮食产量1.39万亿斤，增长5.2%，发行200 亿元专项债券，推进城市更新和集中供热，守护绿水青山。';
		const words = tokenize(t, 0, t.length, jieba, DEFAULT_OPTIONS).map((x) => t.slice(x.start, x.end));
		for (const w of ['1.39万亿斤', '5.2%', '200 亿元', '城市更新', '集中供热', '绿水青山']) expect(words).toContain(w);
		expect(words.join('')).toBe(t);
	});

	it('tiles the text exactly with either segmenter, whitespace ignored or not', () => {
		const r = load('liaocheng-2020-gwr');
		for (const seg of [jieba, intlSegmenter])
			for (const ignoreWhitespace of [true, false]) {
				const toks = tokenize(r.text, 0, r.text.length, seg, withDefaults({ ignoreWhitespace }));
				expect(toks.map((x) => r.text.slice(x.start, x.end)).join('')).toBe(r.text);
			}
	});

	it('compares under the options: width, whitespace, number formatting', () => {
		expect(comparisonKey('增长，（5.0％）', DEFAULT_OPTIONS)).toBe(comparisonKey('增长,(5%)', DEFAULT_OPTIONS));
		expect(comparisonKey('200 亿元', DEFAULT_OPTIONS)).toBe(comparisonKey('200亿元', DEFAULT_OPTIONS));
		expect(comparisonKey('1,000套', DEFAULT_OPTIONS)).toBe('1000套');
		const exact = withDefaults({ ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreNumberFormat: false });
		expect(comparisonKey('增长，', exact)).not.toBe(comparisonKey('增长,', exact));
		expect(comparisonKey('200 亿元', exact)).not.toBe(comparisonKey('200亿元', exact));
		expect(comparisonKey('1,000', exact)).not.toBe(comparisonKey('1000', exact));
	});
});

describe('diffReports on the seeds', () => {
	it('is lossless: each side’s segments concatenate to its text, for every seed pair', () => {
		for (const x of seeds)
			for (const y of seeds) {
				if (x === y) continue;
				const a = load(x);
				const b = load(y);
				const r = diffReports({ report: a }, { report: b }, { segmenter: jieba });
				expect(sideText(r, 'a', a.text)).toBe(a.text);
				expect(sideText(r, 'b', b.text)).toBe(b.text);
				const flat = flatSegments(r, a.text, b.text);
				expect(flat.a.map((s) => s.text).join('')).toBe(a.text);
				expect(flat.b.map((s) => s.text).join('')).toBe(b.text);
				// Pairs are symmetric.
				flat.a.forEach((s, i) => s.pair !== null && expect(flat.b[s.pair].pair).toBe(i));
				expect(identicalSentenceViolations(r, a, b)).toEqual([]);
			}
	});

	it('finds nothing to change between a report and itself', () => {
		const a = load('liaocheng-2020-gwr');
		const r = diffReports({ report: a }, { report: a }, { segmenter: jieba });
		expect(r.a.segments.every((s) => s.status === 'equal')).toBe(true);
		expect(r.stats.share.unchanged).toBe(1);
		expect(r.stats.reusedA).toBe(1);
	});

	it('marks a moved sentence as moved, an edited figure as changed, new and dropped sentences as such', () => {
		const a = load('liaocheng-2020-gwr');
		const n = a.sentences.length;
		const moveFrom = 40;
		const moved = a.text.slice(a.sentences[moveFrom].textStart, a.sentences[moveFrom].textEnd);
		const figureAt = a.sentences.findIndex((s, i) => i > 50 && /[0-9]+(\.[0-9]+)?%/.test(a.text.slice(s.textStart, s.textEnd)));
		const b = edited(a, (s, i) => {
			if (i === moveFrom) return ''; // moved to the end
			if (i === n - 1) return s + moved;
			if (i === figureAt) return s.replace(/([0-9]+(?:\.[0-9]+)?)%/, '99.9%');
			if (i === 20) return null;
			if (i === 30) return s + '全面推进城市更新行动，新增集中供热面积500万平方米。';
			return s;
		});
		const r = diffReports({ report: a }, { report: b }, { segmenter: jieba });
		const statusOfA = (i: number) => {
			const s = a.sentences[i];
			return new Set(r.a.segments.filter((g) => g.start < s.textEnd && g.end > s.textStart).map((g) => g.status));
		};
		expect([...statusOfA(moveFrom)]).toEqual(['moved']);
		expect(statusOfA(figureAt).has('changed')).toBe(true);
		expect([...statusOfA(20)]).toEqual(['deleted']);
		const changed = r.b.segments.filter((g) => g.status === 'changed').map((g) => b.text.slice(g.start, g.end));
		expect(changed).toContain('99.9%');
		const inserted = r.b.segments.filter((g) => g.status === 'inserted').map((g) => b.text.slice(g.start, g.end));
		expect(inserted.join('')).toContain('全面推进城市更新行动');
		expect(r.stats.moved).toBeGreaterThanOrEqual(1);
		expect(r.stats.removed).toBeGreaterThanOrEqual(1);
		expect(r.stats.added).toBeGreaterThanOrEqual(1);
		expect(r.stats.unchanged).toBeGreaterThan(n - 10);
		expect(identicalSentenceViolations(r, a, b)).toEqual([]);
	});

	it('honours the options: full-width punctuation and spaced numbers are equal only when ignored', () => {
		const a = load('liaocheng-2020-gwr');
		const b = parseReport(a.text.replaceAll('，', ',').replace(/([0-9]) (亿元)/g, '$1$2'));
		const loose = diffReports({ report: a }, { report: b }, { segmenter: jieba });
		expect(loose.a.segments.every((s) => s.status === 'equal')).toBe(true);
		const strict = diffReports({ report: a }, { report: b }, { segmenter: jieba, options: { ignorePunctuationWidth: false } });
		const withComma = a.sentences.filter((s) => a.text.slice(s.textStart, s.textEnd).includes('，'));
		expect(withComma.length).toBeGreaterThan(10);
		for (const s of withComma)
			expect(strict.a.segments.some((g) => g.start < s.textEnd && g.end > s.textStart && g.status !== 'equal')).toBe(true);
		const changes = strict.a.segments.filter((s) => s.status === 'changed').map((s) => a.text.slice(s.start, s.end));
		expect(changes.filter((c) => !c.includes('，'))).toEqual([]);
	});

	it('compares one section with its counterpart in the other year', () => {
		const a = load('liaocheng-2020-gwr');
		const b = load('liaocheng-2024-gwr-excerpt');
		const top = a.sections.find((s) => s.level === 1 && s.heading.includes('目标任务'))!;
		const scope = scopeToSection(a, b, top.id, DEFAULT_OPTIONS)!;
		expect(scope.b?.heading).toMatch(/目标任务/);
		const r = diffReports(
			{ report: a, ranges: [sectionRange(scope.a)] },
			{ report: b, ranges: [sectionRange(scope.b!)] },
			{ segmenter: jieba }
		);
		expect(sideText(r, 'a', a.text)).toBe(a.text.slice(scope.a.headingStart, scope.a.textEnd));
		expect(sideText(r, 'b', b.text)).toBe(b.text.slice(scope.b!.headingStart, scope.b!.textEnd));
	});

	it('compares topic passages given as several ranges', () => {
		const a = load('liaocheng-2023-gwr-part2');
		const b = load('liaocheng-2024-gwr-excerpt');
		const pa = a.paragraphs.slice(3, 5).map((p) => ({ start: p.textStart, end: p.textEnd }));
		const pb = [b.paragraphs[1], b.paragraphs[4]].map((p) => ({ start: p.textStart, end: p.textEnd }));
		const r = diffReports({ report: a, ranges: pa }, { report: b, ranges: pb }, { segmenter: jieba });
		expect(sideText(r, 'a', a.text)).toBe(pa.map((x) => a.text.slice(x.start, x.end)).join(''));
		expect(sideText(r, 'b', b.text)).toBe(pb.map((x) => b.text.slice(x.start, x.end)).join(''));
	});
});

describe('alignment order', () => {
	it('keeps the longest increasing run in place', () => {
		expect(longestIncreasing([0, 1, 5, 2, 3, 4])).toEqual([true, true, false, true, true, true]);
		expect(longestIncreasing([])).toEqual([]);
	});
});
