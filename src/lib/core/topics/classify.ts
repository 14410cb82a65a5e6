/**
 * The topic classifier. Every passage, paragraph and section of a parsed
 * report gets a primary topic, ranked secondary topics with scores (shares
 * of the evidence, 0–1) and the evidence: the cue terms that decided it.
 *
 * Why this shape: a passage's own words are the strongest signal, but
 * reports name the topic of a whole run of paragraphs once, in a heading
 * ("聚焦宜居宜业，坚定不移建设品质城市"), and then talk in generic words. So a
 * passage's score is its text's score plus its headings' scores, the
 * nearest heading counting most. A section's topic weighs its heading and
 * the text under it together. Nothing here names a topic except through
 * the taxonomy's data; `overview` is used, when present, as the natural
 * home of text before the first section.
 */
import { GLOSSARY_TITLE, NOTES_TITLE } from '../headings';
import type { ParsedReport, Section } from '../parse';
import { splitPassages, type PassageSpan } from './passages';
import { addScores, normalize, ranked, round, scoreText, type TermEvidence, type TextScore, type TopicScores } from './score';
import { cueIndex, defaultTaxonomy, type CueIndex, type Taxonomy } from './taxonomy';

/** Bump when the classifier's output changes (the taxonomy's own hash is added to cache keys). */
export const CLASSIFIER_VERSION = 5;

export interface RankedTopic {
	id: string;
	score: number;
}

export interface Evidence extends TermEvidence {
	/** Where the term was found: the passage itself or a heading above it. */
	source: 'text' | 'heading';
}

export interface TopicAssignment {
	topic: string;
	topics: RankedTopic[];
	evidence: Evidence[];
}

export interface SectionTopic extends TopicAssignment {
	id: string;
}

export interface PassageTopic extends TopicAssignment, PassageSpan {}

export interface ReportTopics {
	/** Cache key part: classifier version + taxonomy hash. */
	version: string;
	sections: SectionTopic[];
	paragraphs: TopicAssignment[];
	passages: PassageTopic[];
	/** Share of the passages' text (characters) per primary topic, 0–1. */
	shares: Record<string, number>;
}

/** Tuning knobs (plain numbers, kept together so their role is visible). */
const WEIGHTS = {
	/** The heading that opens the passage itself (a lead-in), on top of its text. */
	ownHeading: 1.5,
	/** Enclosing section headings, nearest first (× `headingMass`, on their normalised scores). */
	ancestors: [1, 0.45, 0.2, 0.1],
	/** What a heading's evidence is worth in context: about two strong cue terms. */
	headingMass: 8,
	/** Section: share of heading evidence vs. content evidence. */
	sectionHeading: 0.55,
	/** Heading evidence (sum of its cue weights) from which a heading takes its full share; a weaker one takes less. */
	headingFull: 6,
	/** Minimum score share for a secondary topic to be listed. */
	minSecondary: 0.08,
	/** Text before the first section (the address) leans to overview. */
	preamble: 4,
	/**
	 * Umbrella headings (工作回顾, 主要任务, 五年计划概要) say nothing about
	 * the topic of what they hold: overview counts this much in context.
	 */
	overviewInContext: 0.3,
	/** Extra weight of the opening sentence of a paragraph that has more than one. */
	openingSentence: 1,
	/** Longest one-sentence paragraph read as a sub-heading (characters). */
	sentenceHeadingMax: 40,
	/**
	 * A passage whose evidence is spread over many topics (a summary of the
	 * year, a list of shortcomings or of headline targets) is an overview:
	 * above this diversity (1 − Σ share²) overview gains `breadthBonus` × total.
	 */
	breadthFrom: 0.8,
	breadthBonus: 0.35,
	/**
	 * A cue term in the headings of at least this share of a series of at least
	 * `themeMin` sibling sections is the series' theme, not what any one of them is about.
	 */
	themeShare: 0.75,
	themeMin: 4,
	/**
	 * A section whose heading has only overview's words and whose sub-sections (at least
	 * `umbrellaMin`) go to at least as many topics, none with more than
	 * `umbrellaTop` of them, is an umbrella over the year's work: overview.
	 */
	umbrellaMin: 3,
	umbrellaTop: 0.5
};

/** Version string for caches: changes when the code or the taxonomy's data changes. */
export function topicsVersion(taxonomy: Taxonomy = defaultTaxonomy): string {
	return `${CLASSIFIER_VERSION}-${hashString(JSON.stringify(taxonomy))}`;
}

