/**
 * The lead-in pass of the outline (`addLeads`, `leadCandidates`) is linear in
 * paragraphs and sentences (issue 13): the mid-sentence series check was a
 * filter of every candidate per candidate, each sentence's end and bold
 * were found by scanning all of its block's. Generous bounds, against hangs only.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';

describe('outline lead-ins on large inputs', () => {
	it('20,000 paragraphs with mid-paragraph lead series under one heading finish within a minute', () => {
		const input =
			'一、经济发展\n\n' +
			'今年经济工作取得进展。承载能力持续增强。社会保障日益健全。其他内容都在推进之中，各项工作顺利开展。\n\n'.repeat(20_000);
		const t = Date.now();
		const r = parseReport(input);
		expect(r.paragraphs.length).toBe(20_000);
		expect(r.sections.filter((s) => s.kind === 'lead').length).toBe(60_000);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);

	it('one paragraph of 60,000 sentences, and one of 20,000 bold leads, finish within a minute', () => {
		const t = Date.now();
		const a = parseReport('一、经济发展\n\n' + '承载能力持续增强。'.repeat(60_000) + '\n');
		expect(a.paragraphs.length).toBe(1);
		const b = parseReport('一、经济发展\n\n' + '**工作推进。**'.repeat(20_000) + '\n');
		expect(b.sections.filter((s) => s.kind === 'lead').length).toBe(20_000);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);
});
