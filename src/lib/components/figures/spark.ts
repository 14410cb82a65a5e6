/** Series points → sparkline points (shared by the figures pages and other views). */
import { formatValue } from '$lib/core/figures/format';
import type { Series, SeriesPoint } from '$lib/core/figures/series';
import { reportHref } from '$lib/urls/report';

/** A point of a sparkline (Sparkline.svelte). */
export interface SparkPoint {
	/** Position on the x axis (a year). */
	x: number;
	value: number;
	kind: 'actual' | 'target' | 'plan';
	/** Value as shown (4.6万人~). */
	label: string;
	/** The sentence the value comes from. */
	context?: string;
	/** Where the value is in its report (/reports/ID#section). */
	href?: string;
	estimate?: boolean;
}

/** What a sparkline needs of a series' points (a page may send no more than this). */
type SparkSource = Pick<Series, 'unit'> & {
	points: Pick<SeriesPoint, 'year' | 'value' | 'kind' | 'estimate' | 'approx' | 'context' | 'reportId' | 'textStart' | 'textEnd'>[];
};

export function sparkPoints(s: SparkSource): SparkPoint[] {
	return s.points.map((p) => ({
		x: p.year,
		value: p.value,
		kind: p.kind,
		estimate: p.estimate,
		label: `${formatValue(p.value, s.unit)}${p.approx ? '~' : ''}`,
		context: p.context,
		href: figureHref(p.reportId, p.textStart, p.textEnd)
	}));
}

/** A link to a figure in its report: the page opens at it, marked in its sentence. */
export function figureHref(reportId: string, textStart: number, textEnd: number): string {
	return reportHref(reportId, { found: { start: textStart, end: textEnd } }, true);
}

/** Client-side CSV download of what is on screen. */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