/** Classify one piece of text on its own (optionally with the headings above it, nearest first). */
export function classifyText(text: string, taxonomy: Taxonomy = defaultTaxonomy, headings: string[] = []): TopicAssignment {
	const index = cueIndex(taxonomy);
	const own = scoreText(text, index);
	const total: TopicScores = { ...own.scores };
	const evidence: Evidence[] = own.evidence.map((e) => ({ ...e, source: 'text' as const }));
	headings.forEach((h, i) => {
		const w = WEIGHTS.ancestors[Math.min(i, WEIGHTS.ancestors.length - 1)] * WEIGHTS.headingMass;
		const hs = scoreText(h, index);
		addScores(total, normalize(hs.scores), w);
		for (const e of hs.evidence) evidence.push({ ...e, score: round((e.score / totalOf(hs.scores)) * w), source: 'heading' });
	});
	return assignment(total, evidence, index, taxonomy.fallback);
}

function assignment(total: TopicScores, evidence: Evidence[], index: CueIndex, fallback: string, context?: string): TopicAssignment {
	const topics = ranked(total, index.ids, WEIGHTS.minSecondary);
	const topic = topics.length ? topics[0].id : (context ?? fallback);
	const decisive = evidence
		.filter((e) => e.topic === topic && e.score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, 8);
	return { topic, topics: topics.length ? topics : [{ id: topic, score: 1 }], evidence: decisive };
}

