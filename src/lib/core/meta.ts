/**
 * Report metadata — one inference for the parser and the importer alike:
 * what the front matter says, and where it is silent what the report's own
 * opening says (the title line, the "——2024年1月17日在…会议上" line with or
 * without its dash, the speaker line). The importer adds only what is
 * import-specific (a file name, a web page's title, a 来源 line).
 *
 * Meanings: `year` is the report's own year (the one its title, session and
 * file name give: a report delivered "——2024年12月25日" is the 2025 report);
 * `date` is the delivery date. `region` is canonical, from one table
 * (`data/regions.json`: 聊城 → 聊城市, 西藏 → 西藏自治区).
 */

export type Level = 'national' | 'provincial' | 'city' | 'district';
export type Kind = 'gwr' | 'plan' | 'budget' | 'other';

export interface ReportMeta {
	title?: string;
	region?: string;
	province?: string;
	level?: Level;
	/** The report's own year (its title and session; a December delivery belongs to the next year). */
	year?: number;
	kind?: Kind;
	/** Delivery date: ISO (YYYY-MM-DD) or partial (YYYY-MM). */
	date?: string;
	speaker?: string;
	meeting?: string;
	source?: string;
	notes?: string;
	/** Any other front-matter keys, as written. */
	[key: string]: string | number | undefined;
}

const LEVELS: Level[] = ['national', 'provincial', 'city', 'district'];
const KINDS: Kind[] = ['gwr', 'plan', 'budget', 'other'];

import regions from './data/regions.json';
import nationalSpeakers from './data/national-speakers.json';
import { HAN_CLASS } from './text/han';
import { chineseOrdinal } from './text/numerals';
import { termEnd } from './parts';
import prefectures from './data/prefectures.json';

const NATIONAL = '中华人民共和国';
const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];
/** Short form → full name of every provincial-level division. */
const PROVINCE_SHORT: Record<string, string> = Object.fromEntries(
	regions.provinces.flatMap(([full, ...shorts]) => shorts.map((short) => [short, full]))
);
const PROVINCE_FULL = new Set(regions.provinces.map(([full]) => full));
/** Longest names first, so 内蒙古自治区 wins over 内蒙古. */
const PROVINCE_NAMES = regions.provinces.flat().sort((a, b) => b.length - a.length);
/** Short form → full name of the prefecture-level cities and autonomous prefectures. */
const CITY_SHORT: Record<string, string> = Object.fromEntries(
	regions.cities.flatMap(([full, ...shorts]) => shorts.map((short) => [short, full]))
);
/** Every known full name, for "the longest known name at the end of a match". */
const KNOWN_FULL = new Set<string>([...PROVINCE_FULL, ...regions.cities.map(([full]) => full)]);
const NATIONAL_NAMES = new Set<string>(regions.national);

/** The canonical name of a region (聊城 → 聊城市, 西藏 → 西藏自治区, 全国 → 中华人民共和国); unknown names as given. */
export function canonicalRegion(name: string): string;
export function canonicalRegion(name: string | undefined): string | undefined;
export function canonicalRegion(name: string | undefined): string | undefined {
	if (name === undefined) return undefined;
	const n = name.replace(/[\s\u3000]+/g, '');
	if (!n) return name;
	if (NATIONAL_NAMES.has(n) || n === '中国') return NATIONAL;
	return PROVINCE_SHORT[n] ?? CITY_SHORT[n] ?? n;
}

/** Full name of a provincial-level region given its full or short name. */
export function provinceFullName(name: string): string | undefined {
	if (PROVINCE_FULL.has(name)) return name;
	return PROVINCE_SHORT[name];
}

const PROVINCE_OF = new Map<string, string>(
	Object.entries(prefectures).flatMap(([province, cities]) =>
		Array.isArray(cities) ? cities.map((c) => [c, province] as [string, string]) : []
	)
);

/** The province of a prefecture-level city (data/prefectures.json), if known. */
export function provinceOfCity(region: string): string | undefined {
	return PROVINCE_OF.get(region);
}

