/**
 * Deterministic samples of ../shared/corpus/gov reports (city and provincial
 * folders) for measurements on text the rules were not written against: a
 * dev sample (may be tuned on) and a held-out sample (disjoint, never tuned on).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, type CorpusText } from './shared';

const GOV = join(SHARED, 'corpus', 'gov');

function allFiles(): string[] {
	const out: string[] = [];
	for (const a of readdirSync(GOV).sort()) {
		if (a.includes('国务院')) continue;
		for (const b of readdirSync(join(GOV, a)).sort()) {
			const p = join(GOV, a, b);
			if (statSync(p).isDirectory()) for (const c of readdirSync(p).sort()) if (c.endsWith('.md')) out.push(join(a, b, c));
		}
	}
	return out;
}

/** mulberry32 */
function rng(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Every file of ../shared/corpus/gov named in a fixture of the repository (labelled, hence seen). */
function namedInFixtures(files: string[]): Set<string> {
	const dir = new URL('../fixtures/', import.meta.url);
	const text = readdirSync(dir)
		.filter((f) => /\.(json|txt)$/.test(f))
		.map((f) => readFileSync(new URL(f, dir), 'utf8'))
		.join('\n');
	// The provincial 2025 reports are also ../shared/corpus/provincial-2025, on which the lint was tuned.
	const province2025 = (f: string) => /(?:省自治区\/[^/]+|\/(?:北京市|天津市|上海市|重庆市))\/2025\.md$/.test(f);
	return new Set(files.filter((f) => text.includes(f) || province2025(f)));
}

/**
 * `n` reports drawn with `seed`; the held-out sample (`split: 'heldout'`) skips
 * every file of the dev sample. `heldout2` (issue 12, round 2 of the
 * proofreading figures) was drawn before any tuning against it and skips both
 * earlier samples, every report named in a fixture, and the provincial 2025
 * reports (the same texts as corpus/provincial-2025).
 */
export function govSample(split: 'dev' | 'heldout' | 'heldout2', n = 40): CorpusText[] {
	const files = allFiles();
	const draw = (seed: number, skip: Set<string>) => {
		const rand = rng(seed);
		const pool = files.filter((f) => !skip.has(f));
		const picked: string[] = [];
		while (picked.length < n && pool.length) picked.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
		return picked;
	};
	const dev = draw(1212, new Set());
	const files2 =
		split === 'dev'
			? dev
			: split === 'heldout'
				? draw(4242, new Set(dev))
				: draw(5353, new Set([...dev, ...draw(4242, new Set(dev)), ...namedInFixtures(files)]));
	return files2.map((f) => {
		const year = Number(/(\d{4})/.exec(f.split('/').pop()!)?.[1]);
		return { name: f, year, region: f.split('/')[1], input: readFileSync(join(GOV, f), 'utf8') };
	});
}
