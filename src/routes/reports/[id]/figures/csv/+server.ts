import { reportFiguresCsv } from '$lib/server/pages/report';
import { readReportFiguresQuery } from '$lib/urls/report';
import type { RequestHandler } from './$types';

/** GET /reports/ID/figures/csv[?q=&topic=&sort=] → the report's figures as CSV (no filter: every figure). */
export const GET: RequestHandler = ({ params, url }) => reportFiguresCsv(params.id, readReportFiguresQuery(url.searchParams));
