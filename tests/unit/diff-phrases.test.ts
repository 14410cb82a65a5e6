import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
import { diffReports } from '../../src/lib/core/diff/index';
import { phrasePiecesBySegment, sharedPhrasesOf } from '../../src/lib/core/diff/shared-phrases';
import { contentChars } from '../../src/lib/core/text/content';
import boilerplate from '../../src/lib/core/data/boilerplate.json';
import { segmenter as wordSegmenter } from '../../src/lib/core/segmenter';
import { diff as diffCommand } from '../../src/cli/commands/diff';

const load = (id: string): ParsedReport => parseReport(readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8'));
const jieba = wordSegmenter();

describe('shared phrases between two cities (聊城 2024 vs 运城 2024)', () => {
	const a = load('liaocheng-2024-gwr-excerpt');
	const b = load('yuncheng-2024-gwr-excerpt');
	const result = diffReports({ report: a }, { report: b }, { segmenter: jieba });
	const shared = sharedPhrasesOf(result, a.text, b.text);
	const keys = shared.phrases.map((p) => p.key);

	it('finds real policy phrases both reports use, though the diff pairs almost no sentence', () => {
		expect(result.stats.share.unchanged).toBeLessThan(0.3);
		for (const want of ['老旧小区', '城市更新', '生产安全事故', '历史遗留问题'])
			expect(
				keys.some((k) => k.includes(want)),
				want
			).toBe(true);
	});

	it('every phrase occurs, as folded wording, in the unmatched text of both sides, with its counts', () => {
		const unmatched = (side: 'a' | 'b', text: string) =>
			result[side].segments
				.filter((s) => s.status !== 'equal' && s.status !== 'moved')
				.map((s) => contentChars(text.slice(s.start, s.end)).chars)
				.join('|');
		const ua = unmatched('a', a.text);
		const ub = unmatched('b', b.text);
		for (const p of shared.phrases) {
			expect(p.key.length).toBeGreaterThanOrEqual(4);
			expect(ua.includes(p.key), p.key).toBe(true);
			expect(ub.includes(p.key), p.key).toBe(true);
			expect(contentChars(a.text.slice(p.firstA.start, p.firstA.end)).chars).toBe(p.key);
			expect(contentChars(b.text.slice(p.firstB.start, p.firstB.end)).chars).toBe(p.key);
			expect(p.countA).toBeGreaterThanOrEqual(1);
			expect(p.countB).toBeGreaterThanOrEqual(1);
			expect(a.text.slice(p.firstA.start, p.firstA.end)).toBe(p.text);
		}
	});

	it('ranks by length × rarity, best first, and the first occurrences sit in the units named', () => {
		const scores = shared.phrases.map((p) => p.score);
		expect(scores).toEqual([...scores].sort((x, y) => y - x));
		for (const p of shared.phrases.slice(0, 10)) {
			const ua = result.a.units[p.firstA.unit];
			const ub = result.b.units[p.firstB.unit];
			expect(p.firstA.start >= ua.start && p.firstA.end <= ua.end).toBe(true);
			expect(p.firstB.start >= ub.start && p.firstB.end <= ub.end).toBe(true);
		}
	});

	it('ranges on each side are sorted, disjoint, and cover every first occurrence', () => {
		for (const side of ['a', 'b'] as const) {
			const rs = shared[side];
			expect(rs.length).toBeGreaterThan(0);
			for (let i = 1; i < rs.length; i++) expect(rs[i][0]).toBeGreaterThan(rs[i - 1][1]);
			for (const p of shared.phrases) {
				const f = side === 'a' ? p.firstA : p.firstB;
				expect(rs.some(([s, e]) => s <= f.start && f.end <= e)).toBe(true);
			}
		}
	});

	it('boilerplate does not count: no phrase is made of listed boilerplate', () => {
		const listed = boilerplate.phrases.map((p) => contentChars(p).chars).filter((p) => p.length >= 4);
		// Both reports say 各位代表 in sentences the diff did not pair: it would be found, were it not boilerplate.
		const unpaired = (side: 'a' | 'b', text: string) =>
			result[side].segments
				.filter((s) => s.status === 'deleted' || s.status === 'inserted')
				.map((s) => text.slice(s.start, s.end))
				.join('');
		expect(unpaired('a', a.text)).toContain('各位代表');
		expect(unpaired('b', b.text)).toContain('各位代表');
		for (const k of keys) for (const l of listed) expect(k.includes(l), `${k} contains ${l}`).toBe(false);
		expect(keys.some((k) => k.includes('各位代表'))).toBe(false);
	});

	it('does not look inside wording the diff already paired: a report against itself shares no phrase', () => {
		const self = diffReports({ report: a }, { report: a }, { segmenter: jieba });
		expect(sharedPhrasesOf(self, a.text, a.text).phrases).toEqual([]);
	});

	it('year on year too: 聊城 2020 and 2024 share 集中供热 outside paired sentences', () => {
		const old = load('liaocheng-2020-gwr');
		const r = diffReports({ report: old }, { report: a }, { segmenter: jieba });
		const s = sharedPhrasesOf(r, old.text, a.text);
		expect(s.phrases.some((p) => p.key.includes('集中供热'))).toBe(true);
	});
});

describe('phrase pieces for the viewer', () => {
	it('cut only the segments a range touches, into pieces that tile them', () => {
		const segs = [
			{ start: 0, end: 10 },
			{ start: 10, end: 20 },
			{ start: 20, end: 30 }
		];
		const m = phrasePiecesBySegment(segs, [
			[2, 4],
			[8, 12]
		]);
		expect([...m.keys()]).toEqual([0, 1]);
		expect(m.get(0)).toEqual([
			{ start: 0, end: 2, shared: false },
			{ start: 2, end: 4, shared: true },
			{ start: 4, end: 8, shared: false },
			{ start: 8, end: 10, shared: true }
		]);
		expect(m.get(1)).toEqual([
			{ start: 10, end: 12, shared: true },
			{ start: 12, end: 20, shared: false }
		]);
	});
});

describe('cli diff --phrases', () => {
	const run = async (args: string[]) => {
		let out = '';
		const code = await diffCommand.run(args, { out: (s) => void (out += s), err: () => {}, color: false });
		return { code, out };
	};
	const pair = ['reports/liaocheng-2024-gwr-excerpt.txt', 'reports/yuncheng-2024-gwr-excerpt.txt'];

	it('leaves the JSON shape alone unless asked, then adds a ranked top-level "phrases"', async () => {
		const plain = JSON.parse((await run([...pair, '--json'])).out);
		expect(Object.keys(plain)).toEqual(['a', 'b', 'stats']);
		const withPhrases = JSON.parse((await run([...pair, '--json', '--phrases'])).out);
		expect(Object.keys(withPhrases)).toEqual(['a', 'b', 'stats', 'phrases']);
		expect(withPhrases.a).toEqual(plain.a);
		expect(withPhrases.phrases.some((p: { text: string }) => p.text.includes('老旧小区'))).toBe(true);
		expect(Object.keys(withPhrases.phrases[0]).sort()).toEqual(['countA', 'countB', 'key', 'score', 'text']);
	});

	it('lists them after the statistics in text mode', async () => {
		const { code, out } = await run([...pair, '--phrases']);
		expect(code).toBe(0);
		expect(out).toMatch(/shared phrases \/ 共有短语 \(\d+; A×, B×\):/);
		expect(out).toMatch(/改造老旧小区 {2}A×1 B×1/);
	});
});
