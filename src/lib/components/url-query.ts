/**
 * Page state kept in the URL's query (a filter, a search, an order): read
 * once when the page opens (with `$lib/urls`), written back with `replaceState` as it changes,
 * so a view can be shared or reloaded and Back still leaves the page.
 */
import { replaceState } from '$app/navigation';

/** Set `values` in the query of `url` (a value equal to its default is left out); replace the history entry if it changed. */
export function writeQuery(url: URL, state: App.PageState, values: Record<string, [value: string, dflt: string]>): void {
	const u = new URL(url);
	for (const [k, [v, dflt]] of Object.entries(values)) {
		if (v && v !== dflt) u.searchParams.set(k, v);
		else u.searchParams.delete(k);
	}
	if (u.search === url.search) return;
	try {
		replaceState(u, state);
	} catch {
		/* the router is not ready yet: the next change writes the URL */
	}
}
