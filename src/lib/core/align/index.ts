/**
 * Topic alignment: given 2–6 parsed reports (with their topics) and a
 * topic, each report's passages on it in reading order, with passages that
 * say the same thing placed on the same row and shared phrases marked.
 */
import type { ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import type { PassageTopic, ReportTopics } from '../topics/classify';
import { alignByMatter } from './match';
import {
	defaultMatters,
	matterDef,
	matterFocus,
	matterProfile,
	matterSimilarity,
	termSimilarity,
	type MatterProfile,
	type MatterTable
} from './matters';
import { centredVectors, closestPairs, dot, passageVector } from './vectors';
import { sectorsClash, sectorsOf } from './sectors';
import { isFraming, isNote, preambles, reportParts, skipOf, type Part, type Skip } from './parts';
import { readParts } from '../parts';
import { sharedPhrases } from './phrases';
import { subUnits, UNIT_DEFAULTS } from './units';
import { isThinPair, sharedTermCount } from './precision';
import { DeepestSweep } from '../text/deepest';
import { HAN_CLASS } from '../text/han';
import { alternation } from '../text/alternation';
import unitsData from '../data/units.json';
import { commonGrams } from '../text/ngrams';
import { cosine, tfidfVectors } from './similarity';
import type { Segmenter } from '../segmenter/base';

export { alignPair, alignColumns, alignByMatter } from './match';
export { defaultMatters, matterProfile, type MatterTable } from './matters';
export { isNote, reportParts, skipOf, type Part, type Skip } from './parts';

export interface AlignInput {
	id: string;
	report: ParsedReport;
	topics: ReportTopics;
}

export interface AlignedCell {
	report: string;
	/** Offsets into the decoded input of that report. */
	start: number;
	end: number;
	/** Offsets into the report's cleaned text. */
	textStart: number;
	textEnd: number;
	text: string;
	/** Deepest section the passage is in (the report page's anchor). */
	section: string | null;
	/** Primary topic of the passage and its score for the aligned topic. */
	topic: string;
	score: number;
	/** Shared-phrase ranges, offsets into `text`. */
	shared: [number, number][];
	/** Review of last year, plan for this one, opening address or notes. */
	part: Part;
	/** Why the passage is never matched (a transition, a list of shortcomings), else null. */
	skip: Skip;
}

export interface RowMatter {
	id: string;
	zh: string;
	en: string;
}

export interface AlignedRow {
	cells: (AlignedCell | null)[];
	/** Mean similarity of the row's passages (0 when the row holds one). */
	similarity: number;
	/** What the matched passages are both about (null on a row of one passage). */
	matter: RowMatter | null;
	/** Per cell, the words that show the matter in that passage (null where the row has no cell). */
	evidence: (string[] | null)[];
}

export interface Alignment {
	topic: string;
	reports: string[];
	rows: AlignedRow[];
}

export interface AlignOptions {
	/** Pairs below this similarity never share a row. */
	threshold?: number;
	/** A secondary topic this strong also puts a passage in the topic. */
	secondary?: number;
	/** Passages shorter than this (bare headings) are left out. */
	minLength?: number;
	/** How much sharing matters counts against sharing wording (matter cosine × this). */
	matterWeight?: number;
	/** Similarity factor for a review passage against a plan passage. */
	crossPart?: number;
	/** A pair is kept when within this share of the best pair of either passage. */
	near?: number;
	/** At most this many counterparts per passage and column. */
	most?: number;
	/** Evidence a matter needs in both passages to count (term weights summed). */
	minMass?: number;
	/** Similarity factor for a section's opening passage against a passage that is not one. */
	introFactor?: number;
	/** Matter similarity: cosine of the matter vectors, or focus on the best shared matter. */
	measure?: 'cosine' | 'focus';
	/** A passage faces several counterparts only on different matters. */
	facets?: boolean;
	/**
	 * Weight of the focus on the best shared matter (0: off). The cosine falls when one
	 * passage is a long paragraph on many matters and the other a lead-in on one of them;
	 * the focus does not, so it finds one-to-many counterparts.
	 */
	focusWeight?: number;
	/** Share of the matter similarity that comes from sharing the same terms (0: matters only). */
	termShare?: number;
	/** A passage faces a second counterpart on a matter it already faces when the pair is this similar. */
	sameFacet?: number;
	/** Similarity factor for term goals against a year's plan (both look ahead). */
	termPlan?: number;
	/** Two passages of framing of the same part are matched by matter too, not on wording only. */
	framingPairs?: boolean;
	/** Framing against a passage that is not framing: matter similarity × this (0: wording only). */
	framingMatter?: number;
	/** Below this matter cosine, shared terms alone do not make two passages counterparts (wording only). */
	minMatter?: number;
	/** Cut umbrella paragraphs at their inner lead sentences, each sub-unit facing its own counterpart. */
	units?: boolean;
	/** Only passages at least this long are cut into sub-units. */
	unitMinLength?: number;
	/** An inner lead sentence that cuts a passage is this long at most (characters, without its stop). */
	unitMaxLead?: number;
	/** A passage this long without inner leads is cut where its sentences turn to another matter (0: never). */
	unitByMatter?: number;
	/** Pairs of a one-to-one joint assignment (strongest first) at or above this are always kept (0: off). */
	joint?: number;
	/**
	 * Two section openings of the same part, both mainly on the topic ((九)突出文化教育，在改善民生上… /
	 * (九)坚持以人民为中心，高质量推进…), are this similar at least: they open the same chapter (0: off).
	 */
	introPair?: number;
	/**
	 * Similarity in the space of word vectors learned from the corpus (vectors.ts): a pair
	 * whose centred passage vectors have cosine v is at least vectorWeight × v alike, even
	 * when the passages share no matter term (0: off).
	 */
	vectorWeight?: number;
	/** Share of the matter similarity taken from the vector cosine (0: matters and terms only). */
	vectorBlend?: number;
	/** Below this vector cosine, the vectors add nothing (the pair stays on matters and wording). */
	vectorFloor?: number;
	/** Every pair's similarity × (1 + vectorScale × (vector cosine − vectorCentre)), within × 0.5 … × 1.5 (0: off). */
	vectorScale?: number;
	/** The vector cosine at which a pair's similarity is left as it is. */
	vectorCentre?: number;
	/**
	 * A term's goals under a title that also names this year's work (今后五年工作总体安排和2018年目标任务)
	 * against the other report's plan: this factor instead of termPlan (its sub-sections are the year's tasks).
	 */
	termYearPlan?: number;
	/** Two section openings share a row by introPair only when their passage vectors agree at least this much (−1: always). */
	introVector?: number;
	/**
	 * A pair that shares no matter (below minMatter), sits in the same part and is no candidate
	 * otherwise (under the threshold) is vectorOnly × its vector cosine alike when that cosine
	 * reaches vectorOnlyFloor — and such a pair is kept only when it is the best pair of both its
	 * passages (0: off).
	 */
	vectorOnly?: number;
	/** The vector cosine a pair sharing no matter needs for vectorOnly. */
	vectorOnlyFloor?: number;
	/**
	 * Two passages each about a sector (data/sectors.json: 钢铁, 稀土, 医药…) that neither names
	 * the other's are on different industries, however close their words' vectors: such a pair
	 * gets neither the vector-only floor nor the floor of two section openings (false: off).
	 */
	sectorGate?: boolean;
	/**
	 * Shared specific terms (twelfth round): a pair of one part whose matters spread too thin to
	 * share one (below minMatter) but where both passages name a term rare in the corpus (its
	 * weight in matter-weights.json ≥ sharedTermMin: 老旧小区, 国考断面), the longer of them a
	 * paragraph (≥ sharedTermLength characters), is at least sharedTerms × the shared rare weight /
	 * sharedTermMin alike (at most twice sharedTerms) — and is kept only as the best pair of both
	 * its passages, as the vector-only floor (0: off).
	 */
	sharedTerms?: number;
	/** The corpus weight a shared term needs to count for sharedTerms. */
	sharedTermMin?: number;
	/** The longer passage of a pair is at least this long for sharedTerms (characters). */
	sharedTermLength?: number;
	/** A pair only sharedTerms made a candidate is kept only as the best pair of both its passages (1) or always (0). */
	sharedTermMutual?: number;
	/**
	 * Headings (thirteenth round): a pair of one part that shares no matter (below minMatter) and is
	 * no candidate otherwise, whose enclosing section headings share a matter (cosine ≥ headingMin),
	 * is headingPairs alike — kept only as the best pair of both its passages (0: off).
	 */
	headingPairs?: number;
	/** The matter cosine of the two enclosing headings that headingPairs needs. */
	headingMin?: number;
	/**
	 * Extra counterparts (fifteenth round): a pair of two review passages within this share of the best
	 * pair of either passage is kept although the passage already faces a counterpart on its matter
	 * (the one-matter rule), when their vectors agree (closeVector) and they share some wording
	 * (closeLiteral) (0: off).
	 */
	closeKeep?: number;
	/** The vector cosine a closeKeep pair needs. */
	closeVector?: number;
	/** The wording (bigram cosine) a closeKeep pair needs. */
	closeLiteral?: number;
	/**
	 * Thin pairs (seventeenth round, precision.ts): a pair with wording under thinLiteral, passage
	 * vectors under thinVector and at most thinTerms shared matter terms is never matched (0: off).
	 * It is dropped after the best pairs were taken, so the other pairs are still measured against it.
	 */
	thinLiteral?: number;
	/** The vector cosine under which a pair may be thin. */
	thinVector?: number;
	/** The most shared matter terms a thin pair has. */
	thinTerms?: number;
	/** A thin pair that is the best pair of both its passages is kept (1) or dropped too (0); a pair a floor made is always kept. */
	thinKeepMutual?: number;
}

export const ALIGN_DEFAULTS: Required<AlignOptions> = {
	threshold: 0.12,
	secondary: 0.3,
	minLength: 12,
	matterWeight: 0.8,
	crossPart: 0.1,
	near: 0.9,
	most: 3,
	minMass: 4,
	introFactor: 0.85,
	measure: 'cosine',
	facets: true,
	focusWeight: 0,
	termShare: 0.5,
	sameFacet: 0.6,
	termPlan: 0.1,
	framingPairs: true,
	framingMatter: 0.3,
	minMatter: 0.2,
	units: true,
	unitMinLength: UNIT_DEFAULTS.minPassage,
	unitMaxLead: UNIT_DEFAULTS.maxLead,
	unitByMatter: UNIT_DEFAULTS.minByMatter,
	joint: 0,
	introPair: 0.3,
	vectorWeight: 0,
	vectorBlend: 0,
	vectorFloor: 0,
	vectorScale: 1.2,
	vectorCentre: 0.35,
	termYearPlan: 0.5,
	introVector: 0.5,
	vectorOnly: 0.6,
	vectorOnlyFloor: 0.7,
	sectorGate: true,
	sharedTerms: 0.2,
	sharedTermMin: 3.5,
	sharedTermLength: 150,
	sharedTermMutual: 1,
	headingPairs: 0.3,
	headingMin: 0.45,
	closeKeep: 0.9,
	closeVector: 0.4,
	closeLiteral: 0.05,
	thinLiteral: 0.035,
	thinVector: 0.45,
	thinTerms: 2,
	thinKeepMutual: 0
};

/** Parts that prefer their own kind: review with review, plan with plan. */
const PARTS = new Set<Part>(['review', 'plan', 'term']);

/** The passages of a report on a topic, in reading order. */
export function passagesOn(topics: ReportTopics, topic: string, opts: AlignOptions = {}): PassageTopic[] {
	const o = { ...ALIGN_DEFAULTS, ...opts };
	return topics.passages.filter((p) => {
		if (p.textEnd - p.textStart < o.minLength) return false;
		if (p.topic === topic) return true;
		const s = p.topics.find((t) => t.id === topic);
		return s !== undefined && s.score >= o.secondary && p.topics[1]?.id === topic;
	});
}

/** What went into one pair's similarity (for diagnostics: scripts/align-accuracy.ts --why). */
export interface PairTrace {
	a: { col: number; textStart: number; textEnd: number; part: Part; intro: boolean; preamble: boolean; skip: Skip };
	b: { col: number; textStart: number; textEnd: number; part: Part; intro: boolean; preamble: boolean; skip: Skip };
	literal: number;
	matter: number;
	vector: number;
	top: string | null;
	similarity: number;
}

export function alignReports(
	inputs: AlignInput[],
	topic: string,
	segmenter: Segmenter,
	opts: AlignOptions = {},
	matters: MatterTable = defaultMatters,
	trace?: (t: PairTrace) => void
): Alignment {
	const o = { ...ALIGN_DEFAULTS, ...opts };
	const passages = inputs.map((inp) => passagesOn(inp.topics, topic, o));
	// The matter a sentence is most about (by evidence), to cut an umbrella paragraph with no inner leads.
	const topMatter = (sentence: string) => {
		let best: string | null = null;
		let mass = o.minMass;
		for (const [id, m] of matterProfile(sentence, matters).mass) if (m >= mass) [best, mass] = [id, m];
		return best;
	};
	// The units aligned: each passage, or the sub-units of an umbrella paragraph (same passage, narrower range).
	const whole = passages.map((col) => col.map((p, i) => ({ p, i, first: true })));
	const columns = o.units
		? passages.map((col, k) =>
				col.flatMap((p, i) =>
					subUnits(
						inputs[k].report.text.slice(p.textStart, p.textEnd),
						p.textStart,
						{
							...UNIT_DEFAULTS,
							minPassage: o.unitMinLength,
							maxLead: o.unitMaxLead,
							minByMatter: o.unitByMatter
						},
						topMatter
					).map(([textStart, textEnd], u) => ({
						p: { ...p, textStart, textEnd },
						i,
						first: u === 0
					}))
				)
			)
		: whole;
	const texts = columns.flatMap((col, k) => col.map(({ p }) => inputs[k].report.text.slice(p.textStart, p.textEnd)));
	const vectors = tfidfVectors(texts);
	const profiles: MatterProfile[] = texts.map((t) => matterProfile(t, matters));
	const sectors = o.sectorGate ? texts.map((t) => sectorsOf(t)) : [];
	const useVectors = o.vectorWeight > 0 || o.vectorBlend > 0 || o.vectorScale !== 0;
	const pvs = useVectors ? texts.map((t) => passageVector(t)) : [];
	const centred = useVectors ? centredVectors(pvs) : [];
	const partOf = inputs.map((inp) => reportParts(inp.report));
	const infoOf = inputs.map((inp) => readParts(inp.report, { termTurn: true }));
	// Items carry their column and their index into the pooled vectors.
	const preambleOf = inputs.map((inp) => preambles(inp.report));
	type Item = { col: number; k: number; p: PassageTopic; part: Part; skip: Skip; intro: boolean; preamble: boolean; yearToo: boolean };
	let pooled = 0;
	const items: Item[][] = columns.map((col, c) => {
		const intros = introPassages(inputs[c].report, passages[c]);
		return col.map(({ p, i, first }) => {
			const k = pooled++;
			// A term's definition is a note wherever the report put its notes.
			const part = isNote(texts[k]) ? 'notes' : partOf[c](p.textStart);
			const info = infoOf[c].at(p.textStart);
			return {
				yearToo: part === 'term' && info.part === 'term' && info.year !== null && !info.multiYear,
				col: c,
				k,
				p,
				part,
				skip: skipOf(texts[k], part),
				intro: first && intros.has(i),
				// A dash item before a part's first section (——加大棚户区改造力度。…) is a measure, not framing.
				preamble: (preambleOf[c](p.textStart) && !/^\s*——/.test(texts[k])) || isFraming(texts[k])
			};
		});
	});
	// The matters of each unit's enclosing section heading (the deepest section that opens before it).
	const headingProfiles: (MatterProfile | null)[] = [];
	if (o.headingPairs > 0)
		items.forEach((col, c) => {
			const deepest = new DeepestSweep(inputs[c].report.sections);
			const profileOf = new Map<string, MatterProfile>();
			for (const it of col) {
				const sec = deepest.at(it.p.textStart) ?? null;
				if (sec && !profileOf.has(sec.id)) profileOf.set(sec.id, matterProfile(sec.heading, matters));
				headingProfiles[it.k] = sec ? profileOf.get(sec.id)! : null;
			}
		});
	const cache = new Map<number, number>();
	// Pairs that only a floor made a candidate (vectors, rare terms, headings): kept only as the best pair of both sides.
	const bestOfBothOnly = new Set<number>();
	const pairKey = (a: Item, b: Item) => (a.k < b.k ? a.k * pooled + b.k : b.k * pooled + a.k);
	const sim = (a: Item, b: Item) => {
		if (a.col === b.col) return 0;
		const key = pairKey(a, b);
		let s = cache.get(key);
		if (s === undefined) {
			const never = a.skip || b.skip || (a.part === 'notes') !== (b.part === 'notes');
			const literal = cosine(vectors[a.k], vectors[b.k]);
			// Notes (名词解释), the opening address and the framing before a part's first section
			// are matched on wording only: their matters are too loose. Two framings of the same
			// part (四年来，我们始终坚持生态立市… / 四年来，环境质量逐年改善…) are matched by matter,
			// and framing against a measure by a share (framingMatter) of it.
			const framing = a.preamble || b.preamble;
			const byWording =
				a.part === 'notes' ||
				a.part === 'opening' ||
				b.part === 'opening' ||
				(framing && !(o.framingPairs && a.preamble && b.preamble && a.part === b.part));
			const m =
				o.measure === 'focus'
					? matterFocus(profiles[a.k], profiles[b.k], o.minMass)
					: matterSimilarity(profiles[a.k], profiles[b.k], o.minMass);
			const focus = o.focusWeight > 0 && !byWording ? o.focusWeight * matterFocus(profiles[a.k], profiles[b.k], o.minMass).sim : 0;
			const ms0 = o.termShare > 0 ? (1 - o.termShare) * m.sim + o.termShare * termSimilarity(profiles[a.k], profiles[b.k]) : m.sim;
			const v = useVectors ? dot(centred[a.k], centred[b.k]) : 0;
			const vec = v >= o.vectorFloor ? v : 0;
			const ms = (1 - o.vectorBlend) * ms0 + o.vectorBlend * vec;
			const weak = m.sim < o.minMatter;
			const loose = byWording && framing && a.part !== 'notes' && a.part !== 'opening' && b.part !== 'opening';
			s = never
				? 0
				: byWording
					? Math.max(literal, loose ? o.framingMatter * o.matterWeight * ms : 0)
					: weak
						? Math.max(literal, o.vectorWeight * vec)
						: Math.max(literal, o.matterWeight * ms, focus, o.vectorWeight * vec);
			const scale = o.vectorScale && !never ? Math.min(1.5, Math.max(0.5, 1 + o.vectorScale * (v - o.vectorCentre))) : 1;
			s *= scale;
			if (a.part !== b.part && PARTS.has(a.part) && PARTS.has(b.part))
				s *= a.part !== 'review' && b.part !== 'review' ? (a.yearToo || b.yearToo ? o.termYearPlan : o.termPlan) : o.crossPart;
			// Two passages on different industries (稀土 / 钢铁): their close vectors make no floor.
			const clash = o.sectorGate && sectorsClash(sectors[a.k], sectors[b.k]);
			if (a.intro !== b.intro) s *= o.introFactor;
			else if (
				!clash &&
				o.introPair > 0 &&
				!never &&
				a.intro &&
				a.part === b.part &&
				PARTS.has(a.part) &&
				a.p.topic === topic &&
				b.p.topic === topic &&
				(!useVectors || v >= o.introVector)
			)
				s = Math.max(s, o.introPair + literal);
			// The floors below lift a pair of one part that shares no matter; each lifted value is
			// scaled as the pair's own similarity was (vectors, an opening against a non-opening).
			const floorable = !never && !byWording && weak && a.part === b.part;
			const liftScale = scale * (a.intro !== b.intro ? o.introFactor : 1);
			// A pair that is no candidate otherwise becomes one at `value` — kept only as the best of both sides.
			const liftToCandidate = (current: number, value: number): number => {
				const lifted = value * liftScale;
				if (current >= o.threshold || lifted < o.threshold) return current;
				bestOfBothOnly.add(key);
				return lifted;
			};
			// The vector-only floor: the passage vectors agree.
			if (o.vectorOnly > 0 && floorable && !clash && v >= o.vectorOnlyFloor) s = liftToCandidate(s, o.vectorOnly * v);
			// Shared specific terms: two passages of one part that both name a rare term (老旧小区 among
			// many subjects) are candidates although their matters spread too thin to share one.
			if (o.sharedTerms > 0 && floorable && Math.max(texts[a.k].length, texts[b.k].length) >= o.sharedTermLength) {
				const rare = sharedRareWeight(profiles[a.k], profiles[b.k], matters, o.sharedTermMin);
				if (rare > 0) {
					const lifted = o.sharedTerms * Math.min(2, rare / o.sharedTermMin) * liftScale;
					if (lifted > s) {
						if (o.sharedTermMutual && s < o.threshold) bestOfBothOnly.add(key);
						s = lifted;
					}
				}
			}
			// Headings: two passages of one part under section headings on the same matter.
			if (o.headingPairs > 0 && floorable && !clash && s < o.threshold) {
				const ha = headingProfiles[a.k];
				const hb = headingProfiles[b.k];
				if (ha && hb && matterSimilarity(ha, hb).sim >= o.headingMin) s = liftToCandidate(s, o.headingPairs);
			}
			cache.set(key, s);
			if (trace) {
				const side = (x: Item) => ({
					col: x.col,
					textStart: x.p.textStart,
					textEnd: x.p.textEnd,
					part: x.part,
					intro: x.intro,
					preamble: x.preamble,
					skip: x.skip
				});
				trace({ a: side(a), b: side(b), literal, matter: m.sim, vector: v, top: m.top, similarity: s });
			}
		}
		return s;
	};
	const facet = (a: Item, b: Item) => (o.facets ? matterFocus(profiles[a.k], profiles[b.k], o.minMass).top : null);
	const mutualOnly = (a: Item, b: Item) => {
		sim(a, b);
		return bestOfBothOnly.has(pairKey(a, b));
	};
	// An extra counterpart kept by closeKeep: two passages of a review (what was done is concrete; plans
	// repeat broad matters), whose vectors agree and that share some wording.
	const closeTogether = (a: Item, b: Item) =>
		a.part === 'review' &&
		b.part === 'review' &&
		useVectors &&
		dot(centred[a.k], centred[b.k]) >= o.closeVector &&
		cosine(vectors[a.k], vectors[b.k]) >= o.closeLiteral;
	// Thin pairs (precision.ts): never kept, but the other pairs are still measured against them.
	// A pair a floor made (vectors, rare terms, headings) is kept: the floor is the evidence the wording lacks.
	const thin = (a: Item, b: Item, mutual: boolean, floor: boolean) =>
		!floor &&
		!(mutual && o.thinKeepMutual) &&
		isThinPair(
			cosine(vectors[a.k], vectors[b.k]),
			dot(centred[a.k], centred[b.k]),
			sharedTermCount(profiles[a.k].termVector, profiles[b.k].termVector),
			{ literal: o.thinLiteral, vector: o.thinVector, terms: o.thinTerms }
		);
	const grid = alignByMatter(
		items,
		sim,
		o.threshold,
		o.near,
		o.most,
		facet,
		o.sameFacet,
		o.joint,
		o.vectorOnly > 0 || o.sharedTerms > 0 || o.headingPairs > 0 ? mutualOnly : undefined,
		{ margin: o.closeKeep, together: closeTogether },
		o.thinLiteral > 0 && useVectors ? thin : undefined
	);
	const boilerplate = commonGrams(texts);
	const maps = inputs.map((inp) => new TextMap(inp.report.pieces));
	const rows: AlignedRow[] = grid.map((row) => {
		const present = row.filter((x): x is Item => x !== null);
		let total = 0;
		let pairs = 0;
		for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++, pairs++) total += sim(present[i], present[j]);
		const cellTexts = row.map((x) => (x ? texts[x.k] : null));
		const shared = present.length > 1 ? sharedPhrases(cellTexts, boilerplate, segmenter) : row.map(() => []);
		let { matter, evidence } =
			present.length > 1
				? explain(
						row.map((x) => (x ? profiles[x.k] : null)),
						cellTexts,
						shared,
						matters
					)
				: { matter: null as RowMatter | null, evidence: row.map(() => null) as (string[] | null)[] };
		// A row with no matter in common whose wording alone would not match it: the learned
		// vectors made it, and its closest word pairs name it (棚改～城市更新).
		if (useVectors && present.length > 1 && (!matter || matter.id === 'phrase')) {
			const [x, y] = present;
			if (dot(centred[x.k], centred[y.k]) > 0 && (!matter || cosine(vectors[x.k], vectors[y.k]) < o.threshold)) {
				const pairs = closestPairs(pvs[x.k], pvs[y.k]);
				if (pairs.length) {
					const named = pairs.map(([u, w]) => `${u}～${w}`).join('、');
					matter = { id: 'vector', zh: named, en: named };
					evidence = row.map((c) => (c === x ? pairs.map((q) => q[0]) : c === y ? pairs.map((q) => q[1]) : c ? [] : null));
				}
			}
		}
		return {
			similarity: pairs ? Math.round((total / pairs) * 1000) / 1000 : 0,
			matter,
			evidence,
			cells: row.map((x, c) => {
				if (!x) return null;
				const p = x.p;
				return {
					report: inputs[c].id,
					start: maps[c].toInput(p.textStart),
					end: maps[c].toInput(p.textEnd, 'end'),
					textStart: p.textStart,
					textEnd: p.textEnd,
					text: texts[x.k],
					section: p.section,
					topic: p.topic,
					score: p.topics.find((t) => t.id === topic)?.score ?? 0,
					shared: shared[c],
					part: x.part,
					skip: x.skip
				};
			})
		};
	});
	return { topic, reports: inputs.map((i) => i.id), rows };
}

