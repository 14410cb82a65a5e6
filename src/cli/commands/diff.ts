import {
	diffReports,
	flatSegments,
	sharedPhrasesOf,
	inlinePieces,
	rowIsPair,
	scopeToSection,
	sectionRange,
	withDefaults,
	type DiffResult,
	type DiffStats,
	type SharedPhrase
} from '../../lib/core/diff/index';
import { intlSegmenter } from '../../lib/core/segmenter/base';
import { segmenter as wordSegmenter } from '../../lib/core/segmenter';
import { parseOptions } from '../args';
import { CliError, UsageError, type Command, type Io } from '../io';
import { loadReport } from '../reports';
import { diffSpec } from './specs';

const STYLE = {
	del: ['\x1b[31m', '\x1b[39m'],
	ins: ['\x1b[32m', '\x1b[39m'],
	dim: ['\x1b[2m', '\x1b[22m'],
	moved: ['\x1b[35m', '\x1b[39m']
} as const;

/** Markers carry the meaning; colour only repeats it on a terminal. */
function marker(io: Io) {
	const paint = (style: keyof typeof STYLE, s: string) => (io.color ? STYLE[style][0] + s + STYLE[style][1] : s);
	return {
		del: (s: string) => paint('del', `[-${s}-]`),
		ins: (s: string) => paint('ins', `{+${s}+}`),
		moved: (s: string) => paint('moved', `{~${s}~}`),
		dim: (s: string) => paint('dim', s)
	};
}

export function renderText(result: DiffResult, textA: string, textB: string, io: Io): string {
	const m = marker(io);
	const lines: string[] = [];
	const seg = (side: 'a' | 'b', i: number) => {
		const s = result[side].segments[i];
		return (side === 'a' ? textA : textB).slice(s.start, s.end).replace(/\n+$/, '');
	};
	let equalRun = 0;
	const flushEqual = () => {
		if (equalRun) lines.push(m.dim(`  … ${equalRun} unchanged / 未改动 …`));
		equalRun = 0;
	};
	for (const row of result.rows) {
		if (row.kind === 'equal') {
			equalRun++;
			continue;
		}
		flushEqual();
		const pieces = inlinePieces(result, row);
		// Counterparts share one line; unrelated neighbours get a line per side.
		const groups = rowIsPair(result, row) ? [pieces] : [pieces.filter((p) => p.side === 'a'), pieces.filter((p) => p.side === 'b')];
		for (const group of groups) {
			if (!group.length) continue;
			const side = group[0].side;
			const moved = group.some((p) => p.status === 'moved');
			const prefix =
				side === 'a' && !rowIsPair(result, row)
					? moved
						? '<moved '
						: '- '
					: side === 'b' && !rowIsPair(result, row)
						? moved
							? '>moved '
							: '+ '
						: moved
							? '~moved '
							: '~ ';
			let line = '';
			for (const p of group) {
				const t = seg(p.side === 'a' ? 'a' : 'b', p.index);
				if (p.status === 'equal') line += t;
				else if (p.status === 'moved') line += m.moved(t);
				else if (p.side === 'a') line += m.del(t);
				else line += m.ins(t);
			}
			lines.push(prefix + line);
		}
	}
	flushEqual();
	lines.push('', statsLine(result.stats));
	return lines.join('\n');
}

export function statsLine(s: DiffStats): string {
	const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
	return [
		`sentences A ${s.sentencesA}, B ${s.sentencesB}: unchanged ${s.unchanged} (${pct(s.share.unchanged)}), edited ${s.edited} (${pct(s.share.edited)}), moved ${s.moved} (${pct(s.share.moved)}), removed ${s.removed} (${pct(s.share.removed)}), new ${s.added} (${pct(s.share.added)} of B)`,
		`wording reused: ${pct(s.reusedA)} of A, ${pct(s.reusedB)} of B`
	].join('\n');
}

/** The top shared phrases, one a line, with their counts per side. */
export function phrasesText(phrases: SharedPhrase[], top = 30): string {
	if (!phrases.length) return '\nshared phrases / 共有短语: none / 无';
	return [
		'',
		`shared phrases / 共有短语 (${phrases.length}; A×, B×):`,
		...phrases.slice(0, top).map((p) => `  ${p.text.replace(/\s+/g, ' ')}  A×${p.countA} B×${p.countB}`)
	].join('\n');
}

export const diff: Command = {
	...diffSpec,
	async run(args, io) {
		const { positional, flags } = parseOptions(args, diff);
		if (positional.length !== 2) throw new UsageError('diff takes exactly two reports, A and B');
		const [a, b] = await Promise.all(positional.map(loadReport));
		const options = withDefaults({
			ignorePunctuationWidth: !flags['exact-punct'],
			ignoreWhitespace: !flags['exact-space'],
			ignoreNumberFormat: !flags['exact-numbers']
		});
		const which = flags.segmenter ?? 'jieba';
		if (which !== 'jieba' && which !== 'intl') throw new UsageError('--segmenter is jieba or intl');
		// jieba's algorithm and dictionary, as the app (core/segmenter/): its lexicon loads in milliseconds.
		const segmenter = which === 'jieba' ? wordSegmenter() : intlSegmenter;

		let rangesA, rangesB;
		if (typeof flags.section === 'string') {
			const scope = scopeToSection(
				a.report,
				b.report,
				flags.section,
				options,
				typeof flags['section-b'] === 'string' ? flags['section-b'] : undefined
			);
			if (!scope) throw new CliError(`${a.name} has no section ${flags.section}`);
			if (!scope.b)
				throw new CliError(`no section of ${b.name} corresponds to ${flags.section} (${scope.a.heading}); name one with --section-b`);
			rangesA = [sectionRange(scope.a)];
			rangesB = [sectionRange(scope.b)];
		}
		const result = diffReports({ report: a.report, ranges: rangesA }, { report: b.report, ranges: rangesB }, { options, segmenter });
		if (flags.json) {
			const flat = flatSegments(result, a.report.text, b.report.text);
			// `phrases` only on request: the default shape stays {a, b, stats}.
			const phrases = flags.phrases
				? {
						phrases: sharedPhrasesOf(result, a.report.text, b.report.text).phrases.map(({ text, key, countA, countB, score }) => ({
							text,
							key,
							countA,
							countB,
							score
						}))
					}
				: {};
			io.out(JSON.stringify({ a: flat.a, b: flat.b, stats: result.stats, ...phrases }));
		} else {
			io.out(renderText(result, a.report.text, b.report.text, io));
			if (flags.phrases) io.out(phrasesText(sharedPhrasesOf(result, a.report.text, b.report.text).phrases));
		}
		return 0;
	}
};
