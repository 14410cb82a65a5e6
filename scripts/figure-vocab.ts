/**
 * Mines the corpus's own vocabulary of indicators (issue 12, seventh round) into
 * src/lib/core/data/figure-vocab.json: npx tsx scripts/figure-vocab.ts [EVERY=2] [MIN_REPORTS=12]
 *
 * Reads ../shared/corpus/gov (every report named in tests/fixtures/figures-indicators.json skipped), runs the
 * current extractor, and cuts each figure's name (its change word and 年均 set aside) into segmenter words. Every
 * word-boundary suffix of a name (2–16 characters, Han, Latin letters and digits only as in PM2.5) is counted:
 * in how many reports it occurs as a name or a name's tail, how often it is the whole name, and how varied the
 * word before it is (left-context entropy). A suffix recurring in ≥ MIN_REPORTS reports whose left boundary is
 * stable (whole name in ≥ 25% of its uses, or left entropy ≥ 2 bits) and whose last word is no adverb,
 * preposition, conjunction, particle, pronoun or number by the lexicon's tags, nor a verb standing alone, is a
 * known indicator. The extractor anchors a name on the known indicator it ends in (core/figures/vocab.ts).
 * Tried and dropped: mining the words outside known indicators (the words standing right before or after one in
 * ≥ 10 reports and rarely inside one) gave qualifiers (本地, 高新, 一期) as often as function words, and lost a dev figure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../src/lib/core/parse';
import { extractFigures } from '../src/lib/core/figures/extract';
import { segmenter } from '../src/lib/core/segmenter';
import { splitChange, vocabOff } from '../src/lib/core/figures/vocab';
import { loadIndicatorLabels } from '../tests/fixtures/figures-indicator-score';
import { sharedDir, repoRoot } from '../tests/fixtures/figures-score';
import { govMarkdownFiles } from '../tests/fixtures/gov-files';

vocabOff();
const every = Number(process.argv[2] ?? 2);
const minReports = Number(process.argv[3] ?? 12);
const root = path.join(sharedDir, 'corpus/gov');
const labelled = new Set(loadIndicatorLabels().map((l) => path.join(sharedDir, l.report)));
const files = govMarkdownFiles(root);

interface Stat {
	reports: number;
	last: number;
	uses: number;
	whole: number;
	left: Map<string, number>;
}
const stats = new Map<string, Stat>();
const seg = segmenter();
const NAME_CHARS = /^[\p{Script=Han}A-Za-z0-9.]+$/u;
let reportNo = 0;
let figures = 0;
for (let i = 0; i < files.length; i += every) {
	if (labelled.has(files[i])) continue;
	reportNo++;
	const input = readFileSync(files[i], 'utf8');
	const parsed = parseReport(input);
	for (const f of extractFigures(parsed, input, { topicOf: () => null })) {
		figures++;
		const stem = splitChange(f.indicator).stem;
		if (stem.length < 2 || !NAME_CHARS.test(stem)) continue;
		const words = seg(stem);
		let suffix = '';
		for (let k = words.length - 1; k >= 0; k--) {
			suffix = words[k] + suffix;
			if (suffix.length > 16) break;
			if (suffix.length < 2) continue;
			let s = stats.get(suffix);
			if (!s) stats.set(suffix, (s = { reports: 0, last: -1, uses: 0, whole: 0, left: new Map() }));
			if (s.last !== reportNo) {
				s.reports++;
				s.last = reportNo;
			}
			s.uses++;
			if (k === 0) s.whole++;
			else s.left.set(words[k - 1], (s.left.get(words[k - 1]) ?? 0) + 1);
		}
	}
}
const entropy = (m: Map<string, number>) => {
	let n = 0;
	for (const c of m.values()) n += c;
	let h = 0;
	for (const c of m.values()) h -= (c / n) * Math.log2(c / n);
	return h;
};
const phrases = new Set<string>();
for (const [p, s] of stats) {
	if (s.reports < minReports || /^\d/.test(p)) continue;
	// A measured noun phrase: its last word is no adverb, preposition, conjunction, particle, pronoun or number, and
	// no verb standing alone (覆盖, 修复; 城镇新增就业, 城镇居民人均可支配收入 end in verbs by the tags and stay).
	const words = seg(p);
	const lastTag = seg.tag?.(words[words.length - 1]) ?? '';
	if (/^[dpcurmq]/.test(lastTag) || (/^v/.test(lastTag) && words.length < 2)) continue;
	if (s.whole / s.uses >= 0.25 || entropy(s.left) >= 2) phrases.add(p);
}
const out = {
	_comment: `Known indicators (names recurring across reports with a stable left boundary), mined by scripts/figure-vocab.ts ${every} ${minReports} from ${reportNo} reports of ../shared/corpus/gov (labelled reports skipped), ${figures} figures. Regenerate, do not edit by hand.`,
	phrases: [...phrases].sort()
};
writeFileSync(path.join(repoRoot, 'src/lib/core/data/figure-vocab.json'), JSON.stringify(out, null, '\t') + '\n');
console.log(`${reportNo} reports, ${figures} figures, ${stats.size} suffixes, ${out.phrases.length} phrases`);
