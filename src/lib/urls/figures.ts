/**
 * The figures page's URL: `/figures?region=NAME[&q=TEXT][&topic=ID]
 * [&sort=name|change][&page=N]` (the search and topic filter the whole
 * region, then it is paginated; the order is applied in the browser), and
 * its download `/figures/csv?region=NAME[&indicator=…]`. The service falls
 * back to the first region when the one asked for is unknown, and caps the
 * page at the last one.
 */

export type FiguresSort = 'years' | 'name' | 'change';

export interface FiguresQuery {
	/** The region asked for, null when none. */
	region: string | null;
	q: string;
	topic: string;
	/** 1-based; anything but an integer above 1 is the first page. */
	page: number;
	sort: FiguresSort;
}

export function readFiguresQuery(p: URLSearchParams): FiguresQuery {
	const page = Number(p.get('page'));
	const sort = p.get('sort');
	return {
		region: p.get('region'),
		q: p.get('q') ?? '',
		topic: p.get('topic') ?? '',
		page: Number.isInteger(page) && page > 1 ? page : 1,
		sort: sort === 'name' || sort === 'change' ? sort : 'years'
	};
}

/** The URL of a view (defaults left out). */
export function figuresHref(f: Partial<FiguresQuery>): string {
	const p = new URLSearchParams();
	if (f.region) p.set('region', f.region);
	if (f.q?.trim()) p.set('q', f.q.trim());
	if (f.topic) p.set('topic', f.topic);
	if (f.sort && f.sort !== 'years') p.set('sort', f.sort);
	if (f.page && f.page > 1) p.set('page', String(f.page));
	const s = p.toString();
	return s ? `/figures?${s}` : '/figures';
}

export interface FiguresCsvQuery {
	region: string;
	/** One indicator's series only. */
	indicator?: string;
}

export function readFiguresCsvQuery(p: URLSearchParams): FiguresCsvQuery {
	return { region: p.get('region') ?? '', indicator: p.get('indicator') ?? undefined };
}

export function figuresCsvHref(f: FiguresCsvQuery): string {
	const p = new URLSearchParams({ region: f.region });
	if (f.indicator !== undefined) p.set('indicator', f.indicator);
	return `/figures/csv?${p}`;
}
