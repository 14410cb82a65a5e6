/**
 * Report metadata: what the corpus front matter says, and — where it is
 * silent — what the report's own opening lines say (the title line, the
 * "——2024年1月17日在…会议上" line, the speaker line).
 */

export type Level = 'national' | 'provincial' | 'city' | 'district';
export type Kind = 'gwr' | 'plan' | 'budget' | 'other';

export interface ReportMeta {
	title?: string;
	region?: string;
	province?: string;
	level?: Level;
	/** Year the report was delivered. */
	year?: number;
	kind?: Kind;
	/** ISO date (YYYY-MM-DD) or a partial one (YYYY-MM). */
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

const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];
/** Short form → full name of every provincial-level division. */
const PROVINCE_SHORT: Record<string, string> = Object.fromEntries(regions.provinces.flatMap(([full, ...shorts]) => shorts.map((short) => [short, full])));
const PROVINCE_FULL = new Set(regions.provinces.map(([full]) => full));
/** Longest names first, so 内蒙古自治区 wins over 内蒙古. */
const PROVINCE_NAMES = regions.provinces.flat().sort((a, b) => b.length - a.length);

/** Turn front-matter strings into typed metadata. */
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
		} else meta[k] = v;
	}
	return meta;
}

const CN_NUM: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', Ｏ: '0', O: '0', o: '0', '○': '0' };

function yearDigits(s: string): string {
	return s
		.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[〇零一二三四五六七八九Ｏ○]/g, (c) => CN_NUM[c] ?? c);
}

/** Chinese month/day numerals (十二, 二十六) → number. */
function smallNumber(s: string): number {
	const d = yearDigits(s);
	if (/^\d+$/.test(d)) return Number(d);
	const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(s);
	if (m) return (m[1] ? Number(yearDigits(m[1])) : 1) * 10 + (m[2] ? Number(yearDigits(m[2])) : 0);
	return NaN;
}

