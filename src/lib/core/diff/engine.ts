/**
 * The hierarchical diff of two texts taken from parsed reports: sections
 * pair up, sentences pair up by similarity (steered by the section pairs),
 * and each pair of similar sentences gets a word-level diff. The result
 * keeps the original characters: options change what counts as equal, not
 * what is shown.
 */
import type { ParsedReport } from '../parse';
import type { Alignment } from './base';
import { withDefaults, type DiffOptions } from './options';
import { buildRows, type Row } from './rows';
import { pairSections } from './section-aligner';
import { buildSegments, type Segment } from './segments';
import { intlSegmenter, type Segmenter } from '../segmenter/base';
import { ancestorsOf, SentenceAligner } from './sentence-aligner';
import { computeStats, type DiffStats } from './stats';
import { tokenizeMany } from './tokens';
import { unitsOf, type Range, type Unit } from './units';
import { diffWords, type WordDiff } from './words';

/** One side of a comparison: a report and the ranges of its text to compare (default: all of it). */
export interface DiffInput {
	report: ParsedReport;
	ranges?: Range[];
}

export interface DiffSide {
	ranges: Range[];
	units: Unit[];
	segments: Segment[];
	/** Segments of unit `u` are `segments.slice(unitSegments[u], unitSegments[u + 1])`. */
	unitSegments: number[];
}

export interface DiffResult {
	a: DiffSide;
	b: DiffSide;
	/** Unit pairs (A unit, B unit), sorted by A. */
	pairs: Alignment['pairs'];
	/** Paired sections, A id → B id. */
	sections: [string, string][];
	rows: Row[];
	stats: DiffStats;
	options: DiffOptions;
}

export interface DiffSettings {
	options?: Partial<DiffOptions>;
	/** Word segmenter for the word level (the server and CLI pass jieba). */
	segmenter?: Segmenter;
}

export function wholeText(report: ParsedReport): Range[] {
	return [{ start: 0, end: report.text.length }];
}

export function diffReports(a: DiffInput, b: DiffInput, settings: DiffSettings = {}): DiffResult {
	const o = withDefaults(settings.options);
	const segment = settings.segmenter ?? intlSegmenter;
	const rangesA = a.ranges ?? wholeText(a.report);
	const rangesB = b.ranges ?? wholeText(b.report);
	const unitsA = unitsOf(a.report, rangesA, o);
	const unitsB = unitsOf(b.report, rangesB, o);

	const sectionPairs = pairSections(a.report.sections, b.report.sections, o);
	const aligner = new SentenceAligner(sectionPairs, ancestorsOf(a.report.sections), ancestorsOf(b.report.sections));
	const alignment = aligner.align(unitsA, unitsB);

	// Tokenize only sentences that are edited: identical and lone units need no word level.
	const similar = alignment.pairs.map((p, pi) => ({ p, pi })).filter(({ p }) => p.kind === 'similar');
	const core = (u: Unit) => ({ start: u.start, end: u.coreEnd });
	const tokensA = tokenizeMany(
		a.report.text,
		similar.map(({ p }) => core(unitsA[p.a])),
		segment,
		o
	);
	const tokensB = tokenizeMany(
		b.report.text,
		similar.map(({ p }) => core(unitsB[p.b])),
		segment,
		o
	);
	const words = new Map<number, WordDiff>();
	similar.forEach(({ pi }, k) => words.set(pi, diffWords(tokensA[k], tokensB[k])));
	const segs = buildSegments(unitsA, unitsB, alignment, { tokens: (pi) => words.get(pi)! });

	return {
		a: { ranges: rangesA, units: unitsA, segments: segs.a, unitSegments: Array.from(segs.unitSegmentsA) },
		b: { ranges: rangesB, units: unitsB, segments: segs.b, unitSegments: Array.from(segs.unitSegmentsB) },
		pairs: alignment.pairs,
		sections: [...sectionPairs],
		rows: buildRows(unitsA.length, unitsB.length, alignment),
		stats: computeStats(unitsA, unitsB, alignment, segs.a, segs.b, a.report.text, b.report.text),
		options: o
	};
}
