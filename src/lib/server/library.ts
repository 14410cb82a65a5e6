/**
 * The library page's one service: filtering, facets and paging on the server
 * (a page carries one page of reports, never the corpus), the files that are
 * not reports, the index's status, and reports that share a region, year and
 * kind with another (flagged, never merged).
 */
import { facetCounts, filterCatalog, pageOf, type CatalogItem } from '../core/corpus/catalog';
import type { LibraryQuery } from '../urls/library';
import { getCorpus } from './corpus';
import { corpusProblems, corpusStatus } from './status';

const REGION_MENU = 500;

function regionMenu<T extends { region: string }>(regions: T[], selected?: string): T[] {
	return regions.length <= REGION_MENU ? regions : regions.filter((r) => r.region === selected);
}

export async function libraryPage(query: LibraryQuery) {
	const corpus = await getCorpus();
	const all: CatalogItem[] = corpus.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
	const shown = filterCatalog(all, query);
	const { groups, page, pages } = pageOf(shown, query.page);
	// Only the reports on this page carry their duplicates (ids of the others claiming the same region, year and kind).
	for (const g of groups)
		for (const y of g.years)
			y.items = y.items.map((item) => {
				const duplicates = corpus.duplicatesOf(item.id);
				return duplicates.length ? { ...item, duplicates } : item;
			});
	return {
		total: all.length,
		shown: shown.length,
		groups,
		page,
		pages,
		// Each facet counts what the other filters leave, so every number is what a click gives.
		facets: {
			levels: facetCounts(filterCatalog(all, { ...query, level: undefined })).levels,
			provinces: facetCounts(filterCatalog(all, { ...query, province: undefined, region: undefined })).provinces,
			// Thousands of regions make a menu nobody scrolls (and half a megabyte of page): narrow by province first.
			regions: regionMenu(facetCounts(filterCatalog(all, { ...query, region: undefined })).regions, query.region),
			years: facetCounts(filterCatalog(all, { ...query, year: undefined })).years,
			kinds: facetCounts(filterCatalog(all, { ...query, kind: undefined })).kinds
		},
		provinces: facetCounts(all).provinces,
		duplicateGroups: corpus.duplicates.length,
		problems: corpusProblems(corpus),
		status: corpusStatus(corpus)
	};
}
