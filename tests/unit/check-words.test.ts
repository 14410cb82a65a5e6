/**
 * /check marks an edited sentence's word-level edits in the draft, as the
 * diff does; proofreading needs no report to compare with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, proofreadDraft } from '../../src/lib/core/draft';
import { parseReport } from '../../src/lib/core/parse';
import { segmenter } from '../../src/lib/core/segmenter';

const seed = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');

describe('word-level edits of a checked draft', () => {
	const oldInput = seed('liaocheng-2024-gwr-excerpt');
	const old = { input: oldInput, report: parseReport(oldInput) };
	const draft = oldInput.replace('全市新改建道路59条', '全市新改建道路61条').replace('城镇新增就业4.6万人', '城镇新增就业5.2万人');
	const res = checkDraft(draft, old, segmenter());

	it('an edited sentence carries its edits: inserted draft words by offset, deleted old words by text', () => {
		const s = res.sentences.find((x) => x.text.includes('新改建道路61条'))!;
		expect(s.status).toBe('edited');
		const ins = s.words!.filter((w) => w.kind === 'ins').map((w) => ('start' in w ? draft.slice(w.start, w.end) : ''));
		const del = s.words!.filter((w) => w.kind === 'del').map((w) => ('text' in w ? w.text : ''));
		expect(ins.join('')).toContain('61');
		expect(del.join('')).toContain('59');
		// Kept and inserted pieces tile the sentence in the draft input, in order, losslessly.
		const kept = s.words!.filter((w) => w.kind !== 'del') as { start: number; end: number }[];
		for (let i = 1; i < kept.length; i++) expect(kept[i].start).toBe(kept[i - 1].end);
		expect(kept[0].start).toBe(s.start);
		expect(kept[kept.length - 1].end).toBe(s.end);
		expect(kept.map((k) => draft.slice(k.start, k.end)).join('')).toBe(draft.slice(s.start, s.end));
	});

	it('sentences reused word for word carry no edits', () => {
		for (const s of res.sentences.filter((x) => x.status !== 'edited')) expect(s.words).toBeUndefined();
		expect(res.sentences.filter((x) => x.status === 'edited').length).toBe(2);
	});

	it('a pasted passage without a title line is still proofread', () => {
		const passage =
			'我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。推动经济经济实现质的有效提升和量的合理增长，持续推进“非粮化”“非粮化”整治。';
		const p = proofreadDraft(passage, segmenter());
		expect(p.meta.region).toBeFalsy();
		expect(p.findings.map((f) => f.rule).sort()).toEqual(['repeated-chars', 'repeated-quote']);
		for (const f of p.findings) expect(f.start).toBeLessThan(passage.length);
	});
});

describe('topic shifts compare only what is comparable', () => {
	const oldInput = seed('liaocheng-2024-gwr-excerpt');
	const old = { input: oldInput, report: parseReport(oldInput) };

	it('a whole draft is compared with the whole old report', () => {
		expect(checkDraft(oldInput, old, segmenter()).topicScope.scope).toBe('whole');
	});

	it('a two-paragraph passage is compared with the old passages it reuses, not the whole report', () => {
		const paras = oldInput.split('\n').filter((l) => l.startsWith('(六)') || l.startsWith('(七)'));
		expect(paras).toHaveLength(2);
		const passage = paras.join('\n');
		const res = checkDraft(passage, old, segmenter());
		expect(res.topicScope.scope).toBe('matched');
		expect(res.topicScope.oldChars).toBeLessThan(res.topicScope.oldTotal / 2);
		// The same two paragraphs: no topic moves much, where against the whole report they would.
		for (const t of res.topics) expect(Math.abs(t.delta)).toBeLessThan(0.1);
	});

	it('a passage mostly new against the old report has no comparable part and no shares', () => {
		const rewritten =
			oldInput
				.split('\n')
				.filter((l) => l.startsWith('(六)'))[0]
				.slice(0, 60) +
			'持续推进乡村振兴，建设宜居宜业和美乡村。全面加强基础教育，办好人民满意的教育。扩大优质医疗资源覆盖面，推进紧密型县域医共体建设。实施城市更新行动，改造老旧小区和城中村。推动文化和旅游深度融合发展。加快建设现代化产业体系，培育壮大战略性新兴产业。深化重点领域改革，持续优化营商环境。';
		const res = checkDraft(rewritten, old, segmenter());
		expect(res.topicScope.reused).toBeLessThan(0.5);
		expect(res.topicScope.scope).toBe('none');
		expect(res.topics).toEqual([]);
	});

	it('a passage that reuses nothing has no comparable part and no shares', () => {
		const res = checkDraft('持续推进乡村振兴，建设宜居宜业和美乡村。全面加强基础教育，办好人民满意的教育。', old, segmenter());
		expect(res.topicScope.scope).toBe('none');
		expect(res.topics).toEqual([]);
	});
});
