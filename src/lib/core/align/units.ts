/**
 * The finer unit for umbrella paragraphs. One city writes one long paragraph
 * (五、狠抓民生改善。…突出就业优先导向。…办好人民满意教育。…加快健康益阳建设。…)
 * where another writes a lead-in per matter. The paragraph's inner lead
 * sentences (short, no comma, no figure) cut it into sub-units, each able to
 * face its own counterpart. The sub-units cover the paragraph without gaps,
 * so nothing is dropped and every offset still points into the text.
 */
import { splitSentences } from '../sentences';

/** Words that mark a short sentence as prose, not a lead (是/的/了…: "这是我们的责任。"). */
const PROSE = /[是的了我你他她它这那吗呢吧啊么]/;

export interface UnitOptions {
	/** Only passages at least this long are cut. */
	minPassage: number;
	/** A lead sentence's body (without its stop) is this long at most. */
	maxLead: number;
	/** At least this many inner leads to cut. */
	minLeads: number;
	/** A passage this long with no inner leads is cut where its sentences change matter (0: never). */
	minByMatter: number;
	/** A sub-unit cut by matter holds at least this many characters. */
	minGroup: number;
	/** At most this many sub-units: a passage that would give more (a list, hostile input) stays whole. */
	maxUnits: number;
}

export const UNIT_DEFAULTS: UnitOptions = { minPassage: 300, maxLead: 20, minLeads: 2, minByMatter: 300, minGroup: 80, maxUnits: 16 };

function isLead(sentence: string, maxLead: number): boolean {
	if (!/。$/.test(sentence)) return false;
	const body = sentence.replace(/[。]+$/, '').trim();
	return body.length >= 4 && body.length <= maxLead && !/[，,；;：:、“”"（()）\d０-９%％]/.test(body) && !PROSE.test(body);
}

/**
 * Cut `text` (a passage starting at `offset` in the report's text) at its
 * inner lead sentences: `[start, end)` ranges in the same coordinates,
 * covering the passage. Returns one range (the whole passage) when it is
 * short or has fewer than `minLeads` inner leads. The first range holds the
 * passage's own opening (its heading and framing) up to the first inner lead.
 */
export function subUnits(
	text: string,
	offset = 0,
	opts: UnitOptions = UNIT_DEFAULTS,
	matterOf: (sentence: string) => string | null = () => null
): [number, number][] {
	const whole: [number, number][] = [[offset, offset + text.length]];
	if (text.length < opts.minPassage) return whole;
	const sentences = splitSentences(text);
	const cuts: number[] = [];
	// The first sentence opens the passage (its own heading or lead), never a cut; the last is no lead.
	for (let i = 1; i < sentences.length - 1; i++) {
		const [s, e] = sentences[i];
		if (isLead(text.slice(s, e), opts.maxLead)) cuts.push(s);
	}
	if (cuts.length < opts.minLeads) {
		if (!opts.minByMatter || text.length < opts.minByMatter) return whole;
		// No inner leads (威海 2021 （七）突出特色，深入推进精致城市建设。…推进93个老旧小区改造…优化道路交通系统…):
		// cut where the sentences turn to another matter, each piece at least `minGroup` long.
		cuts.length = 0;
		let start = 0;
		let current: string | null = null;
		for (const [s, e] of sentences) {
			const m = matterOf(text.slice(s, e));
			if (m === null) continue;
			if (current !== null && m !== current && s - start >= opts.minGroup && text.length - s >= opts.minGroup) {
				cuts.push(s);
				start = s;
			}
			current = m;
		}
		if (!cuts.length) return whole;
	}
	if (cuts.length + 1 > opts.maxUnits) return whole;
	const bounds = [0, ...cuts, text.length];
	const out: [number, number][] = [];
	for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i + 1] > bounds[i]) out.push([offset + bounds[i], offset + bounds[i + 1]]);
	return out;
}
