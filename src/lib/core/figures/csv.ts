/**
 * CSV exports of figures and series (RFC 4180 quoting, BOM so spreadsheet
 * apps read UTF-8). Every row carries its source sentence and its topic, so
 * a row can be checked without the app. Text cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return — a
 * sentence or an indicator may well start with −) are neutralised with a
 * leading apostrophe; numbers are written as numbers.
 */
import type { Figure } from './extract';
import type { Series } from './series';

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function cell(v: unknown): string {
	let s = v === null || v === undefined ? '' : String(v);
	if (typeof v !== 'number' && FORMULA_START.test(s)) s = "'" + s;
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rows(lines: unknown[][]): string {
	return '\ufeff' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

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
		'sentence'
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
			f.context
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
