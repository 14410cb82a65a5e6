/**
 * Turn the hand labels of tests/fixtures/align-labels.txt (passage numbers
 * as printed by scripts/align-dump.ts) into tests/fixtures/align-labels.json:
 * offsets into each report's decoded input plus a short quote, so the labels
 * survive changes to how passages are cut. Uses only the parser and the topic
 * classifier, never the matcher.
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/align-labels.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../src/lib/core/parse';
import { TextMap } from '../src/lib/core/textmap';
import { classifyReport } from '../src/lib/core/topics/index';
import { passagesOn } from '../src/lib/core/align/index';
import { readReportFile, repoRoot } from '../tests/corpus/topics-eval';

// Pairs already converted keep their offsets: passage numbers in the .txt refer
// to how the parser cut the text when they were written, which may have changed
// since. Only pairs new to the .txt are converted (the split is taken from the .txt).
const outFile = path.join(repoRoot, 'tests/fixtures/align-labels.json');
let done = new Map<string, Pair>();
try {
	done = new Map((JSON.parse(readFileSync(outFile, 'utf8')).pairs as Pair[]).map((p) => [p.name, p]));
} catch {
	/* first run */
}

interface Ref {
	start: number;
	end: number;
	quote: string;
}
interface Label {
	a: Ref;
	b: Ref;
	matter: string;
	strength: 's' | 'w';
}
interface Pair {
	name: string;
	split: string;
	a: string;
	b: string;
	topics: Record<string, Label[]>;
}

const src = readFileSync(path.join(repoRoot, 'tests/fixtures/align-labels.txt'), 'utf8');
const pairs: Pair[] = [];
let cur: Pair | null = null;
let topic = '';
for (const raw of src.split('\n')) {
	const line = raw.trim();
	if (!line || line.startsWith('#')) continue;
	const [head, ...rest] = line.split(/\s+/);
	if (head === 'pair') pairs.push((cur = { name: rest.slice(0, -1).join(' '), split: rest[rest.length - 1], a: '', b: '', topics: {} }));
	else if (head === 'A') cur!.a = 'gov/' + rest[0];
	else if (head === 'B') cur!.b = 'gov/' + rest[0];
	else if (head === 'topic') cur!.topics[(topic = rest[0])] = [];
	else {
		const [b, matter, strength] = rest;
		(cur!.topics[topic] as unknown as [string, string, string, string][]).push([head, b, matter, strength]);
	}
}
for (const [k, pair] of pairs.entries()) {
	const old = done.get(pair.name);
	if (old) {
		pairs[k] = { ...old, split: pair.split };
		continue;
	}
	const sides = await Promise.all(
		[pair.a, pair.b].map(async (file) => {
			const report = parseReport(await readReportFile(file));
			return { report, topics: classifyReport(report), map: new TextMap(report.pieces) };
		})
	);
	for (const [t, rows] of Object.entries(pair.topics)) {
		const cols = sides.map((s) => passagesOn(s.topics, t));
		const ref = (k: number, tag: string): Ref => {
			const i = Number(tag.slice(1));
			const p = cols[k][i];
			if (!p) throw new Error(`${pair.name} ${t}: no passage ${tag}`);
			const s = sides[k];
			return {
				start: s.map.toInput(p.textStart),
				end: s.map.toInput(p.textEnd, 'end'),
				quote: s.report.text.slice(p.textStart, p.textStart + 16)
			};
		};
		pair.topics[t] = (rows as unknown as [string, string, string, string][]).map(([a, b, matter, strength]) => ({
			a: ref(0, a),
			b: ref(1, b),
			matter,
			strength: strength as 's' | 'w'
		}));
	}
}
const out = {
	about:
		"Counterpart passages of two reports on a topic, listed by hand from scripts/align-dump.ts before the matcher ran on them. strength s = an analyst reads them side by side (counts for recall); w = acceptable if matched (not an error for precision). Offsets are into each file's decoded input (../shared/corpus/FILE). split: dev (tuned on; includes the first held-out, seen since), heldout2 (city pairs of 2019/2021/2022/2024, blind once, seen since and now dev), heldout3 (city pairs of 2018/2020/2022/2025, blind once, seen since and now dev), heldout4 (city pairs of 2017/2019/2021/2024, blind once, seen since and now dev), heldout5 (city pairs of 2016/2019/2020/2022/2023, blind once, seen since and now dev), heldout6 (new city pairs of 2018/2020/2021/2024/2025, never tuned on), yoy (same city, consecutive years).",
	pairs
};
writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
console.log(
	pairs
		.map(
			(p) =>
				`${p.name} ${p.split}: ${
					Object.values(p.topics)
						.flat()
						.filter((l) => l.strength === 's').length
				} strong, ${Object.values(p.topics).flat().length} total`
		)
		.join('\n')
);
