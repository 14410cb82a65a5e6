import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { importFile, prepareImport, saveImport } from '../../src/lib/server/import/pipeline';
import { ImportRefusal } from '../../src/lib/server/import/refusal';
import { importCommand } from '../../src/cli/commands/import';
import type { Io } from '../../src/cli/io';
import { writePdf } from '../../scripts/lib/minimal-pdf.js';
import { bytesOf, fixtures, listing, removeDir, root, seedText, tempDir } from './import-helpers';

let dir: string;
beforeEach(() => {
	dir = tempDir();
});
afterEach(() => removeDir(dir));

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(p: Promise<unknown>): Promise<ImportRefusal> {
	try {
		await p;
	} catch (e) {
		expect(e).toBeInstanceOf(ImportRefusal);
		return e as ImportRefusal;
	}
	throw new Error('expected the import to be refused');
}

/** A refused import leaves the directory exactly as it was: no report, no temp file. */
async function expectRefused(bytes: Uint8Array, name: string, code: string, message: RegExp, opts: Record<string, unknown> = {}) {
	const before = listing(dir);
	const r = await refusal(importFile(bytes, name, { dir, ...opts }));
	expect(r.code).toBe(code);
	expect(r.message).toMatch(message);
	expect(listing(dir)).toEqual(before);
	return r;
}

describe('refusals: nothing is written', () => {
	it('an empty file', async () => {
		await expectRefused(new Uint8Array(0), 'empty.txt', 'empty', /^empty\.txt: the file is empty \(0 bytes\)$/);
		await expectRefused(new Uint8Array(0), 'empty.docx', 'empty', /empty/);
	});

	it('a file with nothing but whitespace', async () => {
		await expectRefused(utf8(' \n\u3000\n\n'), 'blank.txt', 'no-text', /no text found/);
	});

	it('an unsupported file type, with a hint for old .doc files', async () => {
		await expectRefused(utf8('hello'), 'table.xlsx', 'unsupported', /unsupported file type "\.xlsx".*supported: \.docx \.pdf/);
		await expectRefused(utf8('hello'), 'old.doc', 'unsupported', /save it as \.docx/);
		await expectRefused(utf8('hello'), 'noext', 'unsupported', /\(no extension\)/);
	});

	it('binary data named .txt', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		await expectRefused(png, 'report.txt', 'binary', /binary data, not text: this is a PNG image/);
		const noise = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
		await expectRefused(noise, 'noise.md', 'binary', /binary data, not text/);
		await expectRefused(bytesOf(join(fixtures, 'liaocheng-2024-excerpt.pdf')), 'misnamed.txt', 'binary', /this is a PDF/);
	});

	it('a .docx that is not a zip, and a zip without a Word document inside', async () => {
		await expectRefused(
			utf8(seedText('yuncheng-2024-gwr-excerpt')),
			'fake.docx',
			'invalid-docx',
			/not a valid Word document \(\.docx\): the file is not a zip archive/
		);
		const zip = new JSZip();
		zip.file('word/styles.xml', '<w:styles/>');
		const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
		await expectRefused(
			bytes,
			'hollow.docx',
			'invalid-docx',
			/not a valid Word document \(\.docx\): the archive has no word\/document\.xml/
		);
		const truncated = bytesOf(join(fixtures, 'liaocheng-gwr-2023.docx')).slice(0, 600);
		await expectRefused(truncated, 'truncated.docx', 'invalid-docx', /not a valid Word document \(\.docx\): the archive cannot be read/);
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
		await expectRefused(ole, 'renamed.docx', 'invalid-docx', /old-style \.doc/);
	});

	it('a PDF with no text layer: probably scanned', async () => {
		const scanned = writePdf({ pages: [{ graphics: '0.9 g 72 72 451 698 re f\n' }, { graphics: '0 0 m 595 842 l S\n' }] });
		await expectRefused(
			scanned,
			'scan.pdf',
			'scanned-pdf',
			/^scan\.pdf: the PDF has no text layer \(2 pages, no text\) — it is probably scanned; run OCR/
		);
	});

	it('a file that is not a PDF at all', async () => {
		await expectRefused(utf8('just text'), 'broken.pdf', 'invalid-pdf', /not a valid PDF/);
		const cut = bytesOf(join(fixtures, 'liaocheng-2024-excerpt.pdf')).slice(0, 200);
		await expectRefused(cut, 'cut.pdf', 'invalid-pdf', /not a valid PDF|no text layer/);
	});

	it('a file over the size limit (configurable; 20 MB by default)', async () => {
		const bytes = utf8(seedText('yuncheng-2024-gwr-excerpt'));
		await expectRefused(bytes, 'big.txt', 'too-large', /the file is 8\.\dKB|over the import size limit of 1\.0 KB/, { maxBytes: 1024 });
		const huge = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
		await expectRefused(huge, 'huge.txt', 'too-large', /the file is 20\.0 MB, over the import size limit of 20\.0 MB/);
	});

	it('a report already in the corpus: says which one', async () => {
		copyFileSync(join(root, 'reports', 'liaocheng-2020-gwr.txt'), join(dir, 'liaocheng-2020-gwr.txt'));
		// The same text without front matter, with Windows line ends and full-width spaces doubled: still the same report.
		const body = seedText('liaocheng-2020-gwr')
			.replace(/^---[\s\S]*?\n---\n/, '')
			.replace(/\n/g, '\r\n');
		const r = await expectRefused(
			utf8(body),
			'聊城2020.txt',
			'duplicate',
			/already in the corpus as "liaocheng-2020-gwr" \(liaocheng-2020-gwr\.txt\): the same text/
		);
		expect(r.params.id).toBe('liaocheng-2020-gwr');
		// --replace does not help: the duplicate has another id.
		await expectRefused(utf8(body), '聊城2020.txt', 'duplicate', /liaocheng-2020-gwr/, { replace: true });
	});

	it('an existing id is overwritten only with replace', async () => {
		const first = await importFile(bytesOf(join(fixtures, 'liaocheng-gwr-2023.docx')), 'liaocheng-gwr-2023.docx', { dir });
		expect(first.saved.id).toBe('聊城市-2023-gwr');
		const saved = readFileSync(first.saved.file, 'utf8');
		// Other text, same id: refused without replace.
		const other = utf8('聊城市政府工作报告\n\n' + seedText('liaocheng-2024-gwr-excerpt').split('\n').slice(12, 14).join('\n'));
		await expectRefused(
			other,
			'liaocheng-gwr-2023.txt',
			'exists',
			/a report with id "聊城市-2023-gwr" already exists \(聊城市-2023-gwr\.txt\); pass --replace to overwrite it/
		);
		expect(readFileSync(first.saved.file, 'utf8')).toBe(saved);
		const again = await importFile(other, 'liaocheng-gwr-2023.txt', { dir, replace: true });
		expect(again.saved.replaced).toBe(true);
		expect(readFileSync(first.saved.file, 'utf8')).not.toBe(saved);
		expect(listing(dir)).toEqual(['聊城市-2023-gwr.txt']);
	});

	it('re-importing the same file under the same id with replace corrects its metadata', async () => {
		const docx = bytesOf(join(fixtures, 'liaocheng-gwr-2023.docx'));
		await importFile(docx, 'liaocheng-gwr-2023.docx', { dir });
		const r = await importFile(docx, 'liaocheng-gwr-2023.docx', { dir, replace: true, corrections: { speaker: '李长萍' } });
		expect(readFileSync(r.saved.file, 'utf8')).toMatch(/^speaker: 李长萍$/m);
	});

	it('metadata corrections that make no sense', async () => {
		await expectRefused(utf8(seedText('yuncheng-2024-gwr-excerpt')), 'y.txt', 'bad-meta', /year must be a four-digit year/, {
			corrections: { year: 'soon' }
		});
		await expectRefused(utf8(seedText('yuncheng-2024-gwr-excerpt')), 'y.txt', 'bad-meta', /cannot be a report id/, { id: '../evil' });
	});

	it('a write that fails leaves no temp file behind', async () => {
		const c = await prepareImport(bytesOf(join(fixtures, 'liaocheng-gwr-2023.docx')), 'liaocheng-gwr-2023.docx', { dir });
		// A directory where the report should go: the rename fails half-way through the save.
		mkdirSync(c.target);
		const before = listing(dir);
		let err: unknown;
		try {
			saveImport(c, { replace: true });
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(ImportRefusal);
		expect((err as ImportRefusal).code).toBe('write-failed');
		expect(listing(dir)).toEqual(before);
	});
});

