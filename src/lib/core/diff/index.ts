/** The diff engine's public face: import from here, not from the modules. */
export { diffReports, type DiffResult } from './engine';
export { DEFAULT_OPTIONS, comparisonKey, withDefaults, type DiffOptions } from './options';
export { scopeToSection, sectionRange, closestSections } from './scope';
export { tokenize } from './tokens';
export type { DiffStats } from './stats';
export { sideText, flatSegments } from './flat';
export { identicalSentenceViolations } from './checks';
export { inlinePieces, rowIsPair } from './inline';
export { toView, type DiffView } from './view';
export { sharedPhrasesOf, type SharedPhrase } from './shared-phrases';
