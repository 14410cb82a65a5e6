// Draws a new gov sample for the proofreading lint's held-out measurement and pins its report list in
// tests/fixtures/gov-samples.json (issue 12, round 3). The draw skips every report of the earlier samples and every
// report named anywhere in the repository's tests/, docs/, scripts/, bench/, src/ and README.md — and, read only, in
// the other git worktrees beside it (their branches may land first). "Named" is conservative: a report's path, or its
// region's name (full, or without 省/市/自治区/自治州…) with its year within 60 characters after or 20 before.
// It never runs the lint and prints no finding: commit the list before anything measures on it.
// Usage: npx tsx scripts/eval/lint-samples.ts NAME SEED   (refuses to overwrite an existing sample)
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { govMarkdownFiles } from '../../tests/fixtures/gov-files';
import { sharedDir } from '../../tests/fixtures/figures-score';
import { mulberry32 } from '../../tests/fixtures/mulberry32';

const repo = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(repo, 'tests/fixtures/gov-samples.json');
const [name, seedArg] = process.argv.slice(2);
if (!name || !seedArg) throw new Error('usage: lint-samples.ts NAME SEED');

interface Sample {
	note: string;
	chars: number;
	files: string[];
}
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { about: string; samples: Record<string, Sample> };
if (fixture.samples[name]) throw new Error(`sample ${name} is pinned already: a sample never moves`);

/** Seeded, so the draw can be made again. */
const random = mulberry32(Number(seedArg));

/** All text of the places a report may be named in: this repository and the worktrees beside it. */
function namingText(): string {
	const roots = [repo, ...readdirSync(path.dirname(repo)).map((d) => path.join(path.dirname(repo), d))].filter(
		(r, i, a) => a.indexOf(r) === i && existsSync(path.join(r, '.git'))
	);
	const parts: string[] = [];
	const walk = (p: string) => {
		const base = path.basename(p);
		if (base === 'node_modules' || base.startsWith('.')) return;
		const st = statSync(p);
		if (st.isDirectory()) for (const f of readdirSync(p)) walk(path.join(p, f));
		else if (/\.(ts|js|mjs|py|json|md|txt|svelte|csv|tsv)$/.test(base) && st.size < 20e6) parts.push(readFileSync(p, 'utf8'));
	};
	for (const r of roots)
		for (const d of ['tests', 'docs', 'scripts', 'bench', 'src', 'README.md']) if (existsSync(path.join(r, d))) walk(path.join(r, d));
	console.error(`naming text: ${roots.length} worktrees, ${parts.length} files`);
	return [...new Set(parts)].join('\n');
}

const gov = path.join(sharedDir, 'corpus/gov');
const files = govMarkdownFiles(gov)
	.map((f) => path.relative(gov, f))
	.filter((f) => !f.startsWith('政府工作报告-国务院/'));
const yearOf = (f: string) => Number(/^(\d{4})/.exec(path.basename(f))?.[1]);
const text = namingText();

/** Region name variants → the years named near them. */
const named = new Set<string>();
const variants = (region: string) => {
	const short = region.replace(/(?:(?:壮族|回族|维吾尔)?自治区|自治州|省|市|地区|盟)$/, '');
	return [...new Set([region, short])].filter((v) => v.length >= 2);
};
for (const region of new Set(files.map((f) => f.split('/')[1]))) {
	for (const v of variants(region)) {
		for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
			const window = text.slice(Math.max(0, at - 20), at + v.length + 60);
			for (const m of window.matchAll(/(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)/g)) named.add(`${region}/${m[1]}`);
		}
	}
}
const earlier = new Set(Object.values(fixture.samples).flatMap((s) => s.files));
// The provincial 2025 reports are also ../shared/corpus/provincial-2025, on which the lint was tuned.
const province2025 = (f: string) => /^(?:政府工作报告-省自治区\/[^/]+|[^/]+\/(?:北京市|天津市|上海市|重庆市))\/2025/.test(f);
const pool = files.filter((f) => !earlier.has(f) && !province2025(f) && !named.has(`${f.split('/')[1]}/${yearOf(f)}`) && !text.includes(f));
console.error(`pool: ${pool.length} of ${files.length} reports (${earlier.size} in earlier samples, ${named.size} region-years named)`);

/** Strata: level × decade, so the sample mixes both (the corpus holds no city report before the 1990s, no other city before 2010). */
const STRATA: [folder: string, from: number, to: number, n: number][] = [
	['政府工作报告-省自治区', 1970, 1989, 3],
	['政府工作报告-省自治区', 1990, 1999, 4],
	['政府工作报告-省自治区', 2000, 2009, 4],
	['政府工作报告-省自治区', 2010, 2019, 3],
	['政府工作报告-省自治区', 2020, 2029, 3],
	['政府工作报告-主要城市', 1990, 1999, 2],
	['政府工作报告-主要城市', 2000, 2009, 4],
	['政府工作报告-主要城市', 2010, 2019, 4],
	['政府工作报告-主要城市', 2020, 2029, 4],
	['政府工作报告-其他地市', 2010, 2019, 6],
	['政府工作报告-其他地市', 2020, 2029, 7]
];
const picked: string[] = [];
const take = (cands: string[]) => picked.push(cands.splice(Math.floor(random() * cands.length), 1)[0]);
const strata = STRATA.map(([folder, from, to, n]) => {
	const cands = pool.filter((f) => f.startsWith(folder + '/') && yearOf(f) >= from && yearOf(f) <= to);
	for (let k = 0; k < n && cands.length; k++) take(cands);
	return cands;
});
const size = (f: string) => readFileSync(path.join(gov, f), 'utf8').length;
let chars = picked.reduce((a, f) => a + size(f), 0);
// At least 44 reports and 600,000 characters (a stratum may hold fewer than asked): more from the recent strata, in turn.
for (let k = 0; chars < 600_000 || picked.length < 44; k++) {
	const cands = strata[strata.length - 1 - (k % 4)];
	if (!cands.length) continue;
	take(cands);
	chars += size(picked[picked.length - 1]);
}
picked.sort();
fixture.samples[name] = {
	note: `drawn by scripts/eval/lint-samples.ts ${name} ${seedArg} before the lint ran on it (level × decade strata; skips the earlier samples and every report named in the repository or the worktrees beside it)`,
	chars,
	files: picked
};
writeFileSync(FIXTURE, JSON.stringify(fixture, null, '\t') + '\n');
console.log(`${name}: ${picked.length} reports, ${chars} characters`);
for (const f of picked) console.log(f);
