import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { serveDiff } from '$lib/server/diff';
import { readParams } from '$lib/components/diff/params';
import { changeEntries, changesCsv } from '$lib/core/diff/changes';
import { translate } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** GET /diff/csv?a=ID&b=ID[&section…] (the diff page's own query) → its changes as CSV, one row per change. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const corpus = await getCorpus();
	const p = readParams(url.searchParams);
	const t = (k: string) => translate(locals.lang, k);
	if (!p.a || !p.b) error(400, t('diff.pick'));
	const outcome = serveDiff(corpus, { a: p.a, b: p.b, section: p.section || undefined, sectionB: p.sectionB || undefined, options: p.options, phrases: 'off' });
	if ('error' in outcome) error(404, translate(locals.lang, `diff.error.${outcome.error}`, { which: outcome.which === 'a' ? p.a : p.b }));
	const header = ['#', t('diff.csv.section'), t('diff.csv.kind'), t('diff.csv.opening'), t('diff.a'), t('diff.b')];
	const csv = changesCsv(changeEntries(outcome.view), header, (k) => t(`diff.kind.${k}`));
	const name = `diff-${p.a}-${p.b}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="diff.csv"; filename*=UTF-8''${encodeURIComponent(name)}`
		}
	});
};
