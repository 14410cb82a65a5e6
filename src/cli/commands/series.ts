import { csvSafe } from './series-format';
import { regionSeries, seriesYears, yearSeries, type Series } from '../../lib/core/figures/series';
import { seriesCsv } from '../../lib/core/figures/csv';
import { formatValue } from '../../lib/core/figures/format';
import { openCorpus } from '../corpus';
import { corpusFigures } from '../../lib/server/figures';
import { parseOptions } from '../args';
import { CliError, UsageError, type Command } from '../io';

function table(series: Series[], by: 'year' | 'region'): string {
	const cols = by === 'year' ? seriesYears(series).map(String) : [...new Set(series.flatMap((s) => s.points.map((p) => p.region)))];
	const lines = [['indicator', 'unit', ...cols].join('\t')];
	for (const s of series) {
		const cells = cols.map((c) =>
			s.points
				.filter((p) => (by === 'year' ? String(p.year) : p.region) === c)
				.map(
					(p) =>
						`${formatValue(p.value, s.unit)}${p.approx ? '~' : ''} ${p.kind === 'actual' ? (p.estimate ? '预计' : '实际') : p.kind === 'target' ? '目标' : '计划'}`
				)
				.join(' / ')
		);
		lines.push([csvSafe(s.indicator), s.unit, ...cells.map((c) => c || '—')].join('\t'));
	}
	return lines.join('\n');
}

export const series: Command = {
	summary: 'series of an indicator across the corpus: one region over the years (--region) or all regions in a year (--year)',
	args: '',
	options: {
		region: { type: 'string', value: 'REGION', help: 'one region over the years (this or --year is required)' },
		year: { type: 'string', value: 'YEAR', help: 'all regions in one year' },
		indicator: { type: 'string', value: 'NAME', help: 'only this indicator' },
		csv: { type: 'boolean', help: 'print CSV' },
		json: { type: 'boolean', help: 'print JSON' }
	},
	async run(args, io) {
		const { positional, flags } = parseOptions(args, series);
		if (positional.length) throw new UsageError(`series takes no arguments, only options (got ${positional[0]})`);
		const region = typeof flags.region === 'string' ? flags.region : null;
		const year = typeof flags.year === 'string' ? Number(flags.year) : null;
		if (!region && !year) throw new UsageError('give --region REGION or --year YEAR');
		if (year !== null && !Number.isInteger(year)) throw new UsageError('--year must be a year such as 2024');
		const corpus = await openCorpus();
		const reports = corpusFigures(corpus);
		const opts = { indicator: typeof flags.indicator === 'string' ? flags.indicator : undefined };
		let out = region ? regionSeries(reports, region, opts) : yearSeries(reports, year!, opts);
		if (region && year) out = out.map((s) => ({ ...s, points: s.points.filter((p) => p.year === year) })).filter((s) => s.points.length);
		if (!out.length)
			throw new CliError(
				region && !reports.some((r) => r.region === region) ? `no reports for region "${region}" in the corpus` : 'no matching series'
			);
		if (flags.csv) io.out(seriesCsv(out).replace(/^\ufeff/, ''));
		else if (flags.json) io.out(JSON.stringify({ series: out }));
		else io.out(table(out, region ? 'year' : 'region'));
		return 0;
	}
};
