import { searchPage } from '$lib/server/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => searchPage(url.searchParams);
