import { lint, type Finding } from '../../lib/core/lint';
import { parseReport } from '../../lib/core/parse';
import { parseOptions } from '../args';
import { UsageError, type Command } from '../io';
import { readInput } from '../reports';
import { segmenter } from '../../lib/core/segmenter';

/** Line and column (1-based) of an input offset, for the plain-text listing. */
function lineCol(input: string, pos: number): string {
	let line = 1;
	let last = -1;
	for (let i = input.indexOf('\n'); i >= 0 && i < pos; i = input.indexOf('\n', i + 1)) {
		line++;
		last = i;
	}
	return `${line}:${pos - last}`;
}

/** The JSON contract of `lint --json`. */
export function lintJson(findings: Finding[]) {
	return {
		findings: findings.map((f) => ({
			rule: f.rule,
			start: f.start,
			end: f.end,
			message: f.message,
			zh: f.zh,
			en: f.en,
			excerpt: f.excerpt
		}))
	};
}

export const lintCommand: Command = {
	summary: 'proofread a report: repeated characters, repeated quotes, numbering, brackets, punctuation width',
	args: 'FILE',
	options: { json: { type: 'boolean', help: 'print the findings as JSON' } },
	notes: ['exit status: 0 no findings, 1 findings, 2 wrong usage'],
	async run(args, io) {
		const { positional, flags } = parseOptions(args, lintCommand);
		if (positional.length !== 1) throw new UsageError('lint takes exactly one FILE');
		const input = await readInput(positional[0]);
		const findings = lint(input, segmenter(), parseReport(input));
		if (flags.json) io.out(JSON.stringify(lintJson(findings)));
		else {
			for (const f of findings) io.out(`${positional[0]}:${lineCol(input, f.start)}  ${f.rule}  ${f.message}`);
			io.out(findings.length ? `${findings.length} finding(s)` : 'no findings');
		}
		return findings.length ? 1 : 0;
	}
};
