/** Presentation helpers for the compare view (no domain logic). */

/** The URL of a comparison: the whole state lives in it, so it can be shared. */
export function compareHref(reports: string[], topic: string): string {
	const q = new URLSearchParams();
	if (reports.length) q.set('reports', reports.join(','));
	q.set('topic', topic);
	// Keep commas readable in the address bar.
	return `/compare?${q.toString().replace(/%2C/g, ',')}`;
}

/** Split text into plain and shared runs for rendering as text (never as HTML). */
export function segments(text: string, ranges: [number, number][]): { text: string; shared: boolean }[] {
	const out: { text: string; shared: boolean }[] = [];
	let pos = 0;
	for (const [s, e] of ranges) {
		if (s > pos) out.push({ text: text.slice(pos, s), shared: false });
		if (e > s) out.push({ text: text.slice(Math.max(s, pos), e), shared: true });
		pos = Math.max(pos, e);
	}
	if (pos < text.length) out.push({ text: text.slice(pos), shared: false });
	return out;
}

/** A colour per topic (by taxonomy order); charts also label and outline, so colour never carries meaning alone. */
const PALETTE = ['#8c8c8c', '#4e79a7', '#f28e2b', '#76b7b2', '#b07aa1', '#59a14f', '#e15759', '#2f8f5b', '#edc948', '#9c755f', '#ff9da7', '#6b6ecf', '#bab0ac'];
export function topicColor(index: number): string {
	return PALETTE[index % PALETTE.length];
}

export function percent(x: number): string {
	return `${Math.round(x * 100)}%`;
}
