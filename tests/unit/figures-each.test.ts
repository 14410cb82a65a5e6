/**
 * One value given to each item of a list by 各 (issue 12): 新建冬暖式日光节能温室和大棚各3000栋 is 3000栋 of
 * greenhouses and 3000栋 of plastic sheds — one figure per item, each with the item's name, all on the one span
 * of the number (same value, unit, period and kind), told apart by `item`. And what the consumers do with
 * figures that share a span: the figures page keys and anchors rows by (start, item), series keep each item in
 * its own series, changed figures pair item with item.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures, type Figure } from '../../src/lib/core/figures/extract';
import { buildSeries } from '../../src/lib/core/figures/series';
import { figureChanges } from '../../src/lib/core/figures/changes';
import { pageOfFigures } from '../../src/lib/server/pages/report';
import { figureAnchor } from '../../src/lib/urls/report';

const run = (input: string) => extractFigures(parseReport(input), input, { topicOf: () => null });
const names = (input: string) => run(input).map((f) => [f.raw, f.indicator]);

const XINING =
	'加快新型设施农业建设步伐，新建冬暖式日光节能温室和大棚各3000栋，牲畜暖棚4000栋，新（扩）建奶源、肉牛（羊）、生猪基地各10个，禽类基地5个。';

describe('各: one figure per item of the list', () => {
	it('西宁 2012 (round 20): 温室和大棚各3000栋, 奶源、肉牛（羊）、生猪基地各10个', () => {
		expect(names(XINING)).toEqual([
			['3000栋', '新建冬暖式日光节能温室'],
			['3000栋', '新建大棚'],
			['4000栋', '牲畜暖棚'],
			['10个', '新（扩）建奶源基地'],
			['10个', '新（扩）建肉牛（羊）基地'],
			['10个', '新（扩）建生猪基地'],
			['5个', '禽类基地']
		]);
	});

	it('the items of a list: 合作社和家庭农场各30家, 高标准农田、设施农（渔）业各15万亩, 开工、续建、竣工项目各200个', () => {
		expect(names('培育市级以上示范合作社和家庭农场各30家。')).toEqual([
			['30家', '培育市级以上示范合作社'],
			['30家', '培育家庭农场']
		]);
		expect(names('新增高标准农田、设施农（渔）业各15万亩。')).toEqual([
			['15万亩', '新增高标准农田'],
			['15万亩', '新增设施农（渔）业']
		]);
		expect(names('开工、续建、竣工项目各200个。').map((x) => x[1])).toEqual(['开工项目', '续建项目', '竣工项目']);
		expect(names('新增省、市级农业龙头企业各2家。').map((x) => x[1])).toEqual(['新增省级农业龙头企业', '新增市级农业龙头企业']);
		expect(names('完成退耕还林、荒山造林各240万亩。').map((x) => x[1])).toEqual(['退耕还林', '荒山造林']);
	});

	it('the items share everything but the name: value, unit, span, period, kind; item 0, 1, 2; sorted; raw is the input slice', () => {
		const figs = run(XINING);
		const bases = figs.filter((f) => f.raw === '10个');
		expect(bases.map((f) => f.item)).toEqual([0, 1, 2]);
		for (const f of bases) {
			const { indicator: _i, item: _k, ...rest } = f;
			const { indicator: _j, item: _l, ...first } = bases[0];
			expect(rest).toEqual(first);
		}
		for (const f of figs) expect(XINING.slice(f.start, f.end)).toBe(f.raw);
		expect(figs.map((f) => f.start)).toEqual([...figs.map((f) => f.start)].sort((a, b) => a - b));
	});

	it('no list, or 各 not right before the value: one figure, as before', () => {
		expect(names('确保TCL和创维各300万台液晶电视。')).toHaveLength(1);
		expect(names('两家企业各占50%。')).toHaveLength(1);
		expect(names('每个县各建1所。')).toHaveLength(1);
	});
});

describe('consumers of figures sharing one span', () => {
	const figs = run(XINING);

	it('the figures page: every row has its own key and anchor; a link by start lands on item 0, its page holds every item', () => {
		const anchors = figs.map((f) => figureAnchor(f.start, f.item));
		expect(new Set(anchors).size).toBe(figs.length);
		const greenhouses = figs.filter((f) => f.raw === '3000栋');
		expect(anchors[figs.indexOf(greenhouses[0])]).toBe(figureAnchor(greenhouses[0].start));
		const page = pageOfFigures(figs, { q: '', topic: '', sort: 'text', page: 1, figure: greenhouses[0].start }, 2);
		expect(page.figure).toBe(greenhouses[0].start);
		expect(page.shown).toEqual(greenhouses);
	});

	const year = (figures: Figure[], y: number) => figures.map((f) => ({ ...f, period: y, kind: 'actual' as const }));
	const LATER = '新建冬暖式日光节能温室和大棚各3500栋，新（扩）建奶源、肉牛（羊）、生猪基地各12个。';

	it('series: each item in its own series', () => {
		const series = buildSeries([
			{ id: 'a', region: '西宁市', year: 2012, figures: year(figs, 2012) },
			{ id: 'b', region: '西宁市', year: 2013, figures: year(run(LATER), 2013) }
		]);
		const of = (name: string) => series.find((s) => s.indicator === name)?.points.map((p) => p.value);
		expect(of('新建冬暖式日光节能温室')).toEqual([3000, 3500]);
		expect(of('新建大棚')).toEqual([3000, 3500]);
		expect(of('新（扩）建生猪基地')).toEqual([10, 12]);
	});

	it('changed figures pair item with item', () => {
		const changes = figureChanges(year(figs, 2012), year(run(LATER), 2013), { pairByPosition: true });
		expect(changes.map((c) => [c.old.indicator, c.new.indicator, c.oldValue, c.newValue])).toEqual([
			['新建冬暖式日光节能温室', '新建冬暖式日光节能温室', 3000, 3500],
			['新建大棚', '新建大棚', 3000, 3500],
			['新（扩）建奶源基地', '新（扩）建奶源基地', 10, 12],
			['新（扩）建肉牛（羊）基地', '新（扩）建肉牛（羊）基地', 10, 12],
			['新（扩）建生猪基地', '新（扩）建生猪基地', 10, 12]
		]);
	});
});
