import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDraftsByDiff } from '../../src/lib/core/draft/compare-diff';
import { parseReport } from '../../src/lib/core/parse';

const seed = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');

describe('draft reuse through the diff engine', () => {
	const old = parseReport(seed('liaocheng-2024-gwr-excerpt'));

	it('a copy of last year is reused word for word throughout', () => {
		const c = compareDraftsByDiff(old, parseReport(seed('liaocheng-2024-gwr-excerpt')));
		expect(c.counts.new).toBe(0);
		expect(c.counts.edited).toBe(0);
		expect(c.shares.same).toBe(1);
	});

	it('an edited figure makes a sentence "edited", a new sentence is "new", a moved one stays "same"', () => {
		const input = seed('liaocheng-2024-gwr-excerpt')
			.replace('全市新改建道路59条', '全市新改建道路61条')
			.replace('城镇新增就业4.6万人,', '城镇新增就业4.6万人,全年新增市场主体八万户。')
			.replace('承载能力持续增强。', '承载能力持续增强。成功举办首届运河文化节。');
		const draft = parseReport(input);
		const c = compareDraftsByDiff(old, draft);
		const statusOf = (needle: string) => {
			const k = draft.sentences.findIndex((s) => draft.text.slice(s.textStart, s.textEnd).includes(needle));
			return c.matches[k];
		};
		expect(statusOf('新改建道路61条').status).toBe('edited');
		const oldS = old.sentences[statusOf('新改建道路61条').old!];
		expect(old.text.slice(oldS.textStart, oldS.textEnd)).toContain('新改建道路59条');
		expect(statusOf('运河文化节').status).toBe('new');
		expect(statusOf('承载能力持续增强').status).toBe('same');
		expect(c.counts.same + c.counts.edited + c.counts.new).toBe(draft.sentences.length);
	});

	it('a different city is mostly new', () => {
		const c = compareDraftsByDiff(old, parseReport(seed('yuncheng-2024-gwr-excerpt')));
		expect(c.shares.new).toBeGreaterThan(0.8);
	});
});
