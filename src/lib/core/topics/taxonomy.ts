/**
 * The topic taxonomy as data (`../data/taxonomy.json`): ids, labels, scopes
 * and weighted cue terms. A user edits the JSON — adds a topic, splits one,
 * changes a weight — and every consumer (classifier, app, CLI) follows,
 * because nothing here names a topic except the optional special roles
 * (`overview`, `fallback`) which fall back gracefully when absent.
 */
import defaultData from '../data/taxonomy.json';
import { foldHan } from '../text/fold';

export interface TopicDef {
	id: string;
	zh: string;
	en: string;
	scope?: { zh?: string; en?: string };
	/** Cue term → weight (negative weights push away). */
	cues: Record<string, number>;
}

export interface Taxonomy {
	version: number | string;
	description?: string;
	/** Topic for passages with no evidence at all and no context. */
	fallback: string;
	topics: TopicDef[];
}

export class TaxonomyError extends Error {}

const ID_OK = /^[a-z][a-z0-9_-]*$/;

/** Check a taxonomy read from JSON; throws TaxonomyError with a message a user can act on. */
export function validateTaxonomy(data: unknown): Taxonomy {
	const t = data as Partial<Taxonomy>;
	if (!t || typeof t !== 'object' || !Array.isArray(t.topics) || t.topics.length === 0)
		throw new TaxonomyError('taxonomy: "topics" must be a non-empty array');
	const seen = new Set<string>();
	for (const topic of t.topics) {
		if (!topic || typeof topic.id !== 'string' || !ID_OK.test(topic.id))
			throw new TaxonomyError(`taxonomy: bad topic id ${JSON.stringify(topic?.id)} (lower-case letters, digits, - and _)`);
		if (seen.has(topic.id)) throw new TaxonomyError(`taxonomy: duplicate topic id "${topic.id}"`);
		seen.add(topic.id);
		if (typeof topic.zh !== 'string' || typeof topic.en !== 'string')
			throw new TaxonomyError(`taxonomy: topic "${topic.id}" needs "zh" and "en" labels`);
		if (!topic.cues || typeof topic.cues !== 'object')
			throw new TaxonomyError(`taxonomy: topic "${topic.id}" needs "cues" (an object of term → weight)`);
		for (const [term, w] of Object.entries(topic.cues)) {
			if (!term.trim() || typeof w !== 'number' || !Number.isFinite(w))
				throw new TaxonomyError(`taxonomy: topic "${topic.id}": cue ${JSON.stringify(term)} needs a numeric weight`);
		}
	}
	const fallback = typeof t.fallback === 'string' && seen.has(t.fallback) ? t.fallback : t.topics[t.topics.length - 1].id;
	return { version: t.version ?? 1, description: t.description, fallback, topics: t.topics as TopicDef[] };
}

export const defaultTaxonomy: Taxonomy = validateTaxonomy(defaultData);

export interface CueHit {
	topic: string;
	weight: number;
}

/** A trie over the folded cue terms, for longest-match scanning. */
export interface CueIndex {
	taxonomy: Taxonomy;
	ids: string[];
	root: TrieNode;
	maxLen: number;
}

interface TrieNode {
	next: Map<string, TrieNode>;
	/** Set when a cue term ends here. */
	term?: string;
	hits?: CueHit[];
}

const indexes = new WeakMap<Taxonomy, CueIndex>();

export function cueIndex(taxonomy: Taxonomy): CueIndex {
	const hit = indexes.get(taxonomy);
	if (hit) return hit;
	const root: TrieNode = { next: new Map() };
	let maxLen = 0;
	for (const topic of taxonomy.topics) {
		for (const [raw, weight] of Object.entries(topic.cues)) {
			const term = foldHan(raw.trim());
			let node = root;
			for (const ch of term) {
				let n = node.next.get(ch);
				if (!n) node.next.set(ch, (n = { next: new Map() }));
				node = n;
			}
			node.term = term;
			(node.hits ??= []).push({ topic: topic.id, weight });
			maxLen = Math.max(maxLen, term.length);
		}
	}
	const index = { taxonomy, ids: taxonomy.topics.map((t) => t.id), root, maxLen };
	indexes.set(taxonomy, index);
	return index;
}
