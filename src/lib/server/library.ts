/**
 * The library page's one service: filtering, facets and paging on the server
 * (a page carries one page of reports, never the corpus), the files that are
 * not reports, the index's status, and reports that share a region, year and
 * kind with another (flagged, never merged).
 */
import { catalogView, orderCatalog, pageOfOrdered, rankedRegionOrder, type CatalogItem, type RegionOrder } from '../core/corpus/catalog';
import type { LibraryQuery } from '../urls/library';
import { getCorpus, type ReportEntry } from './corpus';
import { corpusProblems, corpusStatus } from './status';
import { Lru } from './store/lru';

const REGION_MENU = 500;

function regionMenu<T extends { region: string }>(regions: T[], selected?: string): T[] {
	return regions.length <= REGION_MENU ? regions : regions.filter((r) => r.region === selected);
}

/** Filter combinations whose shown items and facet counts are kept, per catalogue. */
const VIEWS = 64;

interface Catalog {
	items: CatalogItem[];
	order: RegionOrder;
	views: Lru<string, { ordered: CatalogItem[]; view: ReturnType<typeof catalogView> }>;
}

/**
 * Per list of reports (the store hands out the same array until the list
 * changes — a file indexed, changed or removed — so a change is a new key and
 * nothing stale is served): the catalogue items, the region order ranked
 * once, and the views of recent filter combinations, so paging through a
 * filter or coming back to it counts nothing again.
 */
const catalogs = new WeakMap<ReportEntry[], Catalog>();

function catalogOf(list: ReportEntry[]): Catalog {
	let c = catalogs.get(list);
	if (!c) {
		const items = list.map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
		c = { items, order: rankedRegionOrder(items), views: new Lru(VIEWS) };
		catalogs.set(list, c);
	}
	return c;
}

function viewOf(c: Catalog, query: LibraryQuery) {
	const key = JSON.stringify([query.level, query.province, query.region, query.year, query.kind, query.q]);
	let v = c.views.get(key);
	if (!v) {
		const view = catalogView(c.items, query, c.order);
		v = { view, ordered: orderCatalog(view.shown, c.order) };
		c.views.set(key, v);
	}
	return v;
}

export async function libraryPage(query: LibraryQuery) {
	const corpus = await getCorpus();
	const catalog = catalogOf(corpus.list());
	const { view, ordered } = viewOf(catalog, query);
	const { groups, page, pages } = pageOfOrdered(ordered, query.page, undefined, catalog.order);
	// Only the reports on this page carry their duplicates (ids of the others claiming the same region, year and kind).
	for (const g of groups)
		for (const y of g.years)
			y.items = y.items.map((item) => {
				const duplicates = corpus.duplicatesOf(item.id);
				return duplicates.length ? { ...item, duplicates } : item;
			});
	return {
		total: catalog.items.length,
		shown: ordered.length,
		groups,
		page,
		pages,
		// Each facet counts what the other filters leave, so every number is what a click gives.
		facets: {
			...view.facets,
			// Thousands of regions make a menu nobody scrolls (and half a megabyte of page): narrow by province first.
			regions: regionMenu(view.facets.regions, query.region)
		},
		provinces: view.provinces,
		duplicateGroups: corpus.duplicates.length,
		problems: corpusProblems(corpus),
		status: corpusStatus(corpus)
	};
}
