/**
 * Which figures changed between two figure lists, on the 聊城市 seeds:
 * aligned passages of 2020 and 2024, whole reports, a target beside its
 * result, and two versions of one sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures, type Figure } from '../../src/lib/core/figures/extract';
import { figureChanges, successiveChanges, type FigureChange } from '../../src/lib/core/figures/changes';
import { indicatorKey, regionSeries, type ReportFigures } from '../../src/lib/core/figures/series';

const read = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
const load = (id: string) => {
	const input = read(id);
	const report = parseReport(input);
	return { id, input, report, figures: extractFigures(report, input) };
};
const r2020 = load('liaocheng-2020-gwr');
const r2023 = load('liaocheng-2023-gwr-part2');
const r2024 = load('liaocheng-2024-gwr-excerpt');

/** The figures of the paragraph holding `needle`. */
function paragraphFigures(r: ReturnType<typeof load>, needle: string): Figure[] {
	const at = r.report.text.indexOf(needle);
	expect(at).toBeGreaterThanOrEqual(0);
	const p = r.report.paragraphs.find((x) => x.textStart <= at && at < x.textEnd)!;
	return r.figures.filter((f) => f.textStart >= p.textStart && f.textEnd <= p.textEnd);
}

const summary = (cs: FigureChange[]) => cs.map((c) => [c.indicator, c.old.raw, c.new.raw]);

describe('figureChanges on the 聊城市 seeds', () => {
	// The passages the compare view aligns on urban: city construction in 2019 and in 2023.
	const old = paragraphFigures(r2020, '城市规划建设管理全面提升');
	const neu = paragraphFigures(r2024, '承载能力持续增强');

	it('finds 新改建道路 105条 → 59条 and the heating area between aligned passages', () => {
		const cs = figureChanges(old, neu);
		const roads = cs.find((c) => c.new.raw === '59条')!;
		expect(roads).toMatchObject({ unit: '条', oldValue: 105, newValue: 59, abs: -46, sameKind: true, matchedBy: 'indicator' });
		expect(roads.old.raw).toBe('105 条');
		expect(roads.rel).toBeCloseTo(-46 / 105, 6);
		const heat = cs.find((c) => c.new.raw === '439万平方米')!;
		expect(heat).toMatchObject({ oldValue: 2_800_000, newValue: 4_390_000, unit: '平方米' });
		// Different things stay apart: 雨污管网 (built) is not 改造雨污合流管网 (rebuilt); nothing is paired twice.
		expect(cs.some((c) => c.new.raw === '203公里')).toBe(false);
		expect(new Set(cs.map((c) => c.old)).size).toBe(cs.length);
		// Every change is a real pair: same series key, different values.
		for (const c of cs) expect(c.oldValue).not.toBe(c.newValue);
	});

	it('城镇新增就业 changed: 6.78万人 (2019) → 4.6万人 (2023), results with results', () => {
		const cs = figureChanges(r2020.figures, r2024.figures);
		const jobs = cs.filter((c) => c.indicator === '城镇新增就业');
		expect(summary(jobs)).toEqual([['城镇新增就业', '6.78万人', '4.6万人']]);
		expect(jobs[0]).toMatchObject({ oldValue: 67800, newValue: 46000, sameKind: true });
		// The part-year 1.77万 (1—4月份) never stands in for a year.
		expect(cs.some((c) => c.old.raw.startsWith('1.77'))).toBe(false);
	});

	it('a target beside its result: 2023 target 4.5万人 → 2023 actual 4.6万人, flagged', () => {
		const cs = figureChanges(r2023.figures, r2024.figures).filter((c) => c.indicator === '城镇新增就业');
		expect(cs).toHaveLength(1);
		expect(cs[0]).toMatchObject({ oldValue: 45000, newValue: 46000, abs: 1000, sameKind: false });
		expect([cs[0].old.kind, cs[0].new.kind]).toEqual(['target', 'actual']);
	});

	it('never joins units that cannot agree, and unchanged values are not changes', () => {
		const a = extractFigures(parseReport('新增规模以上企业32家。'), '新增规模以上企业32家。');
		const b = extractFigures(parseReport('新增规模以上企业30个。'), '新增规模以上企业30个。');
		expect(figureChanges(a, b)).toEqual([]);
		expect(figureChanges(a, b, { pairByPosition: true })).toEqual([]);
		expect(figureChanges(r2024.figures, r2024.figures)).toEqual([]);
		// Asked for, unchanged pairs come back: each figure with itself, change 0.
		const same = figureChanges(r2024.figures, r2024.figures, { includeUnchanged: true });
		expect(same.length).toBeGreaterThan(20);
		for (const c of same) expect([c.old, c.abs]).toEqual([c.new, 0]);
	});

	it('with the region series: values in the series unit, the key of the sparkline', () => {
		const reports: ReportFigures[] = [r2020, r2023, r2024].map((r) => ({
			id: r.id,
			region: '聊城市',
			year: r.report.meta.year ?? null,
			figures: r.figures
		}));
		const series = regionSeries(reports, '聊城市');
		const roads = figureChanges(old, neu, { series }).find((c) => c.new.raw === '59条')!;
		expect(roads.indicator).toBe('新改建道路');
		const s = series.find((x) => x.key === roads.seriesKey)!;
		expect(s.points.map((p) => [p.year, p.value])).toEqual([
			[2019, 105],
			[2023, 59]
		]);
		// Without series the key is still the series key, but no sparkline is promised.
		expect(figureChanges(old, neu).find((c) => c.new.raw === '59条')!.seriesKey).toBeNull();
	});

	it('two versions of one sentence: a renamed indicator pairs by position only when asked', () => {
		const before = '全市新改建道路59条，新增集中供热面积439万平方米。';
		const after = '全市改造提升城市主次干道62条，新增集中供热面积450万平方米。';
		const a = extractFigures(parseReport(before), before);
		const b = extractFigures(parseReport(after), after);
		expect(summary(figureChanges(a, b))).toEqual([['新增集中供热面积', '439万平方米', '450万平方米']]);
		const cs = figureChanges(a, b, { pairByPosition: true });
		expect(cs.map((c) => [c.old.raw, c.new.raw, c.matchedBy])).toEqual([
			['59条', '62条', 'position'],
			['439万平方米', '450万平方米', 'indicator']
		]);
	});
});

