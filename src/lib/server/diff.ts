/**
 * The diff as the app serves it: corpus reports, jieba's word segmentation (core/segmenter/), and a
 * small memory cache keyed by both reports' content hashes and the options,
 * so paging through a diff's URL states does not recompute it.
 */
import {
	closestSections,
	diffReports,
	scopeToSection,
	sectionRange,
	sharedPhrasesOf,
	toView,
	withDefaults,
	type DiffOptions,
	type DiffResult,
	type DiffView,
	type SharedPhrase
} from '../core/diff/index';
import { changeView } from '../core/figures/changes';
import { changeAnnotations, figureChangesInDiff, type DiffFigures } from '../core/figures/diff-changes';
import { convertValue, regionSeries, seriesKeyOf, type Series } from '../core/figures/series';
import type { CorpusStore } from './corpus';
import { corpusFigures, figuresOf } from './figures';
import { segmenter } from '../core/segmenter';

export interface DiffRequest {
	a: string;
	b: string;
	/** Section id in A; its counterpart in B is found unless `sectionB` names it. */
	section?: string;
	sectionB?: string;
	options?: Partial<DiffOptions>;
	/** Shared phrases: 'on', 'off', or (default) on when the texts are mostly different. */
	phrases?: 'on' | 'off' | 'auto';
}

/** Shared phrases as the viewer gets them: the top of the ranked list, and every marked range. */
export interface DiffPhrases {
	/** Whether the marks are shown, and whether that was decided by the texts (auto) or the URL. */
	on: boolean;
	auto: boolean;
	/** Number of shared phrases in all (the list holds the top ones). */
	total: number;
	list: SharedPhrase[];
	a: [number, number][];
	b: [number, number][];
}

export type DiffOutcome =
	| { view: DiffView; sectionA?: string; sectionB?: string; figures: DiffFigures | null; phrases: DiffPhrases }
	| { error: 'no-report' | 'no-section' | 'no-counterpart'; which?: 'a' | 'b'; closest?: { id: string; heading: string }[] };

/** Below this share of unchanged sentences, two texts are "mostly different": shared phrases show by default. */
export const PHRASES_AUTO_BELOW = 0.3;
const PHRASE_LIST = 40;

type Served = Exclude<DiffOutcome, { error: string }>;
/** A computed diff: what the page shows, the engine's result (for phrases on demand) and the phrases once computed. */
interface Entry {
	outcome: Omit<Served, 'phrases'>;
	result: DiffResult;
	textA: string;
	textB: string;
	phrases?: Omit<DiffPhrases, 'on' | 'auto'>;
}
const cache = new Map<string, Entry>();
const CACHE_SIZE = 16;

export function serveDiff(corpus: CorpusStore, req: DiffRequest): DiffOutcome {
	const entry = diffEntry(corpus, req);
	if ('error' in entry) return entry;
	const auto = (req.phrases ?? 'auto') === 'auto';
	const on = auto ? entry.outcome.view.stats.share.unchanged < PHRASES_AUTO_BELOW : req.phrases === 'on';
	// Computed only when shown: a year-on-year diff does not pay for them.
	if (on && !entry.phrases) {
		const shared = sharedPhrasesOf(entry.result, entry.textA, entry.textB);
		entry.phrases = { total: shared.phrases.length, list: shared.phrases.slice(0, PHRASE_LIST), a: shared.a, b: shared.b };
	}
	const phrases: DiffPhrases = on && entry.phrases ? { on, auto, ...entry.phrases } : { on: false, auto, total: 0, list: [], a: [], b: [] };
	return { ...entry.outcome, phrases };
}

function diffEntry(corpus: CorpusStore, req: DiffRequest): Entry | Extract<DiffOutcome, { error: string }> {
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
	let rangesA, rangesB, sectionA, sectionB;
	if (req.section) {
		const scope = scopeToSection(a, b, req.section, options, req.sectionB || undefined);
		if (!scope) return { error: 'no-section', which: 'a' };
		if (!scope.b)
			return {
				error: 'no-counterpart',
				which: 'b',
				closest: closestSections(a, b, req.section, options).map(({ id, heading }) => ({ id, heading }))
			};
		rangesA = [sectionRange(scope.a)];
		rangesB = [sectionRange(scope.b)];
		sectionA = scope.a.heading;
		sectionB = scope.b.heading;
	}
	const result = diffReports({ report: a, ranges: rangesA }, { report: b, ranges: rangesB }, { options, segmenter: segmenter() });
	const entry: Entry = {
		outcome: {
			view: toView(result, a.text, b.text, { a: a.sections, b: b.sections }),
			sectionA,
			sectionB,
			figures: changedFigures(corpus, req.a, req.b, result)
		},
		result,
		textA: a.text,
		textB: b.text
	};
	cache.set(key, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return entry;
}

/**
 * Figures that changed between two reports of one region (year on year). Two
 * cities giving different numbers is a difference, not a change: none then.
 */
function changedFigures(corpus: CorpusStore, a: string, b: string, result: Parameters<typeof figureChangesInDiff>[0]): DiffFigures | null {
	const region = corpus.get(b)?.meta.region;
	if (!region || corpus.get(a)?.meta.region !== region) return null;
	const series = regionSeries(
		corpusFigures(corpus, (m) => m.region === region),
		region
	);
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
		changes: changes.map((c) => changeView(c.change, keyOf.get(c) ?? null)),
		annotations: changeAnnotations(changes),
		series: used
	};
}
