// Evaluation aid for docs/reuse.md (run from the repository root: npx tsx scripts/eval/NAME.ts …); reads ../shared or DUIDU_SHARED, prints to stdout, writes nothing.
// The labelling rule of docs/reuse.md, by grep-like counting (NOT the detector): for one sentence of a city report,
// every maximal stretch of wording (letters only, folded) of >= 10 letters it shares verbatim with a source (province
// and national, same year and the year before), each with the share of the year's reports (gov folder, every level,
// districts aside) whose wording contains it (shown only), and whether it is common by the ONE definition the detector
// applies too (core/reuse COMMON and specificLetters: fewer than 8 of its letters outside the named central slogans and
// the 10-letter windows that a third of the reports of the year and the year before carry, counted in the year table
// `yearFrequency` that the service builds). A sentence that opens with a set line of every
// report (data/reuse-formulas.json: 现在我代表…, 让我们…) is boilerplate. Verdict: 'reused' when some stretch is rarer than a third of the year's
// reports and not a slogan, 'boilerplate' when stretches exist but all are common or slogans, null when there is no
// verbatim stretch (then only a reader can tell a lightly edited line: the hand label stands).
// Usage as a script: npx tsx scripts/eval/reuse-rule.ts FILE…  (checks label files against the rule, lists the labels it contradicts)
import { readFileSync } from 'node:fs';
import { COMMON, gramSet, sloganMask, sloganWords, specificLetters, wordingOf } from '../../src/lib/core/reuse/index';
import formulas from '../../src/lib/core/data/reuse-formulas.json';
import { folderCorpus, yearFrequency } from '../../src/lib/server/reuse';

export const MIN_STRETCH = COMMON.window;
const MIN_OUTSIDE = COMMON.minOutside;
const corpus = folderCorpus((process.env.DUIDU_SHARED ?? '../shared') + '/corpus/gov');
const w = (s: string) => wordingOf(s).chars;
const yearTexts = new Map<number, string[]>();
const yearOf = (y: number) => {
	let t = yearTexts.get(y);
	if (!t) {
		t = corpus
			.list()
			.filter((r) => r.year === y && r.level !== 'district')
			.map((r) => w(corpus.input(r.id) ?? ''));
		yearTexts.set(y, t);
	}
	return t;
};
const srcCache = new Map<string, string>();
const src = (id: string) => {
	if (!srcCache.has(id)) srcCache.set(id, w(corpus.input(id) ?? ''));
	return srcCache.get(id)!;
};
const winCache = new Map<string, Set<number> | undefined>();
const srcWindows = (id: string) => {
	if (!winCache.has(id)) winCache.set(id, src(id) ? gramSet(src(id), COMMON.window) : undefined);
	return winCache.get(id);
};
export interface Stretch {
	text: string;
	source: string;
	share: number;
	/** Common: fewer than MIN_OUTSIDE letters outside named slogans and 10-letter windows a third of the year's reports carry. */
	slogan: boolean;
}
/** Maximal verbatim stretches (>= MIN_STRETCH letters) of `sentence` found in the sources, with their year share. */
export function stretches(sentence: string, year: number, province: string): Stretch[] {
	const s = w(sentence);
	const out: Stretch[] = [];
	const ids: [string, string][] = [
		['province', `${province}-${year}`],
		['province', `${province}-${year - 1}`],
		['national', `中华人民共和国-${year}`],
		['national', `中华人民共和国-${year - 1}`]
	];
	const seen = new Set<string>();
	const sMask = sloganMask(s, sloganWords());
	for (const [level, id] of ids) {
		const t = src(id);
		if (!t) continue;
		let end = 0;
		let len = 0;
		for (let a = 0; a < s.length; a++) {
			len = Math.max(0, len - 1);
			while (a + len < s.length && t.includes(s.slice(a, a + len + 1))) len++;
			if (len >= MIN_STRETCH && a + len > end) {
				end = a + len;
				const text = s.slice(a, a + len);
				if (seen.has(text)) continue;
				seen.add(text);
				const year_ = yearOf(year);
				const share = year_.filter((x) => x.includes(text)).length / year_.length;
				// Common letters by the one definition the detector uses too (core/reuse COMMON, specificLetters):
				// named slogans and 10-letter windows that a third of the reports of the year and the year before carry.
				const table = yearFrequency(corpus, year);
				// The target (a city report, counted in the table) and its sources do not vote, as in the detector.
				const own = ids.map(([, id]) => srcWindows(id)).filter((x): x is Set<number> => !!x);
				const outside = specificLetters(s, a, a + len, (h) => table.windowShare(h, own, true), sMask);
				out.push({ text, source: level, share, slogan: outside < MIN_OUTSIDE });
			}
		}
	}
	return out;
}
export function verdict(st: Stretch[]): 'reused' | 'boilerplate' | null {
	if (!st.length) return null;
	return st.some((x) => !x.slogan) ? 'reused' : 'boilerplate';
}
/** The rule applied to a label: 'reused' labels become 'boilerplate' when every verbatim stretch is common or a slogan. */
export function ruleClass(sentence: string, year: number, province: string, hand: 'reused' | 'boilerplate' | 'none') {
	if (formulas.leads.some((l) => w(sentence).startsWith(w(l)))) return { cls: 'boilerplate' as const, st: [] };
	const st = stretches(sentence, year, province);
	const v = verdict(st);
	return { cls: v ?? hand, st };
}

/** Every label of a label file whose reused / not-reused call the rule contradicts ('none' vs 'boilerplate' aside: both are not reused). */
export function contradictions(file: string): string[] {
	const out: string[] = [];
	const labels = JSON.parse(readFileSync(file, 'utf8'));
	for (const t of labels.triples) {
		const p = corpus.parsed(`${t.city}-${t.year}`)!;
		const text = (i: number) => p.text.slice(p.sentences[i].textStart, p.sentences[i].textEnd);
		const secs = (t.sections ?? []).map((h: string) => p.sections.find((s) => s.heading.includes(h))!);
		const inside = (i: number) =>
			!secs.length ||
			secs.some(
				(s: { textStart: number; textEnd: number }) => p.sentences[i].textStart >= s.textStart && p.sentences[i].textEnd <= s.textEnd
			);
		const find = (q: string) => p.sentences.findIndex((_, i) => inside(i) && text(i).includes(q));
		const hand = new Map<number, 'reused' | 'boilerplate' | 'none'>();
		for (const l of t.reused) hand.set(find(l.q), 'reused');
		for (const q of t.boilerplate ?? []) hand.set(find(q), 'boilerplate');
		for (const q of t.none ?? []) hand.set(find(q), 'none');
		const judged = secs.length ? p.sentences.map((_, i) => i).filter(inside) : [...hand.keys()].filter((i) => i >= 0);
		for (const i of judged) {
			const h = hand.get(i) ?? 'none';
			const { cls, st } = ruleClass(text(i), t.year, t.province, h);
			if ((cls === 'reused') !== (h === 'reused'))
				out.push(
					`${file.replace(/.*\//, '')} ${t.city} #${i} ${h} -> ${cls}: ${text(i).trim().slice(0, 30)} | ${st.map((x) => `${x.source} ${(x.share * 100).toFixed(0)}%${x.slogan ? ' common' : ''} ${x.text}`).join(' ; ')}`
				);
		}
	}
	return out;
}

if (process.argv[1]?.endsWith('reuse-rule.ts'))
	for (const f of process.argv.slice(2)) for (const line of contradictions(f)) console.log(line);
