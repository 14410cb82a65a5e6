/**
 * Accuracy of the topic classifier on the hand-labelled set, measured on the
 * HELD-OUT splits together ("heldout" and "heldout2": labelled before the
 * classifier was run on them and never used for tuning cue terms or weights).
 * Run: DUIDU_SHARED=/path/to/shared npx vitest run --project corpus tests/corpus/topics-accuracy.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy, available, evaluateAll, isHeldOut, readLabels, type LabelItem } from './topics-eval';

describe('topic classifier accuracy (held-out reports)', () => {
	let items: LabelItem[] = [];
	beforeAll(async () => {
		items = await evaluateAll();
	});

	it('has the shared corpus and every label resolves to a section or paragraph', () => {
		const missing = readLabels()
			.filter((l) => !available(l.file))
			.map((l) => l.file);
		expect(missing, `shared corpus files missing (set DUIDU_SHARED)`).toEqual([]);
		expect(items.filter((i) => i.got === null).map((i) => `${i.file}: ${i.key}`)).toEqual([]);
	});

	it('level-1/level-2 sections: primary topic right for ≥ 90% on held-out reports', () => {
		const a = accuracy(items.filter((i) => isHeldOut(i.split) && i.kind === 'section'));
		expect(a.n).toBeGreaterThanOrEqual(200);
		expect(a.rate).toBeGreaterThanOrEqual(0.9);
	});

	it('body paragraphs: primary topic right for ≥ 85% on held-out reports', () => {
		const a = accuracy(items.filter((i) => isHeldOut(i.split) && i.kind === 'paragraph'));
		expect(a.n).toBeGreaterThanOrEqual(700);
		expect(a.rate).toBeGreaterThanOrEqual(0.85);
	});

	it('each held-out split and each report family stays above the paragraph bar on its own', () => {
		for (const split of ['heldout', 'heldout2'] as const) {
			expect(accuracy(items.filter((i) => i.split === split && i.kind === 'paragraph')).rate, split).toBeGreaterThanOrEqual(0.85);
		}
		for (const family of ['national/', 'provincial-2025/']) {
			const a = accuracy(items.filter((i) => isHeldOut(i.split) && i.kind === 'paragraph' && i.file.startsWith(family)));
			expect(a.rate, family).toBeGreaterThanOrEqual(0.85);
		}
	});

	it('dev reports stay above the same bars (no regression while editing cues)', () => {
		const dev = items.filter((i) => !isHeldOut(i.split));
		expect(accuracy(dev.filter((i) => i.kind === 'section')).rate).toBeGreaterThanOrEqual(0.9);
		expect(accuracy(dev.filter((i) => i.kind === 'paragraph')).rate).toBeGreaterThanOrEqual(0.85);
	});
});
