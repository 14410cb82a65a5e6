/**
 * The library's catalogue: which reports a query shows, and how they are
 * grouped (by region, then year). The query is read from and written to the
 * URL by `$lib/urls/library`.
 */
import { foldWidth } from '../text/fold';
import type { ReportMeta } from '../parse';

/** What the library shows: read from and written to the URL by `$lib/urls/library`. */
export interface LibraryQuery {
	level?: ReportMeta['level'];
	province?: string;
	region?: string;
	year?: number;
	kind?: string;
	/** Free text matched against title, region, province, speaker, meeting, notes and id. */
	q?: string;
	/** 1-based page of region groups (absent: the first). */
	page?: number;
}

export interface CatalogItem {
	id: string;
	meta: ReportMeta;
	/** Characters of the decoded file. */
	size: number;
	/** Other reports claiming the same region, year and kind (flagged, never merged). */
	duplicates?: string[];
}

/** Reports per page of the library: enough to scan, small enough to send. */
export const LIBRARY_PAGE = 60;

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

/** One collator for all sorting: `localeCompare(x, 'zh')` builds one per call, which costs seconds over thousands of reports. */
const ZH = new Intl.Collator('zh');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function isFiltered(query: LibraryQuery): boolean {
	return Boolean(query.level || query.province || query.region || query.year !== undefined || query.kind || query.q);
}

/** Text compared case- and width-insensitively (ＡＢＣ１２ = abc12). */
function fold(s: string): string {
	return foldWidth(s).toLowerCase().replace(/\s+/g, '');
}

function haystack(item: CatalogItem): string {
	const m = item.meta;
	return fold(
		[item.id, m.title, m.region, m.province, m.city, m.speaker, m.meeting, m.notes, m.year].filter((v) => v !== undefined).join('\u0000')
	);
}

