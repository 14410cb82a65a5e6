import { rhetoricChangesResponse } from '$lib/server/rhetoric';
import { readRhetoricQuery } from '$lib/urls/rhetoric';
import type { RequestHandler } from './$types';

/** `/rhetoric/changes?terms=…&year=…|region=…[&report=ID]`: the rhetoric page's changes panel as JSON. */
export const GET: RequestHandler = ({ url }) => rhetoricChangesResponse(readRhetoricQuery(url.searchParams));
