/**
 * The content characters of a text — Han characters, Latin letters and
 * digits, folded (traditional → simplified, full-width → ASCII) — with the
 * offset of each in the text: what similarity and shared wording are
 * computed on. Punctuation and spaces are dropped; digits become 0 unless
 * `keepDigits` (for similarity a figure's value is noise, for shared
 * wording it is what each side wrote: 2023 and 2024 should not differ).
 */
import { foldHan } from './fold';
import { HAN_CLASS } from './han';

const CONTENT = new RegExp(`[${HAN_CLASS}A-Za-z0-9]`, 'u');

export function contentChars(text: string, keepDigits = false): { chars: string; offsets: number[] } {
	const folded = foldHan(text);
	let chars = '';
	const offsets: number[] = [];
	for (let i = 0; i < folded.length; i++) {
		const c = folded[i];
		if (!CONTENT.test(c)) continue;
		chars += !keepDigits && /[0-9]/.test(c) ? '0' : c;
		offsets.push(i);
	}
	return { chars, offsets };
}
