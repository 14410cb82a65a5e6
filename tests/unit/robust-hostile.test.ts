/**
 * Hostile and careless input (issue 13): every case here once crashed or
 * froze the server. Bounds are generous (they guard against hangs, they do
 * not measure speed: `npm run bench -- linear` does).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseReport, inputMinusRemoved } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { diffReports, sideText } from '../../src/lib/core/diff/index';
import { intlSegmenter } from '../../src/lib/core/segmenter/base';
import { prepareImport } from '../../src/lib/server/import/pipeline';
import { checkZipExpansion } from '../../src/lib/server/import/inflate-limit';
import { ImportRefusal } from '../../src/lib/server/import/refusal';
import { fixtures, removeDir, root, tempDir } from './import-helpers';

const seed = readFileSync(join(root, 'reports', 'liaocheng-2020-gwr.txt'), 'utf8');

function timed<T>(f: () => T): { value: T; ms: number } {
	const t0 = performance.now();
	const value = f();
	return { value, ms: performance.now() - t0 };
}

/** The lossless invariant: the text is the input minus what was removed (whitespace aside). */
function expectLossless(input: string) {
	const r = parseReport(input);
	expect(stripWhitespace(inputMinusRemoved(input, r.removed))).toBe(stripWhitespace(r.text));
	for (const p of r.pieces) expect(r.text.slice(p.outStart, p.outStart + p.length)).toBe(input.slice(p.inStart, p.inStart + p.length));
	return r;
}

describe('parse: hostile input stays linear and lossless', () => {
	it('a line of nothing but markup and a byte-order mark (**\ufeff****, found by the property test) parses and stays lossless', () => {
		for (const input of ['**\ufeff****', '二、\u2028********  **', '一、总体要求\n\n**\u200b**\n\n我们要坚持发展。']) {
			const r = expectLossless(input);
			expect(r.text).not.toMatch(/\*/);
		}
		expect(expectLossless('一、总体要求\n\n**\u200b**\n\n我们要坚持发展。').text).toContain('我们要坚持发展。');
	});

	it('`**好**` × 200,000 (once O(cuts²) in mapIn and trimToKept, and a RangeError)', () => {
		const input = '**好**'.repeat(200_000);
		const { value: r, ms } = timed(() => expectLossless(input));
		expect(r.text).toBe('好'.repeat(200_000));
		expect(ms).toBeLessThan(60_000);
	}, 120_000);

	it('`**` × 300,000 with nothing between: all markup, no crash', () => {
		const r = expectLossless('前言' + '**'.repeat(300_000) + '结束。');
		expect(r.text).toBe('前言结束。');
	}, 120_000);

	it('a 1,000,000-space run inside a sentence, through parse and the diff', () => {
		const a = parseReport(`我们要继续${' '.repeat(1_000_000)}推进改革。其他内容。`);
		const b = parseReport('我们要继续推进改革。其他内容。');
		const { ms } = timed(() => diffReports({ report: a }, { report: b }, { segmenter: intlSegmenter }));
		expect(ms).toBeLessThan(20_000);
	}, 120_000);

	it('an 8,000-row statistics table joined into one paragraph', () => {
		const rows = Array.from({ length: 8000 }, (_, i) => `| 指标${i} | ${i}.5 | 增长${i % 10}% |`).join('\n');
		const { value: r, ms } = timed(() => expectLossless(`表1 主要指标\n\n${rows}\n`));
		expect(r.text.length).toBeGreaterThan(150_000);
		expect(ms).toBeLessThan(20_000);
	}, 120_000);

	it('30 copies of a report (once 711 MB): linear in time and memory', () => {
		const input = Array(30).fill(seed).join('\n\n');
		const { value: r, ms } = timed(() => expectLossless(input));
		expect(r.paragraphs.length).toBeGreaterThan(30 * 40);
		expect(ms).toBeLessThan(30_000);
	}, 120_000);

	it('CR-only, NEL and U+2028 line endings split lines like LF', () => {
		// The body: front matter is read by frontmatter.ts, which wants LF or CRLF.
		const body = seed.replace(/^---\n[\s\S]*?\n---\n/, '');
		const lf = parseReport(body);
		expect(lf.paragraphs.length).toBeGreaterThan(40);
		for (const br of ['\r', '\r\n', '\u0085', '\u2028', '\u2029']) {
			const r = expectLossless(body.replace(/\n/g, br));
			expect(r.paragraphs.length).toBe(lf.paragraphs.length);
			expect(r.sections.map((s) => s.heading)).toEqual(lf.sections.map((s) => s.heading));
		}
	}, 120_000);

	it('`在` × 1,000,000 and 10,000 nested headings do not hang', () => {
		const { ms } = timed(() => parseReport('在'.repeat(1_000_000)));
		expect(ms).toBeLessThan(60_000);
		const nested = Array.from({ length: 10_000 }, (_, i) => `${'一二三四五六七八九'[i % 9]}、标题${i}\n\n（一）小标题\n\n正文内容。`).join(
			'\n'
		);
		const t = timed(() => parseReport(nested));
		expect(t.value.paragraphs.length).toBe(10_000);
		expect(t.ms).toBeLessThan(60_000);
	}, 150_000);
});

