/**
 * The sentence level: units pair up by wording similarity anywhere in the
 * compared text, so a sentence moved to another paragraph is found. A pair
 * inside paired sections gets a small bonus, which decides between two
 * equally similar candidates in favour of the structurally expected one.
 */
import { Aligner } from './base';
import { BigramIndex, bigrams, dice } from '../text/bigrams';
import type { Unit } from './units';

export class SentenceAligner extends Aligner<Unit> {
	threshold = 0.5;
	/** Added to the similarity of units whose sections are paired. */
	sectionBonus = 0.1;
	private gramsA: Set<string>[] = [];
	private gramsB: Set<string>[] = [];
	private index: BigramIndex | null = null;

	constructor(
		/** A section id → B section id, from the section level. */
		private sectionPairs: Map<string, string>,
		/** Section id → ids of itself and its ancestors, for both reports. */
		private ancestorsA: Map<string, string[]>,
		private ancestorsB: Map<string, string[]>
	) {
		super();
	}

	key(u: Unit): string {
		return `${u.kind}:${u.key}`;
	}

	prepare(as: Unit[], bs: Unit[]) {
		this.gramsA = as.map((u) => bigrams(u.key));
		this.gramsB = bs.map((u) => bigrams(u.key));
		this.index = new BigramIndex(this.gramsB);
	}

	/** Bigrams shared with each candidate of the unit last asked for (A index `sharedOf`): its Dice without a second pass. */
	private shared = new Map<number, number>();
	private sharedOf = -1;

	candidates(ai: number): number[] {
		const { found, shared } = this.index!.candidatesShared(this.gramsA[ai]);
		this.shared.clear();
		found.forEach((bi, k) => this.shared.set(bi, shared[k]));
		this.sharedOf = ai;
		return found;
	}

	similarity(a: Unit, b: Unit, ai: number, bi: number): number {
		if (a.kind !== b.kind) return 0;
		const shared = ai === this.sharedOf ? this.shared.get(bi) : undefined;
		const ga = this.gramsA[ai];
		const gb = this.gramsB[bi];
		// The same expression as `dice` (both sets are non-empty: they share a bigram).
		const d = shared === undefined ? dice(ga, gb) : (2 * shared) / (ga.size + gb.size);
		// The bonus only tips the balance for sentences already nearly alike (Dice ≥ 0.4).
		return d >= this.threshold - this.sectionBonus && this.sameBranch(a.section, b.section)
			? Math.min(0.999, d + this.sectionBonus)
			: Math.min(d, 0.999);
	}

	private sameBranch(sa: string | null, sb: string | null): boolean {
		if (!sa || !sb) return false;
		const up = this.ancestorsB.get(sb) ?? [];
		for (const x of this.ancestorsA.get(sa) ?? []) {
			const y = this.sectionPairs.get(x);
			if (y && up.includes(y)) return true;
		}
		return false;
	}
}

export function ancestorsOf(sections: { id: string; parent: string | null }[]): Map<string, string[]> {
	const parent = new Map(sections.map((s) => [s.id, s.parent]));
	const out = new Map<string, string[]>();
	for (const s of sections) {
		const chain: string[] = [];
		for (let id: string | null = s.id; id; id = parent.get(id) ?? null) chain.push(id);
		out.set(s.id, chain);
	}
	return out;
}
