/** Rhetoric over the years: term trends, keyword in context, new and vanished terms. */
export { countOccurrences, foldForCount, per10k } from './fold';
export { kwic, type KwicLine } from './kwic';
export { predecessorOf, regionsOf, selectSeries, type SeriesMember, type SeriesSelector } from './series';
export { parseTerms, termTrend, type CountableReport, type Trend, type TrendPoint } from './trend';
export { isCandidate, termStats, TERMS_VERSION, type TermStats } from './terms';
export { newAndVanished, type DistinctTerm, type NewAndVanished } from './distinct';
