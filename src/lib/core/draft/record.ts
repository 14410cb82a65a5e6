/**
 * A checked draft as a library report: front matter (what the draft says of
 * itself, marked as a draft) and the draft text exactly as given. Drafts are
 * confidential, so this is only used when the user asks to save one.
 */
import { readFrontMatter, writeFrontMatter } from '../frontmatter';
import type { ReportMeta } from '../parse';

export interface DraftRecord {
	/** Report id to save under; the caller adds -2, -3… if it is taken. */
	id: string;
	/** The file content: front matter + draft text. */
	content: string;
	meta: ReportMeta;
}

/** Characters allowed in a report id (corpus ids are file names safe in a URL segment). */
const NOT_ID = /[^\p{L}\p{N}_.-]+/gu;

export function draftRecord(draftInput: string, meta: ReportMeta, savedAt: Date): DraftRecord {
	const fm = readFrontMatter(draftInput);
	const body = fm ? draftInput.slice(fm.bodyStart) : draftInput;
	const date = savedAt.toISOString().slice(0, 10);
	const title = meta.title ? (/(稿|草案)）?$/.test(meta.title) ? meta.title : `${meta.title}（稿）`) : `稿件 ${date}`;
	const fields: Record<string, string | number | undefined> = {
		...(fm?.fields ?? {}),
		title,
		region: meta.region,
		province: meta.province,
		level: meta.level,
		year: meta.year,
		kind: meta.kind,
		date: meta.date,
		speaker: meta.speaker,
		meeting: meta.meeting,
		status: 'draft',
		source: `draft checker, saved ${date}`
	};
	const base =
		[meta.region, meta.year, 'draft']
			.filter(Boolean)
			.join('-')
			.replace(NOT_ID, '-')
			.replace(/^[-.]+|-+$/g, '') || 'draft';
	return { id: base, content: writeFrontMatter(fields) + body, meta: { ...meta, title } };
}
