/**
 * CSV exports of figures and series, written by the one CSV writer of the
 * core (`core/csv.ts`: RFC 4180 quoting, a BOM, formula-like cells — a
 * sentence or an indicator may well start with − — neutralised). Every row
 * carries its source sentence and its topic, so a row can be checked
 * without the app.
 */
import { csvRows as rows } from '../csv';
import type { Figure } from './extract';
import type { Series } from './series';

export function figuresCsv(reportId: string, figures: Figure[]): string {
	const head = [
		'report',
		'indicator',
		'value',
		'unit',
		'raw',
		'approx',
		'period',
		'kind',
		'estimate',
		'topic',
		'start',
		'end',
		'section',
		'sentence',
		// Last, so the columns before keep their places: whether the name recurs across the collection (Figure.recurring).
		'recurring'
	];
	return rows([
		head,
		...figures.map((f) => [
			reportId,
			f.indicator,
			f.value,
			f.unit,
			f.raw,
			f.approx,
			f.period,
			f.kind,
			f.estimate,
			f.topic,
			f.start,
			f.end,
			f.section,
			f.context,
			f.recurring
		])
	]);
}

/** One row per point: long format, so targets and actuals of a year both fit. */
export function seriesCsv(series: Series[]): string {
	const head = [
		'indicator',
		'unit',
		'region',
		'year',
		'kind',
		'value',
		'approx',
		'estimate',
		'raw',
		'report',
		'start',
		'end',
		'topic',
		'sentence'
	];
	const lines: unknown[][] = [head];
	for (const s of series)
		for (const p of s.points)
			lines.push([
				s.indicator,
				s.unit,
				p.region,
				p.year,
				p.kind,
				p.value,
				p.approx,
				p.estimate,
				p.raw,
				p.reportId,
				p.start,
				p.end,
				s.topic,
				p.context
			]);
	return rows(lines);
}
