/**
 * The diff engine's output stays byte-identical while its speed work goes
 * on (issue 14): the full result of `diffReports` (units, pairs, segments,
 * rows, stats), the flat segments and the shared phrases of real pairs from
 * ../shared/corpus/gov, under the default options and with every option
 * off, hashed (SHA-256 of the JSON) and compared with the hashes recorded
 * before the engine changed (tests/fixtures/diff-identical.json).
 *
 * A change that is MEANT to alter the diff re-records them:
 * `DIFF_IDENTICAL_RECORD=1 npx vitest run --project corpus tests/corpus/diff-identical.test.ts`
 * (say so in the commit).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED } from './shared';
import { parseReport } from '../../src/lib/core/parse';
import { diffReports, flatSegments, sharedPhrasesOf } from '../../src/lib/core/diff/index';
import { segmenter as wordSegmenter } from '../../src/lib/core/segmenter';

const gov = join(SHARED, 'corpus', 'gov');
/** Year on year (national, province, city, prefecture), one across cities, one across decades. */
const PAIRS: [string, string][] = [
	['政府工作报告-国务院/2023.md', '政府工作报告-国务院/2024.md'],
	['政府工作报告-国务院/2019.md', '政府工作报告-国务院/2020.md'],
	['政府工作报告-省自治区/四川省/2022.md', '政府工作报告-省自治区/四川省/2023.md'],
	['政府工作报告-省自治区/吉林省/2020.md', '政府工作报告-省自治区/吉林省/2021.md'],
	['政府工作报告-主要城市/上海市/2024.md', '政府工作报告-主要城市/上海市/2025.md'],
	['政府工作报告-主要城市/东莞市/2018.md', '政府工作报告-主要城市/东莞市/2019.md'],
	['政府工作报告-其他地市/三亚市/2021.md', '政府工作报告-其他地市/三亚市/2022.md'],
	['政府工作报告-其他地市/东营市/2021.md', '政府工作报告-其他地市/东营市/2022.md'],
	['政府工作报告-主要城市/上海市/2023.md', '政府工作报告-其他地市/东营市/2022.md'],
	['政府工作报告-国务院/2005.md', '政府工作报告-国务院/2024.md']
];
const OFF = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreNumberFormat: false };

const fixture = fileURLToPath(new URL('../fixtures/diff-identical.json', import.meta.url));
const record = process.env.DIFF_IDENTICAL_RECORD === '1';
const recorded: Record<string, string> = existsSync(fixture) ? JSON.parse(readFileSync(fixture, 'utf8')) : {};
const segmenter = wordSegmenter();
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

describe('the diff engine: byte-identical output on real pairs', () => {
	for (const [fa, fb] of PAIRS) {
		for (const [name, options] of [
			['default', {}],
			['options off', OFF]
		] as const) {
			const key = `${fa} → ${fb} (${name})`;
			it(
				key,
				() => {
					const a = parseReport(readFileSync(join(gov, fa), 'utf8'));
					const b = parseReport(readFileSync(join(gov, fb), 'utf8'));
					const r = diffReports({ report: a }, { report: b }, { options, segmenter });
					const hash = sha([r, flatSegments(r, a.text, b.text), sharedPhrasesOf(r, a.text, b.text)]);
					if (record) recorded[key] = hash;
					else expect(hash).toBe(recorded[key]);
				},
				60_000
			);
		}
	}
	it.runIf(record)('records the hashes', () => writeFileSync(fixture, JSON.stringify(recorded, null, '\t') + '\n'));
});
