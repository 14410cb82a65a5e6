/** The spread page's URL: `/spread?term=FORMULA` (default 新质生产力). */
export const DEFAULT_SPREAD_TERM = '新质生产力';

export interface SpreadQuery {
	term: string;
}

export function readSpreadQuery(q: URLSearchParams): SpreadQuery {
	return { term: q.get('term') ?? DEFAULT_SPREAD_TERM };
}

export function spreadHref(term: string): string {
	return `/spread?term=${encodeURIComponent(term)}`;
}
