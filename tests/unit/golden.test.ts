/**
 * Golden outputs, as Observable Plot keeps its snapshots: for every seed
 * report (reports/*.txt) the outline, the figures and the proofreading
 * findings are written to tests/output/SEED/{outline,figures,lint}.txt in a
 * plain, stable, one-item-per-line form, and this test compares the code's
 * output with them. A change in the parser, the figures or the lint shows up
 * as a readable line diff, here and in review.
 *
 *   npm run golden            (= UPDATE_GOLDEN=1 npx vitest run tests/unit/golden.test.ts)
 *
 * rewrites the files; `git diff tests/output` then shows what changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { formatValue } from '../../src/lib/core/figures/format';
import { topicsOf } from '../../src/lib/core/figures/topic';
import { lint } from '../../src/lib/core/lint';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
import { segmenter } from '../../src/lib/core/segmenter';
import { classifyReport, defaultTaxonomy } from '../../src/lib/core/topics/index';

const UPDATE = !!process.env.UPDATE_GOLDEN;
const reportsDir = new URL('../../reports/', import.meta.url);
const outDir = new URL('../output/', import.meta.url);
const seeds = readdirSync(reportsDir)
	.filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
	.sort();

/** Whitespace shown, long text cut: one finding or span stays on one line. */
function show(s: string, max = 40): string {
	const flat = s.replace(/\n/g, '⏎').replace(/\t/g, '⇥');
	return flat.length > max ? `${flat.slice(0, max)}…(${flat.length})` : flat;
}

/** 1-based line:column of an input offset (columns in UTF-16 units, as editors that count code units do). */
function lineColumns(input: string): (pos: number) => string {
	const starts = [0];
	for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) starts.push(i + 1);
	return (pos) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= pos) lo = mid;
			else hi = mid - 1;
		}
		return `${lo + 1}:${pos - starts[lo] + 1}`;
	};
}

function outlineText(seed: string, input: string, r: ParsedReport): string {
	for (const x of r.removed) expect(x.start <= x.end && x.end <= input.length).toBe(true);
	const paragraphsOf = new Map<string | null, number>();
	for (const p of r.paragraphs) paragraphsOf.set(p.section, (paragraphsOf.get(p.section) ?? 0) + 1);
	const lines = [
		`# outline of reports/${seed}: sections [input start, end) with their paragraph count, then removed input spans`,
		`meta ${JSON.stringify(r.meta)}`,
		`${r.sections.length} sections, ${r.paragraphs.length} paragraphs, ${r.sentences.length} sentences, ${r.text.length} text characters from ${input.length} input characters`,
		'',
		...r.sections.map(
			(s) =>
				`${'  '.repeat(Math.max(0, s.level - 1))}${s.id} [${s.start}, ${s.end}) ${show(s.heading, 60)} (${paragraphsOf.get(s.id) ?? 0} ¶)`
		),
		'',
		`removed ${r.removed.length}:`,
		...r.removed.map((x) => `  [${x.start}, ${x.end}) ${x.reason} «${show(input.slice(x.start, x.end))}»`)
	];
	return lines.join('\n') + '\n';
}

function figuresText(seed: string, input: string, r: ParsedReport): string {
	const figs = extractFigures(r, input, { topicOf: topicsOf(classifyReport(r, defaultTaxonomy)) });
	// Lossless: every offset written below points into the decoded input.
	for (const f of figs) expect(input.slice(f.start, f.end)).toBe(f.raw);
	const flags = (f: (typeof figs)[number]) =>
		[f.approx && 'approx', f.estimate && 'estimate', f.partial && 'partial', f.multiYear && 'multi-year', f.stat && `stat-${f.stat}`]
			.filter(Boolean)
			.join(',');
	const lines = [
		`# figures of reports/${seed}: [input start, end) raw | value | period kind flags | topic | indicator | section`,
		`${figs.length} figures`,
		...figs.map(
			(f) =>
				`[${f.start}, ${f.end}) ${show(f.raw)} | ${formatValue(f.value, f.unit)} | ${f.period ?? '—'} ${f.kind}${flags(f) ? ` ${flags(f)}` : ''} | ${f.topic ?? '—'} | ${f.indicator || '—'} | ${f.section ?? '—'}`
		)
	];
	return lines.join('\n') + '\n';
}

function lintText(seed: string, input: string, r: ParsedReport): string {
	const findings = lint(input, segmenter(), r);
	for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.excerpt);
	const at = lineColumns(input);
	const lines = [
		`# proofreading findings on reports/${seed}: line:column [input start, end) rule «as written» message`,
		`${findings.length} findings`,
		...findings.map((f) => `${at(f.start)} [${f.start}, ${f.end}) ${f.rule} «${show(f.excerpt)}» ${f.message}`)
	];
	return lines.join('\n') + '\n';
}

const KINDS = { outline: outlineText, figures: figuresText, lint: lintText } as const;

describe('golden outputs of the seed reports (tests/output/, npm run golden rewrites)', () => {
	it('has seeds to run on', () => {
		expect(seeds.length).toBeGreaterThan(0);
	});

	for (const seed of seeds) {
		const name = seed.replace(/\.(txt|md)$/, '');
		const dir = new URL(`${name}/`, outDir);
		const input = readFileSync(new URL(seed, reportsDir), 'utf8');

		for (const [kind, render] of Object.entries(KINDS)) {
			it(`${name}/${kind}.txt`, () => {
				const report = parseReport(input);
				const actual = render(seed, input, report);
				const file = new URL(`${kind}.txt`, dir);
				if (UPDATE) {
					mkdirSync(dir, { recursive: true });
					writeFileSync(file, actual);
					return;
				}
				expect(existsSync(file), `tests/output/${name}/${kind}.txt is missing: run npm run golden`).toBe(true);
				expect(actual, `tests/output/${name}/${kind}.txt differs: if the change is meant, run npm run golden and commit the diff`).toBe(
					readFileSync(file, 'utf8')
				);
			});
		}
	}

	it('every golden folder belongs to a seed (none left over from a removed seed)', () => {
		if (!existsSync(outDir)) return;
		const names = new Set(seeds.map((s) => s.replace(/\.(txt|md)$/, '')));
		expect(readdirSync(outDir).filter((d) => !names.has(d))).toEqual([]);
	});
});
