/**
 * Every word of a lexicon (src/lib/core/data/lexicon.json) with its
 * frequency and part-of-speech tag, in trie order: for scripts that need the
 * word list (build-lexicon.ts --list, matter-terms.ts); the segmenter itself
 * only walks the trie.
 */
import { Lexicon, type LexiconData } from '../../src/lib/core/segmenter/dag';

export function* lexiconWords(data: LexiconData): Generator<{ word: string; freq: number; tag: string }> {
	const lex = new Lexicon(data);
	// Depth first with an explicit stack (a word is at most a few dozen units deep, but no recursion is needed).
	const stack: [number, string][] = [[0, '']];
	while (stack.length) {
		const [node, prefix] = stack.pop()!;
		if (lex.freq(node) > 0) yield { word: prefix, freq: lex.freq(node), tag: lex.tagOf(node) };
		for (let k = lex.firstEdge(node + 1) - 1; k >= lex.firstEdge(node); k--) stack.push([k + 1, prefix + data.labels[k]]);
	}
}
