/**
 * PDFs with a text layer → text: pdf.js (through unpdf) gives positioned
 * text runs per page; the pure layout code in core rebuilds lines, drops
 * running headers/footers and page numbers, and rejoins paragraphs.
 */
import { getDocumentProxy } from 'unpdf';
import { layoutPdfText, type PdfPageRuns, type PdfLayoutResult } from '../../core/import/pdf-layout';
import { ImportRefusal } from './refusal';

export function looksLikePdf(bytes: Uint8Array): boolean {
	// "%PDF-" within the first KB (some producers put junk before it).
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return head.includes('%PDF-');
}

interface RawItem {
	str: string;
	transform: number[];
	width: number;
	height: number;
	hasEOL?: boolean;
}

/** `maxChars`: the most text the PDF may hold; reading stops and refuses past it. */
export async function readPdfRuns(bytes: Uint8Array, fileName: string, maxChars = Infinity): Promise<PdfPageRuns[]> {
	if (!looksLikePdf(bytes)) throw new ImportRefusal('invalid-pdf', `${fileName}: not a valid PDF: no %PDF header`);
	let doc;
	try {
		// pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
		doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
	} catch (e) {
		const why = (e as Error).message;
		if (/password/i.test(why))
			throw new ImportRefusal('invalid-pdf', `${fileName}: the PDF is password-protected; remove the password and try again`, {
				detail: 'password'
			});
		throw new ImportRefusal('invalid-pdf', `${fileName}: not a valid PDF: ${why}`, { detail: why });
	}
	try {
		const pages: PdfPageRuns[] = [];
		let chars = 0;
		for (let i = 1; i <= doc.numPages; i++) {
			const page = await doc.getPage(i);
			const view = page.getViewport({ scale: 1 });
			const content = await page.getTextContent();
			const runs = (content.items as RawItem[])
				.filter((it) => typeof it.str === 'string')
				.map((it) => ({
					str: it.str,
					x: it.transform[4],
					y: it.transform[5],
					width: it.width,
					// transform[3] is the vertical scale: the font size for upright text.
					height: Math.abs(it.transform[3]) || it.height,
					hasEOL: it.hasEOL
				}));
			pages.push({ width: view.width, height: view.height, runs });
			page.cleanup();
			for (const r of runs) chars += r.str.length;
			if (chars > maxChars) throw tooMuchText(fileName, maxChars, `by page ${i} of ${doc.numPages}`);
		}
		return pages;
	} finally {
		await doc.loadingTask.destroy();
	}
}

export function tooMuchText(fileName: string, maxChars: number, where: string): ImportRefusal {
	const limit = `${maxChars.toLocaleString('en')} characters`;
	return new ImportRefusal(
		'too-large-expanded',
		`${fileName}: the document's text is longer than ${limit} (${where}), over the limit on extracted text; refused`,
		{ what: 'text', limit }
	);
}

export async function extractPdf(bytes: Uint8Array, fileName: string, maxChars = Infinity): Promise<PdfLayoutResult & { pages: number }> {
	const pages = await readPdfRuns(bytes, fileName, maxChars);
	const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.trim().length, 0), 0);
	if (chars === 0) {
		throw new ImportRefusal(
			'scanned-pdf',
			`${fileName}: the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, no text) — it is probably scanned; run OCR on it first, or import a text or Word version`,
			{ pages: pages.length }
		);
	}
	return { ...layoutPdfText(pages), pages: pages.length };
}
