import { comparePage } from '$lib/server/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => comparePage(url.searchParams);
