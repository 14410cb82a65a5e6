import { importRequest } from '$lib/server/pages/import';
import { readImportQuery } from '$lib/urls/import';
import type { RequestHandler } from './$types';

/** POST the file as application/octet-stream: `?action=preview|save&name=…` (see $lib/server/pages/import). */
export const POST: RequestHandler = ({ request, url }) => importRequest(request, url, readImportQuery(url.searchParams));
