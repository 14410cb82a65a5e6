import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface WalkProblem {
	file: string;
	code: 'dangling-link' | 'link-loop' | 'unreadable';
	detail?: string;
}

export interface WalkedFile {
	file: string;
	size: number;
	mtime: number;
}

/**
 * Every file under `dir` (not hidden), in a stable order, with what could not
 * be walked: a dangling symbolic link, a link that loops back to a folder
 * already being walked, or a folder that cannot be read. Never throws for
 * what is inside the tree.
 */
export function* walkTree(dir: string): Generator<WalkedFile | WalkProblem> {
	if (!existsSync(dir)) return;
	let root: string;
	try {
		root = realpathSync(dir);
	} catch (e) {
		yield { file: dir, code: 'unreadable', detail: (e as Error).message };
		return;
	}
	yield* walk(dir, new Set([root]));
}

function* walk(dir: string, ancestors: Set<string>): Generator<WalkedFile | WalkProblem> {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch (e) {
		yield { file: dir, code: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
		return;
	}
	for (const name of names) {
		if (name.startsWith('.')) continue;
		const p = join(dir, name);
		let st;
		try {
			const l = lstatSync(p);
			st = l.isSymbolicLink() ? statSync(p) : l;
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			yield { file: p, code: code === 'ELOOP' ? 'link-loop' : code === 'ENOENT' ? 'dangling-link' : 'unreadable', detail: code };
			continue;
		}
		if (st.isDirectory()) {
			let real: string;
			try {
				real = realpathSync(p);
			} catch (e) {
				yield { file: p, code: 'unreadable', detail: (e as NodeJS.ErrnoException).code };
				continue;
			}
			if (ancestors.has(real)) {
				yield { file: p, code: 'link-loop' };
				continue;
			}
			ancestors.add(real);
			yield* walk(p, ancestors);
			ancestors.delete(real);
		} else if (st.isFile()) yield { file: p, size: st.size, mtime: st.mtimeMs };
	}
}

/** Every readable file under `dir` (not hidden), in a stable order; what cannot be walked is skipped. */
export function* walkFiles(dir: string): Generator<string> {
	for (const f of walkTree(dir)) if (!('code' in f)) yield f.file;
}