describe('the import CLI', () => {
	function io() {
		const out: string[] = [];
		const err: string[] = [];
		const sink: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s), color: false };
		return { sink, out, err };
	}

	it('imports a batch, reports each file, and exits non-zero when any is refused', async () => {
		const empty = join(dir, '..', `empty-${Date.now()}.txt`);
		writeFileSync(empty, '');
		const target = join(dir, 'corpus');
		const { sink, out, err } = io();
		const code = await importCommand.run(
			[join(fixtures, 'liaocheng-gwr-2023.docx'), empty, join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt'), '--into', target],
			sink
		);
		removeDir(empty);
		expect(code).toBe(1);
		expect(out.join('\n')).toMatch(/imported .*liaocheng-gwr-2023\.docx → .*聊城市-2023-gwr\.txt/);
		expect(out.join('\n')).toMatch(/imported .*yuncheng-2024-gwr-excerpt\.gbk\.txt → .*运城市-2024-gwr\.txt/);
		expect(out.join('\n')).toMatch(/2 imported, 1 refused/);
		expect(err.join('\n')).toMatch(/refused .*empty-\d+\.txt: the file is empty \(0 bytes\)/);
		expect(listing(target)).toEqual(['聊城市-2023-gwr.txt', '运城市-2024-gwr.txt']);
	});

	it('applies --region --year --level and exits 0', async () => {
		const { sink } = io();
		const code = await importCommand.run(
			[join(fixtures, 'liaocheng-gwr-2023.docx'), '--into', dir, '--year', '2024', '--region', '聊城市'],
			sink
		);
		expect(code).toBe(0);
		const text = readFileSync(join(dir, '聊城市-2024-gwr.txt'), 'utf8');
		expect(text).toMatch(/^year: 2024$/m);
		expect(text).toMatch(/^level: city$/m);
	});

	it('refuses a file over --max-size without reading it', async () => {
		const { sink, err } = io();
		const code = await importCommand.run([join(fixtures, 'liaocheng-2024-excerpt.pdf'), '--into', dir, '--max-size', '0.01'], sink);
		expect(code).toBe(1);
		expect(err.join('')).toMatch(/over the import size limit of 10\.2 KB/);
		expect(listing(dir)).toEqual([]);
	});
});