const DATE_RE = /([0-9０-９〇零一二三四五六七八九○Ｏ]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?/;

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

/** Administrative region names: the shortest run of Han characters ending in a unit suffix. */
const REGION_RE = /([\u4e00-\u9fa5]{1,10}?(?:自治区|自治州|特别行政区|省|市|地区|盟|州|区|县|旗))/g;
const NOT_REGION = /^(?:[第本全各该我]|关于|人民|政府|代表|城市|城区|社区|小区|园区|开发区|新区|景区|示范区|试验区|自贸区|地区|市区|县区|省市|市县|区县|州市|工作|会议|报告|发展|建设|经济|国民|社会)/;

/** The provincial-level division named first in `s`, as its full name. */
export function findProvince(s: string): string | undefined {
	let best: { at: number; name: string } | undefined;
	for (const n of PROVINCE_NAMES) {
		const at = s.indexOf(n);
		if (at >= 0 && (!best || at < best.at)) best = { at, name: n };
	}
	return best ? (PROVINCE_SHORT[best.name] ?? best.name) : undefined;
}

/** Place names in `s`, in order of appearance: provinces by name, others by their unit suffix. */
export function findRegions(s: string): string[] {
	const found: { at: number; name: string }[] = [];
	for (const m of s.matchAll(REGION_RE)) {
		let name = m[1];
		let at = m.index ?? 0;
		// Dates and prepositions run into the name in "2025年1月14日在天津市…": cut them off.
		const cut = /^.*(?:年|月|日在|在|于|关于|对|中共|政府|市长|区长|县长|省长|主席)/.exec(name);
		if (cut && name.length - cut[0].length >= 2) {
			name = name.slice(cut[0].length);
			at += cut[0].length;
		}
		if (name.length < 2 || NOT_REGION.test(name)) continue;
		// A province's name is matched whole ("贵州省", not "贵州" + 州).
		const province = PROVINCE_NAMES.find((p) => s.startsWith(p, at));
		if (province) name = PROVINCE_SHORT[province] ?? province;
		found.push({ at, name });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

export function levelOfRegion(region: string): Level | undefined {
	if (/^(中华人民共和国|中国|全国|国务院)$/.test(region)) return 'national';
	if (MUNICIPALITIES.includes(region) || PROVINCE_FULL.has(region) || /(省|自治区|特别行政区)$/.test(region) || region in PROVINCE_SHORT) return 'provincial';
	if (/(市|自治州|地区|盟|州)$/.test(region)) return 'city';
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

/** Speaker lines: "聊城市代市长 李长萍", "东昌府区发展和改革局局长 张健", "国务院总理 李 强". */
const SPEAKER_RE = /(?:总理|副总理|省长|代省长|市长|代市长|区长|代区长|县长|代县长|主席|代主席|州长|盟长|旗长|局长|主任|厅长|部长)[\s\u3000]*([\u4e00-\u9fa5](?:[\s\u3000·•]?[\u4e00-\u9fa5]){1,9}?)(?:同志)?(?:作|所作)?(?:政府工作报告|报告)?$/;
/** "2025年1月14日在天津市第十八届人民代表大会第三次会议上" — a date line without the dash. */
const DATE_LINE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,40}?(?:会议|大会)(?:上|的)/;

export interface FrontLines {
	/** Standalone lines before the body (title, subtitle, date line, speaker). */
	lines: string[];
	/** The first lines of the body, for a date line placed inside the text. */
	opening: string;
}

/** Infer what the report's own opening says; front matter wins where it speaks. */
export function inferMeta(input: FrontLines, given: ReportMeta): ReportMeta {
	// Titles, date lines and speakers are short: looking at 300 characters of a
	// line and 12 lines keeps every pattern below linear on hostile input.
	const front: FrontLines = { lines: input.lines.slice(0, 12).map((l) => (l.length > 300 ? l.slice(0, 300) : l)), opening: input.opening.slice(0, 300) };
	const meta: ReportMeta = { ...given };
	const all = front.lines.join('\n');
	const titleLine = front.lines.find((l) => /报告|工作|计划/.test(l) && !/^[—\-－―]/.test(l));
	if (!meta.title && titleLine) meta.title = titleLine.replace(/[\s\u3000]+/g, ' ').trim();

	const dashLine =
		front.lines.find((l) => /^[—\-－―]/.test(l)) ??
		front.lines.find((l) => DATE_LINE.test(l)) ??
		/——[^\n]{4,60}?会议上/.exec(front.opening)?.[0] ??
		DATE_LINE.exec(front.opening)?.[0];
	const dateSource = dashLine ?? titleLine ?? '';
	const date = findDate(dateSource) ?? findDate(all);
	if (!meta.date && date) meta.date = date;
	if (!meta.year && (meta.date ?? date)) meta.year = Number((meta.date ?? date)!.slice(0, 4));

	if (dashLine) {
		// Bounded: a date line is short; a hostile one ("在"×1M) must not backtrack.
		const m = /在([^在]{1,60}?(?:会议|大会))/.exec(dashLine.slice(0, 200).replace(/[\s\u3000]+/g, ''));
		if (m && !meta.meeting) meta.meeting = m[1];
	}

	if (!meta.speaker) {
		// The speaker may be split over two lines ("国务院总理" / "李 强").
		// A date line may name the speaker too: "…会议上天津市市长张工同志作政府工作报告".
		const speakerLines = [...front.lines, ...front.opening.split('\n').slice(0, 3)];
		for (let i = 0; i < speakerLines.length; i++) {
			const line = speakerLines[i].replace(/^.*?(?:会议|大会)上/, '');
			const m0 = SPEAKER_RE.exec(line.trim().replace(/[。.！!]+$/, ''));
			if (m0 && line !== speakerLines[i]) {
				meta.speaker = m0[1].replace(/[\s\u3000]+/g, '');
				break;
			}
		}
		for (let i = 0; !meta.speaker && i < front.lines.length; i++) {
			const joined = front.lines[i] + (front.lines[i + 1] && front.lines[i + 1].length <= 5 ? front.lines[i + 1] : '');
			const m = SPEAKER_RE.exec(joined.trim()) ?? SPEAKER_RE.exec(front.lines[i].trim());
			if (m) {
				meta.speaker = m[1].replace(/[\s\u3000]+/g, '');
				break;
			}
		}
	}

	if (!meta.region) {
		// "(山西省)运城市…" names the province in brackets and the region after it.
		const bracket = titleLine ? /^[（(]([\u4e00-\u9fa5]{2,8}(?:省|自治区))[)）]\s*([\u4e00-\u9fa5]{2,10}?(?:市|州|盟|地区|区|县|旗))/.exec(titleLine) : null;
		if (bracket) {
			meta.region = bracket[2];
			if (!meta.province) meta.province = bracket[1];
		} else {
			const candidates = [
				...(meta.meeting ? findRegions(meta.meeting) : []),
				...(titleLine ? findRegions(titleLine) : []),
				...front.lines.flatMap((l) => findRegions(l))
			];
			const province = findProvince([meta.meeting ?? '', titleLine ?? ''].join('\n'));
			if (/全国人民代表大会/.test(meta.meeting ?? dashLine ?? '') || /国务院/.test(all)) meta.region = '中华人民共和国';
			else if (candidates.length) meta.region = candidates[0];
			else if (province) meta.region = province;
			// A short province name in the title ("2025年广西政府工作报告") means the province.
			if (meta.region && province && PROVINCE_SHORT[meta.region] === province) meta.region = province;
		}
	}
	if (meta.region && meta.region in PROVINCE_SHORT && !meta.province) meta.province = PROVINCE_SHORT[meta.region];
	if (!meta.level && meta.region) meta.level = levelOfRegion(meta.region);
	if (!meta.kind) meta.kind = kindOfTitle(meta.title ?? all) ?? (meta.title ? 'other' : undefined);
	for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
	return meta;
}
