/**
 * Proofreading lint: the slips a tired drafting team makes. `lint()` runs
 * every rule over the parser's cleaned text and returns findings with
 * offsets into the decoded input, sorted by position.
 */
import { parseReport, type ParsedReport } from '../parse';
import { TextMap } from '../textmap';
import type { Segmenter } from '../segmenter/base';
import { unbalanced } from './balance';
import type { Finding, LintContext, Rule } from './types';
import { repeatedChars } from './repeats';
import { repeatedQuote } from './repeated-quote';
import { numbering } from './numbering';
import { mixedWidth } from './mixed-width';

export type { Finding, RuleId, Rule } from './types';

/** Bump when findings change, so cached lint results are recomputed. */
export const LINT_VERSION = 7;

export const RULES: Rule[] = [repeatedChars, repeatedQuote, numbering, unbalanced, mixedWidth];

/** Lint a decoded report with the given word segmenter (jieba on the server); pass its parse if you have it. */
export function lint(input: string, segmenter: Segmenter, report: ParsedReport = parseReport(input), rules: Rule[] = RULES): Finding[] {
	const ctx: LintContext = { input, report, text: report.text, map: new TextMap(report.pieces), segmenter };
	const findings: Finding[] = [];
	for (const rule of rules) {
		for (const f of rule.check(ctx)) {
			const start = ctx.map.toInput(f.textStart);
			const end = Math.max(start, ctx.map.toInput(f.textEnd, 'end'));
			findings.push({ rule: f.rule, start, end, message: `${f.zh} / ${f.en}`, zh: f.zh, en: f.en, excerpt: input.slice(start, end) });
		}
	}
	return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
