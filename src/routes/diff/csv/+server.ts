import { diffCsvResponse } from '$lib/server/pages/diff';
import { readParams } from '$lib/urls/diff';
import type { RequestHandler } from './$types';

/** GET /diff/csv?a=ID&b=ID[&section…] (the diff page's own query) → its changes as CSV, one row per change. */
export const GET: RequestHandler = ({ url, locals }) => diffCsvResponse(readParams(url.searchParams), locals.lang);
