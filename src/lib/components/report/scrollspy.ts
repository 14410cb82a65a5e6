/**
 * Which section the reader is in: the last section anchor whose top has
 * passed just below the sticky header. Recomputed once per animation frame
 * while scrolling; returns a function that stops listening.
 */
export function trackCurrentSection(ids: string[], onChange: (id: string | null) => void, offset = 96): () => void {
	let frame = 0;
	let last: string | null | undefined;
	const elements = ids.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
	const update = () => {
		frame = 0;
		let current: string | null = null;
		for (const el of elements) {
			if (el.getBoundingClientRect().top - offset <= 1) current = el.id;
			else break; // anchors are in document order
		}
		if (current !== last) onChange((last = current));
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);
	update();
	return () => {
		window.removeEventListener('scroll', schedule);
		window.removeEventListener('resize', schedule);
		if (frame) cancelAnimationFrame(frame);
	};
}
