/**
 * Figures get their topic from the topic classifier: taxonomy ids, the same
 * as the passage the figure sits in, and the same in the app (corpus store)
 * and in the CLI.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { classifyReport, defaultTaxonomy, topicOfOffset } from '../../src/lib/core/topics/index';
import { CorpusStore } from '../../src/lib/server/corpus';
import { figuresOf } from '../../src/lib/server/figures';

const root = new URL('../../', import.meta.url).pathname;
const read = (id: string) => readFileSync(new URL(`reports/${id}.txt`, new URL('../../', import.meta.url)), 'utf8');
const ids = new Set(defaultTaxonomy.topics.map((t) => t.id));

describe('figure topics come from the topic classifier', () => {
	const input = read('liaocheng-2020-gwr');
	const report = parseReport(input);
	const figures = extractFigures(report, input);
	const topics = classifyReport(report);

	it('every figure has a taxonomy id, the topic of its passage', () => {
		expect(figures.length).toBeGreaterThan(100);
		for (const f of figures) {
			expect(ids.has(f.topic!)).toBe(true);
			expect(f.topic).toBe(topicOfOffset(topics, report, f.textStart));
		}
		// Roads and heating are urban; the figures of a report are not all one topic.
		expect(figures.find((f) => f.raw === '105 条')?.topic).toBe('urban');
		expect(new Set(figures.map((f) => f.topic)).size).toBeGreaterThanOrEqual(6);
	});

	it('the app (cached store) and the CLI give every figure the same topic', async () => {
		const store = await new CorpusStore({ dirs: [`${root}reports`], cacheDir: null }).load();
		const app = figuresOf(store, 'liaocheng-2024-gwr-excerpt')!;
		const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'figures', 'liaocheng-2024-gwr-excerpt', '--json'], {
			cwd: root,
			encoding: 'utf8'
		});
		const cli = JSON.parse(out).figures as { start: number; topic: string }[];
		expect(cli.map((f) => [f.start, f.topic])).toEqual(app.map((f) => [f.start, f.topic]));
		expect(app.find((f) => f.raw === '4.6万人')?.topic).toBe('livelihood');
		expect(app.find((f) => f.raw === '59条')?.topic).toBe('urban');
	});
});
