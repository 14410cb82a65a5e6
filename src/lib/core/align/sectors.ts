/**
 * Sectors: the finer layer under the industry matters (src/lib/core/data/
 * sectors.json). The word vectors see "industry", not which one: 稀土 and 钢铁
 * passages are close in them. Two passages each about a sector that neither
 * names the other's are on different industries.
 */
import sectorsData from '../data/sectors.json';
import { scoreText } from '../topics/score';
import { cueIndex, type CueIndex, type Taxonomy } from '../topics/taxonomy';

interface SectorDef {
	id: string;
	zh: string;
	en: string;
	terms: string[];
}

const sectors = (sectorsData as { sectors: SectorDef[] }).sectors;

let index: CueIndex | null = null;

function sectorCounts(text: string): Map<string, number> {
	index ??= cueIndex({
		topics: sectors.map((s) => ({ id: s.id, zh: s.zh, en: s.en, cues: Object.fromEntries(s.terms.map((t) => [t, 1])) }))
	} as unknown as Taxonomy);
	const out = new Map<string, number>();
	for (const e of scoreText(text, index).evidence) out.set(e.topic, (out.get(e.topic) ?? 0) + e.count);
	return out;
}

export interface Sectors {
	/** Every sector the passage names. */
	all: Set<string>;
	/** The sector(s) the passage is about: named in its lead sentence (one or two), or the only one it names, twice or more. */
	focus: Set<string>;
}

/** The sectors a passage names, and the one(s) it is about. */
export function sectorsOf(text: string): Sectors {
	const counts = sectorCounts(text);
	const all = new Set(counts.keys());
	const cut = text.search(/[。；！？]/);
	const lead = sectorCounts(cut > 0 ? text.slice(0, cut) : text);
	let focus = new Set<string>();
	if (lead.size >= 1 && lead.size <= 2) focus = new Set(lead.keys());
	else if (!lead.size && counts.size === 1 && [...counts.values()][0] >= 2) focus = new Set(counts.keys());
	return { all, focus };
}

/**
 * Two passages each about a sector, neither naming the other's anywhere (医药 against 钢铁),
 * speak of different industries.
 */
export function sectorsClash(a: Sectors, b: Sectors): boolean {
	if (!a.focus.size || !b.focus.size) return false;
	for (const s of a.focus) if (b.all.has(s)) return false;
	for (const s of b.focus) if (a.all.has(s)) return false;
	return true;
}
