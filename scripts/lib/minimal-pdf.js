/**
 * A minimal PDF writer for test fixtures: text placed line by line with a
 * CID-keyed font (Identity-H) and a ToUnicode map — the structure office
 * suites produce for Chinese text — without embedding glyphs, so fixtures
 * stay a few KB and no CJK font has to be installed. Viewers substitute a
 * system font; text extraction reads the ToUnicode map, as for any PDF.
 *
 * writePdf({ pages: [{ lines: [{ text, x, y, size }], graphics?: string }], width, height }) → Uint8Array
 */

/** Advance width in thousandths of an em: half-width for ASCII, full for the rest. */
export function charWidth(ch) {
	return ch.codePointAt(0) < 0x80 ? 500 : 1000;
}

export function textWidth(text, size) {
	let w = 0;
	for (const ch of text) w += charWidth(ch);
	return (w / 1000) * size;
}

function utf16Hex(ch) {
	const cp = ch.codePointAt(0);
	if (cp < 0x10000) return cp.toString(16).padStart(4, '0');
	const v = cp - 0x10000;
	return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).toUpperCase();
}

export function writePdf({ pages, width = 595, height = 842, fontName = 'SimSun' }) {
	// CIDs in order of first use.
	const cids = new Map();
	for (const p of pages) for (const l of p.lines ?? []) for (const ch of l.text) if (!cids.has(ch)) cids.set(ch, cids.size + 1);

	const objects = [];
	const add = (body) => {
		objects.push(body);
		return objects.length;
	};
	const catalog = add(null);
	const pagesObj = add(null);

	let font = null;
	if (cids.size) {
		const widths = [...cids]
			.filter(([ch]) => charWidth(ch) !== 1000)
			.map(([ch, cid]) => `${cid} [${charWidth(ch)}]`)
			.join(' ');
		const entries = [...cids].map(([ch, cid]) => `<${cid.toString(16).padStart(4, '0')}> <${utf16Hex(ch)}>`);
		let cmap =
			'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
		for (let i = 0; i < entries.length; i += 100) {
			const chunk = entries.slice(i, i + 100);
			cmap += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
		}
		cmap += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n';
		const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}endstream`);
		const descriptor = add(
			`<< /Type /FontDescriptor /FontName /${fontName} /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>`
		);
		const cidFont = add(
			`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${fontName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`
		);
		font = add(
			`<< /Type /Font /Subtype /Type0 /BaseFont /${fontName} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`
		);
	}

	const pageIds = [];
	for (const p of pages) {
		let content = p.graphics ?? '';
		for (const l of p.lines ?? []) {
			const hex = [...l.text].map((ch) => cids.get(ch).toString(16).padStart(4, '0')).join('');
			content += `BT /F1 ${l.size} Tf 1 0 0 1 ${l.x.toFixed(2)} ${l.y.toFixed(2)} Tm <${hex}> Tj ET\n`;
		}
		const stream = add(`<< /Length ${content.length} >>\nstream\n${content}endstream`);
		const resources = font ? `<< /Font << /F1 ${font} 0 R >> >>` : '<< >>';
		pageIds.push(
			add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources ${resources} /Contents ${stream} 0 R >>`)
		);
	}
	objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
	objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

	// Everything above is ASCII (text is hex-encoded), so string length = byte length.
	let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
	const offsets = [];
	objects.forEach((body, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
