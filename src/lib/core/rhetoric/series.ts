/**
 * Series of reports: one region over the years, or every region in one
 * year; and a report's predecessor (same region, latest earlier year).
 */

export interface SeriesMember {
	id: string;
	year?: number;
	region?: string;
	title?: string;
	kind?: string;
}

export type SeriesSelector = { region: string } | { year: number };

/** One collator (a `localeCompare(x, 'zh')` per comparison costs seconds over thousands of reports). */
const ZH = new Intl.Collator('zh');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function selectSeries<T extends SeriesMember>(reports: T[], sel: SeriesSelector): T[] {
	if ('region' in sel) {
		return reports.filter((r) => r.region === sel.region && r.year !== undefined).sort((a, b) => a.year! - b.year! || byCode(a.id, b.id));
	}
	return reports.filter((r) => r.year === sel.year).sort((a, b) => ZH.compare(a.region ?? '', b.region ?? '') || byCode(a.id, b.id));
}

/** The same region's report of the latest earlier year (the same kind preferred). */
export function predecessorOf<T extends SeriesMember>(reports: T[], report: SeriesMember): T | undefined {
	if (!report.region || report.year === undefined) return undefined;
	const earlier = reports.filter((r) => r.id !== report.id && r.region === report.region && r.year !== undefined && r.year < report.year!);
	if (!earlier.length) return undefined;
	const best = Math.max(...earlier.map((r) => r.year!));
	const sameYear = earlier.filter((r) => r.year === best);
	return sameYear.find((r) => r.kind === report.kind) ?? sameYear[0];
}

/** Regions with how many reports each, most first (for the series picker). */
export function regionsOf(reports: SeriesMember[]): { region: string; count: number }[] {
	const m = new Map<string, number>();
	for (const r of reports) if (r.region) m.set(r.region, (m.get(r.region) ?? 0) + 1);
	return [...m].map(([region, count]) => ({ region, count })).sort((a, b) => b.count - a.count || ZH.compare(a.region, b.region));
}
