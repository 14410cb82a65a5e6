/**
 * Done-when of issue 5: the 聊城市 seeds give the series 新改建道路 and
 * 城镇新增就业 with actuals and the 2020 target side by side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures, type Figure } from '../../src/lib/core/figures/extract';
import { buildSeries, indicatorKey, regionSeries, yearSeries, type ReportFigures } from '../../src/lib/core/figures/series';
import { seriesCsv } from '../../src/lib/core/figures/csv';
import { change, formatValue } from '../../src/lib/core/figures/format';

const dir = new URL('../../reports/', import.meta.url);
const reports: ReportFigures[] = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => {
		const input = readFileSync(new URL(f, dir), 'utf8');
		const parsed = parseReport(input);
		return {
			id: f.replace(/\.txt$/, ''),
			region: parsed.meta.region ?? null,
			year: parsed.meta.year ?? null,
			figures: extractFigures(parsed, input)
		};
	});

const points = (s: { points: { year: number; value: number; kind: string; approx: boolean }[] } | undefined) =>
	s?.points.map((p) => [p.year, p.value, p.kind, p.approx]);

describe('series over the 聊城市 seeds', () => {
	const liaocheng = regionSeries(reports, '聊城市');

	it('新改建道路: 2019 105条 actual, 2023 59条 actual', () => {
		const s = liaocheng.find((x) => x.indicator === '新改建道路');
		expect(s?.unit).toBe('条');
		expect(points(s)).toEqual([
			[2019, 105, 'actual', false],
			[2023, 59, 'actual', false]
		]);
		// Each point knows its sentence and its place in the report.
		expect(s!.points[0].context).toContain('新改建城市道路');
		expect(s!.points[1].reportId).toBe('liaocheng-2024-gwr-excerpt');
	});

	it('城镇新增就业: 2019 6.78万人, 2020 target 4.5万人以上, 2023 4.6万人 — target and result side by side', () => {
		const s = liaocheng.find((x) => x.indicator === '城镇新增就业');
		expect(s?.unit).toBe('人');
		const pts = points(s)!;
		expect(pts).toContainEqual([2019, 67800, 'actual', false]);
		expect(pts).toContainEqual([2020, 45000, 'target', true]);
		expect(pts).toContainEqual([2023, 46000, 'actual', false]);
		// The partial 1—4月份 figure (1.77万) is not a yearly point.
		expect(pts.some((p) => p[1] === 17700)).toBe(false);
	});

	it('names vary, keys agree; units that cannot agree never join', () => {
		expect(indicatorKey('新增城镇就业')).toBe('城镇新增就业');
		expect(indicatorKey('城镇新增就业人数')).toBe('城镇新增就业');
		expect(indicatorKey('新改建城市道路')).toBe('新改建道路');
		const mk = (indicator: string, value: number, unit: string, period: number): Figure =>
			({
				indicator,
				value,
				unit,
				period,
				kind: 'actual',
				partial: false,
				approx: false,
				estimate: false,
				raw: `${value}${unit}`,
				start: 0,
				end: 1,
				textStart: 0,
				textEnd: 1,
				section: null,
				sentence: 0,
				context: '',
				topic: null
			}) as Figure;
		const s = buildSeries([
			{ id: 'a', region: 'X', year: 2021, figures: [mk('新增造林', 15, '公顷', 2020), mk('新增企业', 32, '家', 2020)] },
			{
				id: 'b',
				region: 'X',
				year: 2022,
				figures: [mk('新增造林', 450, '亩', 2021), mk('新增企业', 30, '个', 2021), mk('新增企业', 5, '%', 2021)]
			}
		]);
		const forest = s.find((x) => x.indicator === '新造林' || x.key.startsWith('新造林'))!;
		// 15 公顷 = 225 亩 and 450 亩 = 30 公顷: one series, converted into one unit.
		expect(forest.points).toHaveLength(2);
		expect(forest.points.map((p) => p.value)).toEqual(forest.unit === '公顷' ? [15, 30] : [225, 450]);
		expect(s.filter((x) => x.key.startsWith('新增企业|'))).toHaveLength(3);
	});

	it('across regions in one year: 聊城市 and 运城市 in 2023', () => {
		const y = yearSeries(reports, 2023);
		const regions = new Set(y.flatMap((s) => s.points.map((p) => p.region)));
		expect(regions).toEqual(new Set(['聊城市', '运城市', '东昌府区']));
		const reno = y.find((s) => s.indicator === '改造老旧小区');
		expect(reno?.points.map((p) => p.region).sort()).toEqual(expect.arrayContaining(['聊城市', '运城市']));
	});

	it('CSV export: header, one row per point, quoting', () => {
		const csv = seriesCsv(liaocheng.filter((s) => s.indicator === '城镇新增就业'));
		const lines = csv
			.replace(/^\ufeff/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('indicator,unit,region,year,kind,value,approx,estimate,raw,report,start,end,topic,sentence');
		expect(lines.some((l) => l.startsWith('城镇新增就业,人,聊城市,2020,target,45000,true'))).toBe(true);
	});

	it('formats values and changes', () => {
		expect(formatValue(46000, '人')).toBe('4.6万人');
		expect(formatValue(1.39e12, '斤')).toBe('1.39万亿斤');
		expect(change(105, 59)).toEqual({ abs: -46, rel: -46 / 105 });
	});
});
