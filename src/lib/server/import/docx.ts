/**
 * Word documents (.docx) → text, one paragraph per docx paragraph (headings,
 * list items and table cells included), separated by blank lines.
 */
import mammoth from 'mammoth';
import { checkZipExpansion, ExpansionError } from './inflate-limit';
import { formatBytes, ImportRefusal } from './refusal';

/** A .docx is a zip archive: "PK\x03\x04". */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Legacy Word (.doc) and other OLE2 compound files: "D0 CF 11 E0". */
export function looksLikeOle2(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** `maxExpanded`: the most the archive's members may expand to, together (zip bombs). */
export async function extractDocx(bytes: Uint8Array, fileName: string, maxExpanded = Infinity): Promise<string> {
	if (looksLikeOle2(bytes)) {
		throw new ImportRefusal(
			'invalid-docx',
			`${fileName}: not a valid Word document (.docx): this is an old-style .doc (or another OLE2) file; open it in Word or WPS and save it as .docx`,
			{ detail: 'ole2' }
		);
	}
	if (!looksLikeZip(bytes)) {
		throw new ImportRefusal('invalid-docx', `${fileName}: not a valid Word document (.docx): the file is not a zip archive`, {
			detail: 'not-zip'
		});
	}
	try {
		checkZipExpansion(bytes, maxExpanded);
	} catch (e) {
		if (!(e instanceof ExpansionError)) throw e;
		if (e.reason === 'too-large') {
			throw new ImportRefusal(
				'too-large-expanded',
				`${fileName}: unpacked, the document is larger than ${formatBytes(maxExpanded)} (${e.message}), over the limit on expanded content; refused (a zip bomb, or a document far larger than any report)`,
				{
					what: 'XML',
					limit: formatBytes(maxExpanded)
				}
			);
		}
		throw new ImportRefusal('invalid-docx', `${fileName}: not a valid Word document (.docx): the archive cannot be read (${e.message})`, {
			detail: e.message
		});
	}
	let value: string;
	try {
		// mammoth wants a Node Buffer; wrap without copying.
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		value = (await mammoth.extractRawText({ buffer })).value;
	} catch (e) {
		const why = (e as Error).message.split('\n')[0];
		const detail = /main document part/i.test(why) ? 'the archive has no word/document.xml' : `the archive cannot be read (${why})`;
		throw new ImportRefusal('invalid-docx', `${fileName}: not a valid Word document (.docx): ${detail}`, { detail: why });
	}
	// mammoth ends every paragraph with "\n\n"; keep that shape, normalised at the ends.
	return value.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';
}
