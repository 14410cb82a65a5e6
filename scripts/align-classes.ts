/**
 * The misses and wrong rows of the alignment by cause, for the pairs of
 * cities in different provinces and those in one (seventeenth round), on the
 * tuning set: dev, or the seen splits in SPLITS=dev,heldout17,… (--half 0|1: one
 * half, alternate pairs in file order). Never run on the blind split.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-classes.ts [--list] [--json out.json]
 * Miss classes, first that applies: `no unit` (a side's labelled passage is not
 * among the topic's aligned units), `skip` (a side never matched: transition,
 * shortcomings), `parts` (the two units are read in different parts), `lost`
 * (a candidate, ≥ threshold, lost to a better partner or the caps), `buried`
 * (under the threshold and a side's unit is ≥ 2.5× its labelled passage and
 * ≥ 300 characters: the matter is buried in a long passage), `vocabulary`
 * (under the threshold, sharing no matter: matter cosine < 0.2), `weak` (shares
 * a matter, still under the threshold). Wrong-row classes: `parts`, `not mutual`
 * (not the best pair of both sides), `long` (one unit ≥ 3× the other), `no
 * matter` (matter cosine < 0.2), `mutual` (the rest: mutual best pairs on one
 * matter the labels leave out — label doubt, or a true error).
 */
import { writeFileSync } from 'node:fs';
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { alignReports, ALIGN_DEFAULTS, type PairTrace } from '../src/lib/core/align/index';
import { TextMap } from '../src/lib/core/textmap';
import { segmenter } from '../src/lib/core/segmenter';
import { tuningPairs, type Ref } from '../tests/corpus/align-eval';
import { readReportFile } from '../tests/corpus/topics-eval';

/** Province of each dev city (hand-written, for this analysis only). */
const PROVINCE: Record<string, string> = Object.fromEntries(
	Object.entries({
		内蒙古: '通辽 包头 赤峰 巴彦淖尔 鄂尔多斯 呼伦贝尔',
		吉林: '白城 四平 松原 辽源',
		湖北: '黄冈 孝感 荆州 随州 襄阳 恩施 荆门',
		甘肃: '天水 武威 兰州 张掖 酒泉 定西 甘南 陇南 白银',
		四川: '眉山 乐山 德阳 宜宾 自贡 南充 泸州 达州 巴中 雅安',
		湖南: '邵阳 娄底 常德 湘潭 益阳 永州 衡阳 郴州',
		广东: '韶关 河源 江门 中山 汕尾 揭阳 梅州 云浮 湛江 肇庆',
		江苏: '盐城 泰州 镇江 连云港 宿迁 淮安',
		浙江: '舟山 湖州 衢州 丽水 金华',
		山东: '泰安 威海 滨州 德州 菏泽 临沂 莱芜 济宁',
		安徽: '安庆 蚌埠 滁州 淮南 淮北 六安 亳州 铜陵 黄山',
		辽宁: '铁岭 抚顺 辽阳 营口 葫芦岛 阜新 朝阳',
		贵州: '贵阳 铜仁 毕节 安顺 黔南 黔西南',
		福建: '南平 龙岩 漳州',
		河北: '保定 张家口 沧州 衡水 唐山 邯郸 承德',
		广西: '桂林 柳州 钦州 北海 防城港 来宾 河池',
		江西: '上饶 新余 吉安 景德镇',
		黑龙江: '双鸭山 鹤岗 绥化 鸡西',
		河南: '开封 焦作 濮阳 鹤壁 新乡 许昌 三门峡 驻马店',
		山西: '大同 晋城 晋中 临汾',
		云南: '昭通 保山 楚雄 德宏 怒江',
		宁夏: '石嘴山',
		青海: '海东 海西 海北',
		陕西: '汉中 安康 延安 榆林 商洛 渭南 铜川',
		西藏: '日喀则 昌都',
		海南: '儋州',
		新疆: '巴音郭楞 吐鲁番 博尔塔拉 昌吉',
		// heldout17–19 (seen since their one measurement)
		宁夏_: '吴忠 中卫',
		安徽_: '宿州 阜阳',
		福建_: '莆田 厦门 福州',
		广西_: '玉林',
		山西_: '长治',
		河南_: '平顶山',
		山东_: '日照 青岛',
		江苏_: '常州 扬州',
		江西_: '南昌 抚州',
		黑龙江_: '大庆',
		四川_: '广元 甘孜',
		甘肃_: '金昌',
		辽宁_: '丹东',
		贵州_: '六盘水',
		陕西_: '咸阳',
		云南_: '大理',
		// heldout20–21 (seen since their one measurement)
		江苏__: '苏州 无锡',
		广东_: '深圳',
		天津: '天津',
		福建__: '泉州',
		安徽__: '芜湖',
		内蒙古_: '呼和浩特',
		// heldout22–23 (seen since their one measurement)
		广东__: '广州 东莞',
		山西__: '太原',
		辽宁__: '沈阳',
		海南_: '海口',
		河南__: '郑州',
		河北_: '邢台'
	}).flatMap(([prov, cities]) => cities.split(' ').map((c) => [c, prov.replace(/_+$/, '')]))
);

