/**
 * Learn more terms for each matter from the corpus: a word that keeps company
 * with a matter's hand-written seed terms (src/lib/core/data/matters.json)
 * across the paragraphs of real reports names the same matter (职业技能 goes
 * with 就业/稳岗, 扬尘 with 大气污染). Candidates are the 2–4 character words
 * of src/lib/core/data/lexicon.json (jieba's dictionary) with a frequency
 * ≥ 20 that are no seed term. Each paragraph (line of ≥ 20 characters) of every report in
 * ../shared/corpus/gov is scanned longest match first over seeds and
 * candidates. A candidate joins matter m when
 *   - it is in at least MIN_DF and at most MAX_DF paragraphs (rarer is noise, commoner is generic),
 *   - P(m | word) ≥ MIN_SHARE: most of its paragraphs also hold a seed of m,
 *   - lift = P(m | word) / P(m) ≥ MIN_LIFT: far more than chance,
 *   - and m is its best matter;
 * at most PER_MATTER per matter, the most frequent first. Reproducible: same
 * corpus, same seeds, same file. The bar (MIN_SHARE, MIN_LIFT, MAX_DF, PER env
 * variables to try others) was chosen on the dev labels only (docs/compare.md).
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/matter-terms.ts
 * Writes src/lib/core/data/matter-terms.json; then run scripts/matter-weights.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mattersData from '../src/lib/core/data/matters.json';
import lexicon from '../src/lib/core/data/lexicon.json';
import { lexiconWords } from './lib/lexicon-words';
import { repoRoot, sharedDir } from '../tests/corpus/topics-eval';

const MIN_DF = 40;
const MAX_DF = Number(process.env.MAX_DF ?? 1500);
const MIN_SHARE = Number(process.env.MIN_SHARE ?? 0.8);
const MIN_LIFT = Number(process.env.MIN_LIFT ?? 12);
const PER_MATTER = Number(process.env.PER ?? 8);

const matters = (mattersData as { matters: { id: string; terms: string[] }[] }).matters;
const seedOf = new Map<string, string>();
for (const m of matters) for (const t of m.terms) seedOf.set(t, m.id);
const candidates = new Set<string>();
for (const { word: w, freq } of lexiconWords(lexicon))
	if (freq >= 20 && /^\p{Script=Han}{2,4}$/u.test(w) && !seedOf.has(w)) candidates.add(w);
// Longest match over seeds and candidates together, so a seed is not counted
// as a shorter candidate inside it, nor a candidate inside a longer seed.
const maxLen = Math.max(4, ...[...seedOf.keys()].map((t) => t.length));

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir).sort()) {
		const p = path.join(dir, name);
		if (statSync(p).isDirectory()) yield* files(p);
		else if (name.endsWith('.md')) yield p;
	}
}

// The counts take minutes; MATTER_TERMS_STATS=FILE keeps them between runs (to try other bars).
const statsFile = process.env.MATTER_TERMS_STATS;
let df = new Map<string, number>();
let co = new Map<string, Map<string, number>>();
let mdf = new Map<string, number>();
let n = 0;
if (statsFile && existsSync(statsFile)) {
	const s = JSON.parse(readFileSync(statsFile, 'utf8'));
	[df, mdf, n] = [new Map(s.df), new Map(s.mdf), s.n];
	co = new Map((s.co as [string, [string, number][]][]).map(([w, row]) => [w, new Map(row)]));
} else
	for (const file of files(path.join(sharedDir, 'corpus', 'gov'))) {
		for (const line of readFileSync(file, 'utf8').split('\n')) {
			if (line.trim().length < 20) continue;
			n++;
			const ms = new Set<string>();
			const ws = new Set<string>();
			for (let i = 0; i < line.length;) {
				let hit = 0;
				for (let len = Math.min(maxLen, line.length - i); len >= 2 && !hit; len--) {
					const s = line.slice(i, i + len);
					const m = seedOf.get(s);
					if (m) ms.add(m);
					else if (candidates.has(s)) ws.add(s);
					else continue;
					hit = len;
				}
				i += hit || 1;
			}
			for (const m of ms) mdf.set(m, (mdf.get(m) ?? 0) + 1);
			for (const w of ws) {
				df.set(w, (df.get(w) ?? 0) + 1);
				if (!ms.size) continue;
				let row = co.get(w);
				if (!row) co.set(w, (row = new Map()));
				for (const m of ms) row.set(m, (row.get(m) ?? 0) + 1);
			}
		}
	}

if (statsFile && !existsSync(statsFile))
	writeFileSync(statsFile, JSON.stringify({ n, df: [...df], mdf: [...mdf], co: [...co].map(([w, row]) => [w, [...row]]) }));

const picked = new Map<string, { term: string; df: number; share: number; lift: number }[]>();
for (const [w, row] of co) {
	const d = df.get(w)!;
	if (d < MIN_DF || d > MAX_DF) continue;
	let best: [string, number] | null = null;
	for (const [m, c] of row) if (!best || c > best[1] || (c === best[1] && m < best[0])) best = [m, c];
	const share = best![1] / d;
	const lift = share / (mdf.get(best![0])! / n);
	if (share < MIN_SHARE || lift < MIN_LIFT) continue;
	const list = picked.get(best![0]) ?? [];
	list.push({ term: w, df: d, share, lift });
	picked.set(best![0], list);
}
const terms: Record<string, string[]> = {};
const detail: string[] = [];
for (const m of matters) {
	const list = (picked.get(m.id) ?? []).sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1)).slice(0, PER_MATTER);
	if (!list.length) continue;
	terms[m.id] = list.map((x) => x.term);
	detail.push(`${m.id}: ${list.map((x) => `${x.term}(${x.df},${x.share.toFixed(2)},×${x.lift.toFixed(0)})`).join(' ')}`);
}
const out = {
	about: `Terms learned for each matter from the corpus by scripts/matter-terms.ts (do not edit by hand): words of the lexicon (frequency ≥ 20) found in ${MIN_DF}–${MAX_DF} of the ${n} paragraphs of ../shared/corpus/gov, ≥ ${MIN_SHARE * 100}% of them beside a seed term of the matter (matters.json) and ≥ ${MIN_LIFT}× more often than chance; at most ${PER_MATTER} per matter, the most frequent first. They count as the matter's terms beside the seeds.`,
	bar: { minDf: MIN_DF, maxDf: MAX_DF, minShare: MIN_SHARE, minLift: MIN_LIFT, perMatter: PER_MATTER },
	terms
};
writeFileSync(path.join(repoRoot, 'src/lib/core/data/matter-terms.json'), JSON.stringify(out, null, '\t') + '\n');
console.log(detail.join('\n'));
console.log(
	`${Object.values(terms).flat().length} terms for ${Object.keys(terms).length} matters over ${n} paragraphs (${candidates.size} candidates)`
);