/** The summed corpus weight of the terms both passages name that are at least `min` rare. */
function sharedRareWeight(a: MatterProfile, b: MatterProfile, table: MatterTable, min: number): number {
	const [x, y] = a.termVector.size <= b.termVector.size ? [a.termVector, b.termVector] : [b.termVector, a.termVector];
	let sum = 0;
	for (const t of x.keys()) {
		const w = table.weights[t] ?? table.fallback;
		if (w >= min && y.has(t)) sum += w;
	}
	return sum;
}

/**
 * The passages (indices into `col`) that open a section: its first passage,
 * when short — a section's framing sentence (（七）坚持共享发展理念，持续增进民生福祉。…)
 * faces another section's framing, not a concrete measure.
 */
function introPassages(report: ParsedReport, col: PassageTopic[]): Set<number> {
	const out = new Set<number>();
	const opened = new Set<string>();
	const lead = new Set(report.sections.filter((s) => s.kind === 'lead').map((s) => s.id));
	col.forEach((p, i) => {
		if (!p.section || lead.has(p.section) || opened.has(p.section)) return;
		opened.add(p.section);
		const sec = report.sections.find((s) => s.id === p.section);
		if (sec && sec.level >= 2 && p.textStart - sec.headingStart < 300 && p.textEnd - p.textStart < 220) out.add(i);
	});
	return out;
}

