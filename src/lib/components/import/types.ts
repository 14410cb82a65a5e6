/** The import page's view of one file on its way into the library. */
import type { ReportMeta } from '$lib/core/meta';

export type ItemStatus = 'waiting' | 'reading' | 'ready' | 'refused' | 'saving' | 'saved';

export interface Refusal {
	code: string;
	message: string;
	params?: Record<string, string | number>;
}

export interface CandidateView {
	fileName: string;
	format: string;
	encoding: string | null;
	id: string;
	inferred: ReportMeta;
	meta: ReportMeta;
	outline: { id: string; level: number; heading: string }[];
	stats: { characters: number; paragraphs: number; sections: number; pages?: number; droppedLines?: number };
	duplicateOf: { id: string; file: string } | null;
	existing: { id: string; file: string } | null;
	excerpt: string;
}

export const META_FIELDS = [
	'title',
	'region',
	'province',
	'level',
	'year',
	'kind',
	'date',
	'speaker',
	'meeting',
	'source',
	'notes'
] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface ImportItem {
	key: number;
	file: File;
	status: ItemStatus;
	candidate?: CandidateView;
	/** The form: every field as the user sees it. */
	form: Record<MetaField, string>;
	id: string;
	/** Once the user types an id, it no longer follows region/year/kind. */
	idEdited: boolean;
	replace: boolean;
	refusal?: Refusal;
	saved?: { id: string; replaced: boolean };
}
