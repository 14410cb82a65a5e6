import { getCorpus } from '$lib/server/corpus';
import { reportTopics } from '$lib/server/topics';
import { alignReports } from '$lib/core/align/index';
import { defaultTaxonomy } from '$lib/core/topics/index';
import type { PageServerLoad } from './$types';

const MAX_REPORTS = 6;

export const load: PageServerLoad = async ({ url }) => {
	const corpus = await getCorpus();
	const topicIds = defaultTaxonomy.topics.map((t) => t.id);
	const asked = (url.searchParams.get('reports') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
	const unique = [...new Set(asked)].slice(0, MAX_REPORTS);
	const ids = unique.filter((id) => corpus.get(id));
	const missing = unique.filter((id) => !corpus.get(id));
	const wanted = url.searchParams.get('topic') ?? '';
	// Urban is the topic users ask for first; a taxonomy without it starts at its first topic.
	const topic = topicIds.includes(wanted) ? wanted : topicIds.includes('urban') ? 'urban' : topicIds[0];

	const inputs = ids.map((id) => ({ id, report: corpus.parsed(id)!, topics: reportTopics(corpus, id)! }));
	const alignment = inputs.length >= 2 ? alignReports(inputs, topic) : null;

	return {
		topic,
		selected: ids,
		missing,
		taxonomy: defaultTaxonomy.topics.map((t) => ({ id: t.id, zh: t.zh, en: t.en })),
		library: corpus.list().map((e) => ({ id: e.id, title: e.meta.title ?? e.id, region: e.meta.region ?? '', year: e.meta.year ?? null, level: e.meta.level ?? '' })),
		columns: inputs.map((i) => ({
			id: i.id,
			title: i.report.meta.title ?? i.id,
			region: i.report.meta.region ?? '',
			year: i.report.meta.year ?? null,
			shares: i.topics.shares
		})),
		rows: alignment ? alignment.rows.map((r) => ({ similarity: r.similarity, cells: r.cells.map((c) => (c ? { text: c.text, section: c.section, shared: c.shared, start: c.start, end: c.end } : null)) })) : []
	};
};
