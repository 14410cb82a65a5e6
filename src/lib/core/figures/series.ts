/**
 * Series: the same indicator across reports — one region over the years, or
 * many regions in one year. Names are matched after normalisation and
 * through a synonym table (data/figure-indicators.json); values are converted
 * within a dimension (亿元 and 万元 are both 元 once magnitudes are folded;
 * 公顷 ↔ 亩, 公里 ↔ 千米); figures whose units share no dimension are never
 * joined (32家 and 30个 stay apart, % never meets 个百分点).
 */
import data from '../data/figure-indicators.json';
import type { Figure } from './extract';
import type { FigureKind } from './period';
import { unitDimension } from './scan';
import { knownIndicator } from './vocab';

export interface SeriesPoint {
	/** The year the value refers to (columns of a region table). */
	year: number;
	region: string;
	/** Value converted to the series' unit. */
	value: number;
	kind: FigureKind;
	approx: boolean;
	estimate: boolean;
	/** As written, and where: for tooltips and links. */
	raw: string;
	indicator: string;
	reportId: string;
	reportYear: number | null;
	section: string | null;
	context: string;
	start: number;
	end: number;
	/** The figure in the report's cleaned text: what a link highlights. */
	textStart: number;
	textEnd: number;
}

export interface Series {
	/** Canonical indicator key + dimension: stable across requests, usable in URLs. */
	key: string;
	/** The indicator's display name (canonical synonym, or the most common wording). */
	indicator: string;
	unit: string;
	dim: string;
	topic: string | null;
	/** The name recurs across the collection, as Figure.recurring (a canonical synonym does): views mark the others with a ?. */
	recurring: boolean;
	points: SeriesPoint[];
}

export interface ReportFigures {
	id: string;
	region: string | null;
	year: number | null;
	figures: Figure[];
}

const SYNONYM_OF = new Map<string, string>();
for (const [canon, names] of Object.entries(data.synonyms as Record<string, string[]>)) {
	SYNONYM_OF.set(squash(canon), canon);
	for (const n of names) SYNONYM_OF.set(squash(n), canon);
}

