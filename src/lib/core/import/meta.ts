/**
 * Metadata of an imported report. The inference is the parser's
 * (`core/meta.ts`, through `parseReport(text).meta`): the same text gets the
 * same metadata whether it is dropped into `reports/` or imported. Import
 * adds only what is import-specific — the file name (region and year where
 * the text is silent), a web page's <title>, a "来源：" line — and finally
 * the user's corrections, which always win.
 */
import { readFrontMatter, writeFrontMatter } from '../frontmatter';
import {
	canonicalRegion,
	completeMeta,
	kindOfTitle,
	levelOfRegion,
	metaFromFields,
	provinceFullName,
	reportYearOfDate,
	type Kind,
	type Level,
	type ReportMeta
} from '../meta';
import { foldWidth } from '../text/fold';
import { stripWhitespace } from '../text/whitespace';
import { parseReport } from '../parse';

// The shared inference, re-exported for the importer's callers.
import { pathMeta } from '../corpus/path';
export { completeMeta, meetingOf, provinceFullName, regionOfFileName, regionOfMeeting, speakerOf } from '../meta';

/** The report text without any front-matter block or BOM. */
export function bodyOf(text: string): string {
	const fm = readFrontMatter(text);
	return (fm ? text.slice(fm.bodyStart) : text).replace(/^\ufeff/, '');
}

/** The first non-empty lines of the body, trimmed: where a 来源 line lives. */
function openingLines(body: string, max = 12): string[] {
	const out: string[] = [];
	for (const raw of body.slice(0, 20000).split(/\r\n?|[\n\u0085\u2028\u2029]/)) {
		const l = raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
		if (!l) continue;
		out.push(l.length > 200 ? l.slice(0, 200) : l);
		if (out.length >= max) break;
	}
	return out;
}

/** "来源：大众新闻客户端" → 大众新闻客户端 (the line may run on into a date line). */
function sourceLineOf(lines: string[]): string | undefined {
	for (const l of lines.slice(0, 6)) {
		const m = /^来源[:：][\s\u3000]*([^\s\u3000]{2,30}?)(?=[\s\u3000]|\d{4}年|$)/.exec(l);
		if (m) return m[1];
	}
	return undefined;
}

export interface ImportMetaOptions {
	/** The uploaded file's name (for region and year hints, and `source`). */
	fileName: string;
	/** A web page's <title>, when the text itself has no title line. */
	pageTitle?: string | null;
}

/** What the file and its text say, before the user's corrections. */
export function inferImportMeta(text: string, opts: ImportMetaOptions): ReportMeta {
	const fm = readFrontMatter(text);
	const stated = fm ? metaFromFields(fm.fields) : {};
	const body = bodyOf(text);
	// The parser's inference, exactly as for a file in reports/.
	const meta: ReportMeta = { ...parseReport(body).meta };

	// Import-specific: the page title, then the file name, where the text is silent.
	if (!meta.title) {
		const page = cleanPageTitle(opts.pageTitle);
		if (page) meta.title = page;
	}
	const fromPath = pathMeta(opts.fileName.split(/[\\/]/).filter(Boolean)).hint;
	if (!meta.region && fromPath.region) meta.region = fromPath.region;
	if (!meta.year && fromPath.year) meta.year = fromPath.year;
	if (!meta.kind && meta.title) {
		const kind = kindOfTitle(String(meta.title));
		if (kind) meta.kind = kind;
	}

	const via = sourceLineOf(openingLines(body));
	const file = opts.fileName.replace(/^.*[\\/]/, '');
	meta.source = via ? `${via} (imported from ${file})` : `imported from ${file}`;

	return completeMeta({ ...meta, ...stated });
}

function cleanPageTitle(t: string | null | undefined): string | undefined {
	if (!t) return undefined;
	// "聊城市政府工作报告_聊城市人民政府" / "… - 中国政府网": the site name follows a separator.
	const cleaned = t.split(/\s*[_|｜]\s*|\s+[-—–]\s+/)[0].trim();
	return cleaned || undefined;
}

