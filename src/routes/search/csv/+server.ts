import { searchCsvResponse } from '$lib/server/search';
import { readSearchQuery } from '$lib/urls/search';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => searchCsvResponse(readSearchQuery(url.searchParams));