function squash(s: string): string {
	return s.replace(/[\s“”"‘’「」《》、，,（）()]/g, '');
}

/** Normalised name used to match indicators across reports. */
export function indicatorKey(name: string): string {
	let s = squash(name);
	const syn = SYNONYM_OF.get(s);
	if (syn) return syn;
	for (const suf of data.dropSuffixes) if (s.endsWith(suf) && s.length > suf.length + 1) s = s.slice(0, -suf.length);
	return SYNONYM_OF.get(s) ?? s;
}

/**
 * A name the product can vouch for: one of the curated synonyms (figure-indicators.json) or an indicator the
 * collection's reports name again and again (the corpus vocabulary). Figure.recurring, the changed figures' and the
 * series' `recurring` all come from here; views mark the other names with a ?.
 */
export function recurringName(name: string): boolean {
	return SYNONYM_OF.has(squash(name)) || knownIndicator(name);
}

/** Factor converting `unit` to its dimension's base, and the dimension; null when unknown. */
function dimOf(unit: string): { dim: string; factor: number } {
	const d = unitDimension(unit);
	return d ? { dim: d.dim, factor: d.factor } : { dim: `unit:${unit}`, factor: 1 };
}

/** The series a figure belongs to: its normalised indicator and its unit's dimension. */
export function seriesKeyOf(f: Pick<Figure, 'indicator' | 'unit'>): string {
	return `${indicatorKey(f.indicator)}|${dimOf(f.unit).dim}`;
}

/** `value` in `unit` expressed in `to` (same dimension), or null when they cannot agree. */
export function convertValue(value: number, unit: string, to: string): number | null {
	const a = dimOf(unit);
	const b = dimOf(to);
	return a.dim === b.dim ? round((value * a.factor) / b.factor) : null;
}

export interface SeriesOptions {
	/** Only figures whose (normalised) indicator contains this text. */
	indicator?: string;
	/** Keep figures that cover part of a year (1—4月份) — off by default. */
	includePartial?: boolean;
}

/**
 * Group figures into series by (indicator, dimension). Within a series a
 * report contributes at most one point per (year, kind): the first mention.
 */
export function buildSeries(reports: ReportFigures[], opts: SeriesOptions = {}): Series[] {
	const groups = new Map<string, { figs: { f: Figure; r: ReportFigures }[]; dim: string }>();
	const want = opts.indicator ? indicatorKey(opts.indicator) : null;
	for (const r of reports) {
		for (const f of r.figures) {
			if (f.period === null || (!opts.includePartial && f.partial) || !f.indicator) continue;
			const ik = indicatorKey(f.indicator);
			if (ik.length < 2) continue;
			if (want && !ik.includes(want) && !squash(f.indicator).includes(want)) continue;
			const { dim } = dimOf(f.unit);
			const key = seriesKeyOf(f);
			let g = groups.get(key);
			if (!g) groups.set(key, (g = { figs: [], dim }));
			g.figs.push({ f, r });
		}
	}
	const out: Series[] = [];
	for (const [key, g] of groups) {
		const unit = mostCommon(g.figs.map((x) => x.f.unit));
		const base = dimOf(unit).factor;
		const seen = new Set<string>();
		const points: SeriesPoint[] = [];
		for (const { f, r } of g.figs) {
			const id = `${r.id}|${f.period}|${f.kind}|${r.region}`;
			if (seen.has(id)) continue;
			seen.add(id);
			points.push({
				year: f.period!,
				region: r.region ?? '',
				value: round((f.value * dimOf(f.unit).factor) / base),
				kind: f.kind,
				approx: f.approx,
				estimate: f.estimate,
				raw: f.raw,
				indicator: f.indicator,
				reportId: r.id,
				reportYear: r.year,
				section: f.section,
				context: f.context,
				start: f.start,
				end: f.end,
				textStart: f.textStart,
				textEnd: f.textEnd
			});
		}
		points.sort((a, b) => a.year - b.year || kindOrder(a.kind) - kindOrder(b.kind) || a.region.localeCompare(b.region, 'zh'));
		const canon = key.split('|')[0];
		const indicator = SYNONYM_OF.has(canon) ? canon : mostCommon(g.figs.map((x) => x.f.indicator));
		out.push({
			key,
			indicator,
			unit,
			dim: g.dim,
			topic: mostCommon(g.figs.map((x) => x.f.topic ?? '')) || null,
			recurring: recurringName(indicator),
			points
		});
	}
	// Longest series first: what can be compared over time leads.
	return out.sort((a, b) => years(b) - years(a) || b.points.length - a.points.length || a.indicator.localeCompare(b.indicator, 'zh'));
}

/** One region over the years. */
export function regionSeries(reports: ReportFigures[], region: string, opts: SeriesOptions = {}): Series[] {
	return buildSeries(
		reports.filter((r) => r.region === region),
		opts
	);
}

/** Many regions in one year: points are the figures for `year` from every region. */
export function yearSeries(reports: ReportFigures[], year: number, opts: SeriesOptions = {}): Series[] {
	return buildSeries(reports, opts)
		.map((s) => ({ ...s, points: s.points.filter((p) => p.year === year) }))
		.filter((s) => s.points.length > 0);
}

/** Years covered by a set of series, ascending. */
export function seriesYears(series: Series[]): number[] {
	return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

function years(s: Series): number {
	return new Set(s.points.map((p) => p.year)).size;
}

function kindOrder(k: FigureKind): number {
	return k === 'target' ? 0 : k === 'plan' ? 1 : 2;
}

function mostCommon(xs: string[]): string {
	const c = new Map<string, number>();
	for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
	let best = xs[0] ?? '';
	for (const [x, n] of c) if (n > (c.get(best) ?? 0)) best = x;
	return best;
}

function round(v: number): number {
	return Number.parseFloat(v.toPrecision(12));
}

/**
 * The series a reader asked for: `q` found in the indicator (or in how a
 * report wrote it), and of `topic` when one is given. One filter for the
 * server's pages and the table in the browser, so both show the same rows.
 */
export function filterSeries<S extends Pick<Series, 'indicator' | 'topic'> & { points: Pick<SeriesPoint, 'indicator'>[] }>(
	series: S[],
	opts: { q?: string; topic?: string }
): S[] {
	const q = (opts.q ?? '').trim();
	const topic = opts.topic ?? '';
	return series.filter(
		(s) => (!q || s.indicator.includes(q) || s.points.some((p) => p.indicator.includes(q))) && (!topic || (s.topic ?? '') === topic)
	);
}
