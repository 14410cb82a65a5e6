import { json } from '@sveltejs/kit';
import { regionReports } from '$lib/server/compare';
import { readRegionsQuery } from '$lib/urls/compare';
import type { RequestHandler } from './$types';

/** A region's reports for the compare picker: /compare/regions?region=聊城市 */
export const GET: RequestHandler = async ({ url }) => json(await regionReports(readRegionsQuery(url.searchParams)));
