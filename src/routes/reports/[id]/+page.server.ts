import { reportPage } from '$lib/server/pages/report';
import { readReportRemoved } from '$lib/urls/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => reportPage(params.id, readReportRemoved(url.searchParams));
