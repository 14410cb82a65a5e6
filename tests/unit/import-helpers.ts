/** Shared bits of the import tests: temp corpus dirs, seed text, directory snapshots. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = join(root, 'tests', 'fixtures', 'import');

export function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'duidu-import-test-'));
}

export function removeDir(dir: string) {
	rmSync(dir, { recursive: true, force: true });
}

/** Every entry of a directory, hidden ones included (a stray temp file must show). */
export function listing(dir: string): string[] {
	return readdirSync(dir).sort();
}

export function seedText(id: string): string {
	return readFileSync(join(root, 'reports', `${id}.txt`), 'utf8');
}

export function bytesOf(path: string): Uint8Array {
	return new Uint8Array(readFileSync(path));
}

export function seedBody(id: string): string {
	const t = seedText(id);
	const m = /^---\n[\s\S]*?\n---\n/.exec(t);
	return m ? t.slice(m[0].length) : t;
}
