/**
 * Folding traditional characters to simplified ones, one character for one
 * character, so offsets survive: the 1950s national reports (Wikisource,
 * traditional script) count 國民經濟 as 国民经济 and segment like modern
 * text. For comparison and counting only — report text is never rewritten.
 */
import table from './data/t2s.json';

const T2S: Record<string, string> = table.map;

export function foldTraditionalChar(ch: string): string {
	return T2S[ch] ?? ch;
}

/** Length-preserving traditional → simplified fold. */
export function foldTraditional(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += T2S[s[i]] ?? s[i];
	return out;
}
