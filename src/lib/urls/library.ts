/**
 * The library's URL: `/[?level=…][&province=…][&region=…][&year=…][&kind=…]
 * [&q=…][&page=N]`, so a filtered view can be shared and renders on the
 * server without JavaScript. Empty or malformed values mean "any".
 */
import type { ReportMeta } from '../core/parse';
import { LEVELS } from '../core/search/index';
import type { LibraryQuery } from '../core/corpus/catalog';

export type { LibraryQuery };

/** Read the query from URL parameters; empty or malformed values mean "any". */
export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
	const query: LibraryQuery = {};
	const level = params.get('level');
	if (level && (LEVELS as string[]).includes(level)) query.level = level as ReportMeta['level'];
	const province = params.get('province')?.trim();
	if (province) query.province = province.slice(0, 40);
	const region = params.get('region')?.trim();
	if (region) query.region = region;
	const year = Number(params.get('year'));
	if (params.get('year') && Number.isInteger(year)) query.year = year;
	const kind = params.get('kind')?.trim();
	if (kind) query.kind = kind;
	const q = params.get('q')?.trim();
	if (q) query.q = q.slice(0, 200);
	const page = Number(params.get('page'));
	if (Number.isInteger(page) && page > 1) query.page = Math.min(page, 100_000);
	return query;
}

/** The query as a URL search string ("" for no filter), in a stable order. */
export function libraryQueryString(query: LibraryQuery): string {
	const p = new URLSearchParams();
	if (query.level) p.set('level', query.level);
	if (query.province) p.set('province', query.province);
	if (query.region) p.set('region', query.region);
	if (query.year !== undefined) p.set('year', String(query.year));
	if (query.kind) p.set('kind', query.kind);
	if (query.q) p.set('q', query.q);
	if (query.page && query.page > 1) p.set('page', String(query.page));
	const s = p.toString();
	return s ? `?${s}` : '';
}
