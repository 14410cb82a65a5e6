import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { figuresOf } from '$lib/server/figures';
import { figuresCsv } from '$lib/core/figures/csv';
import type { RequestHandler } from './$types';

/** GET /reports/ID/figures/csv → every figure of the report as CSV. */
export const GET: RequestHandler = async ({ params }) => {
	const corpus = await getCorpus();
	const figures = figuresOf(corpus, params.id);
	if (!figures) error(404, 'No such report');
	return new Response(figuresCsv(params.id, figures), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="figures.csv"; filename*=UTF-8''${encodeURIComponent(`figures-${params.id}.csv`)}`
		}
	});
};
