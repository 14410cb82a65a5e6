/**
 * The shared corpus for corpus tests: `DUIDU_SHARED` or `../shared` next to
 * the repository. Files are read in place, never copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = process.env.DUIDU_SHARED ?? resolve(root, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'corpus', 'manifest.json'));

if (!hasShared) {
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
		const r = await mammoth.extractRawText({ path: corpusPath(file) });
		return r.value;
	}
	return readFileSync(corpusPath(file), 'utf8');
}

export interface CorpusText {
	name: string;
	year?: number;
	region?: string;
	input: string;
}

export function nationalReports(): CorpusText[] {
	const dir = join(SHARED, 'corpus', 'national');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ name: f, year: Number(basename(f, '.txt')), region: '中华人民共和国', input: readFileSync(join(dir, f), 'utf8') }));
}

export async function provincialReports(): Promise<CorpusText[]> {
	const dir = join(SHARED, 'corpus', 'provincial-2025');
	const out: CorpusText[] = [];
	for (const f of readdirSync(dir)
		.filter((f) => f.endsWith('.docx'))
		.sort()) {
		const { value } = await mammoth.extractRawText({ path: join(dir, f) });
		out.push({ name: f, year: 2025, region: basename(f, '.docx'), input: value });
	}
	return out;
}
