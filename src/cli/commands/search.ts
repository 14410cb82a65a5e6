import { readSearchQuery, searchString } from '../../lib/urls/search';
import { searchCorpus, searchCsvOf } from '../../lib/server/search';
import { openCorpus } from '../corpus';
import { parseOptions } from '../args';
import { UsageError, type Command } from '../io';

const LEVEL_ZH: Record<string, string> = { national: '国家', provincial: '省级', city: '市级', district: '区县', other: '其他' };

export const search: Command = {
	summary:
		'search the whole corpus: reports using every term, keyword in context, share per year and level, regions ranked (--json, --csv)',
	args: 'TERMS…',
	options: {
		level: { type: 'string', value: 'national|provincial|city|district', help: 'only reports of this level' },
		province: { type: 'string', value: 'P', help: 'only reports of this province' },
		region: { type: 'string', value: 'R', help: 'only reports of this region' },
		year: { type: 'string', value: 'Y', help: 'only reports of this year' },
		topic: { type: 'string', value: 'T', help: 'only passages on this topic' },
		page: { type: 'string', value: 'N', help: 'page N of the matches' },
		json: { type: 'boolean', help: 'print the result as JSON' },
		csv: { type: 'boolean', help: 'print the matches as CSV' }
	},
	async run(args, io) {
		const { positional, flags } = parseOptions(args, search);
		if (!positional.length) throw new UsageError('give the terms to search for');
		const params = new URLSearchParams({ q: positional.join(' ') });
		for (const k of ['level', 'province', 'region', 'year', 'topic', 'page'])
			if (typeof flags[k] === 'string') params.set(k, flags[k] as string);
		const query = readSearchQuery(params);
		if (typeof flags.level === 'string' && !query.level) throw new UsageError('--level is one of national, provincial, city, district');
		if (typeof flags.year === 'string' && query.year === undefined) throw new UsageError('--year must be a year such as 2024');
		const corpus = await openCorpus();
		if (flags.csv) {
			io.out(searchCsvOf(corpus, query).replace(/^\ufeff/, ''));
			return 0;
		}
		const r = searchCorpus(corpus, query);
		if (flags.json) {
			io.out(JSON.stringify({ query: { ...query, url: `/search${searchString(query)}` }, ...r }));
			return 0;
		}
		const out: string[] = [
			`${r.reports} of ${r.corpusReports} reports use ${query.terms.map((t) => `“${t}”`).join(' + ')} (${r.paragraphs} paragraphs)${r.scanned ? ' — a term under 3 characters was scanned' : ''}`
		];
		if (r.byYear.length) {
			out.push('', 'year  level       using/reports  share');
			for (const y of r.byYear)
				if (y.using)
					out.push(
						`${y.year}  ${(LEVEL_ZH[y.level] ?? y.level).padEnd(10)}  ${`${y.using}/${y.reports}`.padStart(13)}  ${((100 * y.using) / y.reports).toFixed(0).padStart(4)}%`
					);
		}
		if (r.byRegion.length) {
			out.push('', 'top regions (paragraphs, reports using, first year):');
			for (const g of r.byRegion.slice(0, 15)) out.push(`  ${g.region}  ${g.paragraphs}  ${g.using}/${g.reports}  ${g.first ?? ''}`);
		}
		for (const g of r.groups) {
			out.push('', `${g.id}  ${g.meta.title ?? ''}${g.meta.partial ? ` [${g.meta.partial}]` : ''}  (${g.paragraphs})`);
			for (const h of g.lines) out.push(`  ${h.start}-${h.end}  ${h.before}【${h.match}】${h.after}`);
		}
		if (r.pages > 1) out.push('', `page ${r.page} of ${r.pages} (--page N)`);
		io.out(out.join('\n'));
		return 0;
	}
};
