/**
 * Save a checked draft into the library — only when the user asks. The file
 * goes to the first corpus directory (where new reports are saved), written
 * atomically: a temp file in the same directory, then moved into place
 * without ever replacing a file (a hard link fails if the name exists, where
 * rename(2) would silently overwrite). An id already in the library is never
 * reused: the draft gets the next free suffix (-2, -3…).
 */
import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftRecord } from '../core/draft/record';
import type { ReportMeta } from '../core/parse';
import { resetCorpus, type CorpusStore } from './corpus';

export interface SavedDraft {
	id: string;
	file: string;
	/** The title it was saved under (marked as a draft). */
	title: string;
}

const MAX_TRIES = 1000;

export function saveDraft(corpus: CorpusStore, draftInput: string, meta: ReportMeta, now = new Date()): SavedDraft {
	const dir = corpus.dirs[0];
	if (!dir) throw new Error('no library directory to save to');
	mkdirSync(dir, { recursive: true });
	const record = draftRecord(draftInput, meta, now);
	const tmp = join(dir, `.${record.id}.${process.pid}.${now.getTime()}.tmp`);
	writeFileSync(tmp, record.content, { encoding: 'utf8', flag: 'wx' });
	try {
		for (let n = 1; n <= MAX_TRIES; n++) {
			const id = n === 1 ? record.id : `${record.id}-${n}`;
			const file = join(dir, `${id}.txt`);
			// Ids are unique across all corpus directories, not only this one.
			if (corpus.get(id) || existsSync(file)) continue;
			if (!placeWithoutReplacing(tmp, file)) continue;
			resetCorpus();
			return { id, file, title: record.meta.title ?? id };
		}
		throw new Error('no free report id for the draft');
	} finally {
		if (existsSync(tmp)) unlinkSync(tmp);
	}
}

/** Move `tmp` to `file` unless `file` exists; false when it does. */
function placeWithoutReplacing(tmp: string, file: string): boolean {
	try {
		linkSync(tmp, file);
		return true;
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return false;
		// File systems without hard links: check, then rename (same directory, so still atomic).
		if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
			if (existsSync(file)) return false;
			renameSync(tmp, file);
			return true;
		}
		throw e;
	}
}
