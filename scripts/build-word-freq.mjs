#!/usr/bin/env node
/**
 * Builds src/lib/core/data/word-freq.json, the word frequencies the
 * proofreading lint uses to tell ordinary Chinese (海关|关税, 健全|人防|防护)
 * from slips. The source is the dictionary jieba-wasm itself ships
 * (jieba-rs's dict.txt: word, frequency, tag), stored deflated inside its
 * wasm: this script finds that stream, inflates it, and keeps every word of
 * 2–4 characters with a frequency of at least MIN_FREQ, and every single
 * character, with its frequency rounded to a natural-log bucket. Offline
 * and deterministic: run it again after upgrading jieba-wasm.
 *
 *   node scripts/build-word-freq.mjs
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJiebaDict } from './lib/jieba-dict.mjs';

const MIN_FREQ = 20;
const { text: dict, at } = readJiebaDict();
const lines = dict.split('\n').filter(Boolean);
let total = 0;
const buckets = new Map();
let kept = 0;
for (const line of lines) {
	const [word, f] = line.split(' ');
	const freq = Number(f);
	if (!word || !Number.isFinite(freq)) continue;
	total += freq;
	const n = [...word].length;
	if (!/^[\u3400-\u9fff]+$/.test(word)) continue;
	if (n > 4 || (n > 1 && freq < MIN_FREQ)) continue;
	const b = Math.round(Math.log(freq));
	if (!buckets.has(b)) buckets.set(b, []);
	buckets.get(b).push(word);
	kept++;
}
const out = {
	_comment: `Word frequencies for the proofreading lint, from the dictionary jieba-wasm ships (${lines.length} entries; built by scripts/build-word-freq.mjs, do not edit by hand). Kept: Han words of 2–4 characters with frequency ≥ ${MIN_FREQ} and all single characters (${kept} entries). \`buckets\` maps round(ln(frequency)) to the words with that frequency, space-separated; \`total\` is the sum of all frequencies of the full dictionary.`,
	total,
	minFreq: MIN_FREQ,
	buckets: Object.fromEntries([...buckets].sort((a, b) => a[0] - b[0]).map(([b, ws]) => [String(b), ws.sort().join(' ')]))
};
const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/lib/core/data/word-freq.json');
writeFileSync(file, JSON.stringify(out, null, '\t') + '\n');
console.log(`${kept} words kept of ${lines.length}; stream at byte ${at}; wrote ${file}`);
