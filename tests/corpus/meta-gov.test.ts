/**
 * Metadata on every report of ../shared/corpus/gov: the year and region the
 * parser infers from the text, against the collection's own layout
 * (`FOLDER/REGION/YEAR.md`, YEAR being the report's own year). Not blind —
 * the layout is the label — and nothing is held out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { duplicateReports } from '../../src/lib/core/meta';
import { mergeMeta } from '../../src/lib/core/corpus/path';
import { SHARED } from './shared';

const root = join(SHARED, 'corpus', 'gov');

function* reports() {
	for (const folder of readdirSync(root)) {
		const fdir = join(root, folder);
		const regions = folder.includes('国务院') ? [['中华人民共和国', fdir]] : readdirSync(fdir).map((r) => [r, join(fdir, r)]);
		for (const [region, dir] of regions)
			for (const f of readdirSync(dir)) if (f.endsWith('.md')) yield { region, year: Number(f.slice(0, 4)), path: join(dir, f) };
	}
}

describe('metadata of ../shared/corpus/gov', () => {
	it('year and region agree with the collection’s layout', () => {
		let n = 0;
		let year = 0;
		let region = 0;
		let withPathYear = 0;
		let withPathRegion = 0;
		let speaker = 0;
		const entries: { id: string; meta: ReturnType<typeof mergeMeta> }[] = [];
		for (const r of reports()) {
			const m = parseReport(readFileSync(r.path, 'utf8').slice(0, 4000)).meta;
			const merged = mergeMeta(m, {}, r.path);
			n++;
			if (m.year === r.year) year++;
			if (m.region === r.region) region++;
			if (merged.year === r.year) withPathYear++;
			if (merged.region === r.region) withPathRegion++;
			if (merged.speaker) speaker++;
			entries.push({ id: r.path.slice(root.length + 1), meta: merged });
		}
		const dups = duplicateReports(entries);
		console.log(
			`gov metadata: ${n} reports; from the text: year ${(year / n).toFixed(3)}, region ${(region / n).toFixed(3)}; with the file name as a fallback: year ${(withPathYear / n).toFixed(3)}, region ${(withPathRegion / n).toFixed(3)}; speaker named ${(speaker / n).toFixed(3)}; ${dups.length} region+year+kind groups claimed twice`
		);
		expect(year / n).toBeGreaterThanOrEqual(0.97);
		expect(region / n).toBeGreaterThanOrEqual(0.95);
		expect(withPathYear / n).toBeGreaterThanOrEqual(0.99);
		expect(withPathRegion / n).toBeGreaterThanOrEqual(0.98);
	});
});

describe('speakers of the national reports (issue 12)', () => {
	it('every national report of 2014–2023 names 李克强, in corpus/gov and corpus/national alike', () => {
		const found: string[] = [];
		const expected: string[] = [];
		for (const dir of [join(root, '政府工作报告-国务院'), join(SHARED, 'corpus', 'national')]) {
			for (const f of readdirSync(dir).sort()) {
				const year = Number(f.slice(0, 4));
				if (!/^\d{4}\.(md|txt)$/.test(f) || year < 2014 || year > 2023) continue;
				const path = join(dir, f);
				expected.push(path);
				if (mergeMeta(parseReport(readFileSync(path, 'utf8')).meta, {}, path).speaker === '李克强') found.push(path);
			}
		}
		// corpus/gov has 2014, 2015, 2017–2023 (9); corpus/national 2014, 2015, 2017–2019, 2021–2023 (8).
		expect(expected.length).toBeGreaterThanOrEqual(17);
		expect(found).toEqual(expected);
	});
});
