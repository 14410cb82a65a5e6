/**
 * Builds src/lib/core/data/lexicon.json, the lexicon of the core's word
 * segmenter (src/lib/core/segmenter/): the words of jieba-wasm's dictionary
 * that jieba itself cuts out of the reports, with the dictionary's
 * frequencies and part-of-speech tags.
 *
 *   npx tsx scripts/build-lexicon.ts [--gov ../shared/corpus/gov] [--counts FILE]
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
 *    scripts/lib/lexicon-split.ts are never read) and counts each word.
 * 3. Kept: every dictionary word jieba cut out at least MIN_COUNT times,
 *    every single character of the dictionary (a lone character then keeps
 *    jieba's frequency, not 1), and every dictionary word of 2–4 Han
 *    characters with a frequency ≥ MIN_FREQ = 20, the cut-off of the
 *    lint's word-freq.json (common words the reports have
 *    not used yet: drafts and new reports).
 * Why this is enough: on a text, dropping words jieba did not choose never
 * changes its best route (a route's score only falls when an edge goes), so
 * on every build report the segmenter cuts exactly as jieba does; on other
 * text it differs only where a word outside the lexicon would have won.
 *
 * A fresh clone has no ../shared: the data file is committed and this
 * script only rebuilds it (deterministic for the same corpus and jieba-wasm).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error: a plain .mjs helper shared with build-word-freq.mjs
import { readJiebaDict } from './lib/jieba-dict.mjs';
import { corpusFiles } from './lib/lexicon-split';

const MIN_COUNT = Number(process.env.LEXICON_MIN_COUNT ?? 1);
const MIN_FREQ = Number(process.env.LEXICON_MIN_FREQ ?? 20);

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { gov: { type: 'string' }, out: { type: 'string' }, counts: { type: 'string' } }, strict: true });
const gov = path.resolve(values.gov ?? path.join(root, '../shared/corpus/gov'));
const outFile = path.resolve(values.out ?? path.join(root, 'src/lib/core/data/lexicon.json'));

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

const kept = new Map<string, { freq: number; tag: string }>();
for (const [w, n] of counts) if (n >= MIN_COUNT) kept.set(w, dict.get(w)!);
for (const [w, e] of dict) {
	const len = [...w].length;
	if (len === 1 || (len <= 4 && e.freq >= MIN_FREQ && /^\p{Script=Han}+$/u.test(w))) kept.set(w, e);
}

const tags = [...new Set([...kept.values()].map((e) => e.tag))].sort();
const tagIndex = new Map(tags.map((t, i) => [t, i]));
const groups = new Map<string, string[]>();
for (const [w, e] of [...kept].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
	const first = String.fromCodePoint(w.codePointAt(0)!);
	if (!groups.has(first)) groups.set(first, []);
	groups.get(first)!.push(`${w} ${e.freq} ${tagIndex.get(e.tag)}`);
}
const out = {
	_comment:
		`The word segmenter's lexicon (src/lib/core/segmenter/), built by scripts/build-lexicon.ts from jieba-wasm's dictionary (${dict.size} words) and the words jieba cuts out of ${files.length} reports of ../shared/corpus/gov (held-out regions excluded: scripts/lib/lexicon-split.ts). Do not edit by hand. ` +
		`Kept: ${kept.size} words — every dictionary word jieba cut out at least ${MIN_COUNT} time(s), every single character${MIN_FREQ < 1e9 ? `, and Han words of 2–4 characters with frequency ≥ ${MIN_FREQ}` : ''}. ` +
		'`total` is the sum of the frequencies of the whole dictionary; `words` maps a first character to its words, each followed by its frequency and the index of its part-of-speech tag in `tags`, space-separated.',
	total,
	count: kept.size,
	tags,
	words: Object.fromEntries([...groups].map(([c, ws]) => [c, ws.join(' ')]))
};
// One line per first character: readable diffs when the lexicon is rebuilt.
const { words, ...head } = out;
const body = Object.entries(words).map(([c, ws]) => `\t\t${JSON.stringify(c)}: ${JSON.stringify(ws)}`);
const json = JSON.stringify(head, null, '\t').replace(/\n}$/, `,\n\t"words": {\n${body.join(',\n')}\n\t}\n}`);
writeFileSync(outFile, json + '\n');
console.log(`${files.length} reports, ${chars} chars; ${counts.size} dictionary words cut out; kept ${kept.size}; wrote ${outFile}`);
