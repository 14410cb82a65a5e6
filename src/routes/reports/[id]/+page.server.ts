import { reportPage } from '$lib/server/pages/report';
import { readReportServed } from '$lib/urls/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => reportPage(params.id, readReportServed(url.searchParams));
