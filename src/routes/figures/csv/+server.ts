import { figuresCsvResponse } from '$lib/server/figures-page';
import { readFiguresCsvQuery } from '$lib/urls/figures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => figuresCsvResponse(readFiguresCsvQuery(url.searchParams));