/** Classify a whole parsed report. */
export function classifyReport(report: ParsedReport, taxonomy: Taxonomy = defaultTaxonomy): ReportTopics {
	const index = cueIndex(taxonomy);
	const byId = new Map(report.sections.map((s) => [s.id, s]));
	const overview = index.ids.includes('overview') ? 'overview' : taxonomy.fallback;

	const headingScore = new Map<string, ReturnType<typeof scoreText>>();
	for (const s of report.sections) headingScore.set(s.id, scoreText(s.heading, index));
	// What tells one section of a series from its siblings (the series' theme stays in the context of their paragraphs).
	const distinctHeading = new Map(headingScore);
	const children = childrenOf(report.sections);
	for (const group of children.values()) dropSeriesTheme(group, distinctHeading, overview);

	/** Headings above a position, nearest first; a lead-in that opens the passage is handled apart. */
	const ancestors = (sectionId: string | null, skip: string | null): Section[] => {
		const out: Section[] = [];
		for (let id = sectionId; id; id = byId.get(id)?.parent ?? null) if (id !== skip) out.push(byId.get(id)!);
		return out;
	};

	// Text that opens a section (a run-in heading) is that section's body, never a summary of everything.
	const opening = new Set(report.sections.map((s) => s.headingStart));
	const withContext = (text: string, start: number, sectionId: string | null, ownLead: string | null, preamble: boolean) => {
		const own = scoreText(text, index);
		const total: TopicScores = { ...own.scores };
		// Report paragraphs state their point first ("人民生活继续改善。…", "…是我国发展进程中极不平凡的一年"):
		// the opening sentence of a longer paragraph counts once more.
		const first = openingSentence(text);
		if (first) addScores(total, scoreText(first, index).scores, WEIGHTS.openingSentence);
		// A paragraph that is one short sentence ("坚持计划生育基本国策。") is a sub-heading the
		// parser could not see as one: its words name its topic as a heading's would.
		else if (isSentenceHeading(text)) addScores(total, own.scores, WEIGHTS.ownHeading);
		const evidence: Evidence[] = own.evidence.map((e) => ({ ...e, source: 'text' as const }));
		if (ownLead) addScores(total, headingScore.get(ownLead)!.scores, WEIGHTS.ownHeading);
		ancestors(sectionId, ownLead).forEach((s, i) => {
			const w = WEIGHTS.ancestors[Math.min(i, WEIGHTS.ancestors.length - 1)] * WEIGHTS.headingMass;
			const hs = headingScore.get(s.id)!;
			const n = normalize(hs.scores);
			if (n[overview]) n[overview] *= WEIGHTS.overviewInContext;
			addScores(total, n, w);
			for (const e of hs.evidence) evidence.push({ ...e, score: round((e.score / totalOf(hs.scores)) * w), source: 'heading' });
		});
		if (preamble) total[overview] = (total[overview] ?? 0) + WEIGHTS.preamble;
		if (!opening.has(start)) addBreadth(total, own.scores, overview);
		return { own, total, evidence };
	};

	// Passages: their own words first (sections are built from them).
	const spans = splitPassages(report);
	const passageText = spans.map((span) => scoreText(report.text.slice(span.textStart, span.textEnd), index).scores);

	// Sections: heading and content together.
	// Passages are in text order: a section's are one run of them, found by binary search (no scan of every passage per section).
	const sorted = spans.every((p, i) => i === 0 || spans[i - 1].textStart <= p.textStart);
	const firstAtOrAfter = (pos: number) => {
		let lo = 0;
		let hi = spans.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (spans[mid].textStart < pos) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const sections: SectionTopic[] = report.sections.map((s) => {
		const content: TopicScores = {};
		let chars = 0;
		const from = sorted ? firstAtOrAfter(s.textStart) : 0;
		for (let i = from; i < spans.length; i++) {
			const p = spans[i];
			if (sorted && p.textStart >= s.textEnd) break;
			if (p.textStart < s.textStart || p.textStart >= s.textEnd) continue;
			const len = p.textEnd - p.textStart;
			addScores(content, normalize(passageText[i]), len);
			chars += len;
		}
		const raw = distinctHeading.get(s.id)!.scores;
		const heading = normalize(raw);
		// A heading whose only cue words are weak ones (落实, 发展 in a principle such as 抢抓发展新机遇) says less than one
		// that names its matter: its share shrinks with its evidence, and the text under it decides.
		const strength = Math.min(1, totalOf(raw) / WEIGHTS.headingFull);
		const headingShare = Object.keys(heading).length > 0 ? WEIGHTS.sectionHeading * strength : 0;
		const total: TopicScores = {};
		addScores(total, heading, headingShare);
		if (chars > 0) addScores(total, normalize(content), 1 - headingShare);
		const evidence: Evidence[] = distinctHeading.get(s.id)!.evidence.map((e) => ({ ...e, source: 'heading' as const }));
		return { id: s.id, ...assignment(total, evidence, index, taxonomy.fallback) };
	});
	// A section whose heading names nothing and whose sub-sections spread over many topics is an umbrella.
	const position = new Map(report.sections.map((s, i) => [s.id, i]));
	report.sections.forEach((s, i) => {
		// The heading says it is an umbrella (2025年重点任务, 全面做好2021年工作: overview's words) and nothing else.
		const own = distinctHeading.get(s.id)!.scores;
		if (!(own[overview] > 0) || Object.entries(own).some(([id, v]) => v > 0 && id !== overview)) return;
		const kids = (children.get(s.id) ?? []).map((c) => sections[position.get(c.id)!].topic);
		if (kids.length < WEIGHTS.umbrellaMin) return;
		const counts = new Map<string, number>();
		for (const t of kids) counts.set(t, (counts.get(t) ?? 0) + 1);
		if (counts.size < WEIGHTS.umbrellaMin || Math.max(...counts.values()) > WEIGHTS.umbrellaTop * kids.length) return;
		const rest = sections[i].topics.filter((t) => t.id !== overview);
		sections[i] = { ...sections[i], topic: overview, topics: [{ id: overview, score: 1 }, ...rest] };
	});
	// A glossary or the notes at the end (名词解释, 注释：) explain terms of every field: the section names no matter and takes
	// the fallback topic; its entries keep their own topics.
	report.sections.forEach((s, i) => {
		const title = s.heading.replace(/[\s【】[\]]/g, '');
		if (s.level === 1 && (GLOSSARY_TITLE.test(title) || NOTES_TITLE.test(title)))
			sections[i] = { ...sections[i], topic: taxonomy.fallback, topics: [{ id: taxonomy.fallback, score: 1 }], evidence: [] };
	});
	// A section with no evidence at all takes its parent's topic.
	const sectionTopic = new Map<string, SectionTopic>();
	report.sections.forEach((s, i) => {
		const parent = s.parent ? sectionTopic.get(s.parent) : undefined;
		if (parent && noEvidence(sections[i], taxonomy.fallback)) sections[i] = { ...sections[i], topic: parent.topic, topics: parent.topics };
		sectionTopic.set(s.id, sections[i]);
	});

	// Passages in context; one with no words of its own takes its section's topic.
	const passages: PassageTopic[] = spans.map((span, i) => {
		const text = report.text.slice(span.textStart, span.textEnd);
		const opensLead = span.lead && byId.get(span.lead)!.headingStart === span.textStart ? span.lead : null;
		const { total, evidence } = withContext(text, span.textStart, span.section, opensLead, span.section === null);
		const hasOwn = Object.values(passageText[i]).some((v) => v > 0);
		const section = span.section ? sectionTopic.get(span.section) : undefined;
		if (!hasOwn && section) return { ...span, topic: section.topic, topics: section.topics, evidence: section.evidence };
		return { ...span, ...assignment(total, evidence, index, taxonomy.fallback, span.section === null ? overview : undefined) };
	});

	// Paragraphs: their whole text in context.
	const paragraphs: TopicAssignment[] = report.paragraphs.map((p) => {
		if (p.kind === 'front') return { topic: overview, topics: [{ id: overview, score: 1 }], evidence: [] };
		const text = report.text.slice(p.textStart, p.textEnd);
		const { total, evidence } = withContext(text, p.textStart, p.section, null, p.section === null);
		const ctx = p.section ? sectionTopic.get(p.section)?.topic : overview;
		return assignment(total, evidence, index, taxonomy.fallback, ctx);
	});

	// Shares of text per topic.
	const chars: Record<string, number> = {};
	let all = 0;
	for (const p of passages) {
		const len = p.textEnd - p.textStart;
		chars[p.topic] = (chars[p.topic] ?? 0) + len;
		all += len;
	}
	const shares: Record<string, number> = {};
	for (const id of index.ids) shares[id] = all ? round((chars[id] ?? 0) / all, 4) : 0;

	return { version: topicsVersion(taxonomy), sections, paragraphs, passages, shares };
}

/** The topic at a text offset of a report: the passage containing it, else the deepest section's. */
export function topicOfOffset(topics: ReportTopics, report: Pick<ParsedReport, 'sections'>, textOffset: number): string | null {
	const ps = topics.passages;
	let lo = 0;
	let hi = ps.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (ps[mid].textEnd <= textOffset) lo = mid + 1;
		else if (ps[mid].textStart > textOffset) hi = mid - 1;
		else return ps[mid].topic;
	}
	let best: { level: number; i: number } | null = null;
	report.sections.forEach((s, i) => {
		if (s.textStart <= textOffset && textOffset < s.textEnd && (!best || s.level >= best.level)) best = { level: s.level, i };
	});
	return best ? topics.sections[(best as { i: number }).i].topic : null;
}

