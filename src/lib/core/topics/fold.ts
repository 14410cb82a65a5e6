/**
 * Folding Chinese text for matching: traditional characters to simplified
 * (the 1950s national reports are in traditional script) and full-width
 * letters/digits to ASCII. One character in, one character out, so offsets
 * found in the folded text are offsets in the original.
 */
import { foldTraditionalChar } from '../fold';
import { foldChar } from '../normalize';

/** Fold one string for matching (length-preserving). */
export function foldHan(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const simp = foldTraditionalChar(c);
		out += simp !== c ? simp : foldChar(c);
	}
	return out;
}
