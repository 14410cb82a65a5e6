import { figuresPage } from '$lib/server/figures-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => figuresPage(url.searchParams);
