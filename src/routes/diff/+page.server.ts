import { diffPage } from '$lib/server/pages/diff';
import { readParams } from '$lib/urls/diff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => diffPage(readParams(url.searchParams));
