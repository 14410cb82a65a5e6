import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** ../shared beside the repository, or DUIDU_SHARED. */
export function sharedDir(): string {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const dir = process.env.DUIDU_SHARED ?? resolve(root, '..', 'shared');
	if (!existsSync(resolve(dir, 'corpus'))) throw new Error(`bench needs ../shared/corpus (looked in ${dir}); set DUIDU_SHARED`);
	return dir;
}
