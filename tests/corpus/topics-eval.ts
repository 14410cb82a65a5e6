/**
 * Scoring the topic classifier against the hand labels in
 * tests/fixtures/topics-labels.json. Used by the accuracy tests and by
 * `scripts/topics-accuracy.ts` (which prints a confusion summary).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { parseReport, type ParsedReport } from '../../src/lib/core/parse';
import { foldWidth } from '../../src/lib/core/text/fold';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { classifyReport, type ReportTopics } from '../../src/lib/core/topics/index';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = process.env.DUIDU_SHARED ?? path.resolve(repoRoot, '../shared');

/**
 * dev, dev2: looked at while writing cue terms and weights.
 * heldout, heldout2: labelled before the classifier ever ran on them, never tuned on.
 * heldout4–heldout9: the section-topic rounds of tests/fixtures/topics-gov.json, each
 * labelled blind and measured once; the earlier ones have since been tuned on (docs/parser.md).
 */
/** The gov rounds of headings and section topics (tests/fixtures/headings-gov.json, topics-gov.json), in order: one list for both tests. */
export const GOV_ROUNDS = [
	'heldout4',
	'heldout5',
	'heldout6',
	'heldout7',
	'heldout8',
	'heldout9',
	'heldout10',
	'heldout11',
	'heldout12',
	'heldout13',
	'heldout14',
	'heldout15',
	'heldout16',
	'heldout17',
	'heldout18',
	'heldout19',
	'heldout20',
	'heldout21'
] as const;
export type Split = 'dev' | 'dev2' | 'heldout' | 'heldout2' | (typeof GOV_ROUNDS)[number];
export const SPLITS: Split[] = ['dev', 'dev2', 'heldout', 'heldout2'];
export const isHeldOut = (split: Split) => split === 'heldout' || split === 'heldout2';

export interface LabelReport {
	file: string;
	split: Split;
	sections: [string, string][];
	paragraphs: [string, string][];
}

export interface LabelItem {
	file: string;
	split: Split;
	kind: 'section' | 'paragraph';
	key: string;
	expected: string[];
	got: string | null;
	ok: boolean;
}

export function readLabels(): LabelReport[] {
	return JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/topics-labels.json'), 'utf8')).reports;
}

export function fileOf(label: string): string {
	return label.startsWith('reports/') ? path.join(repoRoot, label) : path.join(sharedDir, 'corpus', label);
}

export function available(label: string): boolean {
	return existsSync(fileOf(label));
}

export async function readReportFile(label: string): Promise<string> {
	const p = fileOf(label);
	if (p.endsWith('.docx')) return (await mammoth.extractRawText({ buffer: readFileSync(p) })).value;
	return readFileSync(p, 'utf8');
}

const key = (s: string) => stripWhitespace(foldWidth(s, true));

export function evaluate(label: LabelReport, report: ParsedReport, topics: ReportTopics): LabelItem[] {
	const items: LabelItem[] = [];
	const base = { file: label.file, split: label.split };
	for (const [prefix, want] of label.sections) {
		const k = key(prefix);
		const i = report.sections.findIndex((s) => s.kind !== 'lead' && s.level <= 2 && key(s.heading).startsWith(k));
		const got = i >= 0 ? topics.sections[i].topic : null;
		const expected = want.split('|');
		items.push({ ...base, kind: 'section', key: prefix, expected, got, ok: got !== null && expected.includes(got) });
	}
	for (const [prefix, want] of label.paragraphs) {
		const k = key(prefix);
		const i = report.paragraphs.findIndex((p) => p.kind !== 'front' && key(report.text.slice(p.textStart, p.textEnd)).startsWith(k));
		const got = i >= 0 ? topics.paragraphs[i].topic : null;
		const expected = want.split('|');
		items.push({ ...base, kind: 'paragraph', key: prefix, expected, got, ok: got !== null && expected.includes(got) });
	}
	return items;
}

export async function evaluateAll(filter: (l: LabelReport) => boolean = () => true): Promise<LabelItem[]> {
	const out: LabelItem[] = [];
	for (const label of readLabels().filter(filter)) {
		if (!available(label.file)) continue;
		const report = parseReport(await readReportFile(label.file));
		out.push(...evaluate(label, report, classifyReport(report)));
	}
	return out;
}

export function accuracy(items: LabelItem[]): { n: number; right: number; rate: number } {
	const right = items.filter((i) => i.ok).length;
	return { n: items.length, right, rate: items.length ? right / items.length : NaN };
}
