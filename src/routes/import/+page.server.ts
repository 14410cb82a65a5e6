import { importPage } from '$lib/server/pages/import';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => importPage();
