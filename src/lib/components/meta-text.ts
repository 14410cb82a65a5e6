import type { ReportMeta } from '$lib/core/meta';

/**
 * A free-text metadata field in the interface's language: `notes_zh` (or
 * `notes_en`) in the front matter beside `notes` gives that language its own
 * wording; without it the field is shown as written.
 */
export function metaText(meta: ReportMeta, field: 'notes' | 'source', lang: string): string | undefined {
	const own = meta[`${field}_${lang}`];
	return typeof own === 'string' && own.trim() ? own : meta[field];
}
