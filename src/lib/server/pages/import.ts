/**
 * The import page (/import) and its endpoint (/import/api) as services.
 *
 * The endpoint: POST a file with `?action=preview` to see what would be
 * saved, or `?action=save` (with the edited metadata `meta` as JSON, the `id`
 * and, to overwrite, `replace=true`) to save it. Refusals answer 422 with
 * their code, so the page can say why in the reader's language.
 */
import { json } from '@sveltejs/kit';
import { metaFromFields } from '../../core/meta';
import type { ImportQuery } from '../../urls/import';
import { getCorpus } from '../corpus';
import { configuredMaxBytes, IMPORT_EXTENSIONS } from '../import/extract';
import { formatBytes, ImportRefusal } from '../import/refusal';
import { corpusChanged, importOffThread, WorkError } from '../work';

/** The import page: the size limit and the accepted extensions. */
export function importPage() {
	return { maxMb: Math.round((configuredMaxBytes() / 1024 / 1024) * 10) / 10, extensions: IMPORT_EXTENSIONS };
}

function refusalResponse(e: ImportRefusal) {
	return json({ ok: false, code: e.code, message: e.message, params: e.params }, { status: 422 });
}

/**
 * The file travels as the raw request body (application/octet-stream), its
 * name and the form values in the query. Not a form post: browsers must ask
 * (CORS preflight) before sending such a request cross-site, which this
 * server never allows — and Origin/Sec-Fetch-Site are checked as well, so a
 * web page elsewhere cannot write into the corpus.
 */
function crossSite(request: Request, url: URL): boolean {
	if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
	const origin = request.headers.get('origin');
	if (!origin) return false;
	try {
		return new URL(origin).host !== (request.headers.get('host') ?? url.host);
	} catch {
		return true;
	}
}

function fail(code: string, message: string, status: number) {
	return json({ ok: false, code, message }, { status });
}

/** POST /import/api: preview or save the file sent as the request body. */
export async function importRequest(request: Request, url: URL, q: ImportQuery): Promise<Response> {
	if (crossSite(request, url)) return fail('bad-request', 'cross-site requests are refused', 403);
	if (!(request.headers.get('content-type') ?? '').startsWith('application/octet-stream')) {
		return fail('bad-request', 'send the file as application/octet-stream', 415);
	}
	const { name, action } = q;
	if (!name) return fail('bad-request', 'the file name is missing (?name=)', 400);
	const corpus = await getCorpus();
	const dir = corpus.dirs[0];
	const maxBytes = configuredMaxBytes();
	try {
		const declared = Number(request.headers.get('content-length'));
		if (Number.isFinite(declared) && declared > maxBytes) {
			// Refuse before reading the bytes.
			throw new ImportRefusal(
				'too-large',
				`${name}: the file is ${formatBytes(declared)}, over the import size limit of ${formatBytes(maxBytes)}`,
				{
					size: formatBytes(declared),
					limit: formatBytes(maxBytes)
				}
			);
		}
		const bytes = new Uint8Array(await request.arrayBuffer());
		let meta = undefined;
		const rawMeta = q.meta;
		if (rawMeta) {
			const fields = JSON.parse(rawMeta) as unknown;
			// An object of field → text; null, an array, a string or nested values are refused, never ignored.
			if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
				return fail('bad-request', 'metadata (meta) must be a JSON object of fields', 400);
			const strings: Record<string, string> = {};
			for (const [k, v] of Object.entries(fields)) {
				if (v !== null && typeof v === 'object') return fail('bad-request', `metadata field "${k}" must be text or a number`, 400);
				if (v !== null && v !== undefined && String(v).trim() !== '') strings[k] = String(v).trim();
			}
			meta = metaFromFields(strings);
			// Keep a year that is not a number, so validation can name it.
			if (strings.year !== undefined && meta.year === undefined) (meta as Record<string, unknown>).year = strings.year;
		}
		const { id, replace } = q;
		// Extracting, parsing and writing run on a worker thread: a big or hostile file never stalls other requests.
		const r = await importOffThread({ action, bytes, name, dir, meta, id, maxBytes, replace });
		if (action === 'preview') return json({ ok: true, candidate: r.candidate, existingIds: r.existingIds });
		corpusChanged();
		return json({ ok: true, candidate: r.candidate, saved: r.saved });
	} catch (e) {
		if (e instanceof ImportRefusal) return refusalResponse(e);
		if (e instanceof WorkError) {
			const status = e.code === 'busy' ? 503 : 422;
			return json({ ok: false, code: e.code, message: `${name}: ${e.message}`, params: { detail: e.message } }, { status });
		}
		if (e instanceof SyntaxError) return fail('bad-request', 'metadata is not valid JSON', 400);
		throw e;
	}
}
