/**
 * Metadata of an imported report: what the parser infers from the opening
 * lines (`parseReport(text).meta`), sharpened with what imported files
 * typically carry — a date line without the leading dash ("2025年1月20日在
 * 山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告"),
 * a "来源：" line, a region in the file name (山东省.docx, 宁夏.docx) — and
 * finally the user's corrections, which always win.
 */
import { readFrontMatter, writeFrontMatter } from '../frontmatter';
import { findDate, findRegions, kindOfTitle, levelOfRegion, metaFromFields, type Kind, type Level, type ReportMeta } from '../meta';
import { foldWidth, stripWhitespace } from '../normalize';
import { parseReport } from '../parse';
import regions from '../data/regions.json';

const PROVINCES: { name: string; short: string[] }[] = regions.provinces.map(([name, ...short]) => ({ name, short }));

/** Full name of a provincial-level region given its full or short name. */
export function provinceFullName(name: string): string | undefined {
	for (const p of PROVINCES) if (p.name === name || p.short.includes(name)) return p.name;
	return undefined;
}

/** The report text without any front-matter block or BOM. */
export function bodyOf(text: string): string {
	const fm = readFrontMatter(text);
	return (fm ? text.slice(fm.bodyStart) : text).replace(/^\ufeff/, '');
}

/** The first non-empty lines of the body, trimmed: where titles, date lines and speakers live. */
function openingLines(body: string, max = 12): string[] {
	const out: string[] = [];
	for (const raw of body.split(/\r?\n/)) {
		const l = raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
		if (!l) continue;
		out.push(l.length > 200 ? l.slice(0, 200) : l);
		if (out.length >= max) break;
	}
	return out;
}

const MEETING_RE = /在([\u4e00-\u9fa5\s\u3000]{2,40}?(?:人民代表大会|代表大会)(?:[\s\u3000]*第[一二三四五六七八九十\d]+次(?:全体)?会议)?|[\u4e00-\u9fa5]{2,30}?(?:会议|大会))/;
const ORDINAL_SESSION = /第[一二三四五六七八九十百\d]+届/;

/** The date line: a date and a meeting, with or without the leading dash. */
export function findDateLine(lines: string[]): string | undefined {
	const head = lines.slice(0, 8);
	for (let i = 0; i < head.length; i++) {
		if (!findDate(head[i])) continue;
		if (/会议|大会/.test(head[i])) return head[i];
		// A date line wrapped by a PDF or a narrow column: "——2020年5月26日在聊城市第十七届" / "人民代表大会第四次会议上".
		const joined = head[i] + (head[i + 1] ?? '');
		if (/^[—\-－―]/.test(head[i]) && /会议|大会/.test(joined)) return joined;
	}
	return head.find((l) => /^[—\-－―]/.test(l) && findDate(l));
}

/** "…在山东省第十四届人民代表大会第三次会议上…" → 山东省第十四届人民代表大会第三次会议. */
export function meetingOf(dateLine: string): string | undefined {
	const m = MEETING_RE.exec(dateLine.replace(/(\d)\s+(?=\d)/g, '$1'));
	return m ? m[1].replace(/[\s\u3000]+/g, '') : undefined;
}

/** The region whose people's congress the meeting is: the words before 第N届. */
export function regionOfMeeting(meeting: string): string | undefined {
	if (/全国人民代表大会/.test(meeting)) return '中华人民共和国';
	const cut = ORDINAL_SESSION.exec(meeting);
	if (!cut) return undefined;
	let head = meeting.slice(0, cut.index);
	const lastAt = head.lastIndexOf('在');
	if (lastAt >= 0) head = head.slice(lastAt + 1);
	head = head.replace(/^.*?[年月日]/, (m) => (/\d|[〇零一二三四五六七八九十]/.test(m) ? '' : m));
	if (!head) return undefined;
	return provinceFullName(head) ?? (levelOfRegion(head) ? head : undefined);
}

/** A region named in a title: "2025年山东省政府工作报告", "2025年广西政府工作报告". */
export function regionOfTitle(title: string): string | undefined {
	const t = title.replace(/^[\s\u3000]*(?:[0-9０-９]{4}\s*年(?:度)?)/, '').replace(/^关于/, '');
	const bracket = /^[（(]([\u4e00-\u9fa5]{2,8}(?:省|自治区))[)）]\s*([\u4e00-\u9fa5]{2,10}?(?:市|州|盟|地区|区|县|旗))/.exec(t);
	if (bracket) return bracket[2];
	for (const p of PROVINCES) for (const n of [p.name, ...p.short]) if (t.startsWith(n)) return p.name;
	const found = findRegions(t)[0];
	return found && !/^[年月日在]/.test(found) ? found : undefined;
}

/** A region in a file name: 山东省.docx, 宁夏.docx, 2024-聊城市政府工作报告.pdf. */
export function regionOfFileName(fileName: string): string | undefined {
	const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/^[\d\s_.-]+/, '');
	const whole = provinceFullName(base);
	if (whole) return whole;
	return regionOfTitle(base);
}

