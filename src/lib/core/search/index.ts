/**
 * Corpus-wide search, the pure part (the query's URL is `$lib/urls/search`):
 * splitting a query into terms (quoted phrases kept whole), keyword-in-context
 * lines of a paragraph, and the counts per year/level and per region. The
 * server finds the paragraphs (store/ full-text index); this shapes them.
 */
import type { Level, ReportMeta } from '../meta';
import { csvRows } from '../csv';

export const LEVELS: Level[] = ['national', 'provincial', 'city', 'district'];

export interface SearchQuery {
	q: string;
	terms: string[];
	level?: Level;
	province?: string;
	region?: string;
	year?: number;
	topic?: string;
	page: number;
}

export const MAX_TERMS = 6;
export const PAGE_SIZE = 20;

/**
 * Terms of a query: `城市更新 新质生产力` is two terms (a report must use
 * both); `"城市 更新"` is one phrase, spaces included.
 */
export function searchTerms(q: string): string[] {
	const out: string[] = [];
	const re = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]|([^\s\u3000,，、;；"“”「」『』]+)/gu;
	for (const m of q.matchAll(re)) {
		const t = (m[1] ?? m[2]).trim().slice(0, 40);
		if (t && !out.includes(t)) out.push(t);
		if (out.length >= MAX_TERMS) break;
	}
	return out;
}

/** Does a report's metadata pass the filters? */
export function passes(meta: ReportMeta, query: Pick<SearchQuery, 'level' | 'province' | 'region' | 'year'>): boolean {
	if (query.level && meta.level !== query.level) return false;
	if (query.province && meta.province !== query.province && meta.region !== query.province) return false;
	if (query.region && meta.region !== query.region) return false;
	if (query.year !== undefined && meta.year !== query.year) return false;
	return true;
}

export interface KwicHit {
	before: string;
	match: string;
	after: string;
	/** Offsets of the match in the report's cleaned text. */
	start: number;
	end: number;
}

/** Every occurrence of any term in a paragraph starting at `paraStart`, with `width` characters around it. */
export function paragraphKwic(text: string, paraStart: number, terms: string[], width = 30): KwicHit[] {
	const found: { at: number; len: number }[] = [];
	const lower = text.toLowerCase();
	for (const t of terms) {
		const tl = t.toLowerCase();
		for (let i = lower.indexOf(tl); i >= 0; i = lower.indexOf(tl, i + tl.length)) found.push({ at: i, len: tl.length });
	}
	found.sort((a, b) => a.at - b.at);
	const hits: KwicHit[] = [];
	let lastEnd = -1;
	for (const f of found) {
		if (f.at < lastEnd) continue;
		lastEnd = f.at + f.len;
		hits.push({
			before: (f.at > width ? '…' : '') + text.slice(Math.max(0, f.at - width), f.at),
			match: text.slice(f.at, f.at + f.len),
			after: text.slice(f.at + f.len, f.at + f.len + width) + (f.at + f.len + width < text.length ? '…' : ''),
			start: paraStart + f.at,
			end: paraStart + f.at + f.len
		});
	}
	return hits;
}

export interface YearLevelCount {
	year: number;
	level: Level | 'other';
	/** Reports of that year and level (in the filtered corpus), and how many use the query. */
	reports: number;
	using: number;
}

export interface RegionCount {
	region: string;
	level?: Level;
	province?: string;
	/** Reports of the region using the query, of all its reports; paragraphs with a hit. */
	using: number;
	reports: number;
	paragraphs: number;
	first?: number;
}

/** Share of reports using the query per year and level; and per region, ranked. */
export function tally(all: { meta: ReportMeta; paragraphs: number }[]): { byYear: YearLevelCount[]; byRegion: RegionCount[] } {
	const years = new Map<string, YearLevelCount>();
	const regions = new Map<string, RegionCount>();
	for (const { meta, paragraphs } of all) {
		if (meta.year !== undefined) {
			const level = meta.level ?? 'other';
			const key = `${meta.year}\0${level}`;
			const y = years.get(key) ?? { year: meta.year, level, reports: 0, using: 0 };
			y.reports++;
			if (paragraphs > 0) y.using++;
			years.set(key, y);
		}
		if (meta.region) {
			const r = regions.get(meta.region) ?? {
				region: meta.region,
				level: meta.level,
				province: meta.province,
				using: 0,
				reports: 0,
				paragraphs: 0
			};
			r.reports++;
			if (paragraphs > 0) {
				r.using++;
				r.paragraphs += paragraphs;
				if (meta.year !== undefined && (r.first === undefined || meta.year < r.first)) r.first = meta.year;
			}
			regions.set(meta.region, r);
		}
	}
	return {
		byYear: [...years.values()].sort((a, b) => a.year - b.year || LEVELS.indexOf(a.level as Level) - LEVELS.indexOf(b.level as Level)),
		byRegion: [...regions.values()]
			.filter((r) => r.using > 0)
			.sort((a, b) => b.paragraphs - a.paragraphs || b.using - a.using || (a.region < b.region ? -1 : 1))
	};
}

export interface SearchCsvRow {
	id: string;
	meta: ReportMeta;
	paragraphs: number;
	occurrences: number;
}

/** One row per report using the query. */
export function searchCsv(terms: string[], rows: SearchCsvRow[]): string {
	const head = ['query', 'report', 'region', 'province', 'level', 'year', 'title', 'partial', 'paragraphs', 'occurrences'];
	return csvRows([
		head,
		...rows.map((r) => [
			terms.join(' '),
			r.id,
			r.meta.region,
			r.meta.province,
			r.meta.level,
			r.meta.year,
			r.meta.title,
			r.meta.partial,
			r.paragraphs,
			r.occurrences
		])
	]);
}
