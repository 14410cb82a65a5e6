/**
 * Character n-grams of folded content characters (`contentChars`), and the
 * boilerplate among them: n-grams of the data list (data/boilerplate.json)
 * and any n-gram found in a large share of the texts compared. Shared
 * wording made only of boilerplate says nothing about a match, so the
 * compare view and the diff's shared phrases both cut at it.
 */
import boilerplateData from '../data/boilerplate.json';
import { contentChars } from './content';

/** The shortest shared phrase worth showing, in content characters. */
export const MIN_PHRASE = 4;

/** The distinct n-grams of `chars`. */
export function ngramSet(chars: string, n: number): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n));
	return out;
}

/** n-grams never worth highlighting, from the data list. */
function listedBoilerplate(n: number): Set<string> {
	const out = new Set<string>();
	for (const p of (boilerplateData as { phrases: string[] }).phrases) for (const g of ngramSet(contentChars(p).chars, n)) out.add(g);
	return out;
}

/** Boilerplate n-grams of `texts`: the listed ones, and those common to many texts (document frequency ≥ share, and at least 3). */
export function commonGrams(texts: string[], share = 0.4, n = MIN_PHRASE): Set<string> {
	const df = new Map<string, number>();
	for (const t of texts) for (const g of ngramSet(contentChars(t).chars, n)) df.set(g, (df.get(g) ?? 0) + 1);
	const min = Math.max(3, Math.ceil(texts.length * share));
	const out = listedBoilerplate(n);
	for (const [g, c] of df) if (c >= min) out.add(g);
	return out;
}
