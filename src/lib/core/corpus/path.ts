/**
 * What a corpus file's path says about the report: level, region and year
 * from the reference layout `FOLDER/REGION/YEAR.md`
 * (`政府工作报告-其他地市/聊城市/2023.md`, `政府工作报告-国务院/1964-part.md`),
 * and a stable, URL-safe id; and a stored report's metadata with the path's
 * hint beneath what its text and front matter say (`mergeMeta`). Pure: the
 * path comes in as segments relative to the corpus directory. The folder
 * patterns live in data/corpus-layout.json. Region knowledge (canonical
 * names, levels, a city's province) is meta.ts's: this file reads it, and
 * meta.ts reads nothing of this one.
 */
import layout from '../data/corpus-layout.json';
import { HAN_CLASS } from '../text/han';
import {
	canonicalRegion,
	completeMeta,
	levelOfRegion,
	provinceOfCity,
	regionOfFileName,
	yearDigits,
	type Level,
	type ReportMeta
} from '../meta';

export type Partial = 'part' | 'summary' | 'excerpt';

export interface PathMeta {
	/** What the corpus layout states (a collection folder, a region folder, a year file name). */
	meta: ReportMeta;
	/**
	 * Region and year the path suggests, for inference where the text is silent
	 * (lowest priority): the layout's, else what a file name says (`山东省.docx`,
	 * `2024-聊城市政府工作报告.pdf`). The parse of a file in reports/, the store
	 * and the importer all read it here.
	 */
	hint: { region?: string; year?: number };
	/** The id the path suggests (before clash resolution). */
	id: string;
}

const COLLECTIONS = layout.collections.map((c) => ({
	re: new RegExp(c.pattern, 'u'),
	level: c.level as Level,
	region: (c as { region?: string }).region
}));
const PARTIAL = layout.partial as Record<string, Partial>;

/** `2023`, `2021-10`, `1964-part`… : the year, then a month or a part marker. */
const STEM = /^((?:19|20)\d\d)(?:[-_.](\d{1,2}))?(?:[-_.](.+))?$/u;
const REGION_NAME = new RegExp(`^[${HAN_CLASS}]{2,12}$`, 'u');

const UNSAFE = /[^\p{L}\p{N}_.-]+/gu;

export function idSafe(s: string): string {
	return s.replace(UNSAFE, '_').replace(/^[._]+|_+$/g, '') || '_';
}

/**
 * Metadata from a path relative to its corpus directory: `segments` are the
 * folders and the file name (with its extension).
 */
export function pathMeta(segments: string[]): PathMeta {
	const file = segments[segments.length - 1];
	const stem = file.replace(/\.[^.]*$/, '');
	const folders = segments.slice(0, -1);
	const meta: ReportMeta = {};
	// The region as the folder spells it, for the id.
	let idRegion: string | undefined;

	const m = STEM.exec(stem);
	if (m && folders.length) {
		meta.year = Number(m[1]);
		const rest = m[3]?.toLowerCase();
		if (rest && PARTIAL[rest]) meta.partial = PARTIAL[rest];
	}

	// The collection folder nearest the file decides the level; a folder below it names the region.
	let collection = -1;
	for (let i = folders.length - 1; i >= 0; i--) {
		if (COLLECTIONS.some((c) => c.re.test(folders[i]))) {
			collection = i;
			break;
		}
	}
	if (collection >= 0) {
		const c = COLLECTIONS.find((c) => c.re.test(folders[collection]))!;
		const below = folders.slice(collection + 1);
		if (c.region && below.length === 0) {
			meta.region = idRegion = c.region;
			meta.level = c.level;
		} else if (below.length === 1 && REGION_NAME.test(below[0])) {
			// Canonical from the one table (聊城 → 聊城市, 西藏 → 西藏自治区).
			const region = canonicalRegion(below[0]);
			meta.region = region;
			idRegion = below[0];
			// 北京市 under 主要城市 is a municipality: provincial level.
			const own = levelOfRegion(region);
			meta.level = c.level === 'city' && own === 'provincial' ? 'provincial' : c.level;
			if (meta.level === 'provincial') meta.province = region;
			else if (provinceOfCity(region)) meta.province = provinceOfCity(region);
		}
	} else if (folders.length && REGION_NAME.test(folders[folders.length - 1])) {
		// No collection folder: a region-named parent still names the region.
		const region = canonicalRegion(folders[folders.length - 1]);
		const level = levelOfRegion(region);
		if (level) {
			meta.region = region;
			idRegion = folders[folders.length - 1];
			meta.level = level;
			if (level === 'provincial') meta.province = region;
			else if (provinceOfCity(region)) meta.province = provinceOfCity(region);
		}
	}

	// Ids keep the folder's own spelling (stable URLs); the metadata is canonical.
	const id =
		idRegion && meta.year !== undefined
			? `${idSafe(idRegion)}-${idSafe(stem)}`
			: segments.map((s, i) => idSafe(i === segments.length - 1 ? stem : s)).join('-');
	return { meta, id, hint: pathHint(folders, file, stem) };
}

/** `2023`, `2021-10`, `1964-part`, `1964-summary`: a year file of the corpus layout. */
const YEAR_FILE = /^((?:19|20)\d{2})(?:-\d{1,2})?(?:-part|-summary)?$/;
const NATIONAL_FOLDER = /国务院|national/i;

/** Region and year a path suggests (see `PathMeta.hint`). */
function pathHint(folders: string[], file: string, stem: string): { region?: string; year?: number } {
	const out: { region?: string; year?: number } = {};
	const ym = YEAR_FILE.exec(stem);
	if (ym) {
		out.year = Number(ym[1]);
		const folder = folders[folders.length - 1];
		if (folder) {
			if (NATIONAL_FOLDER.test(folder)) out.region = '中华人民共和国';
			else if (levelOfRegion(canonicalRegion(folder))) out.region = canonicalRegion(folder);
		}
		return out;
	}
	const region = regionOfFileName(file);
	if (region) out.region = region;
	const years = [...yearDigits(stem).matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
	if (years.length) out.year = Math.max(...years);
	return out;
}

/**
 * Metadata of a stored report: what its path hints (lowest), what its text
 * says, what its front matter or manifest states (highest), completed. The
 * corpus store and the importer both end here, so a file gets the same
 * metadata wherever it comes from.
 */
export function mergeMeta(inferred: ReportMeta, given: ReportMeta = {}, path?: string): ReportMeta {
	// What the path says is a hint (the one path reading: `pathMeta` above).
	const hint: ReportMeta = path ? pathMeta(path.split(/[\\/]/).filter(Boolean)).hint : {};
	const out: ReportMeta = { ...hint, ...inferred, ...given };
	// A stated region's own level wins over an inferred one.
	if (given.region && !given.level) delete out.level;
	return completeMeta(out);
}
