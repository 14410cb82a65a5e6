/**
 * The import endpoint's query: `/import/api?action=preview|save&name=FILE
 * [&meta=JSON][&id=ID][&replace=true]` (the file itself is the body).
 */
export interface ImportQuery {
	action: 'preview' | 'save';
	/** The file's base name (any directory part dropped), '' when missing. */
	name: string;
	/** The edited metadata as sent (JSON text), or null. */
	meta: string | null;
	id: string | undefined;
	replace: boolean;
}

export function readImportQuery(q: URLSearchParams): ImportQuery {
	return {
		action: q.get('action') === 'save' ? 'save' : 'preview',
		name: (q.get('name') ?? '').replace(/^.*[\\/]/, ''),
		meta: q.get('meta'),
		id: q.get('id') ?? undefined,
		replace: q.get('replace') === 'true'
	};
}
