import { reportPage } from '$lib/server/pages/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => reportPage(params.id);
