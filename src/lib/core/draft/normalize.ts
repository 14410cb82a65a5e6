/** The comparison form of a sentence: width, script and whitespace folded. */
import { foldTraditional } from '../fold';
import { foldWidth, stripWhitespace } from '../normalize';

export function sentenceKey(s: string): string {
	return foldTraditional(stripWhitespace(foldWidth(s, true)));
}