/** Turn front-matter strings into typed metadata (region and province made canonical). */
export function metaFromFields(fields: Record<string, string>): ReportMeta {
	const meta: ReportMeta = {};
	for (const [k, v] of Object.entries(fields)) {
		if (k === 'year') {
			const y = Number(v);
			if (Number.isInteger(y)) meta.year = y;
		} else if (k === 'level') {
			if ((LEVELS as string[]).includes(v)) meta.level = v as Level;
		} else if (k === 'kind') {
			meta.kind = (KINDS as string[]).includes(v) ? (v as Kind) : 'other';
		} else if (k === 'region' || k === 'province') {
			if (v.trim()) meta[k] = canonicalRegion(v.trim());
		} else meta[k] = v;
	}
	return meta;
}

const CN_NUM: Record<string, string> = {
	〇: '0',
	零: '0',
	一: '1',
	二: '2',
	三: '3',
	四: '4',
	五: '5',
	六: '6',
	七: '7',
	八: '8',
	九: '9',
	Ｏ: '0',
	O: '0',
	o: '0',
	'○': '0'
};

/** Full-width and Chinese digits (二〇二四) → ASCII digits, for reading years. */
export function yearDigits(s: string): string {
	return s
		.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[〇零一二三四五六七八九Ｏ○]/g, (c) => CN_NUM[c] ?? c);
}

/** Chinese month/day numerals (十二, 二十六) → number. */
function smallNumber(s: string): number {
	const d = yearDigits(s);
	if (/^\d+$/.test(d)) return Number(d);
	return /^[一二三]?十[一二三四五六七八九]?$/.test(s) ? chineseOrdinal(s) : NaN;
}

