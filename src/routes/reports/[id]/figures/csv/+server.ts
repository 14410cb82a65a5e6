import { reportFiguresCsv } from '$lib/server/pages/report';
import type { RequestHandler } from './$types';

/** GET /reports/ID/figures/csv → every figure of the report as CSV. */
export const GET: RequestHandler = ({ params }) => reportFiguresCsv(params.id);
