/**
 * Changed figures between an old report and a draft: in every sentence the
 * draft reused with edits, the figures that changed (old → new). Figures
 * come from the figure extractor (../figures) and are paired by
 * `figureChanges`, the same matching the compare and diff views use; as the
 * two sentences are versions of one another, figures whose indicator was
 * reworded also pair by position within their unit dimension. Each change
 * is a `FigureChangeView`, the one shape the diff and compare views show.
 */
import { changeView, figureChanges, type FigureChangeView } from '../figures/changes';
import { extractFigures, type Figure } from '../figures/extract';
import type { Series } from '../figures/series';
import { topicsOf } from '../figures/topic';
import type { ReportTopics } from '../topics/index';
import type { ParsedReport } from '../parse';
import type { DraftComparison } from './compare';

/** All figures of a report (its decoded input gives `raw`; its topics, when known, the figures' topics). */
export type FigureExtractor = (report: ParsedReport, input: string, topics?: ReportTopics) => Figure[];

export const extractReportFigures: FigureExtractor = (report, input, topics) =>
	extractFigures(report, input, topics ? { topicOf: topicsOf(topics) } : {});

function bySentence(figures: Figure[]): Map<number, Figure[]> {
	const m = new Map<number, Figure[]>();
	for (const f of figures) {
		let list = m.get(f.sentence);
		if (!list) m.set(f.sentence, (list = []));
		list.push(f);
	}
	return m;
}

/** Figures of reused-with-edits sentences whose value changed, old → new, in draft order. */
export function changedFigures(
	oldFigures: Figure[],
	draftFigures: Figure[],
	comparison: DraftComparison,
	series: Series[] = []
): FigureChangeView[] {
	const oldBy = bySentence(oldFigures);
	const draftBy = bySentence(draftFigures);
	const out: FigureChangeView[] = [];
	for (const m of comparison.matches) {
		if (m.status !== 'edited' || m.old === undefined) continue;
		const a = oldBy.get(m.old) ?? [];
		const b = draftBy.get(m.sentence) ?? [];
		if (!a.length || !b.length) continue;
		for (const c of figureChanges(a, b, { pairByPosition: true, series })) out.push(changeView(c));
	}
	return out;
}