/** Sections (run-in leads aside) by their parent id, in text order. */
function childrenOf(sections: Section[]): Map<string | null, Section[]> {
	const out = new Map<string | null, Section[]>();
	for (const s of sections) {
		if (s.kind === 'lead') continue;
		const group = out.get(s.parent) ?? [];
		group.push(s);
		out.set(s.parent, group);
	}
	return out;
}

/**
 * A series of sibling headings that all end in the same words (白山 2015: 着力在产业集群上下功夫，强壮绿色转型支柱 /
 * 着力在项目建设上下功夫，增强绿色转型动力 / …): those words are the series' theme; each heading's topic is what is left.
 */
function dropSeriesTheme(group: Section[], headingScore: Map<string, TextScore>, overview: string) {
	if (group.length < WEIGHTS.themeMin) return;
	const count = new Map<string, number>();
	for (const s of group)
		for (const term of new Set(headingScore.get(s.id)!.evidence.map((e) => e.term))) count.set(term, (count.get(term) ?? 0) + 1);
	// Overview's words shared by a series (2024年工作回顾 / 2025年工作总体要求 / 2025年工作安排) still mark each an umbrella.
	const overviewTerms = new Set<string>();
	for (const s of group) for (const e of headingScore.get(s.id)!.evidence) if (e.topic === overview) overviewTerms.add(e.term);
	const theme = new Set([...count].filter(([t, n]) => n >= WEIGHTS.themeShare * group.length && !overviewTerms.has(t)).map(([t]) => t));
	if (theme.size === 0) return;
	for (const s of group) {
		const evidence = headingScore.get(s.id)!.evidence.filter((e) => !theme.has(e.term));
		const scores: TopicScores = {};
		for (const e of evidence) scores[e.topic] = (scores[e.topic] ?? 0) + e.score;
		headingScore.set(s.id, { scores, evidence });
	}
}

/** The first sentence of a text that has more than one sentence, else null. */
function openingSentence(text: string): string | null {
	const m = /^[^。！？；：!?;]*[。！？；：!?;]/.exec(text.trim());
	return m && m[0].length < text.trim().length - 1 ? m[0] : null;
}

/** One short sentence standing as a paragraph of its own. */
function isSentenceHeading(text: string): boolean {
	const t = text.trim();
	return t.length <= WEIGHTS.sentenceHeadingMax && /^[^。！？；!?;]*[。！？!?]?$/.test(t);
}

/** The breadth prior: evidence spread over many topics means the passage is about all of them. */
function addBreadth(total: TopicScores, own: TopicScores, overview: string) {
	const n = normalize(own);
	let sq = 0;
	for (const v of Object.values(n)) sq += v * v;
	if (Object.keys(n).length === 0 || 1 - sq < WEIGHTS.breadthFrom) return;
	total[overview] = (total[overview] ?? 0) + WEIGHTS.breadthBonus * totalOf(own);
}

/** True when an assignment was made from nothing (fallback with no evidence). */
function noEvidence(a: TopicAssignment, fallback: string): boolean {
	return a.evidence.length === 0 && a.topic === fallback && a.topics.length === 1 && a.topics[0].score === 1;
}

function totalOf(s: TopicScores): number {
	let t = 0;
	for (const v of Object.values(s)) if (v > 0) t += v;
	return t || 1;
}

/** FNV-1a, hex: a short stable fingerprint of the taxonomy data. */
function hashString(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
