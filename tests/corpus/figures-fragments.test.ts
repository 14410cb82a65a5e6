/**
 * No fragment names (issue 12): over every 15th report of ../shared/corpus/gov
 * (every level and decade, ~190 reports, ~37,000 figures), no figure's
 * indicator is a bare function word or verb left of a clause (由, 从, 在, 居,
 * 平均, 突破, 先后 … — `fragments` in figure-indicators.json), ends in a
 * digit (粮食产量达到4925; codes such as PM2.5 are names, 增加4.2 of `增加4.2和4.7平方米`), or starts with
 * 的, 等 or a list separator (的行政村, 等政策文件). The held-out reports of
 * figures-indicators.json are left out, so this test never shows their output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import data from '../../src/lib/core/data/figure-indicators.json';
import { loadIndicatorLabels } from '../fixtures/figures-indicator-score';
import { sharedDir } from '../fixtures/figures-score';
import { govMarkdownFiles } from '../fixtures/gov-files';

const root = path.join(sharedDir, 'corpus/gov');
const files = govMarkdownFiles(root);
const heldout = new Set(
	loadIndicatorLabels()
		.filter((l) => l.split === 'heldout')
		.map((l) => path.join(sharedDir, l.report))
);
const FRAGMENT = new Set(data.fragments);
/** A name that is a fragment: a function word, a trailing number (not a code such as PM2.5), a leading 的/等/separator (等级公路 is a word). */
const isFragmentName = (s: string) =>
	FRAGMENT.has(s) || (/[0-9０-９]$/.test(s) && !/[A-Za-z][\d.]*$/.test(s)) || /^(?:的|等(?!级)|[、，,])/.test(s);

describe('no fragment names on real reports', () => {
	it('every 15th report of ../shared/corpus/gov: no indicator is a fragment or ends in a digit', () => {
		const bad: string[] = [];
		let figures = 0;
		let reports = 0;
		for (let i = 0; i < files.length; i += 15) {
			if (heldout.has(files[i])) continue;
			const input = readFileSync(files[i], 'utf8');
			for (const f of extractFigures(parseReport(input), input, { topicOf: () => null })) {
				figures++;
				if (isFragmentName(f.indicator)) bad.push(`${path.relative(root, files[i])}: ${f.raw} «${f.indicator}»`);
			}
			reports++;
		}
		console.log(`${reports} reports, ${figures} figures, ${bad.length} fragment names`);
		expect(reports).toBeGreaterThan(150);
		expect(figures).toBeGreaterThan(20000);
		expect(bad).toEqual([]);
	}, 300_000);
});
