// Builds src/lib/core/data/corpus-doubles.json for the proofreading lint (issue 12, round 3): doublings that published
// reports write the same way again and again, so they are names or ordinary Chinese, not slips (连云港港, 莫莫克,
// 行政村村村通, 我市市本级, 万众创新新局面). A slip is not made the same way in several reports.
// Reads every Markdown report of ../shared/corpus/gov except the lint's gov samples (tests/fixtures/gov-samples.json, held-out
// samples 3, 4 and 5 included):
// every run of a Han chunk of 1–4 characters written two or more times in a row (a character: not a numeral), keyed with
// the one or two characters before it (left) and the one or two after it (right), folded to simplified. A key seen in at least
// MIN_REPORTS reports is kept when the lint (repeated characters only, without this table) flags one of its first ten
// occurrences (in a window of its line): the table holds only what it changes.
// Usage: npx tsx scripts/lint-doubles.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { govMarkdownFiles } from '../tests/fixtures/gov-files';
import { sharedDir } from '../tests/fixtures/figures-score';
import samples from '../tests/fixtures/gov-samples.json';
import { foldTraditional } from '../src/lib/core/text/fold';
import { isHan } from '../src/lib/core/text/han';
import { isNumeral } from '../src/lib/core/text/numerals';
import { lint } from '../src/lib/core/lint';
import { repeatedCharsWithoutCorpus } from '../src/lib/core/lint/repeats';
import { segmenter } from '../src/lib/core/segmenter';
import { isWord } from '../src/lib/core/lint/freq';

const MIN_REPORTS = 2;
/** Characters of context on the key's side: one (创新|新新) would also excuse a slip written in a common word (创新新垃圾). */
const CONTEXT = 2;
const OUT = path.join(import.meta.dirname, '../src/lib/core/data/corpus-doubles.json');
const gov = path.join(sharedDir, 'corpus/gov');
/** The lint's gov samples (dev and held out): a doubling counts when written in reports outside them, so every sample is measured alike. */
const sampled = new Set(Object.values(samples.samples).flatMap((s) => s.files));

interface Seen {
	reports: Set<string>;
	/** The first occurrences (up to ten reports): a window of the line and the run's place in it. */
	windows: { line: string; at: number; len: number }[];
}
const keys = new Map<string, Seen>();
/** The run's length in each key (`<` + context + run, or `>` + run + context). */
const runOf = new Map<string, number>();
let reports = 0;
for (const file of govMarkdownFiles(gov)) {
	const rel = path.relative(gov, file);
	if (sampled.has(rel)) continue;
	reports++;
	const text = foldTraditional(readFileSync(file, 'utf8'));
	for (let i = 1; i < text.length - 2; i++) {
		for (let L = 4; L >= 1; L--) {
			const chunk = text.slice(i, i + L);
			if (chunk.length < L || ![...chunk].every(isHan) || !text.startsWith(chunk, i + L)) continue;
			if (L === 1 && isNumeral(chunk)) continue;
			if (L > 1 && [...chunk].every((c) => c === chunk[0])) continue;
			// The run's start: not inside a longer run of the same chunk.
			if (text.slice(i - L, i) === chunk) break;
			let end = i + 2 * L;
			while (text.startsWith(chunk, end)) end += L;
			const run = text.slice(i, end);
			const lineStart = text.lastIndexOf('\n', i) + 1;
			const lineEnd = (text.indexOf('\n', end) + 1 || text.length + 1) - 1;
			const sides: string[] = [];
			for (const c of [1, CONTEXT]) {
				const before = text.slice(Math.max(0, i - c), i);
				const after = text.slice(end, end + c);
				if (before.length === c && [...before].every(isHan)) sides.push(`<${before}${run}`);
				if (after.length === c && [...after].every(isHan)) sides.push(`>${run}${after}`);
			}
			for (const key of sides) {
				if (!key) continue;
				let seen = keys.get(key);
				if (!seen) {
					keys.set(key, (seen = { reports: new Set(), windows: [] }));
					runOf.set(key, run.length);
				}
				if (!seen.reports.has(rel) && seen.windows.length < 10) {
					const from = Math.max(lineStart, i - 30);
					seen.windows.push({ line: text.slice(from, Math.min(lineEnd, end + 30)), at: i - from, len: end - i });
				}
				seen.reports.add(rel);
			}
			break;
		}
	}
}

const seg = segmenter();
/** Does `s` hold a common word of two characters or more (lint/freq.ts isWord)? */
function hasCommonWord(s: string): boolean {
	for (let a = 0; a < s.length; a++) for (let b = a + 2; b <= s.length; b++) if (isWord(seg, s.slice(a, b))) return true;
	return false;
}
const left: string[] = [];
const right: string[] = [];
for (const [key, seen] of [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
	if (seen.reports.size < MIN_REPORTS) continue;
	// One character of context is a name's (莫莫|克, 连云|港港 → 云港港) only when it holds no common word: 创新|新, 项|项目 may be a slip's.
	if (key.length === runOf.get(key)! + 2 && hasCommonWord(key.slice(1))) continue;
	const flagged = seen.windows.some((w) =>
		lint(w.line, seg, undefined, [repeatedCharsWithoutCorpus]).some((f) => f.start < w.at + w.len && f.end > w.at)
	);
	if (!flagged) continue;
	(key[0] === '<' ? left : right).push(key.slice(1));
}
const doc = {
	_comment:
		'Doublings published reports write the same way in at least 2 reports of ../shared/corpus/gov (all but the lint gov samples, held-out samples 3 and 4 included): names and ordinary Chinese, not slips (连云港港, 莫莫克, 行政村村村通, 我市市本级). left: one or two characters before the run + the run; right: the run + one or two characters after it (one only where the key holds no common word: 莫莫克, not 项项目). Only runs the lint would flag without this table. Built by scripts/lint-doubles.ts — do not edit by hand.',
	minReports: MIN_REPORTS,
	reports,
	left,
	right
};
writeFileSync(OUT, JSON.stringify(doc, null, '\t') + '\n');
console.log(`${reports} reports, ${keys.size} keys; kept ${left.length} left and ${right.length} right`);