const DATE_RE =
	/([0-9０-９〇零一二三四五六七八九○Ｏ]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?/;

/** The first date in `s` as YYYY-MM-DD (or YYYY-MM). */
export function findDate(s: string): string | undefined {
	const m = DATE_RE.exec(s);
	if (!m) return undefined;
	const y = yearDigits(m[1]);
	const mo = smallNumber(m[2]);
	if (!/^\d{4}$/.test(y) || !(mo >= 1 && mo <= 12)) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	if (m[3]) {
		const d = smallNumber(m[3]);
		if (d >= 1 && d <= 31) return `${y}-${pad(mo)}-${pad(d)}`;
	}
	return `${y}-${pad(mo)}`;
}

/**
 * The year a report delivered on `date` belongs to: the same year, except
 * that a report delivered in November or December is the next year's
 * (天水市 "——2024年12月25日" is its 2025 report).
 */
export function reportYearOfDate(date: string): number | undefined {
	const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
	if (!m) return undefined;
	return Number(m[1]) + (m[2] && Number(m[2]) >= 11 ? 1 : 0);
}

/**
 * The year a report's own dated session line gives it ("——2011年1月18日在四川省第十一届
 * 人民代表大会第四次会议上" → 2011), or its review heading (`reviews`, one year behind), when
 * that is the year its metadata holds; else undefined. A corpus path's year yields to it (a
 * collection may file a report under the year it reviews).
 */
export function yearOfSession(meta: ReportMeta): number | undefined {
	if (typeof meta.year !== 'number') return undefined;
	// 四川省/2004.md: a report that reviews the year its collection files it under is the next year's (inferMeta).
	if (typeof meta.reviews === 'number' && meta.reviews + 1 === meta.year) return meta.year;
	if (!meta.meeting || !meta.date) return undefined;
	return reportYearOfDate(String(meta.date)) === meta.year ? meta.year : undefined;
}

/**
 * The report's year as its title states it: "2025年广西政府工作报告",
 * "…政府工作报告（2013年）", "关于2024年…执行情况与2025年…草案的报告" (the later).
 * Dates ("（2014年3月16日 程志明）") and horizons ("2035年远景目标", "到2020年") are not the report's year.
 */
export function yearOfTitle(title: string): number | undefined {
	const t = yearDigits(title.slice(0, 200));
	let best: number | undefined;
	for (const m of t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) {
		const at = m.index ?? 0;
		const after = t.slice(at + 4, at + 12);
		if (
			/^\s*年?\s*\d{1,2}\s*月/.test(after) ||
			/^\s*年?\s*(?:远景|前|以前)/.test(after) ||
			/[到至]\s*$/.test(t.slice(Math.max(0, at - 2), at))
		)
			continue;
		const y = Number(m[1]);
		if (best === undefined || y > best) best = y;
	}
	return best;
}

/** Administrative region names: the shortest run of Han characters ending in a unit suffix. */
const REGION_RE = new RegExp(String.raw`([${HAN_CLASS}]{1,10}?(?:自治区|自治州|特别行政区|省|市|地区|盟|州|区|县|旗))`, 'gv');
const NOT_REGION =
	/^(?:自治[区州]$|特别行政区$|[第本全各该我]|关于|人民|政府|代表|城市|城区|社区|小区|园区|开发区|新区|景区|示范区|试验区|自贸区|地区|市区|县区|省市|市县|区县|州市|工作|会议|报告|发展|建设|经济|国民|社会)/;

/** The provincial-level division named first in `s`, as its full name. */
export function findProvince(s: string): string | undefined {
	let best: { at: number; name: string } | undefined;
	for (const n of PROVINCE_NAMES) {
		const at = s.indexOf(n);
		if (at >= 0 && (!best || at < best.at)) best = { at, name: n };
	}
	return best ? (PROVINCE_SHORT[best.name] ?? best.name) : undefined;
}

/** The longest known full region name that `name` ends with ("日上海市" → 上海市), if any. */
function knownSuffix(name: string): string | undefined {
	for (let k = Math.min(name.length, 12); k >= 2; k--) {
		const tail = name.slice(name.length - k);
		if (KNOWN_FULL.has(tail)) return tail;
	}
	return undefined;
}

/** Place names in `s`, in order of appearance: provinces by name, others by their unit suffix. */
export function findRegions(s: string): string[] {
	const found: { at: number; name: string }[] = [];
	for (const m of s.matchAll(REGION_RE)) {
		let name = m[1];
		let at = m.index ?? 0;
		const known = knownSuffix(name);
		if (known) {
			at += name.length - known.length;
			name = known;
		} else {
			// Dates and prepositions run into the name in "2025年1月14日在天津市…": cut them off.
			const cut = /^.*(?:年|月|日在|在|于|关于|对|中共|政府|市长|区长|县长|省长|主席)/.exec(name);
			if (cut && name.length - cut[0].length >= 2) {
				name = name.slice(cut[0].length);
				at += cut[0].length;
			}
		}
		// "龚正市长", "代市长": an office, not a place.
		if (name.length < 2 || NOT_REGION.test(name) || s[at + name.length] === '长') continue;
		// A province's name is matched whole ("贵州省", not "贵州" + 州).
		const province = PROVINCE_NAMES.find((p) => s.startsWith(p, at));
		if (province) name = PROVINCE_SHORT[province] ?? province;
		found.push({ at, name });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

export function levelOfRegion(region: string): Level | undefined {
	if (/^(中华人民共和国|中国|全国|国务院)$/.test(region)) return 'national';
	if (MUNICIPALITIES.includes(region) || PROVINCE_FULL.has(region) || /(省|自治区|特别行政区)$/.test(region) || region in PROVINCE_SHORT)
		return 'provincial';
	if (/(市|自治州|地区|盟|州)$/.test(region) || region in CITY_SHORT) return 'city';
	if (/(区|县|旗)$/.test(region)) return 'district';
	return undefined;
}

export function kindOfTitle(title: string): Kind | undefined {
	if (/政府工作报告/.test(title)) return 'gwr';
	if (/计划(?:执行情况|草案)|国民经济和社会发展计划/.test(title)) return 'plan';
	if (/预算(?:执行情况|草案)/.test(title)) return 'budget';
	if (/报告/.test(title)) return 'other';
	return undefined;
}

// ---------------------------------------------------------------- date lines, meetings, speakers

const MEETING_RE = new RegExp(
	String.raw`在([${HAN_CLASS}\s\u3000]{2,40}?(?:人民代表大会|代表大会)(?:[\s\u3000]*第[一二三四五六七八九十\d]+次(?:全体)?会议)?|[${HAN_CLASS}]{2,30}?(?:会议|大会))`,
	'v'
);
/** A meeting in a date line with its spaces removed, when `meetingOf` finds none. */
const MEETING_LOOSE = new RegExp(String.raw`在([${HAN_CLASS}]{1,60}?(?:会议|大会))`, 'v');
/** "我代表…人民政府向大会…作报告": a government work report by its opening. */
const GWR_OPENING = new RegExp(
	String.raw`我代表(?:[${HAN_CLASS}]{0,12}?人民政府|国务院)[，,\s\u3000]*向(?:大会|市第|省第|[^，。]{0,12}大会)[^。]{0,6}(?:作|报告)`,
	'v'
);
/** The region in the opening sentence: "我代表无锡市人民政府…", "北京市第十二届人大第二次会议…". */
const OPENING_GOVERNMENT = new RegExp(String.raw`代表([${HAN_CLASS}]{2,12}?)(?:人民)?政府`, 'v');
const OPENING_CONGRESS = new RegExp(String.raw`^([${HAN_CLASS}]{2,12}?)第[一二三四五六七八九十]+届人大`, 'v');
const ORDINAL_SESSION = /第[一二三四五六七八九十百\d]+届/;

/** The date line among the opening lines: a date and a meeting, with or without the leading dash. */
export function findDateLine(lines: string[]): string | undefined {
	const head = lines.slice(0, 8).map((l) => (l.length > 300 ? l.slice(0, 300) : l));
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
	const m = MEETING_RE.exec(dateLine.slice(0, 300).replace(/(\d)\s+(?=\d)/g, '$1'));
	return m ? m[1].replace(/[\s\u3000]+/g, '') : undefined;
}

/** The region whose people's congress the meeting is: the words before 第N届. */
export function regionOfMeeting(meeting: string): string | undefined {
	if (/全国人民代表大会/.test(meeting)) return NATIONAL;
	const cut = ORDINAL_SESSION.exec(meeting);
	if (!cut) return undefined;
	let head = meeting.slice(0, cut.index);
	const lastAt = head.lastIndexOf('在');
	if (lastAt >= 0) head = head.slice(lastAt + 1);
	head = head.replace(/^.*?[年月日]/, (m) => (/\d|[〇零一二三四五六七八九十]/.test(m) ? '' : m));
	if (!head) return undefined;
	const known = knownSuffix(head);
	if (known) return known;
	return provinceFullName(head) ?? CITY_SHORT[head] ?? (levelOfRegion(head) ? head : undefined);
}

/** "(山西省)运城市…": the province in brackets, then the region. */
const BRACKETED_PROVINCE = new RegExp(
	String.raw`^[（\(]([${HAN_CLASS}]{2,8}(?:省|自治区))[\)）]\s*([${HAN_CLASS}]{2,10}?(?:市|州|盟|地区|区|县|旗))`,
	'v'
);

/** A region named in a title: "2025年山东省政府工作报告", "2025年广西政府工作报告", "兰州市人民政府工作报告（2012）". */
export function regionOfTitle(title: string): string | undefined {
	const t = title.replace(/^[\s\u3000]*(?:[0-9０-９]{4}\s*年(?:度)?)/, '').replace(/^关于/, '');
	const bracket = BRACKETED_PROVINCE.exec(t);
	if (bracket) return bracket[2];
	for (const [full, ...short] of regions.provinces) for (const n of [full, ...short]) if (t.startsWith(n)) return full;
	for (const [full, ...short] of regions.cities) for (const n of [full, ...short]) if (t.startsWith(n)) return full;
	const found = findRegions(t)[0];
	return found && !/^[年月日在]/.test(found) ? found : undefined;
}

const ROLE = '(?:国务院总理|总理|代省长|省长|代市长|市长|代区长|区长|代县长|县长|代主席|主席|州长|代州长|盟长|旗长|局长|主任|厅长|部长)';
const NAME = `([${HAN_CLASS}](?:[${HAN_CLASS}·•]|[\\s\\u3000](?=[${HAN_CLASS}])){1,14}?)`;
const SPEAKER_PATTERNS = [
	// "…省长周乃翔作政府工作报告", "…市长张工同志作政府工作报告"
	new RegExp(`${ROLE}[\\s\\u3000]*${NAME}(?:同志)?[\\s\\u3000]*作(?:政府工作|工作)?报告`, 'v'),
	// "——2025年1月14日海南省省长 刘小明在海南省…"
	new RegExp(`${ROLE}[\\s\\u3000]*${NAME}[\\s\\u3000]*在`, 'v'),
	// "——2025年1月15日龚正市长在上海市…", "杨雄市长在上海市第十四届…"
	new RegExp(`(?:日|^|印发)([${HAN_CLASS}]{2,3})${ROLE}在`, 'v'),
	// "自治区主席 艾尔肯·吐尼亚孜" on a line of its own
	new RegExp(`${ROLE}[\\s\\u3000]+${NAME}[\\s\\u3000]*$`, 'v')
];

/** Speaker lines: "聊城市代市长 李长萍", "东昌府区发展和改革局局长 张健", "国务院总理 李 强", "国务委员兼国家计划委员会主任邹家华". */
const SPEAKER_RE = new RegExp(
	String.raw`(?:总理|副总理|省长|代省长|市长|代市长|区长|代区长|县长|代县长|主席|代主席|州长|盟长|旗长|局长|主任|厅长|部长)[\s\u3000]*([${HAN_CLASS}](?:[\s\u3000·•]?[${HAN_CLASS}]){1,13}?)(?:同志)?(?:作|所作)?(?:政府工作报告|报告|讲话)?(?:\)|）)?$`,
	'v'
);

/** The speaker named in the opening lines (a date line, a title, a line of its own). */
export function speakerOf(lines: string[]): string | undefined {
	const head = lines.slice(0, 8).map((l) => (l.length > 300 ? l.slice(0, 300) : l).trim());
	for (const l of head) {
		for (const re of SPEAKER_PATTERNS) {
			const m = re.exec(l);
			if (m) return m[1].replace(/[\s\u3000]+/g, '');
		}
	}
	// The speaker may be split over two lines ("国务院总理" / "李 强"), or follow the meeting on the date line.
	for (let i = 0; i < head.length; i++) {
		const line = head[i].replace(/^.*?(?:会议|大会)上/, '');
		const joined = line + (head[i + 1] && head[i + 1].length <= 5 ? head[i + 1] : '');
		const m = SPEAKER_RE.exec(joined.replace(/[。.！!]+$/, '')) ?? SPEAKER_RE.exec(line.replace(/[。.！!]+$/, ''));
		if (m) return m[1].replace(/[\s\u3000]+/g, '');
	}
	return undefined;
}

/** Who delivered the national report of `year` when its text does not say (the Premier). */
function nationalSpeaker(year: number): string | undefined {
	for (const [from, to, name] of nationalSpeakers.premiers as [number, number, string][]) if (year >= from && year <= to) return name;
	return undefined;
}

// ---------------------------------------------------------------- file names

/** A region in a file name: 山东省.docx, 宁夏.docx, 2024-聊城市政府工作报告.pdf. */
export function regionOfFileName(fileName: string): string | undefined {
	const base = fileName
		.replace(/^.*[\\/]/, '')
		.replace(/\.[^.]+$/, '')
		.replace(/^[\d\s_.-]+/, '');
	if (!base) return undefined;
	const whole = provinceFullName(base) ?? CITY_SHORT[base];
	if (whole) return whole;
	return regionOfTitle(base);
}

// ---------------------------------------------------------------- inference

/** Speaker lines the old single-line form also catches ("…会议上天津市市长张工同志作政府工作报告"). */
const DATE_LINE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,40}?(?:会议|大会)(?:上|的)/;

export interface FrontLines {
	/** Standalone lines before the body (title, subtitle, date line, speaker). */
	lines: string[];
	/** The first lines of the body, for a date line placed inside the text. */
	opening: string;
	/** The report's first level-1 headings (一、2003年工作回顾…), for the year it reviews. */
	headings?: string[];
}

/** A review heading of one year or of a five-year term: 一、2003年工作回顾; 一、“十五”工作回顾. */
const REVIEW_HEADING =
	/^[\s\u3000*]*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:((?:19|20)\d\d)\s*年|“?(十[一二三四]?|[六七八九])五”?(?:时期|期间)?)的?(?:政府)?工作(?:的)?回顾/;

/**
 * The year a report's review heading names: 2003年工作回顾 → 2003; “十五”工作回顾 → 2005, the term's last year
 * (parts.ts termEnd). Undefined when none of the headings is a review.
 */
export function reviewedYear(headings: readonly string[]): number | undefined {
	for (const h of headings) {
		const m = REVIEW_HEADING.exec(h.slice(0, 60));
		if (!m) continue;
		if (m[1]) return Number(m[1]);
		// The term's last year, read as parts.ts reads every five-year plan (“十五” → 2005).
		return termEnd(`“${m[2]}五”`) ?? undefined;
	}
	return undefined;
}

/** Infer what the report's own opening says; front matter wins where it speaks. */
export function inferMeta(input: FrontLines, given: ReportMeta): ReportMeta {
	// Titles, date lines and speakers are short: looking at 300 characters of a
	// line and 12 lines keeps every pattern below linear on hostile input.
	const front: FrontLines = {
		lines: input.lines.slice(0, 12).map((l) => (l.length > 300 ? l.slice(0, 300) : l)),
		opening: input.opening.slice(0, 300)
	};
	const opening = front.opening.split('\n').slice(0, 3);
	const meta: ReportMeta = { ...given };
	const all = front.lines.join('\n');
	const titleLine = front.lines.find((l) => /报告|工作|计划/.test(l) && !/^[—\-－―]/.test(l));
	if (!meta.title && titleLine) meta.title = titleLine.replace(/[\s\u3000]+/g, ' ').trim();
	const title = meta.title ?? titleLine ?? '';

	const dashLine =
		front.lines.find((l) => /^[—\-－―]/.test(l)) ??
		findDateLine(front.lines) ??
		front.lines.find((l) => DATE_LINE.test(l)) ??
		/——[^\n]{4,60}?会议上/.exec(front.opening)?.[0] ??
		findDateLine(opening.filter((l) => /^(?:[—\-－―]|[0-9０-９〇一二]{4}\s*年)/.test(l))) ??
		DATE_LINE.exec(front.opening)?.[0];
	const date = (dashLine && findDate(dashLine)) ?? findDate(title) ?? findDate(all);
	if (!meta.date && date) meta.date = date;

	const meeting = dashLine ? (meetingOf(dashLine) ?? MEETING_LOOSE.exec(dashLine.replace(/[\s\u3000]+/g, ''))?.[1]) : undefined;
	if (meeting && !meta.meeting) meta.meeting = meeting;

	if (!meta.speaker) {
		const speaker = speakerOf([...(dashLine ? [dashLine] : []), ...front.lines, ...opening, ...(meta.title ? [meta.title] : [])]);
		if (speaker) meta.speaker = speaker;
	}

	if (!meta.region) meta.region = inferRegion(front, meta, title, dashLine);
	if (meta.region) meta.region = canonicalRegion(meta.region);
	if (meta.region && meta.region in PROVINCE_SHORT && !meta.province) meta.province = PROVINCE_SHORT[meta.region];
	if (!meta.level && meta.region) meta.level = levelOfRegion(meta.region);
	if (!meta.kind)
		meta.kind =
			kindOfTitle(meta.title ?? all) ?? (GWR_OPENING.test(front.opening) ? 'gwr' : undefined) ?? (meta.title ? 'other' : undefined);

	if (!meta.year) {
		// The report's own title line names its year; failing that, its delivery date does.
		// A title that only the front matter gives comes last: a collection's label, not the
		// report's words (四川省/2010.md is titled 2010年… there but was delivered on
		// 2011年1月18日 at the 十一届四次 session: it is the 2011 report).
		const byTitle = titleLine && /报告/.test(titleLine) ? yearOfTitle(titleLine) : undefined;
		const byDate = meta.date ? reportYearOfDate(String(meta.date)) : undefined;
		const byGivenTitle = given.title ? yearOfTitle(String(given.title)) : undefined;
		// …but a bare date (no session named) does not overrule a title: 江苏省/2003.md, titled
		// 江苏省2003年政府工作报告 and reviewing 1998–2002, carries the date line of 2010.
		const bySession = meta.meeting || byGivenTitle === undefined ? byDate : undefined;
		meta.year = byTitle ?? bySession ?? byGivenTitle;
		// …and a collection's label that names the year the report reviews is a year behind: 四川省/2004.md, titled
		// 2004年… by its collection, opens on 2004年工作回顾 and sets the targets of 2005 (2005.md on “十五”工作回顾):
		// the report is 2005's, and `reviews` keeps the year it reviews.
		const reviewed = byTitle === undefined && bySession === undefined ? reviewedYear(input.headings ?? []) : undefined;
		if (reviewed !== undefined && reviewed === meta.year) {
			meta.reviews = reviewed;
			meta.year = reviewed + 1;
		}
	}
	withNationalSpeaker(meta);
	for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
	return meta;
}

/** A national government work report whose text names no speaker: the Premier of its year (data/national-speakers.json). */
function withNationalSpeaker(meta: ReportMeta) {
	const national = meta.level === 'national' || meta.region === NATIONAL;
	const gwr = meta.kind === 'gwr' || (meta.kind === undefined && /政府工作报告/.test(String(meta.title ?? '')));
	if (!meta.speaker && national && gwr && typeof meta.year === 'number') {
		const name = nationalSpeaker(meta.year);
		if (name) meta.speaker = name;
	}
}

function inferRegion(front: FrontLines, meta: ReportMeta, title: string, dashLine: string | undefined): string | undefined {
	if (
		/全国人民代表大会/.test(meta.meeting ?? dashLine ?? '') ||
		/国务院/.test(front.lines.join('\n')) ||
		/国务院/.test(title) ||
		/我代表国务院/.test(front.opening)
	)
		return NATIONAL;
	const byMeeting = meta.meeting ? regionOfMeeting(String(meta.meeting)) : undefined;
	if (byMeeting) return byMeeting;
	// "(山西省)运城市…" names the province in brackets and the region after it.
	const bracket = BRACKETED_PROVINCE.exec(title);
	if (bracket) {
		if (!meta.province) meta.province = bracket[1];
		return bracket[2];
	}
	const byTitle = title ? regionOfTitle(title) : undefined;
	if (byTitle && levelOfRegion(canonicalRegion(byTitle))) return byTitle;
	const candidates = [
		...(meta.meeting ? findRegions(String(meta.meeting)) : []),
		...(title ? findRegions(title) : []),
		...front.lines.flatMap((l) => findRegions(l))
	];
	const province = findProvince([meta.meeting ?? '', title].join('\n'));
	// The opening sentence: "我代表无锡市人民政府…", "北京市第十二届人大第二次会议…".
	const opening = OPENING_GOVERNMENT.exec(front.opening)?.[1] ?? OPENING_CONGRESS.exec(front.opening)?.[1];
	const byOpening =
		opening && opening.length >= 2 && !NOT_REGION.test(opening) && levelOfRegion(canonicalRegion(opening)) ? opening : undefined;
	let region = candidates.find((c) => !/^[年月日在]/.test(c)) ?? byOpening ?? province;
	// A short province name in the title ("2025年广西政府工作报告") means the province.
	if (region && province && PROVINCE_SHORT[region] === province) region = province;
	return region;
}

/**
 * Derived fields, once metadata from every source is merged (inferred, front
 * matter, a manifest): canonical region, level from region, province of a
 * provincial report, kind from the title, a national report's speaker.
 */
export function completeMeta(meta: ReportMeta): ReportMeta {
	const out: ReportMeta = { ...meta };
	if (out.region) out.region = canonicalRegion(String(out.region));
	if (out.province) out.province = canonicalRegion(String(out.province));
	if (out.region && !out.level) out.level = levelOfRegion(String(out.region));
	if (out.level === 'provincial' && out.region && !out.province) out.province = provinceFullName(String(out.region)) ?? String(out.region);
	// A city's province from the same table the corpus layout uses (data/prefectures.json), so an imported copy gets it too.
	if (out.level === 'city' && out.region && !out.province) out.province = provinceOfCity(String(out.region));
	if (!out.kind && out.title) out.kind = kindOfTitle(String(out.title));
	withNationalSpeaker(out);
	for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
	return out;
}

// ---------------------------------------------------------------- duplicates

export interface DuplicateGroup {
	region: string;
	year: number;
	kind: string;
	/** Ids of the reports that claim the same region, year and kind. */
	ids: string[];
}

/**
 * Reports that claim one region, year and kind (two 聊城市 2024 政府工作报告):
 * flagged for the corpus to show, never silently merged. Pure and linear.
 */
export function duplicateReports(entries: { id: string; meta: ReportMeta }[]): DuplicateGroup[] {
	const groups = new Map<string, DuplicateGroup>();
	for (const { id, meta } of entries) {
		if (!meta.region || typeof meta.year !== 'number') continue;
		const region = canonicalRegion(String(meta.region));
		const kind = String(meta.kind ?? 'gwr');
		const key = `${region}\u0000${meta.year}\u0000${kind}`;
		const g = groups.get(key) ?? { region, year: meta.year, kind, ids: [] };
		g.ids.push(id);
		groups.set(key, g);
	}
	return [...groups.values()].filter((g) => g.ids.length > 1);
}
