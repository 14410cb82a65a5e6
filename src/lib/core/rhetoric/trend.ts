/**
 * Term trends: how often each term occurs per 10,000 characters in every
 * report of a series.
 */
import { countOccurrences, foldForCount, per10k } from './fold';

/** A report ready for counting: its folded text (see `foldForCount`). */
export interface CountableReport {
	id: string;
	year?: number;
	region?: string;
	title?: string;
	folded: string;
}

export interface TrendPoint {
	id: string;
	year?: number;
	region?: string;
	title?: string;
	/** Characters counted (folded text, whitespace out). */
	chars: number;
	/** Per term, in the order of `terms`. */
	counts: number[];
	per10k: number[];
}

export interface Trend {
	terms: string[];
	points: TrendPoint[];
}

/** Split a user's term list ("高质量发展,新质生产力" or with 、，; spaces). */
export function parseTerms(s: string | null | undefined, max = 6): string[] {
	if (!s) return [];
	const seen = new Set<string>();
	for (const t of s.split(/[,，、;；\s]+/)) {
		const term = t.trim().slice(0, 30);
		if (term && !seen.has(term)) seen.add(term);
	}
	return [...seen].slice(0, max);
}

export function termTrend(reports: CountableReport[], terms: string[]): Trend {
	const folded = terms.map((t) => foldForCount(t));
	return {
		terms,
		points: reports.map((r) => {
			const counts = folded.map((t) => countOccurrences(r.folded, t));
			return {
				id: r.id,
				year: r.year,
				region: r.region,
				title: r.title,
				chars: r.folded.length,
				counts,
				per10k: counts.map((c) => per10k(c, r.folded.length))
			};
		})
	};
}
