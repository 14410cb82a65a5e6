/**
 * Scoring the alignment against the hand labels of
 * tests/fixtures/align-labels.json. A label's passage is found by offset
 * overlap, so it survives finer or coarser cutting of passages.
 * - recall: strong labels whose two passages share a row;
 * - precision: matched cell pairs (two cells of one row) that overlap a
 *   labelled pair, strong or acceptable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';
import { alignReports, type Alignment, type AlignOptions, type PairTrace } from '../../src/lib/core/align/index';
import { TextMap } from '../../src/lib/core/textmap';
import { readReportFile, repoRoot } from './topics-eval';
import { segmenter } from '../../src/lib/core/segmenter';

export interface Ref {
	start: number;
	end: number;
	quote: string;
}
export interface Label {
	a: Ref;
	b: Ref;
	matter: string;
	strength: 's' | 'w';
}
export interface LabelPair {
	name: string;
	split: 'dev' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'yoy';
	a: string;
	b: string;
	topics: Record<string, Label[]>;
}

export function readAlignLabels(): LabelPair[] {
	return JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/align-labels.json'), 'utf8')).pairs;
}

/** The splits the tuning scripts may read: dev and the held-out rounds measured once and seen since. */
const SEEN = new Set<LabelPair['split']>([
	'dev',
	'heldout17',
	'heldout18',
	'heldout19',
	'heldout20',
	'heldout21',
	'heldout22',
	'heldout23'
]);

/**
 * The tuning set of the scripts (align-tune, align-errors, align-classes): the splits named in
 * SPLITS (comma-separated, e.g. SPLITS=dev,heldout17,heldout18,heldout19), dev when unset. Only
 * seen splits are allowed (a blind round is measured once, never tuned on). Pairs keep their file
 * order and each gets its half (alternate pairs): dev comes first in the file with an even number
 * of pairs, so its halves are the same with or without the held-out rounds after it.
 */
export function tuningPairs(splits = process.env.SPLITS): { pair: LabelPair; half: number }[] {
	const want = (splits ?? 'dev').split(',').map((s) => s.trim()) as LabelPair['split'][];
	for (const s of want) if (!SEEN.has(s)) throw new Error(`SPLITS: ${s} is not a seen split (${[...SEEN].join(', ')})`);
	return readAlignLabels()
		.filter((p) => want.includes(p.split))
		.map((pair, n) => ({ pair, half: n % 2 }));
}

const overlaps = (s: number, e: number, r: Ref) => s < r.end && r.start < e;

export interface Score {
	strong: number;
	found: number;
	matched: number;
	right: number;
	misses: string[];
	wrong: string[];
}

export function scoreAlignment(al: Alignment, labels: Label[]): Score {
	const sc: Score = { strong: 0, found: 0, matched: 0, right: 0, misses: [], wrong: [] };
	const rows = al.rows.filter((r) => r.cells[0] && r.cells[1]);
	for (const l of labels) {
		if (l.strength !== 's') continue;
		sc.strong++;
		if (rows.some((r) => overlaps(r.cells[0]!.start, r.cells[0]!.end, l.a) && overlaps(r.cells[1]!.start, r.cells[1]!.end, l.b)))
			sc.found++;
		else sc.misses.push(`${l.matter}: ${l.a.quote} ⟷ ${l.b.quote}`);
	}
	for (const r of rows) {
		const [x, y] = [r.cells[0]!, r.cells[1]!];
		sc.matched++;
		if (labels.some((l) => overlaps(x.start, x.end, l.a) && overlaps(y.start, y.end, l.b))) sc.right++;
		else
			sc.wrong.push(
				`${(r as { matter?: { zh: string } | null }).matter?.zh ?? '?'} ${r.similarity}: ${x.text.slice(0, 24)} ⟷ ${y.text.slice(0, 24)}`
			);
	}
	return sc;
}

