/**
 * Which figures changed between two texts: two figure lists in (an old
 * passage and a new one — aligned passages of the compare view, a sentence
 * and its edited successor in a draft, hunks of the diff view), matched
 * changes out, old → new with the absolute and relative change.
 *
 * Figures are matched only when they measure the same thing: the same
 * series key (normalised indicator, synonyms folded, and unit dimension —
 * 32家 never meets 30个, % never meets 个百分点). Within one key, figures
 * of the same kind class (results with results, targets and plans with
 * targets and plans) pair first, in reading order; what is left pairs across
 * classes (a target beside the result reported later), flagged
 * `sameKind: false` so a view can say so. Part-year figures (1—4月份) only
 * ever meet part-year figures. Values are converted to one unit (the
 * series' unit when a series is given, else the old figure's).
 *
 * Two versions of one sentence may rename what a figure measures; with
 * `pairByPosition` the figures left over pair by their order among the
 * figures of the same unit dimension.
 */
import { bigramBag, multisetDice } from '../text/bigrams';
import type { Figure } from './extract';
import type { FigureKind } from './period';
import { change } from './format';
import { unitDimension } from './scan';
import { convertValue, indicatorKey, recurringName, seriesKeyOf, type Series } from './series';

/** What matching needs of a figure; views keep the rest (raw, offsets, context). */
export type ChangeableFigure = Pick<Figure, 'value' | 'unit' | 'indicator' | 'kind' | 'period'> & {
	partial?: boolean;
	multiYear?: boolean;
	stat?: Figure['stat'];
};

/** An indicator naming a change (提高30元, 增长5%), not a level (610元). */
const CHANGE_NAME =
	/(增长|增加|提高|下降|降低|减少|上升|扩大|缩小|增产|减产|净增|上涨|回落|提升|下调|上调|增速|增幅|涨幅|降幅|比[^，,]{0,8}[高低多少])$/;

function direction(indicator: string): 'up' | 'down' | null {
	if (/(下降|降低|减少|低|少|缩小|回落|下调|减产|降幅)$/.test(indicator)) return 'down';
	if (/(增长|增加|提高|上升|高|多|扩大|上涨|提升|上调|增产|净增)$/.test(indicator)) return 'up';
	return null;
}

/**
 * Figures that measure the same kind of thing: a level never meets an
 * increment (610元 vs 提高30元), a several-year figure never meets one
 * year's (年均增长5.1% vs 增长6.1%), a year-end value never an average, a
 * part-year figure only a part-year one.
 */
export function likeWithLike(a: ChangeableFigure, b: ChangeableFigure): boolean {
	if (!!a.partial !== !!b.partial) return false;
	if (!!a.multiYear !== !!b.multiYear || /年均|累计/.test(a.indicator) !== /年均|累计/.test(b.indicator)) return false;
	if (CHANGE_NAME.test(a.indicator) !== CHANGE_NAME.test(b.indicator)) return false;
	// 比去年预算低0.4个百分点 vs 比去年预算高0.2个百分点: a fall and a rise are not one measure.
	const da = direction(a.indicator);
	const db = direction(b.indicator);
	if (da && db && da !== db) return false;
	if (a.stat && b.stat && a.stat !== b.stat) return false;
	return true;
}

export interface FigureChange<F extends ChangeableFigure = Figure> {
	/** Series key (indicator|dimension): the same key `buildSeries` gives. */
	key: string;
	/** Display name: the series' name when a series is known, else the new wording. */
	indicator: string;
	/** Unit of `oldValue` and `newValue`. */
	unit: string;
	oldValue: number;
	newValue: number;
	/** newValue − oldValue, in `unit`. */
	abs: number;
	/** Relative change, null when the old value is 0. */
	rel: number | null;
	old: F;
	new: F;
	/** Both results, or both targets/plans; false for a target beside a later result. */
	sameKind: boolean;
	matchedBy: 'indicator' | 'position';
	/** Key of the given series holding this indicator (for a sparkline), else null. */
	seriesKey: string | null;
}

/**
 * A changed figure as every view shows it — the diff's list, the compare
 * view's cells, the draft checker's table: one shape, built by `changeView`
 * from a `FigureChange` (which also holds both figures, for matching and
 * highlights).
 */
