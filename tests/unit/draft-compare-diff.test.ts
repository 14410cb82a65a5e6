import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDraftsByDiff } from '../../src/lib/core/draft/compare-diff';
import { parseReport } from '../../src/lib/core/parse';
import { checkDraft } from '../../src/lib/core/draft';
import { diffReports } from '../../src/lib/core/diff';
import { lint } from '../../src/lib/core/lint';
import type { Segmenter } from '../../src/lib/core/segmenter/base';
import { segmenter } from '../../src/lib/core/segmenter';

const seed = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');

describe('draft reuse through the diff engine', () => {
	const old = parseReport(seed('liaocheng-2024-gwr-excerpt'));

	it('a copy of last year is reused word for word throughout', () => {
		const c = compareDraftsByDiff(old, parseReport(seed('liaocheng-2024-gwr-excerpt')), segmenter());
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
		const c = compareDraftsByDiff(old, draft, segmenter());
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
		const c = compareDraftsByDiff(old, parseReport(seed('yuncheng-2024-gwr-excerpt')), segmenter());
		expect(c.shares.new).toBeGreaterThan(0.8);
	});
});

describe('the draft checker and the diff view cut words with the same segmenter', () => {
	const oldInput = seed('liaocheng-2024-gwr-excerpt');
	const old = parseReport(oldInput);
	const input = oldInput.replace('全市新改建道路59条', '全市新改建城市道路61条');
	const draft = parseReport(input);

	it('checkDraft uses the segmenter it is given, for the reuse comparison and for the lint', () => {
		const jieba = segmenter();
		let calls = 0;
		const counting: Segmenter = Object.assign((text: string) => (calls++, jieba(text)), { tag: jieba.tag });
		const res = checkDraft(input, { report: old, input: oldInput }, counting);
		expect(calls).toBeGreaterThan(0);
		expect(res.findings).toEqual(lint(input, jieba, draft));
	});

	it('an edited sentence shows the same inserted words in the checker as in /diff (both jieba)', () => {
		const res = checkDraft(input, { report: old, input: oldInput }, segmenter());
		const edited = res.sentences.find((s) => s.text.includes('新改建城市道路61条'))!;
		expect(edited.status).toBe('edited');
		const inChecker = edited
			.words!.filter((w) => w.kind === 'ins')
			.map((w) => input.slice((w as { start: number }).start, (w as { end: number }).end));
		const diff = diffReports({ report: old }, { report: draft }, { segmenter: segmenter() });
		const at = draft.text.indexOf('新改建城市道路61条');
		const inDiff = diff.b.segments
			.filter((s) => s.status !== 'equal' && s.start >= at - 10 && s.end <= at + 20)
			.map((s) => draft.text.slice(s.start, s.end));
		expect(inChecker.join('|')).toBe(inDiff.join('|'));
		// jieba keeps 城市 whole: the insertion is a word, not two characters cut by Intl.
		expect(inChecker).toContain('城市');
	});
});
