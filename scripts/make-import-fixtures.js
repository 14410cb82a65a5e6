#!/usr/bin/env node
/**
 * Generates the import test fixtures in tests/fixtures/import/ from the
 * seed reports in reports/ (run: `node scripts/make-import-fixtures.js`).
 * The outputs are committed, so tests need neither iconv nor fonts:
 *  - yuncheng-2024-gwr-excerpt.gbk.txt   the seed, GBK-encoded (iconv)
 *  - dongchangfu-2024-plan.gb18030.txt   the seed, GB18030 (it has characters outside GBK)
 *  - liaocheng-2024-excerpt.pdf          the seed laid out on A4 pages: running header,
 *                                        "— N —" page numbers, paragraphs across page breaks
 *  - liaocheng-gwr-2023.docx             a small Word file: the seed's title and first paragraphs,
 *                                        named with a wrong year (the browser test corrects it)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { writePdf } from './lib/minimal-pdf.js';
import { layoutReport } from './lib/layout-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests', 'fixtures', 'import');
mkdirSync(out, { recursive: true });
const seed = (id) => readFileSync(join(root, 'reports', `${id}.txt`), 'utf8');

/** Body of a corpus file (below the front matter) and its title field. */
function split(text) {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
	const title = m ? /^title:\s*(.*)$/m.exec(m[1])?.[1] : undefined;
	return { title, body: m ? text.slice(m[0].length) : text };
}

function encode(id, encoding, name) {
	const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', encoding, join(root, 'reports', `${id}.txt`)], { maxBuffer: 1 << 26 });
	if (r.status !== 0) {
		// Fallback where iconv is missing: Python's codecs.
		const py = spawnSync(
			'python3',
			[
				'-c',
				`import sys;sys.stdout.buffer.write(open(sys.argv[1],encoding='utf-8').read().encode('${encoding.toLowerCase()}'))`,
				join(root, 'reports', `${id}.txt`)
			],
			{ maxBuffer: 1 << 26 }
		);
		if (py.status !== 0) throw new Error(`cannot encode ${id} as ${encoding}: ${r.stderr || py.stderr}`);
		writeFileSync(join(out, name), py.stdout);
	} else writeFileSync(join(out, name), r.stdout);
	console.log(`wrote ${name}`);
}

encode('yuncheng-2024-gwr-excerpt', 'GBK', 'yuncheng-2024-gwr-excerpt.gbk.txt');
encode('dongchangfu-2024-plan', 'GB18030', 'dongchangfu-2024-plan.gb18030.txt');

// The PDF: the excerpt's paragraphs (one per line of the seed) under its title.
{
	const { body } = split(seed('liaocheng-2024-gwr-excerpt'));
	const paragraphs = body
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const pages = layoutReport({ title: '聊城市政府工作报告（节选）', paragraphs, header: '聊城市人民政府工作报告' });
	writeFileSync(join(out, 'liaocheng-2024-excerpt.pdf'), writePdf({ pages }));
	console.log(`wrote liaocheng-2024-excerpt.pdf (${pages.length} pages)`);
}

// The Word file: title, then the first three paragraphs of the 2024 excerpt.
{
	const { body } = split(seed('liaocheng-2024-gwr-excerpt'));
	const paragraphs = [
		'聊城市政府工作报告',
		...body
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.slice(0, 3)
	];
	const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const para = (t, i) =>
		i === 0
			? `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>${esc(t)}</w:t></w:r></w:p>`
			: `<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
	);
	zip.file(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
	);
	zip.file(
		'word/document.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(para).join('')}<w:sectPr/></w:body></w:document>`
	);
	// A fixed date keeps the zip byte-identical across runs.
	const date = new Date('2024-01-01T00:00:00Z');
	zip.forEach((_, f) => (f.date = date));
	writeFileSync(join(out, 'liaocheng-gwr-2023.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
	console.log('wrote liaocheng-gwr-2023.docx');
}
