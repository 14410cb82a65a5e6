/**
 * Builds src/lib/core/data/lexicon.json, the lexicon of the core's word
 * segmenter (src/lib/core/segmenter/): the words of jieba-wasm's dictionary
 * that jieba itself cuts out of the reports, with the dictionary's
 * frequencies and part-of-speech tags.
 *
 *   npx tsx scripts/build-lexicon.ts [--gov ../shared/corpus/gov] [--counts FILE]
 *   npx tsx scripts/build-lexicon.ts --list      # the lexicon's words, frequencies, tags
 *
 * (`--counts FILE` keeps jieba's word counts in FILE and reads them from
 * there next time: cutting the corpus takes minutes; LEXICON_MIN_COUNT and
 * LEXICON_MIN_FREQ set the pruning below.)
 *
 * 1. jieba-wasm's dictionary (349,045 words, read out of its wasm:
 *    scripts/lib/jieba-dict.mjs) gives each word's frequency and tag, and
 *    the total frequency that jieba's probabilities divide by.
 * 2. jieba-wasm cuts every report of the BUILD regions (HMM off, the
 *    setting of every feature; the held-out regions of
 *    scripts/lib/lexicon-split.ts are never read) and the repository's
 *    seed reports (reports/*.txt), and counts each word.
 * 3. Kept: every dictionary word jieba cut out at least MIN_COUNT times,
 *    every single character of the dictionary (a lone character then keeps
 *    jieba's frequency, not 1), and every dictionary word of 2–4 Han
 *    characters with a frequency ≥ MIN_FREQ = 20 (common words the reports
 *    have not used yet: drafts and new reports; the proofreading lint's
 *    "common word", lint/freq.ts, is this cut-off, and matter-terms.ts
 *    draws its candidates from them).
 * Why this is enough: on a text, dropping words jieba did not choose never
 * changes its best route (a route's score only falls when an edge goes), so
 * on every build report the segmenter cuts exactly as jieba does; on other
 * text it differs only where a word outside the lexicon would have won.
 *
 * A fresh clone has no ../shared: the data file is committed and this
 * script only rebuilds it (deterministic for the same corpus and jieba-wasm).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error: a plain .mjs helper
import { readJiebaDict } from './lib/jieba-dict.mjs';
import { DIGITS, START_WIDTH, VALUE_WIDTH } from '../src/lib/core/segmenter/dag';
import { corpusFiles } from './lib/lexicon-split';
import { lexiconWords } from './lib/lexicon-words';

const MIN_COUNT = Number(process.env.LEXICON_MIN_COUNT ?? 1);
const MIN_FREQ = Number(process.env.LEXICON_MIN_FREQ ?? 20);

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: { gov: { type: 'string' }, out: { type: 'string' }, counts: { type: 'string' }, list: { type: 'boolean' } },
	strict: true
});
const gov = path.resolve(values.gov ?? path.join(root, '../shared/corpus/gov'));
const outFile = path.resolve(values.out ?? path.join(root, 'src/lib/core/data/lexicon.json'));

if (values.list) {
	// The words of the committed lexicon, one a line: word, frequency, tag.
	let out = '';
	for (const { word, freq, tag } of lexiconWords(JSON.parse(readFileSync(outFile, 'utf8')))) out += `${word} ${freq} ${tag}\n`;
	// Exit only once the pipe has taken it all (exiting at once cut the list short when piped).
	await new Promise((done) => process.stdout.write(out, done));
	process.exit(0);
}

const { text: dictText } = readJiebaDict() as { text: string };
const dict = new Map<string, { freq: number; tag: string }>();
let total = 0;
for (const line of dictText.split('\n')) {
	const [word, f, tag] = line.split(' ');
	const freq = Number(f);
	if (!word || !(freq > 0)) continue;
	total += freq;
	dict.set(word, { freq, tag: tag ?? '' });
}

const files = corpusFiles(gov).filter((f) => !f.heldOut);
let counts = new Map<string, number>();
let chars = 0;
if (values.counts && existsSync(values.counts)) {
	const saved = JSON.parse(readFileSync(values.counts, 'utf8'));
	counts = new Map(saved.counts);
	chars = saved.chars;
} else {
	const jieba = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
	for (const f of files) {
		const text = readFileSync(f.path, 'utf8');
		chars += text.length;
		for (const w of jieba.cut(text, false)) if (dict.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
	}
	if (values.counts) writeFileSync(values.counts, JSON.stringify({ chars, counts: [...counts] }));
}

// The repository's own seed reports (reports/*.txt) too: what the app is shown first and its
// golden outputs (tests/output/) are computed on.
const seeds = readdirSync(path.join(root, 'reports'))
	.filter((f) => f.endsWith('.txt'))
	.sort();
{
	const jieba = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
	for (const f of seeds)
		for (const w of jieba.cut(readFileSync(path.join(root, 'reports', f), 'utf8'), false))
			if (dict.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
}

const kept = new Map<string, { freq: number; tag: string }>();
for (const [w, n] of counts) if (n >= MIN_COUNT) kept.set(w, dict.get(w)!);
for (const [w, e] of dict) {
	const len = [...w].length;
	if (len === 1 || (len <= 4 && e.freq >= MIN_FREQ && /^\p{Script=Han}+$/u.test(w))) kept.set(w, e);
}

const tags = [...new Set([...kept.values()].map((e) => e.tag))].sort();
const tagIndex = new Map(tags.map((t, i) => [t, i]));
if (tags.length > 64) throw new Error(`${tags.length} tags: more than one digit holds`);

// The trie over UTF-16 units, breadth-first (see LexiconData in src/lib/core/segmenter/dag.ts).
interface Node {
	kids: Map<number, Node>;
	freq: number;
	tag: number;
}
const rootNode: Node = { kids: new Map(), freq: 0, tag: 0 };
for (const [w, e] of kept) {
	let n = rootNode;
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		let k = n.kids.get(c);
		if (!k) n.kids.set(c, (k = { kids: new Map(), freq: 0, tag: 0 }));
		n = k;
	}
	n.freq = e.freq;
	n.tag = tagIndex.get(e.tag)!;
}
const digits = (v: number, width: number) => {
	if (!Number.isInteger(v) || v < 0 || v >= 64 ** width) throw new Error(`${v} does not fit ${width} digits`);
	let out = '';
	for (let k = 0; k < width; k++, v = Math.floor(v / 64)) out = DIGITS[v % 64] + out;
	return out;
};
const labels: string[] = [];
const starts: string[] = [];
const nodeValues: string[] = [];
const queue: Node[] = [rootNode];
for (let h = 0; h < queue.length; h++) {
	const n = queue[h];
	starts.push(digits(labels.length, START_WIDTH));
	nodeValues.push(digits(n.tag, 1) + digits(n.freq, VALUE_WIDTH - 1));
	for (const [c, k] of [...n.kids].sort((x, y) => x[0] - y[0])) {
		labels.push(String.fromCharCode(c));
		queue.push(k);
	}
}
starts.push(digits(labels.length, START_WIDTH));

const out = {
	_comment:
		`The word segmenter's lexicon (src/lib/core/segmenter/dag.ts, LexiconData), built by scripts/build-lexicon.ts from jieba-wasm's dictionary (${dict.size} words) and the words jieba cuts out of ${files.length} reports of ../shared/corpus/gov (held-out regions excluded: scripts/lib/lexicon-split.ts) and the ${seeds.length} seed reports in reports/. Do not edit by hand. ` +
		`Kept: ${kept.size} words — every dictionary word jieba cut out at least ${MIN_COUNT} time(s), every single character, and Han words of 2–4 characters with frequency ≥ ${MIN_FREQ}. ` +
		"`total` is the sum of the frequencies of the whole dictionary; the words are a trie in three strings: `labels` (edge units, breadth-first), `starts` (each node's first edge, 3 base-64 digits) and `values` (each node's tag index and frequency, 1 + 4 digits). `npx tsx scripts/build-lexicon.ts --list` prints the words.",
	total,
	count: kept.size,
	tags,
	labels: labels.join(''),
	starts: starts.join(''),
	values: nodeValues.join('')
};
const json = JSON.stringify(out, null, '\t');
writeFileSync(outFile, json + '\n');
console.log(
	`${files.length} reports (${chars} chars) and ${seeds.length} seeds; ${counts.size} dictionary words cut out; kept ${kept.size}; wrote ${outFile}`
);
