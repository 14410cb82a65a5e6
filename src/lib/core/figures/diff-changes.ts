/**
 * Figures that changed in a diff: within every pair of sentences the diff
 * engine lined up (identical or edited), the figures of the old sentence
 * are matched with those of the new one (`figureChanges`, pairing leftovers
 * by position, since an edited sentence may reword its indicator). The
 * result feeds the diff view's highlights and its list of changed figures.
 */
import type { DiffAnnotation, DiffAnnotations } from '../diff/annotations';
import type { DiffResult } from '../diff/engine';
import { figureChanges, type ChangeOptions, type FigureChange, type FigureChangeView } from './changes';
import type { Figure } from './extract';
import { change } from './format';
import type { Series } from './series';

export interface DiffFigureChange {
	change: FigureChange<Figure>;
	/** The paired units (sentences) in the diff, A side and B side. */
	unitA: number;
	unitB: number;
}

function inUnit(figures: Figure[], start: number, end: number): Figure[] {
	return figures.filter((f) => f.textStart >= start && f.textStart < end);
}

export function figureChangesInDiff(
	result: DiffResult,
	figuresA: Figure[],
	figuresB: Figure[],
	opts: Omit<ChangeOptions, 'pairByPosition'> = {}
): DiffFigureChange[] {
	const out: DiffFigureChange[] = [];
	for (const p of result.pairs) {
		const ua = result.a.units[p.a];
		const ub = result.b.units[p.b];
		const fa = inUnit(figuresA, ua.start, ua.end);
		const fb = inUnit(figuresB, ub.start, ub.end);
		if (!fa.length || !fb.length) continue;
		for (const ch of figureChanges(fa, fb, { ...opts, pairByPosition: true })) out.push({ change: ch, unitA: p.a, unitB: p.b });
	}
	return out;
}

/** Highlights for the diff viewer: each changed figure on both sides, labelled old → new and the change. */
export function changeAnnotations(changes: DiffFigureChange[]): { a: DiffAnnotation[]; b: DiffAnnotation[] } {
	const a: DiffAnnotation[] = [];
	const b: DiffAnnotation[] = [];
	for (const { change: ch } of changes) {
		const c = change(ch.oldValue, ch.newValue);
		const sign = c.abs > 0 ? '+' : c.abs < 0 ? '−' : '±';
		const rel = c.rel === null ? '' : `, ${sign}${Math.abs(c.rel * 100).toFixed(1)}%`;
		const label = `${ch.indicator}: ${ch.old.raw} → ${ch.new.raw} (${c.abs > 0 ? '▲' : '▼'} ${sign}${trim(Math.abs(c.abs))}${ch.unit === '%' ? '个百分点' : ch.unit}${rel})`;
		a.push({ start: ch.old.textStart, end: ch.old.textEnd, label, kind: 'figure-changed' });
		b.push({ start: ch.new.textStart, end: ch.new.textEnd, label, kind: 'figure-changed' });
	}
	return { a, b };
}

function trim(n: number): string {
	return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

export interface DiffFigures {
	/** The changed figures, each with the key of its region series for the sparkline. */
	changes: FigureChangeView[];
	annotations: DiffAnnotations;
	series: Record<string, Series>;
}
