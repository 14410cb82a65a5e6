import { extractFigures, figureRecord } from '../../lib/core/figures/extract';
import { formatValue } from '../../lib/core/figures/format';
import { topicsOf } from '../../lib/core/figures/topic';
import { classifyReport, defaultTaxonomy } from '../../lib/core/topics/index';
import { parseOptions } from '../args';
import { UsageError, type Command } from '../io';
import { loadReport } from '../reports';

export const figures: Command = {
	summary: 'the figures of a report: value, unit, indicator, period and kind (JSON with --json)',
	args: 'FILE|ID',
	options: { json: { type: 'boolean', help: 'print {figures: [{raw, start, end, value, unit, …}]} as JSON instead of a table' } },
	async run(args, io) {
		const { positional, flags } = parseOptions(args, figures);
		if (positional.length !== 1) throw new UsageError('figures takes exactly one FILE or report id');
		const { input, report } = await loadReport(positional[0]);
		// The same classifier (and taxonomy data) the app uses, so both give a figure the same topic.
		const figs = extractFigures(report, input, { topicOf: topicsOf(classifyReport(report, defaultTaxonomy)) });
		if (flags.json) {
			io.out(JSON.stringify({ figures: figs.map(figureRecord) }));
			return 0;
		}
		const rows = figs.map((f) => [
			String(f.start).padStart(6),
			f.raw.replace(/\s+/g, ' ').padEnd(12),
			formatValue(f.value, f.unit).padEnd(14),
			`${f.period ?? '—'} ${f.kind}${f.estimate ? ' (预计)' : ''}${f.approx ? ' ~' : ''}`.padEnd(18),
			(f.topic ?? '—').padEnd(10),
			f.indicator
		]);
		io.out(['offset  raw          value          period/kind        topic      indicator', ...rows.map((r) => r.join(' '))].join('\n'));
		io.out(`${figs.length} figures`);
		return 0;
	}
};
