import type { Handle, ServerInit } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';
import { getCorpus } from '$lib/server/corpus';
import { cleanStaleTemps } from '$lib/server/import/pipeline';
import { buildYearTablesInBackground, followCorpusChanges, generationOf, workPool } from '$lib/server/work';

/**
 * At start: remove temp files orphaned by an import killed mid-save, and
 * start the worker threads (each loads the corpus) before the first request.
 */
export const init: ServerInit = async () => {
	const corpus = await getCorpus();
	for (const dir of corpus.dirs)
		for (const name of cleanStaleTemps(dir)) console.log(`duidu: removed ${name}, left by an import that never finished`);
	followCorpusChanges();
	// The worker threads load the corpus from the index once this thread has built it: on a
	// cold tree they would each index it again (a job that comes sooner loads it in its worker).
	const warm = corpus.ready().then(() => workPool().warm(generationOf(corpus)));
	// The heavy lane of `npm start` says it is ready only once its workers are: until then the first process serves its pages.
	if (process.env.DUIDU_LANE === 'heavy') await warm;
	// Then every year's n-gram table for the reused-wording panel, in a worker of its own (the first process only).
	else void warm.then(buildYearTablesInBackground);
};

/** The interface language comes from the `lang` cookie (set by the toggle), else Chinese. */
export const handle: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get('lang');
	event.locals.lang = isLang(cookie) ? cookie : 'zh';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang === 'zh' ? 'zh-CN' : 'en')
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'no-referrer');
	return response;
};
