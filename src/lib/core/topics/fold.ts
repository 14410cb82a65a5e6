/**
 * Folding Chinese text for matching: traditional characters to simplified
 * (the 1950s national reports are in traditional script) and full-width
 * letters/digits to ASCII. One character in, one character out, so offsets
 * found in the folded text are offsets in the original.
 */
import t2sData from '../data/hanzi-t2s.json';
import { foldChar } from '../normalize';

const T2S: Record<string, string> = (t2sData as { map: Record<string, string> }).map;

/** Fold one string for matching (length-preserving). */
export function foldHan(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const simp = T2S[c];
		out += simp !== undefined && simp.length === 1 ? simp : foldChar(c);
	}
	return out;
}
