import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { decodeHtmlBytes, decodeTextBytes, NotTextError } from '../../src/lib/core/import/encoding';
import { importFile } from '../../src/lib/server/import/pipeline';
import { bytesOf, fixtures, removeDir, root, seedBody, seedText, tempDir } from './import-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
	const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
	if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
	return new Uint8Array(le);
}

describe('encoding detection on the seed reports', () => {
	const seeds = ['yuncheng-2024-gwr-excerpt', 'liaocheng-2024-gwr-excerpt', 'dongchangfu-2024-plan'];

	it('reads the GBK copy of a seed as GB18030 and gets the UTF-8 original back exactly', () => {
		const r = decodeTextBytes(bytesOf(join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt')));
		expect(r.encoding).toBe('gb18030');
		expect(r.text).toBe(seedText('yuncheng-2024-gwr-excerpt'));
	});

	it('reads the GB18030 copy (characters outside GBK) exactly', () => {
		const r = decodeTextBytes(bytesOf(join(fixtures, 'dongchangfu-2024-plan.gb18030.txt')));
		expect(r.encoding).toBe('gb18030');
		expect(r.text).toBe(seedText('dongchangfu-2024-plan'));
	});

	for (const id of seeds) {
		const text = seedText(id);
		it(`${id}: UTF-8 with and without BOM`, () => {
			expect(decodeTextBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
			expect(decodeTextBytes(utf8('\ufeff' + text))).toEqual({ text, encoding: 'utf-8', bom: true });
		});
		it(`${id}: UTF-16 LE and BE, with and without BOM`, () => {
			for (const be of [false, true]) {
				for (const bom of [false, true]) {
					const r = decodeTextBytes(utf16(text, be, bom));
					expect(r.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
					expect(r.bom).toBe(bom);
					expect(r.text).toBe(text);
				}
			}
		});
	}

	it('reads UTF-16 without BOM even when the text has no ASCII at all', () => {
		const body = seedBody('liaocheng-2024-gwr-excerpt').replace(/[\x00-\x7f]/g, '');
		expect(decodeTextBytes(utf16(body, false, false)).text).toBe(body);
		expect(decodeTextBytes(utf16(body, true, false)).text).toBe(body);
	});

	it('refuses binary data', () => {
		const png = readFileSync(join(root, 'static', 'favicon.svg')); // text, as a control
		expect(decodeTextBytes(new Uint8Array(png)).encoding).toBe('utf-8');
		const binary = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
		expect(() => decodeTextBytes(binary)).toThrow(NotTextError);
		try {
			decodeTextBytes(binary);
		} catch (e) {
			expect((e as NotTextError).reason).toBe('binary');
		}
	});

	it('follows an HTML page’s declared GBK charset', () => {
		const gbk = bytesOf(join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt'));
		const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><pre>');
		const tail = utf8('</pre></body></html>');
		const page = new Uint8Array([...head, ...gbk, ...tail]);
		const r = decodeHtmlBytes(page);
		expect(r.encoding).toBe('gb18030');
		expect(r.text).toContain(seedBody('yuncheng-2024-gwr-excerpt'));
	});
});

describe('importing a GBK-encoded report', () => {
	it('saves the same text and metadata as importing its UTF-8 original', async () => {
		const a = tempDir();
		const b = tempDir();
		try {
			const fromGbk = await importFile(bytesOf(join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt')), 'yuncheng.txt', { dir: a });
			const fromUtf8 = await importFile(utf8(seedText('yuncheng-2024-gwr-excerpt')), 'yuncheng.txt', { dir: b });
			expect(fromGbk.candidate.encoding).toBe('gb18030');
			expect(fromGbk.candidate.body).toBe(seedBody('yuncheng-2024-gwr-excerpt'));
			expect(fromGbk.candidate.body).toBe(fromUtf8.candidate.body);
			expect(fromGbk.candidate.meta).toEqual(fromUtf8.candidate.meta);
			expect(readFileSync(fromGbk.saved.file, 'utf8')).toBe(readFileSync(fromUtf8.saved.file, 'utf8'));
			// The front matter of the original is kept: its metadata wins over inference.
			expect(fromGbk.candidate.meta.region).toBe('运城市');
			expect(fromGbk.candidate.meta.province).toBe('山西省');
		} finally {
			removeDir(a);
			removeDir(b);
		}
	});
});
