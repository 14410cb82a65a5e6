import { figuresCsvResponse } from '$lib/server/figures-page';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => figuresCsvResponse(url.searchParams);
