/**
 * Files of a corpus folder that are not (or not plainly) reports, as the
 * pages show them: the server lists them (src/lib/server/corpus.ts,
 * status.ts), the library renders them (components/library/ProblemList).
 * One home for the reasons, so the two cannot drift apart.
 */

/** Why a file is not (or not plainly) a report. */
export type ProblemCode =
	'bad-id' | 'id-clash' | 'encoding' | 'unreadable' | 'not-a-report' | 'dangling-link' | 'link-loop' | 'empty' | 'year-from-text';

/** What the pages show of a corpus's problems: counts by reason and a bounded list. */
export interface ProblemSummary {
	total: number;
	byCode: { code: ProblemCode; count: number }[];
	/** The first ones, with paths relative to their corpus folder (never where it lives on disk). */
	items: {
		file: string;
		code: ProblemCode;
		/** For an id clash: the id the file got. */
		id?: string;
		/** The system's own words for a file that could not be read, short and without absolute paths. */
		detail?: string;
		/** For a year from the text: the year listed, the path's year, the delivery date, or the year its review heading names. */
		year?: number;
		pathYear?: number;
		date?: string;
		reviews?: number;
	}[];
}
