/** The draft checker's URL: `/check[?report=ID]` — that corpus report as the draft, against its predecessor. */
export interface CheckQuery {
	report: string;
}

export function readCheckQuery(q: URLSearchParams): CheckQuery {
	return { report: q.get('report') ?? '' };
}

export function checkHref(report?: string): string {
	return report ? `/check?report=${encodeURIComponent(report)}` : '/check';
}
