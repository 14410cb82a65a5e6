/**
 * The search page's URL: `/search?q=TERMS[&level=…][&province=…][&region=…]
 * [&year=…][&topic=…][&page=N]` (and `/search/csv` with the same query).
 * Malformed values mean "any"; the terms are split by `searchTerms`.
 */
import { LEVELS, searchTerms, type SearchQuery } from '../core/search/index';
import type { Level } from '../core/meta';

/** Read a search from URL parameters; malformed values mean "any". */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
	const q = (params.get('q') ?? '').slice(0, 200);
	const query: SearchQuery = { q, terms: searchTerms(q), page: 1 };
	const level = params.get('level');
	if (level && (LEVELS as string[]).includes(level)) query.level = level as Level;
	for (const k of ['province', 'region', 'topic'] as const) {
		const v = params.get(k)?.trim();
		if (v) query[k] = v.slice(0, 40);
	}
	const year = Number(params.get('year'));
	if (params.get('year') && Number.isInteger(year) && year > 1900 && year < 2200) query.year = year;
	const page = Number(params.get('page'));
	if (Number.isInteger(page) && page > 1) query.page = Math.min(page, 10_000);
	return query;
}

/** The query as a URL search string ("" for none); `extra` parameters are added (a `page` there wins). */
export function searchString(query: Partial<SearchQuery>, extra: Record<string, string | number | undefined> = {}): string {
	const p = new URLSearchParams();
	if (query.q) p.set('q', query.q);
	for (const k of ['level', 'province', 'region', 'year', 'topic'] as const)
		if (query[k] !== undefined && query[k] !== '') p.set(k, String(query[k]));
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, String(v));
	if (query.page && query.page > 1 && !('page' in extra)) p.set('page', String(query.page));
	const s = p.toString();
	return s ? `?${s}` : '';
}
