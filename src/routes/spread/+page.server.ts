import { spreadPage } from '$lib/server/pages/spread';
import { readSpreadQuery } from '$lib/urls/spread';
import type { PageServerLoad } from './$types';

/** `/spread?term=新质生产力`: the first year each region uses a formula, and adoption by level over time. */
export const load: PageServerLoad = ({ url }) => spreadPage(readSpreadQuery(url.searchParams));