/** What is not a phrase's words: anything but Han letters and Latin letters at its edges. */
const EDGES = new RegExp(`^[^${HAN_CLASS}A-Za-z]+|[^${HAN_CLASS}A-Za-z]+$`, 'gu');
/** Quotation marks, which a name half-cut at a phrase's edge would leave unbalanced (“放管服”改革。 → 放管服改革). */
const QUOTES = /[“”‘’「」『』]/g;
/** A figure's tail (万平方米, 亿元, 个百分点): a magnitude and a measure word of the units table. */
const MEASURE = new RegExp(`^[十百千万亿]*(?:${alternation(Object.keys(unitsData.units))})$`);

/**
 * Name what a matched row is about: the matter its passages share most
 * (highest weight in the weakest passage), with each passage's own words for
 * it. Passages matched on wording alone (a pledge repeated year on year) are
 * named by their longest shared phrase.
 */
export function explain(
	profiles: (MatterProfile | null)[],
	texts: (string | null)[],
	shared: [number, number][][],
	matters: MatterTable = defaultMatters
): { matter: RowMatter | null; evidence: (string[] | null)[] } {
	const present = profiles.filter((p): p is MatterProfile => p !== null);
	let best: string | null = null;
	let bestScore = 0;
	for (const [id] of present[0]?.vector ?? []) {
		const score = Math.min(...present.map((p) => p.vector.get(id) ?? 0));
		if (score > bestScore) [best, bestScore] = [id, score];
	}
	if (best) {
		const def = matterDef(best, matters)!;
		return {
			matter: { id: def.id, zh: def.zh, en: def.en },
			evidence: profiles.map((p) => (p ? (p.terms.get(best!) ?? []).slice(0, 4) : null))
		};
	}
	// No matter in common: the longest shared phrase names the row — its words, not the punctuation or digits at its
	// edges nor quotation marks, and never a figure's tail (鸡西×辽源 2016: …6|万平方米。 named a row 万平方米。).
	let phrase = '';
	texts.forEach((t, k) => {
		if (t === null) return;
		for (const [s, e] of shared[k]) {
			const words = t.slice(s, e).replace(EDGES, '').replace(QUOTES, '');
			if (words.length > phrase.length && words.length >= 2 && !MEASURE.test(words)) phrase = words;
		}
	});
	if (!phrase) return { matter: null, evidence: texts.map((t) => (t === null ? null : [])) };
	return {
		matter: { id: 'phrase', zh: phrase, en: phrase },
		evidence: texts.map((t) => (t === null ? null : t.includes(phrase) ? [phrase] : []))
	};
}
