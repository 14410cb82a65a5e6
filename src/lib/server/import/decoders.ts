/**
 * Let the corpus store read Word, PDF and HTML files placed straight into a
 * corpus directory, through the same extractors the import uses (so a
 * .docx in the corpus reads exactly as its imported .txt would).
 */
import { registerDecoder } from '../decode';
import { DecodeError } from '../decode';
import { extractFile } from './extract';
import { ImportRefusal } from './refusal';

async function viaImport(bytes: Uint8Array, file: string): Promise<string> {
	try {
		return (await extractFile(bytes, file, Infinity)).text;
	} catch (e) {
		if (e instanceof ImportRefusal) throw new DecodeError(e.message);
		throw e;
	}
}

for (const ext of ['.docx', '.pdf', '.html', '.htm']) registerDecoder(ext, viaImport);
