/** A CSV download (UTF-8): an ASCII fallback file name and the real one (RFC 6266). */
export function csvResponse(csv: string, ascii: string, name: string): Response {
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
		}
	});
}
