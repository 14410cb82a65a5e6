import { comparePage } from '$lib/server/compare';
import { readCompareQuery } from '$lib/urls/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => comparePage(readCompareQuery(url.searchParams));
