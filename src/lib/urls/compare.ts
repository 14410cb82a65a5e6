/**
 * The compare page's URL: `/compare?reports=ID,ID[,…]&topic=ID[&only=matched]`
 * (the whole state, so a comparison can be shared), and its picker's
 * `/compare/regions?region=NAME`. Ids are trimmed, repeats dropped, at most
 * MAX_REPORTS kept; which ids exist and which topic is known is the service's
 * business (an unknown topic falls back there).
 */

/** Reports side by side at most. */
export const MAX_REPORTS = 6;

export interface CompareQuery {
	/** Ids in the order asked, unique, at most MAX_REPORTS. */
	reports: string[];
	/** The topic asked for, '' when none. */
	topic: string;
	/** Only rows matched across the reports. */
	onlyMatched: boolean;
}

export function readCompareQuery(q: URLSearchParams): CompareQuery {
	const asked = (q.get('reports') ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	return { reports: [...new Set(asked)].slice(0, MAX_REPORTS), topic: q.get('topic') ?? '', onlyMatched: q.get('only') === 'matched' };
}

/** The URL of a comparison (an empty topic is left out). */
export function compareHref(p: Partial<CompareQuery> & { reports: string[] }): string {
	const q = new URLSearchParams();
	if (p.reports.length) q.set('reports', p.reports.join(','));
	if (p.topic) q.set('topic', p.topic);
	if (p.onlyMatched) q.set('only', 'matched');
	// Keep commas readable in the address bar.
	return `/compare?${q.toString().replace(/%2C/g, ',')}`;
}

/** The picker's question: a region's reports. */
export function readRegionsQuery(q: URLSearchParams): { region: string } {
	return { region: q.get('region') ?? '' };
}

export function regionsHref(region: string): string {
	return `/compare/regions?region=${encodeURIComponent(region)}`;
}
