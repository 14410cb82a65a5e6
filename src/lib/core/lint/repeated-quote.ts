/**
 * A quoted term written twice in a row: 遏制耕地“非粮化”“非粮化”. Two
 * different quoted terms side by side (“清单制”“积分制”) are normal; the
 * same one twice, with at most a list comma between, is a slip.
 */
import type { LintContext, Rule, TextFinding } from './types';

// Within a line: a heading ending with a quoted term and the paragraph under it opening with it are not a slip.
const QUOTED_TWICE = /([“‘「『])([^”’」』\n]{1,40})([”’」』])[ \t\u3000]*[、，,]?[ \t\u3000]*\1\2\3/g;

export const repeatedQuote: Rule = {
	id: 'repeated-quote',
	check(ctx: LintContext): TextFinding[] {
		const out: TextFinding[] = [];
		for (const m of ctx.text.matchAll(QUOTED_TWICE)) {
			const term = m[1] + m[2] + m[3];
			out.push({
				rule: 'repeated-quote',
				textStart: m.index!,
				textEnd: m.index! + m[0].length,
				zh: `引用词语${term}连写两次`,
				en: `The quoted term ${term} is written twice in a row`
			});
		}
		return out;
	}
};
