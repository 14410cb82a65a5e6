import { reportFiguresPage } from '$lib/server/pages/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => reportFiguresPage(params.id);