const parsed = new Map<string, Promise<{ report: ReturnType<typeof parseReport>; topics: ReturnType<typeof classifyReport> }>>();
function load(file: string) {
	let hit = parsed.get(file);
	if (!hit) {
		hit = readReportFile(file).then((input) => {
			const report = parseReport(input);
			return { report, topics: classifyReport(report) };
		});
		parsed.set(file, hit);
	}
	return hit;
}

export async function evaluatePairs(filter: (p: LabelPair) => boolean, opts: AlignOptions = {}, why = false) {
	const out: { pair: LabelPair; topic: string; score: Score }[] = [];
	for (const pair of readAlignLabels().filter(filter)) {
		const inputs = await Promise.all([pair.a, pair.b].map(async (file, k) => ({ id: `${pair.name}:${k}`, ...(await load(file)) })));
		const maps = inputs.map((i) => new TextMap(i.report.pieces));
		for (const [topic, labels] of Object.entries(pair.topics)) {
			const traces: PairTrace[] = [];
			const score = scoreAlignment(
				alignReports(inputs, topic, segmenter(), opts, undefined, why ? (t) => traces.push(t) : undefined),
				labels
			);
			if (why) {
				// Why each strong label was missed: the similarity of its two passages and what went into it.
				score.misses = score.misses.map((m, i) => {
					const l = labels.filter((x) => x.strength === 's').find((x) => m.startsWith(`${x.matter}: ${x.a.quote}`)) ?? labels[i];
					const t = traces.find((t) => {
						const [x, y] = t.a.col === 0 ? [t.a, t.b] : [t.b, t.a];
						return (
							overlaps(maps[0].toInput(x.textStart), maps[0].toInput(x.textEnd, 'end'), l.a) &&
							overlaps(maps[1].toInput(y.textStart), maps[1].toInput(y.textEnd, 'end'), l.b)
						);
					});
					const f = (x: PairTrace['a']) =>
						`${x.part}${x.intro ? ' intro' : ''}${x.preamble ? ' preamble' : ''}${x.skip ? ' ' + x.skip : ''}`;
					return t
						? `${m}  [sim ${t.similarity.toFixed(3)} lit ${t.literal.toFixed(3)} matter ${t.matter.toFixed(3)} vec ${t.vector.toFixed(3)} ${t.top} | ${f(t.a)} / ${f(t.b)}]`
						: `${m}  [no trace]`;
				});
				// What made each wrong row: its pair's trace (by the first 24 characters of each side).
				score.wrong = score.wrong.map((w) => {
					const t = traces.find((t) => {
						const [x, y] = t.a.col === 0 ? [t.a, t.b] : [t.b, t.a];
						const ia = inputs[0].report.text.slice(x.textStart, x.textStart + 24);
						const ib = inputs[1].report.text.slice(y.textStart, y.textStart + 24);
						return w.includes(`${ia} ⟷ ${ib}`);
					});
					const f = (x: PairTrace['a']) => `${x.part}${x.intro ? ' intro' : ''}${x.preamble ? ' preamble' : ''}`;
					return t
						? `${w}  [lit ${t.literal.toFixed(3)} matter ${t.matter.toFixed(3)} vec ${t.vector.toFixed(3)} ${t.top} | ${f(t.a)} / ${f(t.b)} | len ${t.a.textEnd - t.a.textStart}/${t.b.textEnd - t.b.textStart}]`
						: w;
				});
			}
			out.push({ pair, topic, score });
		}
	}
	return out;
}

export function total(scores: Score[]) {
	const t = scores.reduce(
		(a, s) => ({ strong: a.strong + s.strong, found: a.found + s.found, matched: a.matched + s.matched, right: a.right + s.right }),
		{ strong: 0, found: 0, matched: 0, right: 0 }
	);
	return { ...t, recall: t.strong ? t.found / t.strong : NaN, precision: t.matched ? t.right / t.matched : NaN };
}
