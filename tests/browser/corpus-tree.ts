/**
 * A corpus tree of a few hundred reports laid out as the public collection
 * (FOLDER/REGION/YEAR.md), synthesised from the bundled reports: the national
 * series with gaps, three provinces and 24 cities over 2014–2025, a term that
 * spreads from the centre down, a title a spreadsheet would run, and two
 * files that are not reports. Used by tests/browser/corpus.spec.ts.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const TERM = '低空经济';

export const PROVINCES: Record<string, string[]> = {
	山东省: ['聊城市', '济南市', '青岛市', '淄博市', '潍坊市', '烟台市', '临沂市', '德州市'],
	山西省: ['运城市', '太原市', '大同市', '长治市', '晋中市', '临汾市', '吕梁市', '忻州市'],
	河南省: ['郑州市', '洛阳市', '开封市', '安阳市', '新乡市', '南阳市', '商丘市', '信阳市']
};

/**
 * Bodies of the bundled reports, front matter, delivery dates and the year of a review heading off (the path must
 * speak: a report's own dated session line would list it under that line's year, and a review heading naming the year
 * its title gives, 一、2019年工作回顾 under 2019, under the next year — core/meta.ts reviewedYear).
 */
function bodies(): string[] {
	const dir = join(root, 'reports');
	return readdirSync(dir)
		.sort()
		.map((f) =>
			readFileSync(join(dir, f), 'utf8')
				.replace(/^---\n[\s\S]*?\n---\n/, '')
				.replace(/\d{4}年\d{1,2}月\d{1,2}日/, '')
				.replace(/^(一、)\d{4}年(工作回顾)$/m, '$1过去一年$2')
		);
}

/** The tree: national 1954–2025 with gaps, three provinces and 24 cities 2014–2025; the term spreads from the centre down. */
export function buildTree(dir: string): number {
	const texts = bodies();
	let n = 0;
	const put = (rel: string, region: string, year: number, uses: boolean, title?: string) => {
		const text = texts[n % texts.length];
		const extra = `\n${region}${year}年工作要点（第${n}号）。\n${uses ? `${region}要因地制宜发展${TERM}。\n` : ''}`;
		mkdirSync(join(dir, rel, '..'), { recursive: true });
		writeFileSync(join(dir, rel), `---\ntitle: ${title ?? `${region}政府工作报告（${year}年）`}\n---\n${text}${extra}`);
		n++;
	};
	for (const y of [1954, 1955, 1956, 1975, 1978, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
		put(`政府工作报告-国务院/${y}.md`, '国务院', y, y >= 2023);
	put('政府工作报告-国务院/1964-part.md', '国务院', 1964, false);
	for (const [province, cities] of Object.entries(PROVINCES)) {
		for (let y = 2014; y <= 2025; y++) put(`政府工作报告-省自治区/${province}/${y}.md`, province, y, y >= 2024);
		cities.forEach((city, i) => {
			for (let y = 2014; y <= 2025; y++)
				put(
					`政府工作报告-其他地市/${city}/${y}.md`,
					city,
					y,
					y === 2025 && i % 2 === 0,
					city === '聊城市' && y === 2025 ? '=HYPERLINK("http://example.invalid","聊城")' : undefined
				);
		});
	}
	// Two reports of one region and year (聊城市 2016, the second in another folder): flagged, not merged.
	put('其他来源/聊城市/2016.md', '聊城市', 2016, false);
	// Not reports: a dangling link and a file in GBK.
	symlinkSync(join(dir, 'nowhere.md'), join(dir, '政府工作报告-其他地市', '聊城市', '2013.md'));
	writeFileSync(join(dir, '政府工作报告-其他地市', '运城市', '2013.md'), Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7]));
	return n;
}
