import { describe, expect, it } from 'vitest';
import { inputMinusRemoved, parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { corpusText, manifest } from './shared';
import labels from '../fixtures/headings.json';

const texts = manifest.filter((m) => m.file.endsWith('.txt'));
const docx = manifest.filter((m) => m.file.endsWith('.docx'));

describe('parser on ../shared/corpus', () => {
	it('has the 48 national text reports and 23 provincial .docx', () => {
		expect(texts.length).toBe(48);
		expect(docx.length).toBe(23);
	});

	for (const m of [...texts, ...docx]) {
		it(`is lossless on ${m.file}`, async () => {
			const input = await corpusText(m.file);
			const r = parseReport(input);
			expect(stripWhitespace(inputMinusRemoved(input, r.removed))).toBe(stripWhitespace(r.text));
			for (const p of r.pieces) expect(r.text.slice(p.outStart, p.outStart + p.length)).toBe(input.slice(p.inStart, p.inStart + p.length));
			// Offsets are well-formed: inside the input, sections nested in their parents.
			const byId = new Map(r.sections.map((s) => [s.id, s]));
			for (const s of r.sections) {
				expect(s.start).toBeLessThanOrEqual(s.end);
				expect(s.end).toBeLessThanOrEqual(input.length);
				if (s.parent) expect(byId.get(s.parent)!.start).toBeLessThanOrEqual(s.start);
			}
		});
	}

	it('removes the Wikisource licence trailer and nothing of the speech', async () => {
		const input = await corpusText('national/2024.txt');
		const r = parseReport(input);
		expect(r.text).not.toMatch(/Public domain|公有领域|维基文库/);
		expect(r.text.trimEnd().endsWith('全面推进强国建设、民族复兴伟业不懈奋斗！')).toBe(true);
		expect(r.removed.find((x) => x.reason === 'license-notice')).toBeTruthy();
	});

	it('infers region and year of the provincial reports from their own opening lines', async () => {
		let right = 0;
		for (const m of docx) {
			const r = parseReport(await corpusText(m.file));
			const region = r.meta.region ?? '';
			if (r.meta.year === m.year && (region === m.region || region.startsWith(m.region) || m.region.startsWith(region))) right++;
		}
		expect(right).toBe(docx.length);
	});
});

/** Heading recall and precision at levels 1 and 2 against a hand-labelled set. */
describe('heading detection', () => {
	const key = (level: number, heading: string) => `${level}|${heading.replace(/\s+/g, '').slice(0, 12)}`;

	it('finds level-1 and level-2 headings with recall and precision >= 0.95', async () => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		const misses: string[] = [];
		for (const [file, truth] of Object.entries((labels as { reports: Record<string, string[]> }).reports)) {
			const r = parseReport(await corpusText(file));
			const got = new Set(r.sections.filter((s) => s.level <= 2).map((s) => key(s.level, s.heading)));
			const want = new Set(truth.map((t) => key(Number(t.split('|')[0]), t.slice(t.indexOf('|') + 1))));
			for (const k of want) got.has(k) ? tp++ : (fn++, misses.push(`${file} missed ${k}`));
			for (const k of got) if (!want.has(k)) (fp++, misses.push(`${file} extra ${k}`));
		}
		const recall = tp / (tp + fn);
		const precision = tp / (tp + fp);
		console.log(
			`headings: ${tp + fn} labelled, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
			process.env.DUIDU_SHOW_MISSES ? misses : misses.slice(0, 20)
		);
		expect(recall).toBeGreaterThanOrEqual(0.95);
		expect(precision).toBeGreaterThanOrEqual(0.95);
	});
});

import { asHalfWidth, asPdfConversion, asWebPage } from './variants';

/**
 * Unseen formats: the labelled reports re-delivered as a PDF conversion, a web
 * page and a half-width copy. Headings are compared after folding width.
 */
describe('heading detection on the same reports in other formats', () => {
	const fold = (s: string) => asHalfWidth(s).replace(/\s+/g, '').slice(0, 12);
	const variants: [string, (t: string) => string][] = [
		['PDF conversion', asPdfConversion],
		['web page', asWebPage],
		['half-width punctuation', asHalfWidth]
	];
	for (const [name, make] of variants) {
		it(`keeps recall and precision >= 0.95 as a ${name}`, async () => {
			let tp = 0;
			let fp = 0;
			let fn = 0;
			const misses: string[] = [];
			for (const [file, truth] of Object.entries((labels as { reports: Record<string, string[]> }).reports)) {
				const clean = parseReport(await corpusText(file)).text;
				const input = make(clean);
				const r = parseReport(input);
				expect(stripWhitespace(inputMinusRemoved(input, r.removed))).toBe(stripWhitespace(r.text));
				const got = new Set(r.sections.filter((s) => s.level <= 2).map((s) => `${s.level}|${fold(s.heading)}`));
				const want = new Set(truth.map((t) => `${t.split('|')[0]}|${fold(t.slice(t.indexOf('|') + 1))}`));
				for (const k of want) got.has(k) ? tp++ : (fn++, misses.push(`${file} missed ${k}`));
				for (const k of got) if (!want.has(k)) (fp++, misses.push(`${file} extra ${k}`));
			}
			const recall = tp / (tp + fn);
			const precision = tp / (tp + fp);
			console.log(`${name}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`, misses.slice(0, 12));
			expect(recall).toBeGreaterThanOrEqual(0.95);
			expect(precision).toBeGreaterThanOrEqual(0.95);
		});
	}
});
