import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
import {
	classifyReport,
	classifyText,
	defaultTaxonomy,
	topicOfOffset,
	validateTaxonomy,
	TaxonomyError,
	type Taxonomy
} from '../../src/lib/core/topics/index';
import { alignReports, alignPair, alignColumns, passagesOn } from '../../src/lib/core/align/index';
import { parseJson } from '../../src/cli/commands/parse';
import { alignJson } from '../../src/cli/commands/align';
import { accuracy, evaluate, readLabels } from '../corpus/topics-eval';
import { segmenter } from '../../src/lib/core/segmenter';

const load = (id: string) => {
	const input = readFileSync(`reports/${id}.txt`, 'utf8');
	return { input, report: parseReport(input) };
};
const heading = (r: ParsedReport, prefix: string) => r.sections.findIndex((s) => s.heading.startsWith(prefix));

describe('topic classifier on the seeds', () => {
	const { report } = load('liaocheng-2020-gwr');
	const topics = classifyReport(report);

	it('splits the mixed section (三)城乡面貌明显变化 into urban, rural and ecology', () => {
		const parts = ['城市规划建设管理全面提升', '农村环境整治成效显著', '污染防治力度加大'].map((h) => {
			const s = report.sections[heading(report, h)];
			return topics.passages.find((p) => p.textStart === s.headingStart)!.topic;
		});
		expect(parts).toEqual(['urban', 'rural', 'ecology']);
		expect(topics.sections[heading(report, '(三)城乡面貌明显变化')].topic).toBe('urban');
	});

	it('reads topics from headings that name them indirectly', () => {
		const yc = load('yuncheng-2024-gwr-excerpt').report;
		const lc23 = load('liaocheng-2023-gwr-part2').report;
		const lc24 = load('liaocheng-2024-gwr-excerpt').report;
		expect(classifyReport(yc).sections[heading(yc, '(五)注重完善功能、提升品质')].topic).toBe('urban');
		expect(classifyReport(lc23).sections[heading(lc23, '(六)聚焦宜居宜业')].topic).toBe('urban');
		expect(classifyReport(lc24).sections[heading(lc24, '(六)用心用情发展民生事业')].topic).toBe('livelihood');
	});

	it('gives every section, paragraph and passage a topic, ranked secondaries and evidence', () => {
		const ids = defaultTaxonomy.topics.map((t) => t.id);
		expect(topics.sections).toHaveLength(report.sections.length);
		expect(topics.paragraphs).toHaveLength(report.paragraphs.length);
		for (const a of [...topics.sections, ...topics.paragraphs, ...topics.passages]) {
			expect(ids).toContain(a.topic);
			expect(a.topics[0].id).toBe(a.topic);
			for (let i = 1; i < a.topics.length; i++) expect(a.topics[i].score).toBeLessThanOrEqual(a.topics[i - 1].score);
		}
		const p = topics.passages.find((x) => report.text.slice(x.textStart).startsWith('提升城市通行效率'))!;
		expect(p.topic).toBe('urban');
		expect(p.evidence.map((e) => e.term)).toEqual(expect.arrayContaining(['桥梁']));
		const shares = Object.values(topics.shares).reduce((a, b) => a + b, 0);
		expect(shares).toBeCloseTo(1, 2);
	});

	it('opening address and targets land in overview', () => {
		const at = (prefix: string) =>
			topics.paragraphs[report.paragraphs.findIndex((p) => report.text.slice(p.textStart).startsWith(prefix))].topic;
		expect(at('现在，我代表市人民政府')).toBe('overview');
		expect(at('今年政府工作的总体要求是')).toBe('overview');
		expect(at('全市经济社会发展主要预期目标是')).toBe('overview');
	});

	it('matches cue terms written in traditional characters', () => {
		expect(classifyText('加強農村環境整治，發展現代農業，保障糧食安全。').topic).toBe('rural');
		expect(classifyText('推進老舊小區改造和城市更新，完善供熱管網。').topic).toBe('urban');
	});

	it('topicOfOffset finds the topic of any text offset', () => {
		const s = report.sections[heading(report, '污染防治力度加大')];
		expect(topicOfOffset(topics, report, s.headingStart + 10)).toBe('ecology');
	});

	it('is at least 85% right on the hand-labelled seed paragraphs and 90% on their sections', () => {
		const labels = readLabels().filter((l) => l.file.startsWith('reports/'));
		const items = labels.flatMap((l) => {
			const r = load(l.file.replace(/^reports\//, '').replace(/\.txt$/, '')).report;
			return evaluate(l, r, classifyReport(r));
		});
		expect(items.filter((i) => i.got === null)).toEqual([]);
		expect(accuracy(items.filter((i) => i.kind === 'section')).rate).toBeGreaterThanOrEqual(0.9);
		expect(accuracy(items.filter((i) => i.kind === 'paragraph')).rate).toBeGreaterThanOrEqual(0.85);
	});
});

describe('taxonomy as data', () => {
	it('a user can split a topic without touching code', () => {
		const base = JSON.parse(JSON.stringify(defaultTaxonomy)) as Taxonomy;
		const liv = base.topics.find((t) => t.id === 'livelihood')!;
		const eduTerms = ['教育', '学校', '学前教育', '义务教育', '高中', '职业教育', '教师', '学生', '中小学', '幼儿园', '学位', '高校'];
		const healthTerms = ['医疗', '卫生', '健康', '医院', '医保', '公共卫生', '疾病', '卫生院', '医生', '医共体', '家庭医生', '中医药'];
		const pick = (terms: string[]) => Object.fromEntries(terms.map((t) => [t, liv.cues[t] ?? 4]));
		for (const t of [...eduTerms, ...healthTerms]) delete liv.cues[t];
		base.topics.push({ id: 'education', zh: '教育', en: 'Education', cues: pick(eduTerms) });
		base.topics.push({ id: 'health', zh: '医疗卫生', en: 'Health', cues: pick(healthTerms) });
		const tax = validateTaxonomy(base);
		const { report } = load('liaocheng-2020-gwr');
		const t = classifyReport(report, tax);
		const at = (h: string) => t.passages.find((p) => p.textStart === report.sections[heading(report, h)].headingStart)!.topic;
		expect(at('提升教育发展质量')).toBe('education');
		expect(at('加强公共卫生体系建设')).toBe('health');
		expect(at('完善社会保障体系')).toBe('livelihood');
		expect(t.version).not.toBe(classifyReport(report).version);
	});

	it('rejects a malformed taxonomy with a clear message', () => {
		expect(() => validateTaxonomy({ topics: [{ id: 'X Y', zh: 'a', en: 'b', cues: {} }] })).toThrow(TaxonomyError);
		expect(() => validateTaxonomy({ topics: [{ id: 'a', zh: 'a', en: 'b', cues: { 城市: 'high' } }] })).toThrow(/numeric weight/);
	});
});

describe('alignment', () => {
	it('alignPair keeps order and only matches above the threshold', () => {
		const sim = (a: number, b: number) => (a === b ? 1 : 0);
		expect(alignPair([1, 2, 3, 4], [2, 9, 4], sim, 0.5).map(([i, j]) => [i, j])).toEqual([
			[1, 0],
			[3, 2]
		]);
		// Crossing matches are not allowed: only one of them survives.
		expect(alignPair([1, 2], [2, 1], sim, 0.5)).toHaveLength(1);
	});

	it('alignColumns places unmatched items between matches, order preserved in every column', () => {
		const rows = alignColumns([[1, 2, 3], [9, 2, 3], [3]], (a, b) => (a === b ? 1 : 0), 0.5);
		for (let c = 0; c < 3; c++) {
			const col = rows.map((r) => r[c]).filter((x) => x !== null);
			expect(col).toEqual([[1, 2, 3], [9, 2, 3], [3]][c]);
		}
		const three = rows.find((r) => r[0] === 3)!;
		expect(three).toEqual([3, 3, 3]);
	});

	it('lines up what two Liaocheng reports say on urban development, with shared phrases', () => {
		const a = load('liaocheng-2020-gwr');
		const b = load('liaocheng-2023-gwr-part2');
		const al = alignReports(
			[
				{ id: 'a', report: a.report, topics: classifyReport(a.report) },
				{ id: 'b', report: b.report, topics: classifyReport(b.report) }
			],
			'urban',
			segmenter()
		);
		const matched = al.rows.filter((r) => r.cells.every(Boolean));
		expect(matched.length).toBeGreaterThan(1);
		// Every passage on the topic appears (a passage facing several counterparts in several rows),
		// the first report in reading order, each at its offsets in the input.
		for (const [k, src] of [a, b].entries()) {
			const cells = al.rows.map((r) => r.cells[k]).filter((c) => c !== null);
			if (k === 0) for (let i = 1; i < cells.length; i++) expect(cells[i].start).toBeGreaterThanOrEqual(cells[i - 1].start);
			for (const c of cells) expect(src.input.slice(c.start, c.end).replace(/[*\s]/g, '')).toContain(c.text.replace(/\s/g, '').slice(0, 8));
			const passages = passagesOn(classifyReport(src.report), 'urban');
			expect(new Set(cells.map((c) => c.textStart)).size).toBe(passages.length);
		}
		// Matched rows say what they share, with each side's own words for it.
		for (const r of matched) {
			expect(r.matter?.zh).toBeTruthy();
			expect(r.evidence.every((e) => e !== null && e.length > 0)).toBe(true);
		}
		// Shared phrases are at least four characters and really occur in the other passage.
		const withShared = matched.find((r) => r.cells[0]!.shared.length)!;
		const [s, e] = withShared.cells[0]!.shared[0];
		const phrase = withShared.cells[0]!.text.slice(s, e).replace(/[^\p{Script=Han}\w]/gu, '');
		expect(phrase.length).toBeGreaterThanOrEqual(4);
		expect(withShared.cells[1]!.text.replace(/[^\p{Script=Han}\w]/gu, '')).toContain(phrase.slice(0, 4));
		const json = alignJson(al);
		expect(Object.keys(json.rows[0].cells.find(Boolean)!)).toEqual(['report', 'start', 'end', 'text']);
		expect(Object.keys(json.rows[0])).toEqual(['cells', 'similarity', 'matter', 'evidence']);
	});
});

describe('CLI JSON', () => {
	it('parse --json keeps its keys and adds topic, topics and evidence', () => {
		const { report } = load('yuncheng-2024-gwr-excerpt');
		const j = parseJson(report);
		expect(Object.keys(j.sections[0])).toEqual(['id', 'parent', 'level', 'heading', 'start', 'end', 'topic', 'topics']);
		expect(Object.keys(j.paragraphs[0])).toEqual(['start', 'end', 'section', 'topic', 'topics', 'evidence']);
		const eco = j.sections.find((s) => s.heading.startsWith('(六)注重降碳减污'))!;
		expect(eco.topic).toBe('ecology');
		expect(eco.topics[0]).toEqual({ id: 'ecology', score: expect.any(Number) });
	});
});
