/**
 * Matters: the concrete subjects (老旧小区改造, 大气污染防治, 稳岗就业…) that
 * two passages can share although they share little wording. A passage's
 * matters come from its terms (longest match, as for topics), each term
 * weighted by how rare it is in the corpus (src/lib/core/data/
 * matter-weights.json, learned by scripts/matter-weights.ts), so 老旧小区
 * counts far more than 工业.
 */
import mattersData from '../data/matters.json';
import weightsData from '../data/matter-weights.json';
import learnedData from '../data/matter-terms.json';
import { scoreText } from '../topics/score';
import { cueIndex, type CueIndex, type Taxonomy } from '../topics/taxonomy';

export interface MatterDef {
	id: string;
	zh: string;
	en: string;
	topic: string;
	terms: string[];
}

export interface MatterTable {
	matters: MatterDef[];
	/** Corpus weight of each term (≈ ln of its rarity); absent terms get `fallback`. */
	weights: Record<string, number>;
	fallback: number;
}

export interface MatterProfile {
	/** Matter id → weight (unit length over the passage's matters). */
	vector: Map<string, number>;
	/** Matter id → raw evidence (sum of term weights, repeats damped). */
	mass: Map<string, number>;
	/** Matter id → the terms that found it, strongest first. */
	terms: Map<string, string[]>;
	/** Term → weight (unit length): the passage's own words for its matters. */
	termVector: Map<string, number>;
}

const learned = (learnedData as { terms: Record<string, string[]> }).terms;

/** The hand-written matters, each with the terms learned for it from the corpus (scripts/matter-terms.ts). */
export const defaultMatters: MatterTable = {
	matters: (mattersData as { matters: MatterDef[] }).matters.map((m) => ({ ...m, terms: [...m.terms, ...(learned[m.id] ?? [])] })),
	weights: (weightsData as { weights: Record<string, number> }).weights,
	fallback: (weightsData as { fallback?: number }).fallback ?? 3
};

const indexes = new WeakMap<MatterTable, { index: CueIndex; byId: Map<string, MatterDef> }>();

function indexOf(table: MatterTable) {
	let hit = indexes.get(table);
	if (!hit) {
		const pseudo = {
			topics: table.matters.map((m) => ({
				id: m.id,
				zh: m.zh,
				en: m.en,
				cues: Object.fromEntries(m.terms.map((t) => [t, table.weights[t] ?? table.fallback]))
			}))
		} as unknown as Taxonomy;
		hit = { index: cueIndex(pseudo), byId: new Map(table.matters.map((m) => [m.id, m])) };
		indexes.set(table, hit);
	}
	return hit;
}

export function matterDef(id: string, table: MatterTable = defaultMatters): MatterDef | undefined {
	return indexOf(table).byId.get(id);
}

/**
 * How strongly two passages share their best matter: the geometric mean of
 * that matter's share of each passage's evidence. Unlike the cosine it does
 * not fall when one passage is a long paragraph on many matters and the
 * other a lead-in on one of them (one-to-many rows).
 */
export function matterFocus(a: MatterProfile, b: MatterProfile, minMass = 0): { sim: number; top: string | null } {
	const total = (p: MatterProfile) => [...p.mass.values()].reduce((x, y) => x + y, 0) || 1;
	const [ta, tb] = [total(a), total(b)];
	let sim = 0;
	let top: string | null = null;
	for (const [id, ma] of a.mass) {
		const mb = b.mass.get(id);
		if (mb === undefined || ma < minMass || mb < minMass) continue;
		const s = Math.sqrt((ma / ta) * (mb / tb));
		if (s > sim) [sim, top] = [s, id];
	}
	return { sim, top };
}

/** The matters of a text: a unit vector of matter weights, and the terms behind each. */
export function matterProfile(text: string, table: MatterTable = defaultMatters): MatterProfile {
	const { scores, evidence } = scoreText(text, indexOf(table).index);
	const vector = new Map<string, number>();
	const mass = new Map<string, number>();
	let norm = 0;
	for (const [id, s] of Object.entries(scores)) {
		if (s <= 0) continue;
		vector.set(id, s);
		mass.set(id, s);
		norm += s * s;
	}
	norm = Math.sqrt(norm) || 1;
	for (const [id, s] of vector) vector.set(id, s / norm);
	const terms = new Map<string, string[]>();
	const termVector = new Map<string, number>();
	let tnorm = 0;
	for (const e of evidence) if (!termVector.has(e.term)) termVector.set(e.term, e.score);
	for (const w of termVector.values()) tnorm += w * w;
	tnorm = Math.sqrt(tnorm) || 1;
	for (const [t, w] of termVector) termVector.set(t, w / tnorm);
	for (const e of evidence) {
		if (!vector.has(e.topic)) continue;
		const list = terms.get(e.topic) ?? [];
		list.push(e.term);
		terms.set(e.topic, list);
	}
	return { vector, mass, terms, termVector };
}

/**
 * Cosine of two matter profiles, and the matter contributing most to it.
 * A matter counts only when both passages hold at least `minMass` evidence
 * for it: one specific term (老旧小区) or a generic one said twice (民生…民生).
 */
export function matterSimilarity(a: MatterProfile, b: MatterProfile, minMass = 0): { sim: number; top: string | null } {
	let sim = 0;
	let top: string | null = null;
	let best = 0;
	const [x, y] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
	for (const [id, w] of x) {
		const v = y.get(id);
		if (v === undefined) continue;
		if ((a.mass.get(id) ?? 0) < minMass || (b.mass.get(id) ?? 0) < minMass) continue;
		const c = w * v;
		sim += c;
		if (c > best) [best, top] = [c, id];
	}
	return { sim, top };
}

/** Cosine of the passages' own matter terms: the same words (老旧小区 on both sides), not only the same matter. */
export function termSimilarity(a: MatterProfile, b: MatterProfile): number {
	const [x, y] = a.termVector.size <= b.termVector.size ? [a.termVector, b.termVector] : [b.termVector, a.termVector];
	let sim = 0;
	for (const [t, w] of x) sim += w * (y.get(t) ?? 0);
	return sim;
}
