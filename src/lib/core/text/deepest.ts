/**
 * "Which is the deepest section containing this offset?" for offsets asked
 * in increasing order — the parser's paragraphs, the diff's units. A scan of
 * every section per question is O(questions × sections), quadratic on a
 * report of 10,000 headings; this sweep answers all of them in
 * O((questions + sections) · log sections).
 *
 * A section contains `pos` when `textStart <= pos < max(textEnd, textStart + 1)`;
 * among those, the deepest (highest `level`) wins, and of equally deep ones
 * the latest in the given array. Options: `skip` leaves sections out of every
 * answer (the outline's lead-in sections when it places new leads);
 * `halfOpen` makes containment strictly `textStart <= pos < textEnd`, so an
 * empty section contains nothing (the diff's change list). `chainAt` gives
 * the few deepest, e.g. a section and the one around it.
 */
export interface Span {
	textStart: number;
	textEnd: number;
	level: number;
}

export class DeepestSweep<T extends Span> {
	private readonly order: number[];
	private next = 0;
	/** Max-heap of section indices by (level, index). */
	private readonly heap: number[] = [];
	private last = -Infinity;
	private readonly halfOpen: boolean;

	constructor(
		private readonly sections: readonly T[],
		options: { skip?: (section: T) => boolean; halfOpen?: boolean } = {}
	) {
		const skip = options.skip;
		this.halfOpen = options.halfOpen ?? false;
		this.order = sections
			.map((_, i) => i)
			.filter((i) => !skip?.(sections[i]))
			.sort((a, b) => sections[a].textStart - sections[b].textStart || a - b);
	}

	private above(i: number, j: number): boolean {
		const a = this.sections[i];
		const b = this.sections[j];
		return a.level > b.level || (a.level === b.level && i > j);
	}

	private push(i: number) {
		const h = this.heap;
		h.push(i);
		let k = h.length - 1;
		while (k > 0) {
			const p = (k - 1) >> 1;
			if (!this.above(h[k], h[p])) break;
			[h[k], h[p]] = [h[p], h[k]];
			k = p;
		}
	}

	private pop() {
		const h = this.heap;
		const top = h.pop()!;
		if (!h.length) return;
		h[0] = top;
		let k = 0;
		for (;;) {
			const l = 2 * k + 1;
			const r = l + 1;
			let m = k;
			if (l < h.length && this.above(h[l], h[m])) m = l;
			if (r < h.length && this.above(h[r], h[m])) m = r;
			if (m === k) break;
			[h[k], h[m]] = [h[m], h[k]];
			k = m;
		}
	}

	private end(i: number): number {
		const s = this.sections[i];
		return this.halfOpen ? s.textEnd : Math.max(s.textEnd, s.textStart + 1);
	}

	/** The deepest section containing `pos`; asking for a smaller `pos` than before restarts the sweep. */
	at(pos: number): T | null {
		const i = this.indexAt(pos);
		return i === null ? null : this.sections[i];
	}

	/** `at`, as the section's index in the given array. */
	indexAt(pos: number): number | null {
		if (pos < this.last) {
			this.next = 0;
			this.heap.length = 0;
		}
		this.last = pos;
		while (this.next < this.order.length && this.sections[this.order[this.next]].textStart <= pos) this.push(this.order[this.next++]);
		// A section that ended before pos has ended for every later question too.
		while (this.heap.length && this.end(this.heap[0]) <= pos) this.pop();
		return this.heap.length ? this.heap[0] : null;
	}

	/**
	 * Up to `n` sections containing `pos`, deepest first (the deepest, then the
	 * deepest of the rest, …): for nested sections, a section and those around it.
	 */
	chainAt(pos: number, n: number): number[] {
		const out: number[] = [];
		for (let i = this.indexAt(pos); i !== null && out.length < n;) {
			out.push(i);
			this.pop();
			while (this.heap.length && this.end(this.heap[0]) <= pos) this.pop();
			i = this.heap.length ? this.heap[0] : null;
		}
		for (const i of out) this.push(i);
		return out;
	}
}
