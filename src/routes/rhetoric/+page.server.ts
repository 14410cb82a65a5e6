import { rhetoricPage } from '$lib/server/rhetoric';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => rhetoricPage(url.searchParams);
