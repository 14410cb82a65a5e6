import { figuresPage } from '$lib/server/figures-page';
import { readFiguresQuery } from '$lib/urls/figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => figuresPage(readFiguresQuery(url.searchParams));
