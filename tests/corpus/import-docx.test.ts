/**
 * All 23 provincial .docx in ../shared/corpus import with every paragraph
 * kept, region and year inferred, and the parser lossless on the result.
 * Paragraphs are checked against the document's own word/document.xml, not
 * against the extractor, so a dropped paragraph cannot hide.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { importFile } from '../../src/lib/server/import/pipeline';
import { provinceFullName } from '../../src/lib/core/import/meta';
import { inputMinusRemoved, parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.DUIDU_SHARED ?? resolve(root, '..', 'shared');
const dir = join(shared, 'corpus', 'provincial-2025');
const manifest: { file: string; region: string; year: number }[] = JSON.parse(
	readFileSync(join(shared, 'corpus', 'manifest.json'), 'utf8')
);
const files = existsSync(dir)
	? readdirSync(dir)
			.filter((f) => f.endsWith('.docx'))
			.sort()
	: [];
const out = mkdtempSync(join(tmpdir(), 'duidu-import-corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function xmlText(s: string): string {
	return s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&amp;/g, '&');
}

/** The text of each <w:p> in word/document.xml, read directly from the XML. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = await zip.file('word/document.xml')!.async('string');
	const paras: string[] = [];
	for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
		const t = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
			.map((x) => (x[1] !== undefined ? xmlText(x[1]) : '\t'))
			.join('');
		paras.push(t);
	}
	return paras;
}

describe('importing the 23 provincial 2025 reports (.docx)', () => {
	it('finds them', () => expect(files.length).toBe(23));

	for (const f of files) {
		it(f, async () => {
			const bytes = new Uint8Array(readFileSync(join(dir, f)));
			const { candidate, saved } = await importFile(bytes, f, { dir: out });
			const expected = manifest.find((m) => m.file === `provincial-2025/${f}`)!;

			// Region and year inferred (the manifest's short names, 宁夏, are saved in full).
			expect(candidate.meta.region).toBe(provinceFullName(expected.region) ?? expected.region);
			expect(candidate.meta.year).toBe(expected.year);
			expect(candidate.meta.level).toBe('provincial');
			expect(candidate.meta.kind).toBe('gwr');

			// Every non-empty paragraph of the document is its own paragraph in the saved text, in order.
			const file = readFileSync(saved.file, 'utf8');
			const body = file.slice(file.indexOf('\n---\n') + 5);
			const savedParas = body
				.split('\n\n')
				.map((p) => stripWhitespace(p))
				.filter(Boolean);
			const docParas = (await docxParagraphs(bytes)).map((p) => stripWhitespace(p)).filter(Boolean);
			expect(savedParas).toEqual(docParas);

			// The parser is lossless on the imported file, and all of it reaches text or removed.
			const parsed = parseReport(file);
			expect(stripWhitespace(inputMinusRemoved(file, parsed.removed))).toBe(stripWhitespace(parsed.text));
			expect(parsed.sections.filter((s) => s.level === 1).length).toBeGreaterThanOrEqual(2);
			expect(parsed.meta.region).toBe(candidate.meta.region);
		});
	}

	it('the corpus store reads a .docx placed in a corpus directory the same way', async () => {
		const { CorpusStore } = await import('../../src/lib/server/corpus');
		const store = await new CorpusStore({ dirs: [dir], cacheDir: null }).load();
		expect(store.problems).toEqual([]);
		expect(store.list().length).toBe(23);
		const imported = readFileSync(join(out, '山东省-2025-gwr.txt'), 'utf8');
		expect(imported.endsWith(store.input('山东省')!)).toBe(true);
	});
});