export function matches(item: CatalogItem, query: LibraryQuery): boolean {
	const m = item.meta;
	if (query.level && m.level !== query.level) return false;
	if (query.province && m.province !== query.province && m.region !== query.province) return false;
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

export function filterCatalog(items: CatalogItem[], query: LibraryQuery): CatalogItem[] {
	return items.filter((i) => matches(i, query));
}

type Placed = Pick<RegionGroup, 'region' | 'province' | 'level'>;
/** An order of region groups: national first, then provinces, cities, districts; by province, then name. */
export type RegionOrder = (a: Placed, b: Placed) => number;

function compareRegions(a: Placed, b: Placed): number {
	const la = a.level ? LEVEL_ORDER.indexOf(a.level) : LEVEL_ORDER.length;
	const lb = b.level ? LEVEL_ORDER.indexOf(b.level) : LEVEL_ORDER.length;
	if (la !== lb) return la - lb;
	if (a.region === null || b.region === null) return a.region === null ? 1 : -1;
	return ZH.compare(a.province ?? '', b.province ?? '') || ZH.compare(a.region, b.region);
}

/** Reports by region (national first, then provinces, cities, districts), newest year first. */
export function groupCatalog(items: CatalogItem[], order: RegionOrder = compareRegions): RegionGroup[] {
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
	const groups = [...regions.values()].sort(order);
	for (const g of groups) {
		g.years.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
		for (const y of g.years) y.items.sort((a, b) => byCode(a.meta.date ?? '', b.meta.date ?? '') || byCode(a.id, b.id));
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

export interface Count<T> {
	value: T;
	count: number;
}

export interface FacetCounts {
	levels: Count<string>[];
	provinces: Count<string>[];
	regions: { region: string; level?: ReportMeta['level']; count: number }[];
	years: Count<number>[];
	kinds: Count<string>[];
}

function counted<T>(m: Map<T, number>, order: (a: T, b: T) => number): Count<T>[] {
	return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value, b.value));
}

const zh = (a: string, b: string) => ZH.compare(a, b);
const levelRank = (l: string) => (LEVEL_ORDER.includes(l) ? LEVEL_ORDER.indexOf(l) : LEVEL_ORDER.length);

/** Facets with counts over `items` (what the current filters leave). */
export function facetCounts(items: CatalogItem[]): FacetCounts {
	const levels = new Map<string, number>();
	const provinces = new Map<string, number>();
	const years = new Map<number, number>();
	const kinds = new Map<string, number>();
	for (const { meta } of items) {
		const level = meta.level ?? 'other';
		levels.set(level, (levels.get(level) ?? 0) + 1);
		if (meta.province) provinces.set(meta.province, (provinces.get(meta.province) ?? 0) + 1);
		if (meta.year !== undefined) years.set(meta.year, (years.get(meta.year) ?? 0) + 1);
		const kind = meta.kind ?? 'other';
		kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
	}
	return {
		levels: counted(levels, (a, b) => levelRank(a) - levelRank(b)),
		provinces: counted(provinces, zh),
		regions: facets(items).regions,
		years: counted(years, (a, b) => b - a),
		kinds: counted(kinds, zh)
	};
}

/** One page of the catalogue: groups are cut so a page holds about LIBRARY_PAGE reports. */
export function pageOf(
	items: CatalogItem[],
	page = 1,
	size = LIBRARY_PAGE,
	order: RegionOrder = compareRegions
): { groups: RegionGroup[]; page: number; pages: number } {
	return pageOfOrdered(orderCatalog(items, order), page, size, order);
}

/** The items in the library's order (by region group, newest year first): what pageOfOrdered cuts into pages. */
export function orderCatalog(items: CatalogItem[], order: RegionOrder = compareRegions): CatalogItem[] {
	return groupCatalog(items, order).flatMap((g) => g.years.flatMap((y) => y.items));
}

/** One page of items already in the library's order (orderCatalog). */
export function pageOfOrdered(
	ordered: CatalogItem[],
	page = 1,
	size = LIBRARY_PAGE,
	order: RegionOrder = compareRegions
): { groups: RegionGroup[]; page: number; pages: number } {
	const pages = Math.max(1, Math.ceil(ordered.length / size));
	const p = Math.min(Math.max(1, page), pages);
	return { groups: groupCatalog(ordered.slice((p - 1) * size, p * size), order), page: p, pages };
}

/**
 * The region order with the collator's work done once per catalogue: every
 * (level, province, region) the items carry is ranked by one sort, so
 * ordering a page's or a facet's regions compares two numbers. A combination
 * not ranked falls back to the collator. Same order as the plain comparison.
 */
export function rankedRegionOrder(items: CatalogItem[]): RegionOrder {
	const key = (g: Placed) => `${g.level ?? ''}\u0000${g.province ?? ''}\u0000${g.region ?? ''}`;
	const seen = new Map<string, Placed>();
	for (const { meta } of items) {
		const g = { region: meta.region ?? null, province: meta.province, level: meta.level };
		const k = key(g);
		if (!seen.has(k)) seen.set(k, g);
	}
	const sorted = [...seen].sort((a, b) => compareRegions(a[1], b[1]));
	// Groups the collator cannot tell apart share a rank, so a stable sort keeps their order as the plain comparison does.
	const rank = new Map<string, number>();
	sorted.forEach(([k, g], i) => rank.set(k, i && compareRegions(sorted[i - 1][1], g) === 0 ? rank.get(sorted[i - 1][0])! : i));
	return (a, b) => {
		const ra = rank.get(key(a));
		const rb = rank.get(key(b));
		return ra !== undefined && rb !== undefined ? ra - rb : compareRegions(a, b);
	};
}

/** Bits of the filters an item passes (see catalogView). */
const F_LEVEL = 1;
const F_PROVINCE = 2;
const F_REGION = 4;
const F_YEAR = 8;
const F_KIND = 16;
const F_TEXT = 32;
const F_ALL = 63;

function passed(item: CatalogItem, query: LibraryQuery, words: string[]): number {
	const m = item.meta;
	let bits = 0;
	if (!query.level || m.level === query.level) bits |= F_LEVEL;
	if (!query.province || m.province === query.province || m.region === query.province) bits |= F_PROVINCE;
	if (!query.region || m.region === query.region || m.province === query.region) bits |= F_REGION;
	if (query.year === undefined || m.year === query.year) bits |= F_YEAR;
	if (!query.kind || (m.kind ?? 'other') === query.kind) bits |= F_KIND;
	if (!words.length) bits |= F_TEXT;
	else {
		const hay = haystack(item);
		if (words.every((w) => hay.includes(w))) bits |= F_TEXT;
	}
	return bits;
}

export interface CatalogView {
	/** The items the query shows, in the catalogue's order. */
	shown: CatalogItem[];
	/** Each facet counted over what the other filters leave: every number is what a click gives. */
	facets: FacetCounts;
	/** Every province of the catalogue, unfiltered. */
	provinces: Count<string>[];
}

/**
 * What the library shows for a query, in one pass over the catalogue: the
 * items it shows and every facet's counts, each facet counted with the other
 * filters applied (the level facet ignores the level filter, the province
 * facet the province and region filters…) — the same numbers as filtering
 * the catalogue once per facet and counting (facetCounts), without doing it
 * five times.
 */
export function catalogView(items: CatalogItem[], query: LibraryQuery, order: RegionOrder = compareRegions): CatalogView {
	const words = query.q
		? query.q
				.split(/[\s\u3000]+/)
				.filter(Boolean)
				.map(fold)
		: [];
	const shown: CatalogItem[] = [];
	const levels = new Map<string, number>();
	const provinces = new Map<string, number>();
	const allProvinces = new Map<string, number>();
	const years = new Map<number, number>();
	const kinds = new Map<string, number>();
	const regions = new Map<string, { region: string; level?: ReportMeta['level']; province?: string; count: number }>();
	const add = <T>(m: Map<T, number>, k: T) => m.set(k, (m.get(k) ?? 0) + 1);
	for (const item of items) {
		const meta = item.meta;
		if (meta.province) add(allProvinces, meta.province);
		const bits = passed(item, query, words);
		if ((bits | F_LEVEL) === F_ALL) add(levels, meta.level ?? 'other');
		if ((bits | F_PROVINCE | F_REGION) === F_ALL && meta.province) add(provinces, meta.province);
		if ((bits | F_REGION) === F_ALL && meta.region) {
			const r = regions.get(meta.region);
			if (r) r.count++;
			else regions.set(meta.region, { region: meta.region, level: meta.level, province: meta.province, count: 1 });
		}
		if ((bits | F_YEAR) === F_ALL && meta.year !== undefined) add(years, meta.year);
		if ((bits | F_KIND) === F_ALL) add(kinds, meta.kind ?? 'other');
		if (bits === F_ALL) shown.push(item);
	}
	return {
		shown,
		facets: {
			levels: counted(levels, (a, b) => levelRank(a) - levelRank(b)),
			provinces: counted(provinces, zh),
			regions: [...regions.values()].sort(order).map(({ region, level, count }) => ({ region, level, count })),
			years: counted(years, (a, b) => b - a),
			kinds: counted(kinds, zh)
		},
		provinces: counted(allProvinces, zh)
	};
}
