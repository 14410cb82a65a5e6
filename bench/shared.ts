/** Where the shared corpus is: DUIDU_SHARED, else ../shared next to the repository. */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = process.env.DUIDU_SHARED ?? resolve(repoRoot, '../shared');

/** The national reports, oldest first. */
export function nationalFiles(): string[] {
	const dir = join(sharedDir, 'corpus', 'national');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => join(dir, f));
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
