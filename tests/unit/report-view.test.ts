import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { blockText, cleanView, removedView, type Inline, type ReadingBlock } from '../../src/lib/components/report/reading';

const dir = new URL('../../reports/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const load = (name: string) => readFileSync(new URL(name, dir), 'utf8');

const kept = (p: Inline) => p.t !== 'removed';
const all = (blocks: ReadingBlock[], include?: (p: Inline) => boolean) => blocks.map((b) => blockText(b, include)).join('');

function anchors(blocks: ReadingBlock[]): string[] {
	const ids: string[] = [];
	const walk = (parts: Inline[]) => {
		for (const p of parts) if (p.t === 'runin') (ids.push(p.id), walk(p.parts));
	};
	for (const b of blocks) {
		if (b.t === 'heading') ids.push(b.id);
		if (b.t !== 'removed') walk(b.parts);
	}
	return ids;
}

describe('reading view of the bundled corpus', () => {
	for (const f of files) {
		const input = load(f);
		const report = parseReport(input);

		it(`${f}: the clean view shows exactly the cleaned text, in order`, () => {
			expect(stripWhitespace(all(cleanView(report)))).toBe(stripWhitespace(report.text));
		});

		it(`${f}: the removed view shows the whole input, and minus removed spans the cleaned text`, () => {
			const blocks = removedView(report, input);
			expect(stripWhitespace(all(blocks))).toBe(stripWhitespace(input));
			expect(stripWhitespace(all(blocks, kept))).toBe(stripWhitespace(report.text));
			const removedChars = report.removed.reduce((n, r) => n + stripWhitespace(input.slice(r.start, r.end)).length, 0);
			expect(stripWhitespace(all(blocks, (p) => p.t === 'removed')).length).toBe(removedChars);
		});

		it(`${f}: every section has exactly one anchor in both views`, () => {
			const ids = report.sections.map((s) => s.id).sort();
			expect(anchors(cleanView(report)).sort()).toEqual(ids);
			expect(anchors(removedView(report, input)).sort()).toEqual(ids);
		});
	}

	it('puts a numbered heading that opens its paragraph on its own line and keeps lead-ins run-in', () => {
		const report = parseReport(load('liaocheng-2020-gwr.txt'));
		const blocks = cleanView(report);
		const h = blocks.find((b) => b.t === 'heading' && b.id === 's1.1');
		expect(h && blockText(h)).toBe('(一)动能转换明显加快。');
		const next = blocks[blocks.indexOf(h!) + 1];
		expect(next.t).toBe('para');
		const first = next.t === 'para' ? next.parts[0] : null;
		expect(first).toMatchObject({ t: 'runin', id: 's1.1.1', lead: true });
		expect(first && first.t === 'runin' ? first.parts.map((p) => (p.t === 'text' ? p.text : '')).join('') : '').toBe('现代农业扩量提质。');
	});

	it('shows the bold markup around a lead-in inside that heading, marked as markup', () => {
		const input = load('liaocheng-2020-gwr.txt');
		const blocks = removedView(parseReport(input), input);
		const para = blocks.find((b) => b.t === 'para' && b.parts[0]?.t === 'runin' && b.parts[0].id === 's1.1.1');
		expect(para).toBeDefined();
		const runin = para!.t === 'para' ? para!.parts[0] : null;
		expect(runin && runin.t === 'runin' ? runin.parts : []).toEqual([
			{ t: 'removed', text: '**', reason: 'markup' },
			{ t: 'text', text: '现代农业扩量提质。' },
			{ t: 'removed', text: '**', reason: 'markup' }
		]);
	});

	it('marks the line breaks that cleaning joined (PDF page break mid-sentence)', () => {
		const input = load('liaocheng-2020-gwr.txt');
		const blocks = removedView(parseReport(input), input);
		const para = blocks.find((b) => b.t === 'para' && blockText(b).includes('主要指标增幅在'));
		expect(para && para.t === 'para' ? para.parts.some((p) => p.t === 'joined') : false).toBe(true);
		expect(cleanView(parseReport(input)).some((b) => b.t === 'para' && b.parts.some((p) => p.t === 'joined'))).toBe(false);
	});

	it('shows front matter and page chrome as removed blocks of their own, with the reason', () => {
		const input = load('dongchangfu-2024-plan.txt');
		const blocks = removedView(parseReport(input), input);
		expect(blocks[0]).toMatchObject({ t: 'removed', reason: 'front-matter' });
		expect((blocks[0] as { text: string }).text).toContain('title: 关于东昌府区');
		const chrome = blocks.filter((b) => b.t === 'removed' && b.reason === 'web-chrome').map((b) => blockText(b));
		expect(chrome.join('|')).toContain('字号');
	});
});
