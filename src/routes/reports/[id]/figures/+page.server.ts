import { reportFiguresPage } from '$lib/server/pages/report';
import { readReportFiguresQuery } from '$lib/urls/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => reportFiguresPage(params.id, readReportFiguresQuery(url.searchParams));