/** Corrections the user typed (CLI flags or the form) win; level follows a corrected region. */
export function applyCorrections(inferred: ReportMeta, corrections: ReportMeta): ReportMeta {
	const out: ReportMeta = { ...inferred };
	for (const [k, v] of Object.entries(corrections)) if (v !== undefined && v !== '') out[k] = v;
	if (corrections.region && !corrections.level) {
		const region = canonicalRegion(String(corrections.region));
		out.level = levelOfRegion(region);
		if (out.level === 'provincial' && !corrections.province) out.province = provinceFullName(region) ?? region;
	}
	// A corrected year that the date cannot belong to means the date was misread too
	// (a December date may belong to the next year's report).
	if (corrections.year && !corrections.date && out.date) {
		const y = Number(corrections.year);
		if (Number(String(out.date).slice(0, 4)) !== y && reportYearOfDate(String(out.date)) !== y) delete out.date;
	}
	return completeMeta(out);
}

const LEVELS: Level[] = ['national', 'provincial', 'city', 'district'];
const KINDS: Kind[] = ['gwr', 'plan', 'budget', 'other'];

/**
 * Check corrections typed by a user: a year of four digits, a known level
 * and kind, a date in ISO form. Returns a list of problems (empty if fine).
 */
export function validateMeta(meta: ReportMeta): string[] {
	const problems: string[] = [];
	if (meta.year !== undefined && !(Number.isInteger(meta.year) && meta.year >= 1900 && meta.year <= 2200))
		problems.push(`year must be a four-digit year, not "${meta.year}"`);
	if (meta.level !== undefined && !LEVELS.includes(meta.level))
		problems.push(`level must be one of ${LEVELS.join(', ')}, not "${meta.level}"`);
	if (meta.kind !== undefined && !KINDS.includes(meta.kind)) problems.push(`kind must be one of ${KINDS.join(', ')}, not "${meta.kind}"`);
	if (meta.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(String(meta.date)))
		problems.push(`date must be YYYY-MM-DD, not "${meta.date}"`);
	return problems;
}

/** Report ids must stay safe in a URL path segment and as a file name. */
export const REPORT_ID = /^[\p{L}\p{N}_.-]+$/u;

/** Id of a report: region-year-kind (山东省-2025-gwr), from the file name when the region is unknown. */
export function reportIdFor(meta: ReportMeta, fileName: string): string {
	const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
	const head = meta.region ?? base;
	// "2024年聊城市报告.pdf" already carries the year: don't say it twice.
	const year = meta.year !== undefined && !String(head).includes(String(meta.year)) ? meta.year : undefined;
	const parts = [head, year, meta.kind ?? undefined].filter((p) => p !== undefined && p !== '');
	return sanitizeId(parts.join('-')) || 'report';
}

export function sanitizeId(s: string): string {
	return s
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}_.-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[.-]+|[.-]+$/g, '')
		.slice(0, 80);
}

/** Text compared to find a report already in the corpus: body only, whitespace and character width folded. */
export function comparableText(text: string): string {
	return foldWidth(stripWhitespace(bodyOf(text)));
}

const FIELD_ORDER = ['title', 'region', 'province', 'city', 'level', 'year', 'kind', 'date', 'speaker', 'meeting', 'source', 'notes'];

/** The corpus file: front matter (known fields first, in a stable order) and the text as extracted. */
export function composeReportFile(meta: ReportMeta, body: string): string {
	const fields: Record<string, string | number | undefined> = {};
	for (const k of FIELD_ORDER) fields[k] = meta[k];
	for (const [k, v] of Object.entries(meta)) if (!(k in fields) && /^[A-Za-z_][\w-]*$/.test(k)) fields[k] = v;
	const text = body.replace(/^\ufeff/, '');
	return writeFrontMatter(fields) + (text.endsWith('\n') ? text : text + '\n');
}
