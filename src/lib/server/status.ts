/**
 * What the pages show about the corpus itself: files that are not reports
 * (summarised by reason, a bounded list), and whether the index is still
 * being built or could not be kept on disk.
 */
import type { ProblemCode, ProblemSummary } from '../core/corpus/problems';
import type { CorpusProblem, CorpusStore } from './corpus';
import type { IndexNotice } from './store/types';

/** The system's own words for a file that could not be read (EACCES, a locked index…): short, and no absolute path. */
function detailOf(p: CorpusProblem): string | undefined {
	if (!p.error || (p.code !== 'unreadable' && p.code !== 'encoding')) return undefined;
	return p.error.replace(/(?:[A-Za-z]:)?[\\/][^\s'",:]*[\\/]([^\s'",:/\\]+)/g, '…/$1').slice(0, 160);
}

export function corpusProblems(corpus: CorpusStore, max = 200): ProblemSummary {
	const problems = corpus.problems;
	const counts = new Map<ProblemCode, number>();
	for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
	return {
		total: problems.length,
		byCode: [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count),
		items: problems.slice(0, max).map((p) => {
			const detail = detailOf(p);
			const year =
				p.code === 'year-from-text'
					? { year: p.year, pathYear: p.pathYear, date: p.date, ...(p.reviews !== undefined ? { reviews: p.reviews } : {}) }
					: {};
			return { file: p.file, code: p.code, ...(p.id ? { id: p.id } : {}), ...(detail ? { detail } : {}), ...year };
		})
	};
}

export interface CorpusStatus {
	indexing: { done: number; total: number } | null;
	/** The tree is being compared with the index (the last catalog is served meanwhile). */
	checking: boolean;
	notices: IndexNotice[];
}

export function corpusStatus(corpus: CorpusStore): CorpusStatus {
	const p = corpus.progress;
	return {
		indexing: p.running && !p.checking ? { done: p.done, total: p.total } : null,
		checking: Boolean(p.running && p.checking),
		notices: corpus.notices.filter((n) => n !== 'memory')
	};
}
