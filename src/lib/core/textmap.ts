/**
 * The map between the decoded input and the cleaned text. The parser builds
 * `text` from kept pieces of the input; every piece remembers where it came
 * from, so any text offset maps back to an input offset and vice versa.
 */

/** A run of text copied verbatim from `input[inStart, inStart + length)` to `text[outStart, …)`. */
export interface Piece {
	inStart: number;
	outStart: number;
	length: number;
}

export class TextMap {
	readonly pieces: Piece[];
	constructor(pieces: Piece[]) {
		this.pieces = pieces;
	}

	/** Index of the last piece whose `key` start is <= pos. */
	private find(pos: number, key: 'inStart' | 'outStart'): number {
		const ps = this.pieces;
		let lo = 0;
		let hi = ps.length - 1;
		let best = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (ps[mid][key] <= pos) {
				best = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return best;
	}

	/**
	 * Input offset of text offset `t`. Offsets that fall on inserted separators
	 * (the newline between paragraphs) map to the end of the previous piece,
	 * so `[toInput(a), toInput(b))` always covers the input behind `text[a, b)`.
	 */
	toInput(t: number, side: 'start' | 'end' = 'start'): number {
		const i = this.find(t, 'outStart');
		if (i < 0) return this.pieces.length ? this.pieces[0].inStart : 0;
		const p = this.pieces[i];
		if (t <= p.outStart + p.length) {
			if (side === 'end' && t === p.outStart && i > 0) {
				const q = this.pieces[i - 1];
				return q.inStart + q.length;
			}
			return p.inStart + (t - p.outStart);
		}
		// t is on a separator after piece i.
		if (side === 'start' && i + 1 < this.pieces.length) return this.pieces[i + 1].inStart;
		return p.inStart + p.length;
	}

	/** Text offset of input offset `i`; input inside a removed span maps to the next kept character. */
	toText(pos: number): number {
		const i = this.find(pos, 'inStart');
		if (i < 0) return 0;
		const p = this.pieces[i];
		if (pos < p.inStart + p.length) return p.outStart + (pos - p.inStart);
		if (i + 1 < this.pieces.length) return this.pieces[i + 1].outStart;
		return p.outStart + p.length;
	}
}