function yearOf(s: string): number | undefined {
	const years = [...foldWidth(s).matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
	// A plan report names the past year and the coming one: it is delivered in the later.
	return years.length ? Math.max(...years) : undefined;
}

const ROLE = '(?:国务院总理|总理|代省长|省长|代市长|市长|代区长|区长|代县长|县长|代主席|主席|州长|代州长|盟长|旗长|局长|主任|厅长|部长)';
const NAME = '([\\u4e00-\\u9fa5](?:[\\u4e00-\\u9fa5·•]|[\\s\\u3000](?=[\\u4e00-\\u9fa5])){1,10}?)';
const SPEAKER_PATTERNS = [
	// "…省长周乃翔作政府工作报告", "…市长张工同志作政府工作报告"
	new RegExp(`${ROLE}[\\s\\u3000]*${NAME}(?:同志)?[\\s\\u3000]*作(?:政府工作|工作)?报告`),
	// "——2025年1月14日海南省省长 刘小明在海南省…"
	new RegExp(`${ROLE}[\\s\\u3000]*${NAME}[\\s\\u3000]*在`),
	// "——2025年1月15日龚正市长在上海市…"
	new RegExp(`日([\\u4e00-\\u9fa5]{2,3})${ROLE}在`),
	// "自治区主席 艾尔肯·吐尼亚孜" on a line of its own
	new RegExp(`${ROLE}[\\s\\u3000]+${NAME}[\\s\\u3000]*$`)
];

export function speakerOf(lines: string[]): string | undefined {
	for (const l of lines.slice(0, 8)) {
		for (const re of SPEAKER_PATTERNS) {
			const m = re.exec(l.trim());
			if (m) return m[1].replace(/[\s\u3000]+/g, '');
		}
	}
	return undefined;
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
	const lines = openingLines(body);
	const parsed = parseReport(body).meta;
	const meta: ReportMeta = {};

	meta.title = parsed.title ?? cleanPageTitle(opts.pageTitle) ?? undefined;
	const dateLine = findDateLine(lines);
	const date = (dateLine && findDate(dateLine)) ?? parsed.date;
	if (date) meta.date = date;
	const meeting = (dateLine && meetingOf(dateLine)) ?? parsed.meeting;
	if (meeting) meta.meeting = meeting;

	const parsedRegion = parsed.region && !/^[年月日在]/.test(parsed.region) && levelOfRegion(parsed.region) ? parsed.region : undefined;
	const region =
		(meeting && regionOfMeeting(meeting)) ??
		(parsed.region === '中华人民共和国' ? parsed.region : undefined) ??
		(meta.title && regionOfTitle(meta.title)) ??
		parsedRegion ??
		regionOfFileName(opts.fileName);
	if (region) meta.region = provinceFullName(region) ?? region;
	if (parsed.province) meta.province = parsed.province;

	const year = (date ? Number(date.slice(0, 4)) : undefined) ?? (meta.title ? yearOf(meta.title) : undefined) ?? yearOf(opts.fileName.replace(/^.*[\\/]/, ''));
	if (year) meta.year = year;

	const speaker = speakerOf(lines) ?? parsed.speaker;
	if (speaker) meta.speaker = speaker;
	const kind = parsed.kind ?? (meta.title ? kindOfTitle(meta.title) : undefined);
	if (kind) meta.kind = kind;

	const via = sourceLineOf(lines);
	const file = opts.fileName.replace(/^.*[\\/]/, '');
	meta.source = via ? `${via} (imported from ${file})` : `imported from ${file}`;

	const merged = { ...meta, ...stated };
	return completeMeta(merged);
}

/** Derived fields: level from region, province of a provincial report. */
export function completeMeta(meta: ReportMeta): ReportMeta {
	const out: ReportMeta = { ...meta };
	if (out.region && !out.level) out.level = levelOfRegion(out.region);
	if (out.level === 'provincial' && out.region && !out.province) out.province = provinceFullName(out.region) ?? out.region;
	for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
	return out;
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
		out.level = levelOfRegion(String(corrections.region));
		if (out.level === 'provincial' && !corrections.province) out.province = provinceFullName(String(corrections.region)) ?? String(corrections.region);
	}
	// A corrected year means the date it was read from was wrong too.
	if (corrections.year && !corrections.date && out.date && Number(String(out.date).slice(0, 4)) !== Number(corrections.year)) delete out.date;
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
	if (meta.year !== undefined && !(Number.isInteger(meta.year) && meta.year >= 1900 && meta.year <= 2200)) problems.push(`year must be a four-digit year, not "${meta.year}"`);
	if (meta.level !== undefined && !LEVELS.includes(meta.level)) problems.push(`level must be one of ${LEVELS.join(', ')}, not "${meta.level}"`);
	if (meta.kind !== undefined && !KINDS.includes(meta.kind)) problems.push(`kind must be one of ${KINDS.join(', ')}, not "${meta.kind}"`);
	if (meta.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(String(meta.date))) problems.push(`date must be YYYY-MM-DD, not "${meta.date}"`);
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
