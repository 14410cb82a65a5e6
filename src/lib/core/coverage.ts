/**
 * Whether a report is a part of one (an excerpt, a second half, a summary),
 * from what its metadata says; the cue words are data
 * (data/partial-cues.json). A diff of two reports that cover different
 * parts, or a chart that includes a partial report, says so.
 */
import cues from './data/partial-cues.json';
import type { ReportMeta } from './meta';

export interface Coverage {
	partial: boolean;
	/** What told: a word of the title, the notes, or the file id — and the cue found there. */
	by?: 'title' | 'notes' | 'id';
	cue?: string;
}

export function coverageOf(id: string, meta: Pick<ReportMeta, 'title' | 'notes'>): Coverage {
	const title = meta.title ?? '';
	const t = cues.title.find((c) => title.includes(c));
	if (t) return { partial: true, by: 'title', cue: t };
	const low = (meta.notes ?? '').trim().toLowerCase();
	const n = cues.notes.find((c) => low.startsWith(c));
	if (n) return { partial: true, by: 'notes', cue: n };
	const base = id.toLowerCase();
	const i = cues.id.find((c) => base.endsWith(c) || base.includes(`${c}-`));
	if (i) return { partial: true, by: 'id', cue: i };
	return { partial: false };
}
