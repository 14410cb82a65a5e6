import type { Spec } from '../args';

/**
 * The declarations (summary, positionals, options) of the commands whose
 * finished output the result cache keeps (result-cache.ts). They live apart
 * from the commands' code so that `main.ts` can parse the arguments and look
 * the result up without loading the command — on a hit, the parser, the
 * diff engine and the word segmenter are never loaded.
 */
export const parseSpec = {
	summary: 'parse a report file: its outline, or the whole structure as JSON',
	args: 'FILE',
	options: { json: { type: 'boolean', help: 'print {meta, text, sections, paragraphs, removed} as JSON instead of the outline' } }
} satisfies Spec & { summary: string };

export const diffSpec = {
	summary: 'compare two reports (files or corpus ids): a marked-up diff, or segments and statistics as JSON',
	args: 'A B',
	options: {
		json: { type: 'boolean', help: 'print {a, b, stats} (segments with offsets) as JSON instead of the marked-up diff' },
		section: { type: 'string', value: 'ID', help: 'compare only this section of A (and the section of B that corresponds to it)' },
		'section-b': { type: 'string', value: 'ID', help: 'with --section: the section of B to compare it with' },
		'exact-punct': { type: 'boolean', help: 'full- and half-width punctuation differ (default: the same)' },
		'exact-space': { type: 'boolean', help: 'whitespace differs (default: ignored)' },
		'exact-numbers': { type: 'boolean', help: 'number formats differ (default: 1,000 = 1000)' },
		segmenter: {
			type: 'string',
			value: 'jieba|intl',
			help: "the word segmenter: jieba's dictionary and algorithm (default), or the runtime's Intl.Segmenter"
		},
		phrases: { type: 'boolean', help: 'also list the phrases both reports share' }
	}
} satisfies Spec & { summary: string };

/** Commands whose output is a function of their input files and options only. */
export const cacheable: Record<string, Spec> = { parse: parseSpec, diff: diffSpec };
