import { rhetoricPage } from '$lib/server/rhetoric';
import { readRhetoricQuery } from '$lib/urls/rhetoric';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => rhetoricPage(readRhetoricQuery(url.searchParams));
