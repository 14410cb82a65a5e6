import { getCorpus } from '$lib/server/corpus';
import { corpusProblems, corpusStatus } from '$lib/server/status';
import { facetCounts, filterCatalog, pageOf, readQuery } from '$lib/components/library/catalog';
import type { PageServerLoad } from './$types';

const REGION_MENU = 500;

function regionMenu<T extends { region: string }>(regions: T[], selected?: string): T[] {
	return regions.length <= REGION_MENU ? regions : regions.filter((r) => r.region === selected);
}

// Filtering, facets and paging happen here: the page carries one page of reports, never the corpus.
export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const query = readQuery(url.searchParams);
	const all = corpus.list().map((e) => ({ id: e.id, meta: e.meta, size: e.size }));
	const shown = filterCatalog(all, query);
	const { groups, page, pages } = pageOf(shown, query.page);
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
		problems: corpusProblems(corpus),
		status: corpusStatus(corpus)
	};
};
