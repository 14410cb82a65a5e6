/**
 * The diff as the app serves it: corpus reports, jieba segmentation, and a
 * small memory cache keyed by both reports' content hashes and the options,
 * so paging through a diff's URL states does not recompute it.
 */
import { diffReports, scopeToSection, sectionRange, toView, withDefaults, type DiffOptions, type DiffView } from '../core/diff/index';
import { intlSegmenter } from '../core/diff/segmenter';
import { changeAnnotations, figureChangesInDiff, type DiffFigures } from '../core/figures/diff-changes';
import { convertValue, regionSeries, seriesKeyOf, type Series } from '../core/figures/series';
import type { CorpusStore } from './corpus';
import { corpusFigures, figuresOf } from './figures';
import { jiebaSegmenter } from './jieba';


export interface DiffRequest {
	a: string;
	b: string;
	/** Section id in A; its counterpart in B is found unless `sectionB` names it. */
	section?: string;
	sectionB?: string;
	options?: Partial<DiffOptions>;
}

export type DiffOutcome = { view: DiffView; sectionA?: string; sectionB?: string; figures: DiffFigures | null } | { error: 'no-report' | 'no-section' | 'no-counterpart'; which?: 'a' | 'b' };

const cache = new Map<string, DiffOutcome>();
const CACHE_SIZE = 16;

export function serveDiff(corpus: CorpusStore, req: DiffRequest): DiffOutcome {
	const ea = corpus.get(req.a);
	const eb = corpus.get(req.b);
	if (!ea) return { error: 'no-report', which: 'a' };
	if (!eb) return { error: 'no-report', which: 'b' };
	const options = withDefaults(req.options);
	const key = JSON.stringify([ea.hash, eb.hash, req.section ?? '', req.sectionB ?? '', options]);
	const hit = cache.get(key);
	if (hit) return hit;

	const a = corpus.parsed(req.a)!;
	const b = corpus.parsed(req.b)!;
	let outcome: DiffOutcome;
	let rangesA, rangesB, sectionA, sectionB;
	if (req.section) {
		const scope = scopeToSection(a, b, req.section, options, req.sectionB || undefined);
		if (!scope) return { error: 'no-section', which: 'a' };
		if (!scope.b) return { error: 'no-counterpart', which: 'b' };
		rangesA = [sectionRange(scope.a)];
		rangesB = [sectionRange(scope.b)];
		sectionA = scope.a.heading;
		sectionB = scope.b.heading;
	}
	const result = diffReports({ report: a, ranges: rangesA }, { report: b, ranges: rangesB }, { options, segmenter: jiebaSegmenter() ?? intlSegmenter });
	outcome = { view: toView(result, a.text, b.text), sectionA, sectionB, figures: changedFigures(corpus, req.a, req.b, result) };
	cache.set(key, outcome);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return outcome;
}

/**
 * Figures that changed between two reports of one region (year on year). Two
 * cities giving different numbers is a difference, not a change: none then.
 */
function changedFigures(corpus: CorpusStore, a: string, b: string, result: Parameters<typeof figureChangesInDiff>[0]): DiffFigures | null {
	const region = corpus.get(b)?.meta.region;
	if (!region || corpus.get(a)?.meta.region !== region) return null;
	const series = regionSeries(corpusFigures(corpus, (m) => m.region === region), region);
	const changes = figureChangesInDiff(result, figuresOf(corpus, a) ?? [], figuresOf(corpus, b) ?? [], { series });
	const used: Record<string, Series> = {};
	const keyOf = new Map<(typeof changes)[number], string>();
	for (const c of changes) {
		const { change } = c;
		// The series under the old wording and under the new one (a reworded
		// indicator is still one measure): together, they are its history.
		const keys = [...new Set([change.seriesKey, seriesKeyOf(change.old), seriesKeyOf(change.new)].filter((k): k is string => !!k))];
		const parts = keys.map((k) => series.find((x) => x.key === k)).filter((x): x is Series => !!x);
		if (!parts.length) continue;
		if (parts.length === 1) {
			used[parts[0].key] = parts[0];
			keyOf.set(c, parts[0].key);
			continue;
		}
		const key = parts.map((p) => p.key).join('+');
		const seen = new Set<string>();
		const points = parts
			.flatMap((p) => p.points.map((pt) => ({ ...pt, value: convertValue(pt.value, p.unit, parts[0].unit) ?? pt.value })))
			.filter((pt) => !seen.has(`${pt.year}|${pt.kind}`) && seen.add(`${pt.year}|${pt.kind}`))
			.sort((x, y) => x.year - y.year);
		used[key] = { ...parts[0], key, indicator: change.indicator, points };
		keyOf.set(c, key);
	}
	return {
		changes: changes.map((c) => ({ change: c.change, key: keyOf.get(c) ?? null })).map(({ change, key }) => ({
			indicator: change.indicator,
			unit: change.unit,
			oldValue: change.oldValue,
			newValue: change.newValue,
			oldRaw: change.old.raw,
			newRaw: change.new.raw,
			oldPeriod: change.old.period,
			newPeriod: change.new.period,
			context: change.new.context,
			seriesKey: key
		})),
		annotations: changeAnnotations(changes),
		series: used
	};
}
