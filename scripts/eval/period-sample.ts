// Labelling aid for docs/figures.md (periods): samples figures from raw report text WITHOUT the extractor or the parser —
// a plain regular expression for a number followed by a common unit — and prints each with its sentence and the heading-like
// lines above it, for an analyst to label period and kind by hand. Writes nothing.
// Usage: npx tsx scripts/eval/period-sample.ts SEED N REPORT… (REPORT relative to ../shared, e.g. corpus/gov/政府工作报告-国务院/2021.md)
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../tests/fixtures/mulberry32';

const shared = process.env.DUIDU_SHARED ?? '../shared';
const [seedArg, nArg, ...reports] = process.argv.slice(2);
/** Seeded, so a sample can be drawn again. */
const random = mulberry32(Number(seedArg));
const UNIT =
	'个百分点|%|％|亿元|万元|元|亿美元|万美元|美元|万吨|吨|万千瓦|千瓦|万亩|亩|万人次|万人|人|公里|平方公里|平方米|万平方米|万户|户|个|家|项|所|倍|万辆|台|套|座|条|万套|千克|公斤';
const FIGURE = new RegExp(`(\\d[\\d,，.]*\\d|\\d)\\s*(?:多|余)?(${UNIT})`, 'g');
/** Figures written in Chinese numerals (old reports): money, weight, area, people, multiples, 百分之…. */
const HAN_FIGURE =
	/(百分之[零〇一二三四五六七八九十点]+|[零〇一二三四五六七八九十百千万点]{2,}(?:亿元|万元|元|万吨|吨|万亩|亩|万人|倍|公斤))/g;
const HEADING =
	/^(#+\s|[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）|\*\*|第[一二三四五六七八九十]+[部分、]|[一二三四五六七八九十]是)/;

const n = Number(nArg);
for (const rel of reports) {
	const text = readFileSync(`${shared}/${rel}`, 'utf8');
	const all = [...text.matchAll(FIGURE), ...text.matchAll(HAN_FIGURE)]
		.filter((m) => !/^(19|20)\d\d$/.test(m[1]))
		.sort((a, b) => a.index! - b.index!);
	// Stratified: one figure drawn from each of n equal runs, so review and plan parts are both sampled.
	const picks: RegExpMatchArray[] = [];
	for (let i = 0; i < Math.min(n, all.length); i++) {
		const a = Math.floor((i * all.length) / n);
		const b = Math.max(a + 1, Math.floor(((i + 1) * all.length) / n));
		picks.push(all[a + Math.floor(random() * (b - a))]);
	}
	console.log(`\n===== ${rel} (${all.length} candidates)`);
	for (const m of picks) {
		const at = m.index!;
		const lineStart = text.lastIndexOf('\n', at) + 1;
		const before = text.slice(0, lineStart).split('\n');
		const heads = before.filter((l) => HEADING.test(l.trim()) || (l.trim().length > 0 && l.trim().length <= 24)).slice(-3);
		const lineEnd = text.indexOf('\n', at);
		const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
		const sStart = Math.max(lineStart, ...['。', '；'].map((p) => text.lastIndexOf(p, at - 1) + 1));
		const ctx = text.slice(Math.max(lineStart, sStart - 60), Math.min(lineStart + line.length, at + 90));
		console.log(`\n@${at} «${m[0]}»  heads: ${heads.map((h) => h.trim().slice(0, 40)).join(' | ')}`);
		console.log(`   line starts: ${line.slice(0, 50)}`);
		console.log(`   ${ctx.replace(m[0], `【${m[0]}】`)}`);
	}
}
