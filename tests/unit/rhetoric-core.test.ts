import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, compareDrafts } from '../../src/lib/core/draft';
import { parseReport } from '../../src/lib/core/parse';
import {
	foldForCount,
	kwic,
	newAndVanished,
	parseTerms,
	predecessorOf,
	selectSeries,
	termStats,
	termTrend
} from '../../src/lib/core/rhetoric';
import { TextMap } from '../../src/lib/core/textmap';
import { segmenter } from '../../src/lib/core/segmenter';

const read = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
const ids = [
	'liaocheng-2020-gwr',
	'liaocheng-2023-gwr-part2',
	'liaocheng-2024-gwr-excerpt',
	'yuncheng-2024-gwr-excerpt',
	'dongchangfu-2024-plan'
];
const parsed = Object.fromEntries(ids.map((id) => [id, { input: read(id), report: parseReport(read(id)) }]));

describe('term trends', () => {
	it('counts terms per 10,000 characters over the 聊城市 series, in year order', () => {
		const members = ids.map((id) => ({ id, year: parsed[id].report.meta.year, region: parsed[id].report.meta.region }));
		const series = selectSeries(members, { region: '聊城市' });
		expect(series.map((s) => s.year)).toEqual([2020, 2023, 2024]);
		const trend = termTrend(
			series.map((s) => ({ ...s, folded: foldForCount(parsed[s.id].report.text) })),
			parseTerms('高质量发展，疫情')
		);
		expect(trend.terms).toEqual(['高质量发展', '疫情']);
		const text2020 = parsed['liaocheng-2020-gwr'].report.text;
		const n = text2020.split('疫情').length - 1;
		expect(trend.points[0].counts[1]).toBe(n);
		expect(trend.points[0].per10k[1]).toBeCloseTo((n / foldForCount(text2020).length) * 1e4, 6);
		expect(n).toBeGreaterThan(10);
	});

	it('folds traditional script, full width and PDF spaces when counting', () => {
		expect(foldForCount('國民經濟 ２００ 亿元')).toBe('国民经济200亿元');
	});

	it('finds the predecessor: same region, latest earlier year', () => {
		const members = ids.map((id) => ({
			id,
			year: parsed[id].report.meta.year,
			region: parsed[id].report.meta.region,
			kind: parsed[id].report.meta.kind
		}));
		expect(predecessorOf(members, members[2])?.id).toBe('liaocheng-2023-gwr-part2');
		expect(predecessorOf(members, members[0])).toBeUndefined();
	});

	it('gives keyword-in-context lines with input offsets', () => {
		const { input, report } = parsed['liaocheng-2020-gwr'];
		const res = kwic(report.text, new TextMap(report.pieces), '疫情', { limit: 3 });
		expect(res.lines).toHaveLength(3);
		for (const l of res.lines) expect(input.slice(l.start, l.end)).toBe('疫情');
		expect(res.total).toBeGreaterThan(10);
	});
});

describe('new and vanished terms', () => {
	it('ranks what 2020 says and 2023 does not, and the reverse, with quoted slogans', () => {
		const a = parsed['liaocheng-2020-gwr'].report.text;
		const b = parsed['liaocheng-2023-gwr-part2'].report.text;
		const fa = foldForCount(a);
		const fb = foldForCount(b);
		const nv = newAndVanished(termStats(a, segmenter()), termStats(b, segmenter()), {
			prev: (t) => fa.includes(t),
			cur: (t) => fb.includes(t)
		});
		// 2020 was the year of resuming work after the COVID-19 outbreak.
		expect(nv.vanished.map((t) => t.term)).toContain('复工');
		for (const t of nv.appeared) expect(fa.includes(t.term)).toBe(false);
		for (const t of nv.vanished) expect(fb.includes(t.term)).toBe(false);
		expect(nv.appearedSlogans.length).toBeGreaterThan(0);
		for (const t of nv.appearedSlogans) expect(fb.includes(`“${t.term}”`) || fb.includes(`「${t.term}」`)).toBe(true);
		const scores = nv.appeared.map((t) => t.score);
		expect([...scores].sort((x, y) => y - x)).toEqual(scores);
	});
});

describe('draft checker', () => {
	const old = parsed['liaocheng-2024-gwr-excerpt'];
	it('tells reused, edited and new sentences, changed figures and lint findings', () => {
		let draft = old.input.replace('4.6万人', '5.2万人');
		draft = draft.replace('城镇新增就业', '城镇新增就业岗位稳定增长，新增就业');
		draft += '\n今年要全力推进智慧智慧城市建设，打造全国一流的数字政府示范样板。\n';
		const res = checkDraft(draft, old, segmenter());
		expect(res.comparison.counts.edited).toBeGreaterThanOrEqual(1);
		expect(res.comparison.counts.new).toBeGreaterThanOrEqual(1);
		expect(res.comparison.shares.same).toBeGreaterThan(0.8);
		expect(res.figures.map((f) => [f.oldRaw, f.newRaw])).toContainEqual(['4.6万人', '5.2万人']);
		const f = res.figures.find((x) => x.newRaw === '5.2万人')!;
		expect(draft).toContain(f.context);
		expect(f.context).toContain('5.2万人');
		expect(res.findings.map((x) => x.excerpt)).toContain('智慧智慧');
		const fresh = res.sentences.find((s) => s.text.includes('数字政府示范样板'))!;
		expect(fresh.status).toBe('new');
	});

	it('finds no reuse between two different cities', () => {
		const c = compareDrafts(parsed['yuncheng-2024-gwr-excerpt'].report, parsed['dongchangfu-2024-plan'].report, segmenter());
		expect(c.shares.same).toBeLessThan(0.05);
	});
});
