/**
 * Content hashes: derived results (a report's parse, its topics, its figures)
 * are stored in the corpus index under the hash of the report's text and the
 * computed version of the code that derived them (store/code-version.ts), so
 * a restart over an unchanged corpus computes nothing again, and a changed
 * report or changed code never reads a stale entry.
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
