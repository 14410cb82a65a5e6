/**
 * The reading views on every shared text report: the clean view shows
 * exactly the cleaned text, the removed view the whole input, every section
 * gets one anchor — on reports the repository has never seen.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { blockText, cleanView, removedView, type Inline, type ReadingBlock } from '../../src/lib/components/report/reading';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.DUIDU_SHARED ?? resolve(repo, '..', 'shared');
const dir = join(shared, 'corpus', 'national');
const files = existsSync(dir)
	? readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
	: [];

const all = (blocks: ReadingBlock[], include?: (p: Inline) => boolean) => blocks.map((b) => blockText(b, include)).join('');
function anchorCount(blocks: ReadingBlock[]): number {
	let n = 0;
	const walk = (parts: Inline[]) => parts.forEach((p) => p.t === 'runin' && (n++, walk(p.parts)));
	for (const b of blocks) {
		if (b.t === 'heading') n++;
		if (b.t !== 'removed') walk(b.parts);
	}
	return n;
}

describe('reading views on the shared national reports', () => {
	it('finds the shared corpus', () => {
		expect(files.length, `no reports under ${dir}; set DUIDU_SHARED`).toBeGreaterThanOrEqual(40);
	});
	for (const f of files) {
		it(f, () => {
			const input = readFileSync(join(dir, f), 'utf8');
			const report = parseReport(input);
			const clean = cleanView(report);
			const removed = removedView(report, input);
			expect(stripWhitespace(all(clean))).toBe(stripWhitespace(report.text));
			expect(stripWhitespace(all(removed))).toBe(stripWhitespace(input));
			expect(stripWhitespace(all(removed, (p) => p.t !== 'removed'))).toBe(stripWhitespace(report.text));
			expect(anchorCount(clean)).toBe(report.sections.length);
			expect(anchorCount(removed)).toBe(report.sections.length);
		});
	}
});