/** Whether a dev pair's two cities are in different provinces (null: a city not in the table). */
function across(name: string): boolean | null {
	const [a, b] = name.replace(/ \d{4}$/, '').split('×');
	if (!PROVINCE[a] || !PROVINCE[b]) return null;
	return PROVINCE[a] !== PROVINCE[b];
}

const jat = process.argv.indexOf('--json');
const list = process.argv.includes('--list');
const overlaps = (s: number, e: number, r: Ref) => s < r.end && r.start < e;
const hat = process.argv.indexOf('--half');
const half = hat > 0 ? Number(process.argv[hat + 1]) : null;
const dev = tuningPairs()
	.filter((x) => half === null || x.half === half)
	.map((x) => x.pair);
const counts = new Map<string, Map<string, number>>();
const bump = (group: string, cls: string) => {
	const g = counts.get(group) ?? counts.set(group, new Map()).get(group)!;
	g.set(cls, (g.get(cls) ?? 0) + 1);
};
const out: Record<string, unknown>[] = [];
const acrossPairs: string[] = [];
for (const pair of dev) {
	const x = across(pair.name);
	if (x === null) throw new Error(`no province for ${pair.name}`);
	if (x) acrossPairs.push(pair.name);
	const group = x ? 'across' : 'within';
	const inputs = await Promise.all(
		[pair.a, pair.b].map(async (file, k) => {
			const report = parseReport(await readReportFile(file));
			return { id: `${pair.name}:${k}`, report, topics: classifyReport(report) };
		})
	);
	const maps = inputs.map((i) => new TextMap(i.report.pieces));
	for (const [topic, labels] of Object.entries(pair.topics)) {
		const traces: PairTrace[] = [];
		const al = alignReports(inputs, topic, segmenter(), {}, undefined, (t) => traces.push(t));
		const sides = (t: PairTrace) => (t.a.col === 0 ? [t.a, t.b] : [t.b, t.a]);
		const inRef = (u: PairTrace['a'], k: number, r: Ref) => overlaps(maps[k].toInput(u.textStart), maps[k].toInput(u.textEnd, 'end'), r);
		const both = al.rows.filter((r) => r.cells[0] && r.cells[1]);
		for (const l of labels) {
			if (l.strength !== 's') continue;
			const found = both.some(
				(r) => overlaps(r.cells[0]!.start, r.cells[0]!.end, l.a) && overlaps(r.cells[1]!.start, r.cells[1]!.end, l.b)
			);
			bump(group, 'strong');
			if (found) continue;
			const ts = traces.filter((t) => {
				const [u, v] = sides(t);
				return inRef(u, 0, l.a) && inRef(v, 1, l.b);
			});
			let cls: string;
			let t: PairTrace | undefined;
			if (!ts.length) cls = 'no unit';
			else {
				t = ts.reduce((a, b) => (b.similarity > a.similarity ? b : a));
				const [u, v] = sides(t);
				const len = (w: PairTrace['a']) => w.textEnd - w.textStart;
				const buried = (w: PairTrace['a'], r: Ref) => len(w) >= 300 && len(w) >= 2.5 * (r.end - r.start);
				if (u.skip || v.skip) cls = 'skip';
				else if (u.part !== v.part) cls = 'parts';
				else if (t.similarity >= ALIGN_DEFAULTS.threshold) {
					// Lost to whom: each side's rows, right (a labelled partner: one-to-many asked) or wrong.
					const rowsOf = (k: number, w: PairTrace['a']) => both.filter((r) => r.cells[k]!.textStart === w.textStart);
					const isRight = (r: (typeof both)[number]) =>
						labels.some((x) => overlaps(r.cells[0]!.start, r.cells[0]!.end, x.a) && overlaps(r.cells[1]!.start, r.cells[1]!.end, x.b));
					const ra = rowsOf(0, u);
					const rb = rowsOf(1, v);
					const wrongTaken = [...ra, ...rb].some((r) => !isRight(r));
					cls = !ra.length && !rb.length ? 'lost (neither matched)' : wrongTaken ? 'lost (to a wrong row)' : 'lost (to a right row)';
				} else if (buried(u, l.a) || buried(v, l.b)) cls = 'buried';
				else if (t.matter < ALIGN_DEFAULTS.minMatter) cls = t.vector >= 0.5 ? 'vocabulary (vec ≥ 0.5)' : 'vocabulary (vec < 0.5)';
				else cls = 'weak';
			}
			bump(group, `miss ${cls}`);
			const [u, v] = t ? sides(t) : [null, null];
			out.push({
				kind: 'miss',
				group,
				cls,
				pair: pair.name,
				topic,
				matter: l.matter,
				a: l.a.quote,
				b: l.b.quote,
				la: l.a.end - l.a.start,
				lb: l.b.end - l.b.start,
				ua: u ? u.textEnd - u.textStart : null,
				ub: v ? v.textEnd - v.textStart : null,
				parts: u && v ? `${u.part}/${v.part}` : null,
				sim: t?.similarity,
				mat: t?.matter,
				vec: t?.vector
			});
		}
		// Wrong rows.
		const best = new Map<string, number>();
		const key = (w: PairTrace['a']) => `${w.col}:${w.textStart}`;
		for (const t of traces) for (const w of [t.a, t.b]) best.set(key(w), Math.max(best.get(key(w)) ?? 0, t.similarity));
		for (const r of both) {
			const [c0, c1] = [r.cells[0]!, r.cells[1]!];
			if (labels.some((l) => overlaps(c0.start, c0.end, l.a) && overlaps(c1.start, c1.end, l.b))) {
				bump(group, 'matched');
				continue;
			}
			const t = traces.find((t) => {
				const [u, v] = sides(t);
				return u.textStart === c0.textStart && v.textStart === c1.textStart;
			});
			let cls = 'untraced';
			if (t) {
				const [u, v] = sides(t);
				const [la, lb] = [u.textEnd - u.textStart, v.textEnd - v.textStart];
				if (u.part !== v.part) cls = 'parts';
				else if (t.similarity < best.get(key(u))! || t.similarity < best.get(key(v))!) cls = 'not mutual';
				else if (Math.max(la, lb) >= 3 * Math.min(la, lb)) cls = 'long';
				else if (t.matter < ALIGN_DEFAULTS.minMatter) cls = 'no matter';
				else cls = 'mutual';
			}
			bump(group, `wrong ${cls}`);
			bump(group, 'matched');
			out.push({
				kind: 'wrong',
				group,
				cls,
				pair: pair.name,
				topic,
				named: r.matter?.zh,
				sim: r.similarity,
				a: c0.text.slice(0, 30),
				b: c1.text.slice(0, 30)
			});
		}
	}
}
console.log(`across provinces (${acrossPairs.length}): ${acrossPairs.join(', ')}`);
for (const [group, g] of counts) console.log(group, JSON.stringify(Object.fromEntries([...g].sort())));
if (list) for (const r of out) console.log(JSON.stringify(r));
if (jat > 0) writeFileSync(process.argv[jat + 1], JSON.stringify(out));
