/**
 * What the report view's sources panel receives (server/reuse.ts `serveSources`
 * builds it): plain data, so the component and the server share one shape
 * without the component importing a server module.
 */
import type { Level } from '../meta';
import type { ReusePassage } from './index';

/** Why a source was taken: the level above, or two levels above. */
export type SourceRelation = 'province' | 'national' | 'city';

export interface ServedSources {
	summary: { zh: string; en: string };
	shares: { id: string; region: string; level: Level; year: number; relation: SourceRelation; share: number; sentences: number }[];
	/** Text offsets in the report and in the source (what `?at=` takes). */
	passages: {
		start: number;
		end: number;
		text: string;
		source: string;
		relation: SourceRelation;
		sourceStart: number;
		sourceEnd: number;
		sourceText: string;
		closeness: ReusePassage['closeness'];
		identity: number;
	}[];
	total: number;
}
