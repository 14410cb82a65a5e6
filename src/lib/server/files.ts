import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (not hidden), in a stable order. */
export function* walkFiles(dir: string): Generator<string> {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir).sort()) {
		if (name.startsWith('.')) continue;
		const p = join(dir, name);
		const st = statSync(p);
		if (st.isDirectory()) yield* walkFiles(p);
		else if (st.isFile()) yield p;
	}
}
