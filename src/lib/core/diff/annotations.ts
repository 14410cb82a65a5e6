/**
 * The viewer's extension point: other features mark spans of either text
 * (e.g. the figures feature: "this figure changed from 5.2% to 5%") and the
 * viewer shows the mark on every segment the span touches. Annotations are
 * plain data in text offsets, so they can be computed anywhere.
 */
import type { Segment } from './segments';

export interface DiffAnnotation {
	/** Offsets into the side's report text. */
	start: number;
	end: number;
	/** Short text shown with the mark (and read by screen readers). */
	label: string;
	/** A class of annotation, e.g. 'figure-changed'; the viewer exposes it as a data attribute for styling. */
	kind?: string;
}

export interface DiffAnnotations {
	a?: DiffAnnotation[];
	b?: DiffAnnotation[];
}

/** Annotations by segment index (segments and annotations both sorted by start). */
export function annotationsBySegment(segments: Segment[], annotations: DiffAnnotation[] = []): Map<number, DiffAnnotation[]> {
	const out = new Map<number, DiffAnnotation[]>();
	const sorted = [...annotations].sort((x, y) => x.start - y.start);
	let first = 0;
	for (const an of sorted) {
		while (first < segments.length && segments[first].end <= an.start) first++;
		for (let i = first; i < segments.length && segments[i].start < Math.max(an.end, an.start + 1); i++) {
			const list = out.get(i);
			if (list) list.push(an);
			else out.set(i, [an]);
		}
	}
	return out;
}
