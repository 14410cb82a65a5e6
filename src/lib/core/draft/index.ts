/**
 * The draft checker: a draft against the report it follows — sentence
 * reuse, changed figures, topic shifts — plus the proofreading lint.
 *
 * The three comparisons go through swappable parts (`DraftParts`): the
 * sentence comparison (the lead swaps in the diff engine), the figure
 * extractor (../figures) and the topic classifier (../topics). The old
 * report's figures and topics may be passed in already computed (the
 * server caches them), so only the draft is analysed per check.
 */
import { lint, type Finding } from '../lint';
import { parseReport, type ParsedReport, type ReportMeta } from '../parse';
import { TextMap } from '../textmap';
import type { Figure } from '../figures/extract';
import type { Series } from '../figures/series';
import type { ReportTopics } from '../topics/index';
import type { CompareDrafts, DraftComparison } from './compare';
import { compareDraftsByDiff } from './compare-diff';
import { changedFigures, extractReportFigures, type FigureExtractor } from './figures';
import type { FigureChangeView } from '../figures/changes';
import { classifyTopics, comparableOldTopics, topicShifts, type TopicClassifier, type TopicScope, type TopicShift } from './topics';

export type { FigureExtractor } from './figures';
export type { DraftComparison, CompareDrafts, WordPiece } from './compare';
import type { WordPiece } from './compare';
import type { Segmenter } from '../segmenter/base';
export type { TopicClassifier, TopicScope, TopicShift } from './topics';
/** Sentence reuse, computed by the diff engine. */
export const compareDrafts: CompareDrafts = compareDraftsByDiff;
export { draftRecord } from './record';

export interface DraftParts {
	compare: CompareDrafts;
	figures: FigureExtractor;
	topics: TopicClassifier;
}

export const DEFAULT_PARTS: DraftParts = { compare: compareDraftsByDiff, figures: extractReportFigures, topics: classifyTopics };

/** The report a draft is checked against; figures and topics are computed when not given. */
export interface OldReport {
	report: ParsedReport;
	/** Its decoded input (what figure offsets point into). */
	input: string;
	figures?: Figure[];
	topics?: ReportTopics;
}

export interface CheckOptions extends Partial<DraftParts> {
	/** The region's figure series: changed figures then carry a series key for a sparkline. */
	series?: Series[];
}

export interface DraftSentence {
	start: number;
	end: number;
	text: string;
	status: 'same' | 'edited' | 'new';
	similarity: number;
	/** The old sentence it reuses, as written there. */
	oldText?: string;
	/** An edited sentence's word-level edits; `same`/`ins` offsets point into the draft input. */
	words?: WordPiece[];
}

export interface DraftCheck {
	meta: ReportMeta;
	comparison: Pick<DraftComparison, 'shares' | 'charShares' | 'counts'>;
	sentences: DraftSentence[];
	/** Changed figures of the reused-with-edits sentences, in the views' one shape (old → new, the new figure's sentence). */
	figures: FigureChangeView[];
	topics: TopicShift[];
	/** What the topic shares compare (whole reports, the reused part, or nothing comparable). */
	topicScope: TopicScope;
	findings: Finding[];
}

/**
 * Check `draftInput` against an old report. `segmenter` cuts words for the
 * sentence comparison and the lint alike: pass the diff view's (jieba on the
 * server), so the checker and /diff agree. Nothing is stored.
 */
export function checkDraft(draftInput: string, old: OldReport, segmenter: Segmenter, opts: CheckOptions = {}): DraftCheck {
	const { series, ...parts } = opts;
	const p = { ...DEFAULT_PARTS, ...parts };
	const draft = parseReport(draftInput);
	const map = new TextMap(draft.pieces);
	const comparison = p.compare(old.report, draft, segmenter);
	const draftTopics = p.topics(draft);
	const oldTopics = old.topics ?? p.topics(old.report);
	// Figures take their topics from the classification just made (no second run).
	const draftFigures = p.figures(draft, draftInput, draftTopics);
	const oldFigures = old.figures ?? p.figures(old.report, old.input, oldTopics);
	const reusedOld = comparison.matches.flatMap((m) => (m.old !== undefined ? [old.report.sentences[m.old].textStart] : []));
	const scoped = comparableOldTopics(
		oldTopics,
		old.report.text.length,
		draft.text.length,
		reusedOld,
		comparison.charShares.same + comparison.charShares.edited
	);
	return {
		meta: draft.meta,
		comparison: { shares: comparison.shares, charShares: comparison.charShares, counts: comparison.counts },
		sentences: comparison.matches.map((m) => {
			const s = draft.sentences[m.sentence];
			const o = m.old !== undefined ? old.report.sentences[m.old] : undefined;
			return {
				start: s.start,
				end: s.end,
				text: draft.text.slice(s.textStart, s.textEnd),
				status: m.status,
				similarity: m.similarity,
				oldText: o && m.status === 'edited' ? old.report.text.slice(o.textStart, o.textEnd) : undefined,
				words: m.words?.map((w) => (w.kind === 'del' ? w : { kind: w.kind, start: map.toInput(w.start), end: map.toInput(w.end, 'end') }))
			};
		}),
		figures: changedFigures(oldFigures, draftFigures, comparison, series),
		topics: scoped.scope.scope === 'none' ? [] : topicShifts(scoped.topics, draft, draftTopics),
		topicScope: scoped.scope,
		findings: lint(draftInput, segmenter, draft)
	};
}

/** Proofreading alone (no report to compare with): the draft's metadata and the lint findings. */
export function proofreadDraft(draftInput: string, segmenter: Segmenter): { meta: ReportMeta; findings: Finding[] } {
	const draft = parseReport(draftInput);
	return { meta: draft.meta, findings: lint(draftInput, segmenter, draft) };
}

/** Only a draft's metadata, to pick the report to check against. */
export function draftMeta(draftInput: string): ReportMeta {
	return parseReport(draftInput).meta;
}
