export { extractFigures, figureRecord, FIGURES_VERSION, type Figure, type ExtractOptions } from './extract';
export type { FigureKind } from './period';
export { topicsOf, classifierTopic, type TopicFn } from './topic';
export { buildSeries, regionSeries, yearSeries, seriesYears, indicatorKey, seriesKeyOf, convertValue, type Series, type SeriesPoint, type ReportFigures } from './series';
export { formatValue, change } from './format';
export { figuresCsv, seriesCsv } from './csv';
export { figureChanges, successiveChanges, type FigureChange, type FigureChangeView, changeView, type ChangeOptions, type ChangeableFigure, type FigureSource, type SuccessiveChanges } from './changes';
