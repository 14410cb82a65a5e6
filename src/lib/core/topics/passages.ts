/**
 * Passages: the units that get a topic and that the alignment lines up.
 * A passage is a body paragraph, or — where a paragraph holds lead-in
 * sub-sections (`**农村环境整治成效显著。**…`, 一是…, 二是…) — each part of
 * it that a lead-in opens, plus the part before the first lead-in. Real
 * paragraphs mix topics lead by lead, so this is where mixed sections split.
 */
import type { ParsedReport } from '../parse';
import { DeepestSweep } from '../text/deepest';

export interface PassageSpan {
	/** Index of the paragraph in `report.paragraphs`. */
	paragraph: number;
	/** Deepest section the passage starts in. */
	section: string | null;
	/** The lead-in sub-section this passage belongs to, if any. */
	lead: string | null;
	/** Text offsets. */
	textStart: number;
	textEnd: number;
}

export function splitPassages(report: ParsedReport): PassageSpan[] {
	const leads = report.sections.filter((s) => s.kind === 'lead');
	const out: PassageSpan[] = [];
	// Passages come in text order: the deepest section and lead at each are found by a sweep (O(n · log n)), not a scan of all sections per passage.
	const deepest = new DeepestSweep(report.sections);
	// A lead contains only [textStart, textEnd): an empty one contains nothing (the sweep would count it at its start).
	const leadSweep = new DeepestSweep(leads.filter((s) => s.textEnd > s.textStart));
	let li = 0;
	report.paragraphs.forEach((p, pi) => {
		if (p.kind === 'front') return;
		while (li < leads.length && leads[li].headingStart < p.textStart) li++;
		const cuts = [p.textStart];
		for (let k = li; k < leads.length && leads[k].headingStart < p.textEnd; k++) {
			if (leads[k].headingStart > cuts[cuts.length - 1]) cuts.push(leads[k].headingStart);
		}
		cuts.push(p.textEnd);
		for (let c = 0; c + 1 < cuts.length; c++) {
			let s = cuts[c];
			let e = cuts[c + 1];
			while (s < e && /\s/.test(report.text[s])) s++;
			while (e > s && /\s/.test(report.text[e - 1])) e--;
			if (e <= s) continue;
			out.push({ paragraph: pi, section: deepest.at(s)?.id ?? null, lead: leadSweep.at(s)?.id ?? null, textStart: s, textEnd: e });
		}
	});
	return out;
}
