/**
 * The library's catalogue: which reports a query shows, and how they are
 * grouped (by region, then year). The query lives in the URL
 * (`?region=聊城市&year=2024&kind=gwr&q=…`) so a filtered view can be shared
 * and renders on the server without JavaScript.
 */
import { foldWidth } from '../../core/normalize';
import type { ReportMeta } from '../../core/parse';

export interface CatalogItem {
	id: string;
	meta: ReportMeta;
	/** Characters of the decoded file. */
	size: number;
}

export interface CatalogQuery {
	region?: string;
	year?: number;
	kind?: string;
	/** Free text matched against title, region, province, speaker, meeting, notes and id. */
	q?: string;
}

export interface YearGroup {
	year: number | null;
	items: CatalogItem[];
}

export interface RegionGroup {
	region: string | null;
	province?: string;
	level?: ReportMeta['level'];
	years: YearGroup[];
}

const LEVEL_ORDER = ['national', 'provincial', 'city', 'district'];

/** Read the query from URL parameters; empty or malformed values mean "any". */
export function readQuery(params: URLSearchParams): CatalogQuery {
	const query: CatalogQuery = {};
	const region = params.get('region')?.trim();
	if (region) query.region = region;
	const year = Number(params.get('year'));
	if (params.get('year') && Number.isInteger(year)) query.year = year;
	const kind = params.get('kind')?.trim();
	if (kind) query.kind = kind;
	const q = params.get('q')?.trim();
	if (q) query.q = q.slice(0, 200);
	return query;
}

/** The query as a URL search string ("" for no filter), in a stable order. */
export function queryString(query: CatalogQuery): string {
	const p = new URLSearchParams();
	if (query.region) p.set('region', query.region);
	if (query.year !== undefined) p.set('year', String(query.year));
	if (query.kind) p.set('kind', query.kind);
	if (query.q) p.set('q', query.q);
	const s = p.toString();
	return s ? `?${s}` : '';
}

export function isFiltered(query: CatalogQuery): boolean {
	return Boolean(query.region || query.year !== undefined || query.kind || query.q);
}

/** Text compared case- and width-insensitively (ＡＢＣ１２ = abc12). */
function fold(s: string): string {
	return foldWidth(s).toLowerCase().replace(/\s+/g, '');
}

function haystack(item: CatalogItem): string {
	const m = item.meta;
	return fold([item.id, m.title, m.region, m.province, m.city, m.speaker, m.meeting, m.notes, m.year].filter((v) => v !== undefined).join('\u0000'));
}

export function matches(item: CatalogItem, query: CatalogQuery): boolean {
	const m = item.meta;
	if (query.region && m.region !== query.region && m.province !== query.region) return false;
	if (query.year !== undefined && m.year !== query.year) return false;
	if (query.kind && (m.kind ?? 'other') !== query.kind) return false;
	if (query.q) {
		const hay = haystack(item);
		// Every word of the query must occur somewhere: "聊城 2024" narrows.
		for (const word of query.q.split(/[\s\u3000]+/).filter(Boolean)) if (!hay.includes(fold(word))) return false;
	}
	return true;
}

export function filterCatalog(items: CatalogItem[], query: CatalogQuery): CatalogItem[] {
	return items.filter((i) => matches(i, query));
}

function compareRegions(a: RegionGroup, b: RegionGroup): number {
	const la = a.level ? LEVEL_ORDER.indexOf(a.level) : LEVEL_ORDER.length;
	const lb = b.level ? LEVEL_ORDER.indexOf(b.level) : LEVEL_ORDER.length;
	if (la !== lb) return la - lb;
	if (a.region === null || b.region === null) return a.region === null ? 1 : -1;
	return (a.province ?? '').localeCompare(b.province ?? '', 'zh') || a.region.localeCompare(b.region, 'zh');
}

/** Reports by region (national first, then provinces, cities, districts), newest year first. */
export function groupCatalog(items: CatalogItem[]): RegionGroup[] {
	const regions = new Map<string | null, RegionGroup>();
	for (const item of items) {
		const key = item.meta.region ?? null;
		let g = regions.get(key);
		if (!g) {
			g = { region: key, province: item.meta.province, level: item.meta.level, years: [] };
			regions.set(key, g);
		}
		g.province ??= item.meta.province;
		g.level ??= item.meta.level;
		const year = item.meta.year ?? null;
		let y = g.years.find((x) => x.year === year);
		if (!y) {
			y = { year, items: [] };
			g.years.push(y);
		}
		y.items.push(item);
	}
	const groups = [...regions.values()].sort(compareRegions);
	for (const g of groups) {
		g.years.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
		for (const y of g.years) y.items.sort((a, b) => (a.meta.date ?? '').localeCompare(b.meta.date ?? '') || a.id.localeCompare(b.id));
	}
	return groups;
}

export interface Facets {
	regions: { region: string; level?: ReportMeta['level']; count: number }[];
	years: number[];
	kinds: string[];
}

/** The values the filter menus offer: those present in the corpus. */
export function facets(items: CatalogItem[]): Facets {
	const regions = new Map<string, { region: string; level?: ReportMeta['level']; province?: string; count: number }>();
	const years = new Set<number>();
	const kinds = new Set<string>();
	for (const { meta } of items) {
		if (meta.region) {
			const r = regions.get(meta.region) ?? { region: meta.region, level: meta.level, province: meta.province, count: 0 };
			r.count++;
			regions.set(meta.region, r);
		}
		if (meta.year !== undefined) years.add(meta.year);
		kinds.add(meta.kind ?? 'other');
	}
	const regionList = [...regions.values()]
		.map((r) => ({ region: r.region, level: r.level, province: r.province, years: [], count: r.count }))
		.sort(compareRegions)
		.map(({ region, level, count }) => ({ region, level, count }));
	return { regions: regionList, years: [...years].sort((a, b) => b - a), kinds: [...kinds].sort() };
}
