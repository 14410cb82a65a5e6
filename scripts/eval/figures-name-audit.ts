/**
 * A corpus-wide audit of figure names by their SHAPE, independent of any label: extracts the figures of every 8th
 * report of ../shared/corpus/gov (stride 8 over the depth-first sorted list of `gov-files.ts`, 364 of 2,908 reports,
 * every folder and decade) and sorts each indicator name into defect classes — a name opening with a preposition,
 * conjunction or adverb, ending with a particle or linking verb, holding a digit, a 、 or an unbalanced quotation
 * mark, of one character or only a verb, longer than 20 characters, holding a year, empty, or repeating the name of the figure
 * before it in the sentence although a noun stands between them. A name may fall into several classes.
 *
 *   npx tsx scripts/eval/figures-name-audit.ts [--stride N] [--show N] [--class NAME [--word W]] [--out rows.json]
 *
 * Prints counts per class, their share of all names, and `--show` examples per class (name | sentence around the
 * figure), drawn evenly over the sample. `--out` writes the rows in the format of figures-names-dump.ts, so two
 * versions compare with `npx tsx scripts/eval/figures-names-dump.ts --diff A.json B.json`. One pass per report:
 * linear in the sample's size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { HAN_YEAR_DIGITS } from '../../src/lib/core/figures/indicator';
import { sharedDir } from '../../tests/fixtures/figures-score';
import { govMarkdownFiles } from '../../tests/fixtures/gov-files';
import { segmenter } from '../../src/lib/core/segmenter';
import { figureRow, type FigureRow } from './figure-rows';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string | null) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : dflt;
};
const stride = Number(opt('--stride', '8'));
const show = Number(opt('--show', '6'));
const only = opt('--class', null);
const out = opt('--out', null);

/** The first and last word of a name and their part-of-speech tags (the segmenter's lexicon). */
const seg = segmenter();
const tagOf = (w: string) => seg.tag?.(w) ?? '';
/** Function words a name never opens with: prepositions, conjunctions, scope and span words, comparison bases. */
const LEAD_WORDS = new Set(
	'由 从 在 对 把 将 和 及 与 并 其中 共 累计 全年 比 较 同比 向 于 以 按 被 让 使 给 就 而 但 又 再 也 都 均 已 还 即 则 或 且 以及 通过 经过 根据 按照 合计 总计 先后 分别 已经 正在 并且 同时 为'.split(
		' '
	)
);
/** Particles and linking verbs a name never ends with. */
const TAIL_WORDS = new Set(
	'的 了 到 达 为 是 等 和 及 与 或 以上 左右 以下 以内 之间 多 余 近 约 在 从 由 至 占 有 将 要 共 超 超过 突破 达到 实现 完成 已 均 分别'.split(
		' '
	)
);
const VERB_ONLY =
	/^(?:同比|年均|实际|名义)*(?:增长|下降|提高|降低|减少|增加|上升|提升|回落|上涨|达到?|完成|突破|超过|实现|新增|净增|新建|建成|投入|投资|安排|开工|竣工|引进|培育|实施|改造|建设|累计|合计|共计|占|占到|为|是|有|居|列|排|保持|稳定|控制|扩大|缩小)$/;
/** Codes and thresholds that hold digits in a right name (PM2.5, 5G, G323, 2000万元以上项目, 500亿级). */
const DIGIT_OK =
	/PM2\.5|PM10|[0-9]+[A-Za-z]|[A-Za-z][0-9]+|[0-9.]+[十百千万亿]*(?:元|吨|亩|人|户|千伏|千瓦|平方米|公里|米)?(?:以上|以下|级)/g;
