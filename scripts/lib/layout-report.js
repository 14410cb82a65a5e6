/**
 * Lay out report paragraphs on A4 pages the way a word processor would: a
 * centred title, first-line indents of two characters, justified lines
 * filling the measure, a running header from page 2 on and a "— N —" page
 * number in the footer. Paragraphs run on across page breaks.
 */
import { charWidth } from './minimal-pdf.js';

export function layoutReport({
	title,
	paragraphs,
	header,
	size = 14,
	leading = 26,
	width = 595,
	height = 842,
	margin = 72,
	linesPerPage = 0
}) {
	const measure = width - 2 * margin;
	const top = height - margin - 20;
	const bottom = margin + 10;
	const pages = [];
	let page = null;
	let y = 0;
	const newPage = () => {
		page = { lines: [] };
		pages.push(page);
		y = top;
		if (pages.length > 1 && header) {
			page.lines.push({ text: header, x: (width - widthOf(header, 10)) / 2, y: height - 45, size: 10 });
		}
	};
	const widthOf = (t, s) => [...t].reduce((w, ch) => w + (charWidth(ch) / 1000) * s, 0);
	const put = (text, x) => {
		if (!page || y < bottom || (linesPerPage && page.lines.filter((l) => l.size === size).length >= linesPerPage)) newPage();
		page.lines.push({ text, x, y, size });
		y -= leading;
	};
	newPage();
	if (title) {
		put(title, (width - widthOf(title, size + 4)) / 2);
		page.lines[page.lines.length - 1].size = size + 4;
		y -= leading / 2;
	}
	for (const para of paragraphs) {
		let line = '';
		let lineWidth = 2 * size; // first-line indent: two characters
		let first = true;
		for (const ch of para) {
			const w = (charWidth(ch) / 1000) * size;
			if (lineWidth + w > measure && line) {
				put(line, margin + (first ? 2 * size : 0));
				first = false;
				line = '';
				lineWidth = 0;
			}
			line += ch;
			lineWidth += w;
		}
		if (line) put(line, margin + (first ? 2 * size : 0));
	}
	pages.forEach((p, i) => {
		const num = `— ${i + 1} —`;
		p.lines.push({ text: num, x: (width - widthOf(num, 10)) / 2, y: 40, size: 10 });
	});
	return pages;
}
