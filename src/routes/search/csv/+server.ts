import { searchCsvResponse } from '$lib/server/search';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => searchCsvResponse(url.searchParams);
