export { extractFigures, figureRecord, FIGURES_VERSION, type Figure, type ExtractOptions } from './extract';
export type { FigureKind } from './period';
export { cueTopic, type TopicFn } from './topic';