const YEAR_IN_NAME = new RegExp(`(?:(?:19|20)\\d\\d|${HAN_YEAR_DIGITS})年`);
interface Ctx {
	prevName: string | null;
	gap: string;
	unit: string;
}
const first = (n: string) => seg(n)[0] ?? '';
const last = (n: string) => seg(n).at(-1) ?? '';
/** Shape classes: a name is tested against each; `key` says which word put it there, for the counts by word. */
const classes: Record<string, (name: string, ctx: Ctx) => string | null> = {
	empty: (n) => (n === '' ? '' : null),
	'one-char': (n) => (n.length === 1 ? n : null),
	'verb-only': (n) => (VERB_ONLY.test(n) ? n : null),
	// The first word a preposition, a conjunction or an adverb by its tag, or a function word of the list.
	'lead-function': (n) => {
		if (n.length < 2) return null;
		const w = first(n);
		return LEAD_WORDS.has(w) || (w.length === 1 && /^[pc]$/.test(tagOf(w))) ? w : null;
	},
	'tail-particle': (n) => {
		if (n.length < 2) return null;
		const w = last(n);
		return TAIL_WORDS.has(w) || /^u/.test(tagOf(w)) ? w : null;
	},
	// A year in either script (1980年, 一九八〇年): a figure's time or a comparison's base, not what it measures.
	year: (n) => (YEAR_IN_NAME.test(n) ? 'year' : null),
	digit: (n) => (/[0-9０-９]/.test(n.replace(DIGIT_OK, '')) ? 'digit' : null),
	'quote-unbalanced': (n) => ((n.match(/“/g)?.length ?? 0) !== (n.match(/”/g)?.length ?? 0) || /["「」]/.test(n) ? 'quote' : null),
	'long>20': (n) => (n.length > 20 ? 'long' : null),
	// The name of the figure before in the sentence, though the text between the two values holds a run of three Han
	// characters or more that is neither a hedge, a separator nor a change word (ranks and multiples of the measure
	// before repeat its name by rule and are not counted).
	'list-repeat': (n, c) => (n !== '' && n === c.prevName && c.gap.length >= 3 && c.unit !== '位' && c.unit !== '倍' ? 'repeat' : null),
	// Shape only, often right (取消、下放行政审批事项): not counted as a defect.
	'(info) enumeration': (n) => (n.includes('、') ? '、' : null)
};

type Row = FigureRow;
const root = path.join(sharedDir, 'corpus/gov');
const files = govMarkdownFiles(root);
const rows: Row[] = [];
const hits: Record<string, { row: Row; key: string }[]> = Object.fromEntries(Object.keys(classes).map((k) => [k, []]));
let reports = 0;
const t0 = Date.now();
for (let i = 0; i < files.length; i += stride) {
	reports++;
	const input = readFileSync(files[i], 'utf8');
	const parsed = parseReport(input);
	let prev: { sentence: number; end: number; name: string } | null = null;
	for (const f of extractFigures(parsed, input, { topicOf: () => null })) {
		const s = parsed.sentences[f.sentence];
		const sent = parsed.text.slice(s.textStart, s.textEnd);
		const at = f.textStart - s.textStart;
		const row = figureRow(root, files[i], parsed, f);
		rows.push(row);
		const same = prev && prev.sentence === f.sentence;
		const gap = same
			? sent
					.slice(prev!.end - s.textStart, at)
					.replace(/[^\p{Script=Han}]/gu, '')
					.replace(
						/分别|以上|左右|以下|以内|之间|同比|比上年|较上年|年均|增长|下降|提高|降低|减少|增加|上升|提升|达到|达|为|和|及|与|或|多|余|近|约|超过|突破|到|至/g,
						''
					)
			: '';
		const ctx = { prevName: same ? prev!.name : null, gap, unit: f.unit };
		for (const [k, test] of Object.entries(classes)) {
			const key = test(f.indicator, ctx);
			if (key !== null) hits[k].push({ row, key });
		}
		prev = { sentence: f.sentence, end: f.textEnd, name: f.indicator };
	}
}
const total = rows.length;
console.log(`${reports} reports (every ${stride}th of ${files.length}), ${total} figures, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const flagged = new Set<Row>();
for (const [k, list] of Object.entries(hits)) {
	if (!k.startsWith('(')) for (const h of list) flagged.add(h.row);
	if (only && k !== only) continue;
	const byKey = new Map<string, number>();
	for (const h of list) byKey.set(h.key, (byKey.get(h.key) ?? 0) + 1);
	const top = [...byKey].sort((a, b) => b[1] - a[1]).slice(0, 12);
	console.log(
		`\n## ${k}: ${list.length} (${((100 * list.length) / total).toFixed(2)}%)  by word: ${top.map(([w, n]) => `${w} ${n}`).join(', ')}`
	);
	const step = Math.max(1, Math.floor(list.length / Math.max(1, show)));
	const word = opt('--word', null);
	const picked = word === null ? list : list.filter((h) => h.key === word);
	const step2 = word === null ? step : Math.max(1, Math.floor(picked.length / Math.max(1, show)));
	for (let j = 0; j < picked.length && j / step2 < show; j += step2) {
		const r = picked[j].row;
		console.log(`  «${r[3]}» ${r[2]}  | ${r[0]} | ${r[4]}`);
	}
}
const any = flagged.size;
console.log(`\nnames in any defect class: ${any} (${((100 * any) / total).toFixed(2)}%)`);
console.log(
	'summary: ' +
		Object.entries(hits)
			.map(([k, l]) => `${k} ${l.length}`)
			.join(', ')
);
if (out) writeFileSync(out, JSON.stringify(rows));
