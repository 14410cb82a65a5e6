import { searchPage } from '$lib/server/search';
import { readSearchQuery } from '$lib/urls/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => searchPage(readSearchQuery(url.searchParams));
