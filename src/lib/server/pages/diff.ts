/**
 * The diff page (/diff) and its CSV (/diff/csv) as services: the routes parse
 * their URL with $lib/urls/diff and call these.
 */
import { error } from '@sveltejs/kit';
import { coverageOf } from '../../core/coverage';
import { changeEntries, changesCsv } from '../../core/diff/changes';
import { translate, type Lang } from '../../i18n';
import type { DiffParams } from '../../urls/diff';
import { getCorpus } from '../corpus';
import { serveDiff } from '../diff';
import { diffOffThread, parsedOffThread } from '../work';
import { csvResponse } from './csv';

export async function diffPage(params: DiffParams) {
	const corpus = await getCorpus();
	const reports = corpus
		.list()
		.map((r) => ({ id: r.id, title: r.meta.title ?? r.id, region: r.meta.region ?? '', year: r.meta.year ?? null }));
	// The diff (and the sections worth picking) are computed on a worker thread: other requests do not wait.
	const work =
		params.a && params.b
			? await diffOffThread(corpus, {
					a: params.a,
					b: params.b,
					section: params.section || undefined,
					sectionB: params.sectionB || undefined,
					options: params.options,
					phrases: params.phrases,
					onlyMatches: params.onlyMatches
				})
			: null;
	const sectionsOf = async (id: string) =>
		((await parsedOffThread(corpus, id))?.sections ?? [])
			.filter((s) => s.level <= 2 && s.kind !== 'lead')
			.map((s) => ({ id: s.id, heading: s.heading, level: s.level }));
	const sectionsA = work ? work.sectionsA : params.a && corpus.get(params.a) ? await sectionsOf(params.a) : [];
	const sectionsB = work ? work.sectionsB : params.b && corpus.get(params.b) ? await sectionsOf(params.b) : [];
	const outcome = work?.outcome ?? null;
	// A report that is only part of one (an excerpt, a second half): the header says so.
	const coverage = (id: string) => {
		const e = corpus.get(id);
		return e ? coverageOf(id, e.meta) : { partial: false };
	};
	return {
		params,
		reports,
		sectionsA,
		sectionsB,
		outcome,
		matched: work?.matched ?? null,
		tifa: work?.tifa ?? null,
		coverage: { a: coverage(params.a), b: coverage(params.b) }
	};
}

/** The diff's changes as CSV, one row per change, headers in `lang`. */
export async function diffCsvResponse(p: DiffParams, lang: Lang): Promise<Response> {
	const corpus = await getCorpus();
	const t = (k: string) => translate(lang, k);
	if (!p.a || !p.b) error(400, t('diff.pick'));
	const outcome = serveDiff(corpus, {
		a: p.a,
		b: p.b,
		section: p.section || undefined,
		sectionB: p.sectionB || undefined,
		options: p.options,
		phrases: 'off'
	});
	if ('error' in outcome) error(404, translate(lang, `diff.error.${outcome.error}`, { which: outcome.which === 'a' ? p.a : p.b }));
	const header = ['#', t('diff.csv.section'), t('diff.csv.kind'), t('diff.csv.opening'), t('diff.a'), t('diff.b')];
	const csv = changesCsv(changeEntries(outcome.view), header, (k) => t(`diff.kind.${k}`));
	return csvResponse(csv, 'diff.csv', `diff-${p.a}-${p.b}.csv`);
}
