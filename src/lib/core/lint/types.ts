/**
 * What a proofreading rule reports. Rules read the parser's cleaned text
 * (chrome and markup already out) and report text offsets; `lint()` maps
 * them to offsets into the decoded input, which is what callers get.
 */
import type { ParsedReport } from '../parse';
import type { TextMap } from '../textmap';
import type { Segmenter } from '../segmenter/base';

export type RuleId = 'repeated-chars' | 'repeated-quote' | 'numbering' | 'unbalanced' | 'mixed-width';

/** A finding as callers see it: offsets into the decoded input, message in both languages. */
export interface Finding {
	rule: RuleId;
	start: number;
	end: number;
	/** Bilingual, for plain-text output: "中文 / English". */
	message: string;
	zh: string;
	en: string;
	/** The flagged characters as written. */
	excerpt: string;
}

/** A finding as a rule produces it, in text offsets. */
export interface TextFinding {
	rule: RuleId;
	textStart: number;
	textEnd: number;
	zh: string;
	en: string;
}

export interface LintContext {
	input: string;
	report: ParsedReport;
	/** The report's cleaned text (`report.text`). */
	text: string;
	map: TextMap;
	/** The word segmenter (the server passes the lexicon segmenter of core/segmenter/; its contract: core/segmenter/base.ts). */
	segmenter: Segmenter;
}

export interface Rule {
	id: RuleId;
	check(ctx: LintContext): TextFinding[];
}
