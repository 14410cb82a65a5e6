/**
 * The draft checker: a draft against the report it follows — sentence
 * reuse, changed figures, topic shifts — plus the proofreading lint.
 *
 * The three comparisons go through swappable parts (`DraftParts`): the
 * lead plugs in the diff engine, the figure extractor and the topic
 * classifier by passing them here (or changing the defaults below — one
 * import each). Lint findings are the real lint.
 */
import { lint, type Finding } from '../lint';
import { parseReport, type ParsedReport, type ReportMeta } from '../parse';
import { compareDrafts, type CompareDrafts, type DraftComparison } from './compare';
import { changedFigures, extractFiguresMinimal, type ChangedFigure, type FigureExtractor } from './figures';
import { classifyByCues, topicShifts, type TopicClassifier, type TopicShift } from './topics';

export type { ChangedFigure, DraftFigure, FigureExtractor } from './figures';
export type { DraftComparison, ReuseStatus, SentenceMatch, CompareDrafts } from './compare';
export type { TopicClassifier, TopicShift } from './topics';
export { compareDrafts } from './compare';

export interface DraftParts {
	compare: CompareDrafts;
	figures: FigureExtractor;
	topics: TopicClassifier;
}

export const DEFAULT_PARTS: DraftParts = { compare: compareDrafts, figures: extractFiguresMinimal, topics: classifyByCues };

export interface DraftSentence {
	start: number;
	end: number;
	text: string;
	status: 'same' | 'edited' | 'new';
	similarity: number;
	/** The old sentence it reuses, as written there. */
	oldText?: string;
}

export interface DraftCheck {
	meta: ReportMeta;
	comparison: Pick<DraftComparison, 'shares' | 'charShares' | 'counts'>;
	sentences: DraftSentence[];
	figures: ChangedFigure[];
	topics: TopicShift[];
	findings: Finding[];
}

/** Check `draftInput` against an old report. Nothing is stored. */
export function checkDraft(draftInput: string, old: ParsedReport, parts: Partial<DraftParts> = {}): DraftCheck {
	const p = { ...DEFAULT_PARTS, ...parts };
	const draft = parseReport(draftInput);
	const comparison = p.compare(old, draft);
	return {
		meta: draft.meta,
		comparison: { shares: comparison.shares, charShares: comparison.charShares, counts: comparison.counts },
		sentences: comparison.matches.map((m) => {
			const s = draft.sentences[m.sentence];
			const o = m.old !== undefined ? old.sentences[m.old] : undefined;
			return {
				start: s.start,
				end: s.end,
				text: draft.text.slice(s.textStart, s.textEnd),
				status: m.status,
				similarity: m.similarity,
				oldText: o && m.status === 'edited' ? old.text.slice(o.textStart, o.textEnd) : undefined
			};
		}),
		figures: changedFigures(old, draft, comparison, p.figures),
		topics: topicShifts(old, draft, p.topics),
		findings: lint(draftInput, draft)
	};
}

/** Only a draft's metadata, to pick the report to check against. */
export function draftMeta(draftInput: string): ReportMeta {
	return parseReport(draftInput).meta;
}