export interface FigureChangeView {
	indicator: string;
	unit: string;
	oldValue: number;
	newValue: number;
	oldRaw: string;
	newRaw: string;
	oldPeriod: number | null;
	newPeriod: number | null;
	oldKind: FigureKind;
	newKind: FigureKind;
	/** The new figure's sentence. */
	context: string;
	/** Key of the series to draw beside it (a sparkline), or null. */
	seriesKey: string | null;
	/** The name shown recurs across the collection (as Figure.recurring): views mark the others with a ?. */
	recurring: boolean;
}

/** The view of a change; `seriesKey` overrides the change's own (a view may merge or qualify series). */
export function changeView(c: FigureChange<Figure>, seriesKey: string | null = c.seriesKey): FigureChangeView {
	return {
		indicator: c.indicator,
		unit: c.unit,
		oldValue: c.oldValue,
		newValue: c.newValue,
		oldRaw: c.old.raw,
		newRaw: c.new.raw,
		oldPeriod: c.old.period,
		newPeriod: c.new.period,
		oldKind: c.old.kind,
		newKind: c.new.kind,
		context: c.new.context,
		seriesKey,
		recurring: recurringName(c.indicator)
	};
}

export interface ChangeOptions {
	/** Series the figures belong to (e.g. the region's): values use their unit, changes carry their key. */
	series?: Series[];
	/** Pair figures left unmatched by their order within a unit dimension (two versions of one sentence). */
	pairByPosition?: boolean;
	/** Also return pairs whose value did not change. */
	includeUnchanged?: boolean;
}

const isResult = (f: ChangeableFigure) => f.kind === 'actual';

function dimension(unit: string): string {
	return unitDimension(unit)?.dim ?? `unit:${unit}`;
}

