/**
 * Spread of a formula (新质生产力, 城市更新): the first year each region's
 * report uses it, and how many regions of each level have adopted it by each
 * year. Pure: the caller says, per report, whether the formula occurs.
 */
import type { Level } from '../meta';

export interface SpreadReport {
	id: string;
	region: string;
	level: Level;
	year: number;
	/** Occurrences of the formula in the report. */
	count: number;
}

export interface FirstUse {
	region: string;
	level: Level;
	year: number;
	id: string;
	count: number;
}

export interface AdoptionPoint {
	year: number;
	/** Regions of each level that have used the formula by this year (cumulative), and those with a report that year. */
	adopted: Record<Level, number>;
	reporting: Record<Level, number>;
}

export interface Spread {
	term: string;
	first: FirstUse[];
	adoption: AdoptionPoint[];
	/** Regions of each level with any report in the corpus. */
	regions: Record<Level, number>;
}

const LEVELS: Level[] = ['national', 'provincial', 'city', 'district'];
const zero = (): Record<Level, number> => ({ national: 0, provincial: 0, city: 0, district: 0 });

export function spreadOf(term: string, reports: SpreadReport[]): Spread {
	const first = new Map<string, FirstUse>();
	const regions = new Map<string, Level>();
	const reportingBy = new Map<number, Record<Level, number>>();
	for (const r of reports) {
		regions.set(`${r.level}:${r.region}`, r.level);
		const y = reportingBy.get(r.year) ?? reportingBy.set(r.year, zero()).get(r.year)!;
		y[r.level]++;
		if (!r.count) continue;
		const key = `${r.level}:${r.region}`;
		const f = first.get(key);
		if (!f || r.year < f.year) first.set(key, { region: r.region, level: r.level, year: r.year, id: r.id, count: r.count });
	}
	const firsts = [...first.values()].sort(
		(a, b) => a.year - b.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.region.localeCompare(b.region, 'zh')
	);
	const years = [...reportingBy.keys()].sort((a, b) => a - b);
	const from = firsts.length ? firsts[0].year : Infinity;
	const adoption: AdoptionPoint[] = [];
	const adopted = zero();
	let i = 0;
	for (const year of years) {
		if (year < from) continue;
		while (i < firsts.length && firsts[i].year <= year) adopted[firsts[i++].level]++;
		adoption.push({ year, adopted: { ...adopted }, reporting: reportingBy.get(year)! });
	}
	const regionCount = zero();
	for (const l of regions.values()) regionCount[l]++;
	return { term, first: firsts, adoption, regions: regionCount };
}
