/** Where the shared corpus is: `../shared` beside the repository, or DUIDU_SHARED. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = process.env.DUIDU_SHARED ?? resolve(root, '..', 'shared');

if (!existsSync(resolve(SHARED, 'corpus', 'manifest.json'))) {
	throw new Error(`The corpus tests need ../shared/corpus (looked in ${SHARED}); set DUIDU_SHARED to its folder.`);
}

export interface ManifestEntry {
	file: string;
	level: string;
	region: string;
	year: number;
	title: string;
}

export const manifest: ManifestEntry[] = JSON.parse(readFileSync(resolve(SHARED, 'corpus', 'manifest.json'), 'utf8'));
export const corpusPath = (file: string) => resolve(SHARED, 'corpus', file);

/** The text of a corpus file: .txt as UTF-8, .docx through mammoth's raw text (one paragraph per line). */
export async function corpusText(file: string): Promise<string> {
	if (file.endsWith('.docx')) {
		const mammoth = await import('mammoth');
		const r = await mammoth.extractRawText({ path: corpusPath(file) });
		return r.value;
	}
	return readFileSync(corpusPath(file), 'utf8');
}
