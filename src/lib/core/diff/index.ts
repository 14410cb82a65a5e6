/** The diff engine's public face: import from here, not from the modules. */
export { diffReports, wholeText, type DiffInput, type DiffResult, type DiffSide, type DiffSettings } from './engine';
export { DEFAULT_OPTIONS, comparisonKey, withDefaults, type DiffOptions } from './options';
export { scopeToSection, sectionRange, normalizeRanges, closestSections, type SectionScope } from './scope';
export { intlSegmenter, type Segmenter } from '../segment';
export { tokenize, type Token } from './tokens';
export type { Segment, SegmentStatus } from './segments';
export type { Row, RowKind } from './rows';
export type { DiffStats } from './stats';
export type { Range, Unit } from './units';
export { sideText, flatSegments, type FlatSegment } from './flat';
export { identicalSentenceViolations } from './checks';
export { inlinePieces, rowIsPair, type InlinePiece } from './inline';
export { annotationsBySegment, type DiffAnnotation, type DiffAnnotations } from './annotations';
export { toView, hunksOf, type DiffView, type ViewSide, type Hunk } from './view';
export { sharedPhrasesOf, phrasePiecesBySegment, type PhrasePiece, type SharedPhrase, type SharedPhrases, type SharedPhraseOptions } from './shared-phrases';