function sameValue(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Figures that changed between `oldFigures` and `newFigures`, in the new list's order. */
export function figureChanges<F extends ChangeableFigure>(oldFigures: F[], newFigures: F[], opts: ChangeOptions = {}): FigureChange<F>[] {
	const seriesByKey = new Map((opts.series ?? []).map((s) => [s.key, s]));
	const pairOf = new Map<number, { old: number; by: 'indicator' | 'position' }>();
	const usedOld = new Set<number>();

	const keyOf = (f: F) => (indicatorKey(f.indicator).length >= 2 ? seriesKeyOf(f) : null);
	const oldKeys = oldFigures.map(keyOf);
	const newKeys = newFigures.map(keyOf);
	const compatible = (i: number, k: number) => likeWithLike(oldFigures[i], newFigures[k]);

	// Same key: same kind class first, then across classes; reading order within each pass.
	for (const sameClass of [true, false]) {
		newFigures.forEach((nf, k) => {
			if (pairOf.has(k) || newKeys[k] === null) return;
			const i = oldFigures.findIndex(
				(of, j) => !usedOld.has(j) && oldKeys[j] === newKeys[k] && compatible(j, k) && (!sameClass || isResult(of) === isResult(nf))
			);
			if (i < 0) return;
			usedOld.add(i);
			pairOf.set(k, { old: i, by: 'indicator' });
		});
	}

	if (opts.pairByPosition) {
		// Two versions of one sentence may reword what a figure measures
		// (提请市人大出台地方性法规 / 提请市人大常委会审议地方性法规): among the figures
		// still unpaired in a unit dimension, the most similar indicators pair first;
		// the rest pair by order, but only when both sides have as many left —
		// otherwise order says nothing about which is which.
		const leftOld = oldFigures.map((_, i) => i).filter((i) => !usedOld.has(i));
		const leftNew = newFigures.map((_, k) => k).filter((k) => !pairOf.has(k));
		const candidates: { i: number; k: number; sim: number }[] = [];
		const oldBags = new Map(leftOld.map((i) => [i, bigramBag(oldFigures[i].indicator)]));
		for (const k of leftNew) {
			const newBag = bigramBag(newFigures[k].indicator);
			for (const i of leftOld) {
				if (dimension(oldFigures[i].unit) !== dimension(newFigures[k].unit) || !compatible(i, k)) continue;
				const sim = multisetDice(oldBags.get(i)!, newBag);
				if (sim >= 0.4) candidates.push({ i, k, sim });
			}
		}
		candidates.sort((x, y) => y.sim - x.sim);
		for (const c of candidates) {
			if (usedOld.has(c.i) || pairOf.has(c.k)) continue;
			usedOld.add(c.i);
			pairOf.set(c.k, { old: c.i, by: 'position' });
		}
		const byDim = (idx: number[], list: F[]) => {
			const m = new Map<string, number[]>();
			for (const x of idx) m.set(dimension(list[x].unit), [...(m.get(dimension(list[x].unit)) ?? []), x]);
			return m;
		};
		const restOld = byDim(
			leftOld.filter((i) => !usedOld.has(i)),
			oldFigures
		);
		const restNew = byDim(
			leftNew.filter((k) => !pairOf.has(k)),
			newFigures
		);
		for (const [d, ks] of restNew) {
			const is = restOld.get(d) ?? [];
			if (is.length !== ks.length) continue;
			ks.forEach((k, n) => {
				if (!compatible(is[n], k)) return;
				usedOld.add(is[n]);
				pairOf.set(k, { old: is[n], by: 'position' });
			});
		}
	}

	const out: FigureChange<F>[] = [];
	newFigures.forEach((nf, k) => {
		const p = pairOf.get(k);
		if (!p) return;
		const of = oldFigures[p.old];
		const key = newKeys[k] ?? oldKeys[p.old] ?? seriesKeyOf(nf);
		const series = seriesByKey.get(key);
		const unit = series && convertValue(of.value, of.unit, series.unit) !== null ? series.unit : of.unit;
		const oldValue = convertValue(of.value, of.unit, unit);
		const newValue = convertValue(nf.value, nf.unit, unit);
		if (oldValue === null || newValue === null) return;
		if (!opts.includeUnchanged && sameValue(oldValue, newValue)) return;
		const c = change(oldValue, newValue);
		out.push({
			key,
			indicator: series?.indicator ?? (nf.indicator || of.indicator),
			unit,
			oldValue,
			newValue,
			abs: c.abs,
			rel: c.rel,
			old: of,
			new: nf,
			sameKind: isResult(of) === isResult(nf),
			matchedBy: p.by,
			seriesKey: series ? key : null
		});
	});
	return out;
}

/** Figures of one report, or of one passage of it, with when and where it was written. */
export interface FigureSource<F extends ChangeableFigure = Figure> {
	region: string | null;
	year: number | null;
	figures: F[];
}

export interface SuccessiveChanges<F extends ChangeableFigure = Figure> {
	/** Indexes into the sources: the earlier one and the later one. */
	from: number;
	to: number;
	changes: FigureChange<F>[];
}

export interface SuccessiveOptions extends Omit<ChangeOptions, 'series'> {
	/** The series of a region (for units and sparklines). */
	seriesOf?: (region: string) => Series[];
}

/**
 * How figures moved across sources side by side (the columns of a compare
 * row, say): each source against the latest earlier source of the same
 * region. A figure "changes" only over time within one region; two cities
 * giving different numbers is a difference, not a change, so it is not
 * reported here. Null sources (empty cells) are skipped.
 */
export function successiveChanges<F extends ChangeableFigure>(
	sources: (FigureSource<F> | null)[],
	opts: SuccessiveOptions = {}
): SuccessiveChanges<F>[] {
	const { seriesOf, ...rest } = opts;
	const out: SuccessiveChanges<F>[] = [];
	sources.forEach((to, k) => {
		if (!to || !to.region || to.year === null || !to.figures.length) return;
		const year = to.year;
		let from = -1;
		sources.forEach((s, i) => {
			if (!s || i === k || s.region !== to.region || s.year === null || s.year >= year) return;
			if (from < 0 || s.year > sources[from]!.year!) from = i;
		});
		if (from < 0) return;
		const changes = figureChanges(sources[from]!.figures, to.figures, { ...rest, series: seriesOf?.(to.region) });
		if (changes.length) out.push({ from, to: k, changes });
	});
	return out;
}
