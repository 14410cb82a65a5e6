/**
 * The diff as the app serves it: corpus reports, jieba segmentation, and a
 * small memory cache keyed by both reports' content hashes and the options,
 * so paging through a diff's URL states does not recompute it.
 */
import { diffReports, scopeToSection, sectionRange, toView, withDefaults, type DiffOptions, type DiffView } from '../core/diff/index';
import { intlSegmenter } from '../core/diff/segmenter';
import type { CorpusStore } from './corpus';
import { jiebaSegmenter } from './jieba';

export interface DiffRequest {
	a: string;
	b: string;
	/** Section id in A; its counterpart in B is found unless `sectionB` names it. */
	section?: string;
	sectionB?: string;
	options?: Partial<DiffOptions>;
}

export type DiffOutcome = { view: DiffView; sectionA?: string; sectionB?: string } | { error: 'no-report' | 'no-section' | 'no-counterpart'; which?: 'a' | 'b' };

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
	outcome = { view: toView(result, a.text, b.text), sectionA, sectionB };
	cache.set(key, outcome);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return outcome;
}
