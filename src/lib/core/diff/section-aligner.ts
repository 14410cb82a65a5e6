/**
 * The section level: sections pair up by their headings with the ordinal
 * stripped, so 三、2020年目标任务 meets 二、2024年主要目标任务 whatever
 * their numbers. The pairs steer the sentence level (a sentence is more
 * likely the counterpart of one in the paired section) and let the viewer
 * compare one section with its counterpart.
 */
import type { Section } from '../parse';
import { Aligner } from './base';
import { comparisonKey, type DiffOptions } from './options';
import { bigrams, dice } from '../text/bigrams';

// 一、 （一） 1. （1） 第一， and the like at the start of a heading.
const ORDINAL =
	/^\s*(?:第?[一二三四五六七八九十百零〇]+[、，,．.]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、]|附件[0-9一二三四五六七八九十]*[:：]?)\s*/;
// Years differ from report to report; a heading's words do not.
const YEAR = /(?:19|20)[0-9]{2}年?/g;

export function headingKey(heading: string, o: DiffOptions): string {
	return comparisonKey(heading.replace(ORDINAL, '').replace(YEAR, ''), o).replace(/[\p{P}\s]/gu, '');
}

export class SectionAligner extends Aligner<Section> {
	// Headings are short: 目标任务和重点工作 vs 主要目标任务 share 3 of 8 and 5 bigrams (Dice 0.46).
	threshold = 0.4;
	private grams = new Map<Section, Set<string>>();
	private keys = new Map<Section, string>();
	constructor(private o: DiffOptions) {
		super();
	}
	key(s: Section): string {
		return `${s.level}:${this.headingKeyOf(s)}`;
	}
	/** Each heading's key once: `key` and `gramsOf` both need it. */
	private headingKeyOf(s: Section): string {
		let k = this.keys.get(s);
		if (k === undefined) this.keys.set(s, (k = headingKey(s.heading, this.o)));
		return k;
	}
	similarity(a: Section, b: Section): number {
		// Levels must agree: a chapter is not the counterpart of a lead-in.
		if (a.level !== b.level) return 0;
		return dice(this.gramsOf(a), this.gramsOf(b));
	}
	private gramsOf(s: Section): Set<string> {
		let g = this.grams.get(s);
		if (!g) this.grams.set(s, (g = bigrams(this.headingKeyOf(s))));
		return g;
	}
}

/** Section id pairs (A → B) under the given options. */
export function pairSections(as: Section[], bs: Section[], o: DiffOptions): Map<string, string> {
	const { pairs } = new SectionAligner(o).align(as, bs);
	return new Map(pairs.map((p) => [as[p.a].id, bs[p.b].id]));
}
