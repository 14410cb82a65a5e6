/**
 * Any supported file → report text. The format comes from the extension and
 * is checked against the bytes (a .txt that is really a PDF, a .docx that is
 * not a zip); the encoding of text files is detected, never assumed.
 */
import { decodeHtmlBytes, decodeTextBytes, NotTextError, type TextEncodingName } from '../../core/import/encoding';
import { extractHtmlMainText } from '../../core/import/html';
import { isBlank } from '../../core/text/whitespace';
import { extractDocx, looksLikeOle2, looksLikeZip } from './docx';
import { extractPdf, looksLikePdf, tooMuchText } from './pdf';
import { formatBytes, ImportRefusal } from './refusal';

export type ImportFormat = 'docx' | 'pdf' | 'html' | 'text';

const FORMATS: Record<string, ImportFormat> = {
	'.docx': 'docx',
	'.pdf': 'pdf',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.txt': 'text',
	'.text': 'text',
	'.md': 'text',
	'.markdown': 'text'
};

export const IMPORT_EXTENSIONS = Object.keys(FORMATS);

/** Default size limit: 20 MB (a long report as .docx is well under 1 MB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The size limit in force: `DUIDU_IMPORT_MAX_MB` overrides the default. */
export function configuredMaxBytes(): number {
	const mb = Number(process.env.DUIDU_IMPORT_MAX_MB);
	return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1024 * 1024) : DEFAULT_MAX_BYTES;
}

/**
 * Limits on what a file holds once unpacked, checked on the decompressed and
 * decoded content (the size limit applies to the bytes as sent, which a zip
 * bomb keeps small): a .docx's members may expand to 3× the size limit
 * (60 MB at the default; a long report's XML is a few MB), and the text
 * extracted from a .docx or PDF may be half the size limit in characters
 * (10 M characters at the default; the longest report is under 100 k). With
 * no size limit (a corpus folder), the defaults apply.
 */
export function expandedLimits(maxBytes: number): { archive: number; chars: number } {
	const base = Number.isFinite(maxBytes) ? maxBytes : DEFAULT_MAX_BYTES;
	return { archive: base * 3, chars: Math.floor(base / 2) };
}

export function extensionOf(fileName: string): string {
	const m = /\.[^./\\]+$/.exec(fileName);
	return m ? m[0].toLowerCase() : '';
}

export interface Extracted {
	text: string;
	format: ImportFormat;
	encoding?: TextEncodingName;
	/** A web page's <title>. */
	pageTitle?: string | null;
	/** Pages of a PDF, and page furniture dropped from it. */
	pages?: number;
	droppedLines?: number;
}

/** Magic numbers of files that are certainly not text, for a clear message when misnamed. */
function binaryKind(bytes: Uint8Array): string | null {
	if (looksLikePdf(bytes)) return 'a PDF';
	if (looksLikeZip(bytes)) return 'a zip archive (a .docx, .xlsx or similar)';
	if (looksLikeOle2(bytes)) return 'an old-style Office document (.doc/.xls)';
	const sig = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
	if (sig.startsWith('89504e47')) return 'a PNG image';
	if (sig.startsWith('ffd8ff')) return 'a JPEG image';
	if (sig.startsWith('47494638')) return 'a GIF image';
	if (sig.startsWith('7f454c46')) return 'an executable';
	if (sig.startsWith('1f8b')) return 'a gzip archive';
	return null;
}

export async function extractFile(bytes: Uint8Array, fileName: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Extracted> {
	if (bytes.length === 0) throw new ImportRefusal('empty', `${fileName}: the file is empty (0 bytes)`);
	if (bytes.length > maxBytes) {
		throw new ImportRefusal(
			'too-large',
			`${fileName}: the file is ${formatBytes(bytes.length)}, over the import size limit of ${formatBytes(maxBytes)}`,
			{
				size: formatBytes(bytes.length),
				limit: formatBytes(maxBytes)
			}
		);
	}
	const ext = extensionOf(fileName);
	const format = FORMATS[ext];
	if (!format) {
		const hint = ext === '.doc' || ext === '.wps' ? ' — open it in Word or WPS and save it as .docx' : '';
		throw new ImportRefusal(
			'unsupported',
			`${fileName}: unsupported file type "${ext || '(no extension)'}"${hint}; supported: ${IMPORT_EXTENSIONS.join(' ')}`,
			{ ext: ext || '—', supported: IMPORT_EXTENSIONS.join(' ') }
		);
	}
	let out: Extracted;
	const limits = expandedLimits(maxBytes);
	if (format === 'docx') {
		out = { text: await extractDocx(bytes, fileName, limits.archive), format };
		if (out.text.length > limits.chars) throw tooMuchText(fileName, limits.chars, `${out.text.length.toLocaleString('en')} characters`);
	} else if (format === 'pdf') {
		const r = await extractPdf(bytes, fileName, limits.chars);
		out = { text: r.text, format, pages: r.pages, droppedLines: r.dropped.length };
	} else {
		const kind = binaryKind(bytes);
		if (kind)
			throw new ImportRefusal('binary', `${fileName}: binary data, not text: this is ${kind}; give it its proper extension`, { kind });
		try {
			if (format === 'html') {
				const decoded = decodeHtmlBytes(bytes);
				const page = extractHtmlMainText(decoded.text);
				out = { text: page.text, format, encoding: decoded.encoding, pageTitle: page.pageTitle };
			} else {
				const decoded = decodeTextBytes(bytes);
				out = { text: decoded.text, format, encoding: decoded.encoding };
			}
		} catch (e) {
			if (e instanceof NotTextError) {
				throw new ImportRefusal(e.reason === 'binary' ? 'binary' : 'encoding', `${fileName}: ${e.message}`);
			}
			throw e;
		}
	}
	if (isBlank(out.text)) {
		throw new ImportRefusal(
			'no-text',
			`${fileName}: no text found in the ${format === 'text' ? 'file' : format === 'html' ? 'page' : 'document'}`,
			{ format }
		);
	}
	return out;
}
