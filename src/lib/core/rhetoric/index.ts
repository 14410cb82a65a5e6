/** Rhetoric over the years: term trends, keyword in context, new and vanished terms. */
export { foldForCount, per10k } from './fold';
export { kwic, type KwicLine } from './kwic';
export { predecessorOf, regionsOf, selectSeries, type SeriesMember } from './series';
export { parseTerms, termTrend, type Trend } from './trend';
export { termStats, TERMS_VERSION, type TermStats } from './terms';
export { newAndVanished, type DistinctTerm, type NewAndVanished } from './distinct';