describe('successiveChanges across columns', () => {
	const yuncheng = load('yuncheng-2024-gwr-excerpt');
	const src = (r: ReturnType<typeof load>) => ({
		region: r.report.meta.region ?? null,
		year: r.report.meta.year ?? null,
		figures: r.figures
	});

	it('compares each report with the latest earlier one of its region, whatever the column order', () => {
		const res = successiveChanges([src(r2024), null, src(r2020), src(r2023)]);
		expect(res.map((x) => [x.from, x.to])).toEqual([
			[3, 0],
			[2, 3]
		]);
		const jobs = res[0].changes.find((c) => c.indicator === '城镇新增就业')!;
		expect([jobs.old.raw, jobs.new.raw]).toEqual(['4.5万人', '4.6万人']);
	});

	it('two cities are a difference, not a change', () => {
		expect(yuncheng.report.meta.region).toBe('运城市');
		expect(successiveChanges([src(r2020), src(yuncheng)])).toEqual([]);
	});
});

describe('changed figures pair only like with like (issue 12)', () => {
	const figs = (input: string) => extractFigures(parseReport(input), input);
	it('a level never meets an increment: 从450元提高到610元 vs 提高30元', () => {
		const old = figs('一、2023年工作回顾\n城乡居民医保人均财政补助标准从450元提高到610元。\n');
		const now = figs('一、2024年工作回顾\n居民医保人均财政补助标准提高30元。\n');
		expect(old.map((f) => f.indicator)).toEqual(['城乡居民医保人均财政补助标准', '城乡居民医保人均财政补助标准']);
		expect(now[0].indicator).toBe('居民医保人均财政补助标准提高');
		expect(figureChanges(old, now, { pairByPosition: true })).toEqual([]);
	});

	it('a five-year average never meets one year: 年均增长5.1% vs 增长6.1%', () => {
		const old = figs('一、过去一年和五年工作回顾\n过去五年，全国居民人均可支配收入年均增长5.1%。\n');
		const now = figs('一、2023年工作回顾\n居民人均可支配收入增长6.1%。\n');
		expect(old[0]).toMatchObject({ multiYear: true, period: null });
		expect(now[0]).toMatchObject({ multiYear: false });
		expect(figureChanges(old, now, { pairByPosition: true })).toEqual([]);
	});

	it('figures under a 五年来 lead are the five years’ (审议法律议案50件 vs 10件); a year-end rate never meets an average', () => {
		const old = figs(
			'一、过去一年和五年工作回顾\n五年来，我们主要做了以下工作。\n提请全国人大常委会审议法律议案50件。\n年末城镇调查失业率降到5.5%。\n'
		);
		const now = figs('一、2023年工作回顾\n提请全国人大常委会审议法律议案10件。\n城镇调查失业率平均为5.2%。\n');
		expect(old[0]).toMatchObject({ multiYear: true });
		expect(old[1].stat).toBe('end');
		expect(now[1]).toMatchObject({ stat: 'avg', indicator: '城镇调查失业率' });
		expect(figureChanges(old, now, { pairByPosition: true })).toEqual([]);
	});

	it('like with like still pairs: 城镇新增就业1206万人 → 1244万人', () => {
		const old = figs('一、2022年工作回顾\n城镇新增就业1206万人。\n');
		const now = figs('一、2023年工作回顾\n城镇新增就业1244万人。\n');
		expect(figureChanges(old, now).map((c) => [c.indicator, c.oldValue, c.newValue])).toEqual([['城镇新增就业', 12060000, 12440000]]);
	});

	it('national GDP keeps its own name: 国内生产总值增长 is not 地区生产总值增长', () => {
		expect(indicatorKey('国内生产总值增长')).toBe('国内生产总值增长');
		expect(indicatorKey('地区生产总值增长')).toBe('地区生产总值增长');
		expect(indicatorKey('生产总值增长')).toBe('地区生产总值增长');
	});
});
