/**
 * One row per figure, the format figures-names-dump.ts writes and compares and figures-name-audit.ts `--out` writes:
 * file (relative to the corpus root), text start, the figure as written, its name, the sentence around it, and the item
 * of a 各 list (absent for item 0, and in dumps made before lists had items).
 */
import path from 'node:path';
import type { ParsedReport } from '../../src/lib/core/parse';
import type { Figure } from '../../src/lib/core/figures/extract';

export type FigureRow = [string, number, string, string, string, number?];

export function figureRow(root: string, file: string, parsed: ParsedReport, f: Figure): FigureRow {
	const s = parsed.sentences[f.sentence];
	const sent = parsed.text.slice(s.textStart, s.textEnd);
	const at = f.textStart - s.textStart;
	const row: FigureRow = [
		path.relative(root, file),
		f.textStart,
		f.raw,
		f.indicator,
		sent.slice(Math.max(0, at - 40), at + f.raw.length + 12)
	];
	if (f.item) row.push(f.item);
	return row;
}