describe('diff: hostile input', () => {
	it('two long unpunctuated texts (mojibake, tables): the word diff is bounded and still tiles both texts', () => {
		let seedN = 7;
		const rnd = () => (seedN = (seedN * 1103515245 + 12345) % 2147483648) / 2147483648;
		const A = Array.from({ length: 40_000 }, () => String.fromCharCode(0x4e00 + Math.floor(rnd() * 300))).join('');
		const B = [...A].map((c, i) => (i % 7 === 0 ? String.fromCharCode(0x4e00 + Math.floor(rnd() * 300)) : c)).join('');
		const a = parseReport(A);
		const b = parseReport(B);
		// Once 151 s with jieba (O(n·d) Myers without a bound).
		const { value: r, ms } = timed(() => diffReports({ report: a }, { report: b }, { segmenter: intlSegmenter }));
		expect(sideText(r, 'a', a.text)).toBe(a.text);
		expect(sideText(r, 'b', b.text)).toBe(b.text);
		expect(ms).toBeLessThan(30_000);
	}, 120_000);
});

describe('zip bombs: limits apply to what a .docx expands to', () => {
	let dir: string;
	beforeEach(() => {
		dir = tempDir();
	});
	afterEach(() => removeDir(dir));

	async function docxWith(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
		const zip = await JSZip.loadAsync(readFileSync(join(fixtures, 'liaocheng-gwr-2023.docx')));
		for (const [name, data] of Object.entries(files)) zip.file(name, data);
		return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
	}

	async function refused(p: Promise<unknown>): Promise<ImportRefusal> {
		try {
			await p;
		} catch (e) {
			expect(e).toBeInstanceOf(ImportRefusal);
			return e as ImportRefusal;
		}
		throw new Error('expected a refusal');
	}

	it('a small .docx expanding to 80 MB is refused at the default limit, having inflated at most the limit', async () => {
		const bomb = await docxWith({ 'word/media/zeros.bin': new Uint8Array(80 * 1024 * 1024) });
		expect(bomb.length).toBeLessThan(200 * 1024);
		const before = process.memoryUsage().rss;
		const r = await refused(prepareImport(bomb, 'bomb.docx', { dir }));
		expect(r.code).toBe('too-large-expanded');
		expect(r.message).toMatch(/bomb\.docx: unpacked, the document is larger than 60\.0 MB/);
		expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
	}, 120_000);

	it('expanded XML over 3× the size limit is refused; text over half the limit in characters too', async () => {
		const xml = (text: string) =>
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
		const big = await docxWith({ 'word/document.xml': xml('发展经济。'.repeat(300_000)) });
		const r = await refused(prepareImport(big, 'big.docx', { dir, maxBytes: 1024 * 1024 }));
		expect(r.code).toBe('too-large-expanded');
		const long = await docxWith({ 'word/document.xml': xml('发展经济。'.repeat(120_000)) });
		const t = await refused(prepareImport(long, 'long.docx', { dir, maxBytes: 1024 * 1024 }));
		expect(t.code).toBe('too-large-expanded');
		expect(t.message).toMatch(/text is longer than 524,288 characters/);
		// Under the limits, the same kind of file imports.
		const ok = await docxWith({ 'word/document.xml': xml('发展经济。'.repeat(1000)) });
		const c = await prepareImport(ok, 'ok.docx', { dir, maxBytes: 1024 * 1024 });
		expect(c.body).toContain('发展经济。发展经济。');
	}, 120_000);

	it('checkZipExpansion counts what members really inflate to, not what the directory claims', async () => {
		const zip = new JSZip();
		zip.file('a.xml', 'x'.repeat(5000));
		const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
		expect(checkZipExpansion(bytes, 10_000)).toBe(5000);
		expect(() => checkZipExpansion(bytes, 4000)).toThrow(/expands to more than/);
		// Lie in the central directory: claim 10 bytes uncompressed.
		const lying = bytes.slice();
		const view = new DataView(lying.buffer);
		for (let o = lying.length - 22; o >= 0; o--) {
			if (view.getUint32(o, true) === 0x02014b50) {
				view.setUint32(o + 24, 10, true);
				break;
			}
		}
		expect(() => checkZipExpansion(lying, 4000)).toThrow(/expands to more than/);
	});
});
