import { libraryPage } from '$lib/server/library';
import { readLibraryQuery } from '$lib/urls/library';
import type { PageServerLoad } from './$types';

// Filtering, facets and paging happen in the service: the page carries one page of reports, never the corpus.
export const load: PageServerLoad = ({ url }) => libraryPage(readLibraryQuery(url.searchParams));
