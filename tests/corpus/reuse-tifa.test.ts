/**
 * 提法 shifts and reuse across levels against the blind hand labels
 * (tests/fixtures/tifa-labels.json, reuse-labels.json) on ../shared/corpus/gov.
 * The bounds are the measured figures (docs/reuse.md), so a regression shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { tifaShifts } from '../../src/lib/core/rhetoric/tifa';
import { folderCorpus, sourcesOf } from '../../src/lib/server/reuse';
import { SHARED } from './shared';

const GOV = join(SHARED, 'corpus', 'gov');
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('提法 shifts on the national series', () => {
	const load = (y: number) => parseReport(readFileSync(join(GOV, '政府工作报告-国务院', `${y}.md`), 'utf8'));
	const near = (x: string, y: string) => x.includes(y) || y.includes(x);

	it('finds at least 6 of the 10 hand-labelled modifier shifts (2021→2022, 2023→2024)', () => {
		let found = 0;
		let total = 0;
		for (const p of fixture('tifa-labels.json').pairs) {
			const shifts = tifaShifts(load(p.a), load(p.b));
			for (const l of p.shifts.filter((s: { modifierShift: boolean }) => s.modifierShift)) {
				total++;
				if (shifts.some((x) => near(x.a.phrase, l.a) && near(x.b.phrase, l.b))) found++;
			}
		}
		expect(total).toBe(10);
		expect(found).toBeGreaterThanOrEqual(6);
	});

	it('lists 坚决遏制 → 有效遏制 as weaker, both sentences quoted', () => {
		const s = tifaShifts(load(2021), load(2022)).find((x) => x.object === '重特大事故发生');
		expect(s).toMatchObject({ class: 'weaker', a: { phrase: '坚决遏制重特大事故发生' }, b: { phrase: '有效遏制重特大事故发生' } });
		expect(s!.b.sentence).toContain('有效遏制重特大事故发生');
	});
});

describe('reuse across levels on city–province–national triples', () => {
	const corpus = folderCorpus(GOV);
	it('finds at least half of the hand-labelled reused sentences of the held-out triples, each from the right level', () => {
		let found = 0;
		let total = 0;
		for (const t of fixture('reuse-labels.json').triples.filter((t: { split: string }) => t.split === 'held-out')) {
			const r = sourcesOf(corpus, `${t.city}-${t.year}`);
			const p = corpus.parsed(`${t.city}-${t.year}`)!;
			const sents = p.sentences.map((s) => p.text.slice(s.textStart, s.textEnd));
			for (const l of t.reused) {
				const i = sents.findIndex((s) => s.includes(l.q));
				expect(i).toBeGreaterThanOrEqual(0);
				total++;
				const levels = new Set(r.passages.filter((x) => x.sentence === i).map((x) => r.sources.find((s) => s.id === x.source)!.relation));
				if (l.from.some((f: string) => levels.has(f as 'province' | 'national'))) found++;
			}
		}
		expect(total).toBe(27);
		expect(found / total).toBeGreaterThanOrEqual(0.5);
	});
});
