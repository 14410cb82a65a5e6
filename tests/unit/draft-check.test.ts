/**
 * The draft checker with the real figure extractor and topic classifier,
 * and saving a draft to the library only when asked.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDraft, draftMeta, draftRecord } from '../../src/lib/core/draft';
import { parseReport } from '../../src/lib/core/parse';
import { defaultTaxonomy } from '../../src/lib/core/topics/index';
import { CorpusStore } from '../../src/lib/server/corpus';
import { saveDraft } from '../../src/lib/server/save-draft';
import { segmenter } from '../../src/lib/core/segmenter';

const reportsDir = new URL('../../reports/', import.meta.url).pathname;
const read = (id: string) => readFileSync(join(reportsDir, `${id}.txt`), 'utf8');
const oldInput = read('liaocheng-2024-gwr-excerpt');
const old = { input: oldInput, report: parseReport(oldInput) };
const tmp = mkdtempSync(join(tmpdir(), 'duidu-draft-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('checkDraft with the figure extractor and the topic classifier', () => {
	// An editor's next draft: figures updated, one indicator reworded, hedges and magnitudes kept.
	const draft = oldInput
		.replace('城镇新增就业4.6万人', '新增城镇就业5.2万人')
		.replace('发放创业担保贷款15.7亿元', '发放创业担保贷款18亿元')
		.replace('新增护理型养老床位1500余张', '新增护理型养老床位2000余张')
		.replace('可再生能源装机容量超420万千瓦', '可再生能源装机容量超500万千瓦');
	const res = checkDraft(draft, old, segmenter());

	it("lists every changed figure old → new, with values, units and the draft sentence, in the views' one shape (FigureChangeView)", () => {
		const pairs = res.figures.map((f) => [f.indicator, f.oldRaw, f.newRaw]);
		expect(pairs).toEqual(
			expect.arrayContaining([
				// A synonym (新增城镇就业 = 城镇新增就业) still pairs by indicator.
				[expect.stringMatching(/就业/), '4.6万人', '5.2万人'],
				['发放创业担保贷款', '15.7亿元', '18亿元'],
				['新增护理型养老床位', '1500余张', '2000余张'],
				['可再生能源装机容量', '420万千瓦', '500万千瓦']
			])
		);
		expect(res.figures).toHaveLength(4);
		// Whether each name recurs across the collection (the views mark the others with a ?).
		expect(Object.fromEntries(res.figures.map((f) => [f.newRaw, f.recurring]))).toEqual({
			'5.2万人': true,
			'18亿元': true,
			'2000余张': false,
			'500万千瓦': false
		});
		const loans = res.figures.find((f) => f.newRaw === '18亿元')!;
		expect(loans).toMatchObject({ unit: '元', oldValue: 1.57e9, newValue: 1.8e9 });
		for (const f of res.figures) {
			// The new figure's sentence is the draft's, and holds the figure as written.
			expect(draft).toContain(f.context);
			expect(f.context).toContain(f.newRaw);
			expect(oldInput).toContain(f.oldRaw);
		}
		// The same shape the diff and compare views show, nothing more.
		expect(Object.keys(loans).sort()).toEqual(
			[
				'context',
				'indicator',
				'newKind',
				'newPeriod',
				'newRaw',
				'newValue',
				'oldKind',
				'oldPeriod',
				'oldRaw',
				'oldValue',
				'recurring',
				'seriesKey',
				'unit'
			].sort()
		);
	});

	it('topic shifts are taxonomy topics, and move when the draft adds a topic', () => {
		const ids = new Set(defaultTaxonomy.topics.map((t) => t.id));
		for (const t of res.topics) expect(ids.has(t.topic)).toBe(true);
		// Unchanged wording: no topic moves more than a rounding step.
		for (const t of res.topics) expect(Math.abs(t.delta)).toBeLessThan(0.02);
		const greener =
			oldInput +
			'\n(八)坚定不移推进绿色低碳发展。深入打好蓝天碧水净土保卫战，持续推进大气污染防治，推进工业企业超低排放改造，加强黄河流域生态保护和水土保持，扩大湿地保护面积，实施重点河湖生态修复，推动减污降碳协同增效，确保空气质量优良天数比例持续提高，主要污染物排放总量持续下降，森林覆盖率稳步提升。\n';
		const shifted = checkDraft(greener, old, segmenter());
		expect(shifted.topics[0].topic).toBe('ecology');
		expect(shifted.topics[0].delta).toBeGreaterThan(0.05);
		expect(shifted.topics[0].sections.map((s) => s.heading).join()).toContain('绿色低碳');
	});
});

describe('saving a draft to the library', () => {
	const draft =
		'聊城市政府工作报告\n——2025年1月在聊城市第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2024年工作回顾\n城镇新增就业5.2万人。\n';

	it('makes a report with front matter marked as a draft, the text exactly as given', () => {
		const meta = draftMeta(draft);
		const rec = draftRecord(draft, meta, new Date('2025-01-05T10:00:00Z'));
		expect(rec.id).toBe('聊城市-2025-draft');
		expect(rec.content.endsWith(draft)).toBe(true);
		const reparsed = parseReport(rec.content);
		expect(reparsed.meta).toMatchObject({ region: '聊城市', year: 2025, status: 'draft', title: '聊城市政府工作报告（稿）' });
	});

	it('writes atomically into the first library directory, never over an existing id, and the library then lists it', async () => {
		const dir = join(tmp, 'reports');
		cpSync(reportsDir, dir, { recursive: true });
		// A file already holding the first id: it must survive untouched.
		writeFileSync(join(dir, '聊城市-2025-draft.txt'), '---\ntitle: 别人的稿件\n---\n原文。\n');
		const store = await new CorpusStore({ dirs: [dir], cacheDir: null }).load();
		const meta = draftMeta(draft);
		const first = saveDraft(store, draft, meta);
		const second = saveDraft(store, draft, meta);
		expect([first.id, second.id]).toEqual(['聊城市-2025-draft-2', '聊城市-2025-draft-3']);
		expect(readFileSync(join(dir, '聊城市-2025-draft.txt'), 'utf8')).toContain('别人的稿件');
		// No temp files left behind.
		expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
		const reloaded = await new CorpusStore({ dirs: [dir], cacheDir: null }).load();
		const e = reloaded.get(first.id)!;
		expect(e.meta).toMatchObject({ region: '聊城市', year: 2025, status: 'draft' });
		expect(reloaded.input(first.id)!.endsWith(draft)).toBe(true);
		// An id taken in another corpus directory is not reused either.
		const other = join(tmp, 'other');
		cpSync(dir, other, { recursive: true });
		const two = await new CorpusStore({ dirs: [join(tmp, 'fresh'), other], cacheDir: null }).load();
		expect(saveDraft(two, draft, meta).id).toBe('聊城市-2025-draft-4');
	});
});
