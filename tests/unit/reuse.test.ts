import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { cleanView } from '../../src/lib/components/report/reading';
import {
	Boilerplate,
	COMMON,
	findReuse,
	GramFrequency,
	gramHashes,
	gramSet,
	localAlign,
	provinceNamed,
	specificLetters,
	wordingOf
} from '../../src/lib/core/reuse';
import { spreadOf } from '../../src/lib/core/reuse/spread';
import {
	folderCorpus,
	formulaSpread,
	ReuseError,
	sourcesOf,
	summaryOf,
	yearFrequency,
	yearFrequencyInBackground,
	type ReuseCorpus
} from '../../src/lib/server/reuse';

const doc = (id: string, text: string) => {
	const r = parseReport(text);
	return { id, text: r.text, sentences: r.sentences.map((s) => [s.textStart, s.textEnd] as [number, number]), report: r };
};

describe('reuse core', () => {
	it('keeps letters only and maps each back to its offset', () => {
		const w = wordingOf('增长5.5%，“两个确立”');
		expect(w.chars).toBe('增长两个确立');
		expect([...w.at]).toEqual([0, 1, 8, 9, 10, 11]);
	});

	it('hashes n-grams with a rolling hash that equals a fresh hash', () => {
		const h = gramHashes('坚持以人民为中心的发展思想', 6);
		expect(h.length).toBe(8);
		expect(gramHashes('人民为中心的', 6)[0]).toBe(h[3]);
	});

	it('aligns locally: the shared stretch, not the whole', () => {
		const a = localAlign('今年要支持工会共青团妇联等群团组织更好发挥作用我们', '另外支持工会共青团妇联残联等群团组织更好发挥作用');
		expect(a).not.toBeNull();
		expect('今年要支持工会共青团妇联等群团组织更好发挥作用我们'.slice(a!.a0, a!.a1)).toContain('支持工会共青团妇联');
		expect(a!.matches).toBeGreaterThanOrEqual(18);
	});

	it('finds a clause taken over verbatim and one lightly edited, with exact offsets, and nothing in unrelated text', () => {
		const src = doc(
			'省',
			'实施产业基础再造工程，编制“四基”创新突破项目库，推动协同攻关和应用示范。支持工会、共青团、妇联、残联、红十字会等群团组织更好发挥桥梁纽带作用。加快建设长江中游城市群。'
		);
		const city = doc(
			'市',
			'今年，我们将实施产业基础再造工程，编制“四基”创新突破项目库，推动协同攻关和应用示范。支持工会、共青团、妇联等群团组织更好发挥桥梁纽带作用。新建城市公园十个。'
		);
		const found = findReuse(city, [src]);
		expect(found.map((p) => p.closeness)).toEqual(['verbatim', 'edited']);
		const [v, e] = found;
		expect(city.text.slice(v.start, v.end)).toBe('实施产业基础再造工程，编制“四基”创新突破项目库，推动协同攻关和应用示范');
		expect(src.text.slice(v.sourceStart, v.sourceEnd)).toBe(city.text.slice(v.start, v.end));
		expect(city.text.slice(e.start, e.end)).toContain('群团组织更好发挥桥梁纽带作用');
		expect(e.identity).toBeGreaterThan(0.7);
		expect(e.identity).toBeLessThan(1);
		expect(findReuse(doc('x', '新建城市公园十个，改造老旧小区三十个。'), [src])).toEqual([]);
	});

	it('does not count wording that the background reports share (boilerplate)', () => {
		const formula = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。';
		const src = doc('省', formula + '实施产业基础再造工程，推动协同攻关和应用示范。');
		const city = doc('市', formula + '实施产业基础再造工程，推动协同攻关和应用示范。');
		const background = [1, 2, 3, 4, 5].map((i) => `${formula}本市第${i}项工作另有安排。`);
		const df = new GramFrequency(16);
		for (const t of [...background, src.text, city.text]) df.add(t);
		expect(df.texts).toBe(7);
		// The formula is in all 7 texts, the project only in the source and the city (who do not vote).
		const boilerplate = df.frequent(city.text, { share: 0.5, own: [gramSet(wordingOf(src.text).chars)] });
		const found = findReuse(city, [src], { boilerplate });
		expect(found).toHaveLength(1);
		expect(city.text.slice(found[0].start, found[0].end)).toContain('产业基础再造工程');
		// Without the background (and without the slogan list, which names 稳中求进工作总基调) the formula counts too.
		expect(findReuse(city, [src], { slogans: [] }).length).toBe(2);
	});

	it('source specificity: a national line that 5% of the year’s reports carry is common stock, a rarer one is handed down', () => {
		const common = '依法接受人大及其常委会的监督，自觉接受政协的民主监督';
		const rare = '树立大食物观，构建多元化食物供给体系';
		const nation = { ...doc('国', `${common}。${rare}。`), maxShare: 0.025 };
		const city = doc('市', `${common}。${rare}。新建城市公园十个。`);
		// 100 other reports: 5 carry the common line (under the 10% boilerplate bar, over the 2.5% national bar).
		const df = new GramFrequency(16);
		for (let i = 0; i < 100; i++) df.add(i < 5 ? `${common}。本市第${i}项。` : `本市第${i}项工作另有安排。`);
		for (const t of [nation.text, city.text]) df.add(t);
		const own = [gramSet(wordingOf(nation.text).chars)];
		expect(df.shareOf(gramHashes(wordingOf(common).chars)[0], own)).toBeCloseTo(0.05);
		const boilerplate = df.frequent(city.text, { own });
		expect(boilerplate.size).toBe(0);
		const found = findReuse(city, [nation], { boilerplate, gramShare: (g) => df.shareOf(g, own) });
		expect(found.map((p) => city.text.slice(p.start, p.end))).toEqual([rare]);
		// Without the bar (and the slogan list, which names the supervision line) both lines count.
		expect(findReuse(city, [{ ...nation, maxShare: undefined }], { boilerplate, slogans: [] }).length).toBe(2);
	});

	it('named central slogans are nobody’s wording, even in a rare wording of the province', () => {
		const prov = doc('省', '打造共建共治共享社会治理格局。坚决反对形式主义、官僚主义。实施产业基础再造工程，推动协同攻关。');
		const city = doc('市', '打造共建共治共享社会治理格局。坚决反对形式主义、官僚主义。实施产业基础再造工程，推动协同攻关。');
		// The data file's slogans leave only the project line.
		expect(findReuse(city, [prov]).map((p) => city.text.slice(p.start, p.end))).toEqual(['实施产业基础再造工程，推动协同攻关']);
		// Without them, all three lines count.
		expect(findReuse(city, [prov], { slogans: [] })).toHaveLength(3);
	});

	it('judges common as the labelling rule does: a verbatim run whose 10-letter windows a fifth of the year carries is common; a short edited line is no passage', () => {
		const common = '深入开展爱国卫生运动和全民健身活动';
		const rare = '实施产业基础再造工程推动协同攻关';
		const prov = doc('省', `${common}。${rare}。统筹推进城乡供水一体化改造工程。`);
		const city = doc('市', `${common}。${rare}。统筹推进城乡供水一体化改造项目。`);
		// 20 other reports: 5 carry the common line (25%, over COMMON.share), none the rare one.
		const df = new GramFrequency(16);
		for (let i = 0; i < 20; i++) df.add(i < 5 ? `${common}。本市第${i}项。` : `本市第${i}项工作另有安排。`);
		for (const t of [prov.text, city.text]) df.add(t);
		const boilerplate = df.frequent(city.text, { share: 0.9, own: [gramSet(wordingOf(prov.text).chars)] });
		expect(boilerplate).toBeInstanceOf(Boilerplate);
		// The same function decides for the rule: the common line has fewer than 8 letters outside common windows.
		const w = wordingOf(common).chars;
		const own = [gramSet(wordingOf(prov.text).chars, COMMON.window)];
		expect(specificLetters(w, 0, w.length, (h) => df.windowShare(h, own), new Uint8Array(w.length))).toBeLessThan(COMMON.minOutside);
		const found = findReuse(city, [prov], { boilerplate, slogans: [] }).map((p) => city.text.slice(p.start, p.end));
		// The rare line counts; the common line does not; the edited line (统筹…项目, a 13-letter run) counts only as a verbatim run.
		expect(found).toContain('实施产业基础再造工程推动协同攻关');
		expect(found.some((x) => x.includes('爱国卫生运动'))).toBe(false);
		// Lightly edited with no 10-letter run and under 20 letters: not a passage.
		const edited = doc('市', '举办第二届全市职业技能大赛。');
		expect(findReuse(edited, [doc('省', '举办第二届全省职业技能大赛。')])).toEqual([]);
	});

	it('names the province a report names most', () => {
		expect(provinceNamed(readFileSync(new URL('../../reports/liaocheng-2020-gwr.txt', import.meta.url), 'utf8'))?.province).toBe('山东省');
		expect(provinceNamed('没有地名')).toBeNull();
	});

	it('computes a formula’s spread: first year per region, cumulative adoption by level', () => {
		const s = spreadOf('城市更新', [
			{ id: 'a', region: '山东省', level: 'provincial', year: 2021, count: 0 },
			{ id: 'b', region: '山东省', level: 'provincial', year: 2022, count: 2 },
			{ id: 'c', region: '聊城市', level: 'city', year: 2021, count: 1 },
			{ id: 'd', region: '聊城市', level: 'city', year: 2023, count: 4 },
			{ id: 'e', region: '济南市', level: 'city', year: 2023, count: 0 }
		]);
		expect(s.first.map((f) => [f.region, f.year])).toEqual([
			['聊城市', 2021],
			['山东省', 2022]
		]);
		expect(s.adoption.map((a) => [a.year, a.adopted.provincial, a.adopted.city])).toEqual([
			[2021, 0, 1],
			[2022, 1, 1],
			[2023, 1, 1]
		]);
		expect(s.regions).toMatchObject({ provincial: 1, city: 2 });
	});
});

describe('sources of a report in a corpus folder (reference layout)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'duidu-reuse-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const put = (path: string, body: string) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), `---\ntitle: 政府工作报告\n---\n\n${body}\n`);
	};
	put('政府工作报告-国务院/2023.md', '构建亲清政商关系，促进非公有制经济健康发展。支持工会、共青团、妇联等群团组织更好发挥作用。');
	put('政府工作报告-省自治区/山东省/2023.md', '山东省要实施产业基础再造工程，编制“四基”创新突破项目库，推动协同攻关和应用示范。');
	put('政府工作报告-省自治区/河南省/2023.md', '河南省要加快推进洛阳石化百万吨乙烯项目建设。');
	put(
		'政府工作报告-其他地市/聊城市/2023.md',
		'聊城市在全省排名第二，山东半岛城市群。实施产业基础再造工程，编制“四基”创新突破项目库，推动协同攻关和应用示范。构建亲清政商关系，促进非公有制经济健康发展。新建城市公园十个。'
	);
	put('政府工作报告-其他地市/聊城市/1964-part.md', '部分文本。');

	it('lists reports by folder: level, region, year; partial texts left out', () => {
		const c = folderCorpus(dir);
		expect(
			c
				.list()
				.map((r) => `${r.id}:${r.level}`)
				.sort()
		).toEqual(['中华人民共和国-2023:national', '山东省-2023:provincial', '河南省-2023:provincial', '聊城市-2023:city'].sort());
	});

	it('finds the city’s province by name and the national report, and reports each passage with its source', () => {
		const r = sourcesOf(folderCorpus(dir), '聊城市-2023');
		expect(r.sources.map((s) => `${s.id}:${s.relation}`).sort()).toEqual(['中华人民共和国-2023:national', '山东省-2023:province']);
		expect(r.passages.map((p) => [p.source, p.closeness])).toEqual([
			['山东省-2023', 'verbatim'],
			['中华人民共和国-2023', 'verbatim']
		]);
		const input = readFileSync(join(dir, '政府工作报告-其他地市/聊城市/2023.md'), 'utf8');
		for (const p of r.passages) expect(input.slice(p.inputStart, p.inputEnd)).toBe(p.text);
		expect(summaryOf(r).en).toMatch(/^\d+% of sentences echo 山东省 2023, \d+% the national 2023 report\.$/);
		// The report view marks each passage in the text, linking to its source.
		const parsed = folderCorpus(dir).parsed('聊城市-2023')!;
		const marks = r.passages.map((p) => ({
			start: p.start,
			end: p.end,
			href: `/reports/${p.source}?at=${p.sourceStart}-${p.sourceEnd}`,
			title: p.source,
			closeness: p.closeness
		}));
		const parts = cleanView(parsed, null, marks).flatMap((b) => (b.t === 'removed' ? [] : b.parts));
		const reused = parts.filter((p) => p.t === 'reused');
		expect(reused.map((p) => p.text)).toEqual(r.passages.map((p) => p.text));
		expect(reused[0]).toMatchObject({ href: expect.stringMatching(/^\/reports\/山东省-2023\?at=\d+-\d+$/), closeness: 'verbatim' });
		// Nothing dropped: the marked view says the whole text.
		expect(parts.map((p) => ('text' in p ? p.text : '')).join('')).toBe(
			cleanView(parsed)
				.flatMap((b) => (b.t === 'removed' ? [] : b.parts))
				.map((p) => ('text' in p ? p.text : ''))
				.join('')
		);
		expect(summaryOf(r).zh).toContain('沿用山东省 2023');
	});

	it('says clearly when a report is unknown, and counts a formula over the folder', () => {
		expect(() => sourcesOf(folderCorpus(dir), '无此报告-2023')).toThrow(ReuseError);
		const s = formulaSpread(folderCorpus(dir), '产业基础再造工程');
		expect(s.first.map((f) => f.region).sort()).toEqual(['山东省', '聊城市']);
		expect(() => formulaSpread(folderCorpus(dir), '  ')).toThrow(ReuseError);
	});
});

describe('a source that changes under a long-lived worker', () => {
	it('is read with its new wording: the cache of sources is keyed by content, not by report id', () => {
		// A city whose province is neither stated nor named: it is the province sharing most wording with it.
		const city = '实施产业基础再造工程，编制创新突破项目库，推动协同攻关和应用示范，构建亲清政商关系，促进非公有制经济健康发展。';
		const texts: Record<string, string> = {
			'甲省-2023': '要实施产业基础再造工程，编制创新突破项目库，推动协同攻关和应用示范。',
			'乙省-2023': '要加快推进黄河流域生态保护和高质量发展，建设绿色低碳高质量发展先行区。',
			'丙市-2023': city
		};
		const levels: Record<string, 'provincial' | 'city'> = { '甲省-2023': 'provincial', '乙省-2023': 'provincial', '丙市-2023': 'city' };
		const corpus: ReuseCorpus = {
			list: () => Object.keys(texts).map((id) => ({ id, region: id.slice(0, -5), level: levels[id], year: 2023 })),
			input: (id) => texts[id],
			parsed: (id) => (texts[id] === undefined ? undefined : parseReport(texts[id]))
		};
		const province = (r: ReturnType<typeof sourcesOf>) => r.sources.filter((s) => s.relation === 'province').map((s) => s.id);
		expect(province(sourcesOf(corpus, '丙市-2023'))).toEqual(['甲省-2023']);
		// The two provinces' reports change places under the same ids, in the same process.
		[texts['甲省-2023'], texts['乙省-2023']] = [texts['乙省-2023'], texts['甲省-2023']];
		expect(province(sourcesOf(corpus, '丙市-2023'))).toEqual(['乙省-2023']);
	});
});

describe('the year table built in the background (the report page does not hold the server)', () => {
	// A corpus whose reading is slow, as reading ~500 reports of a year is: 30 ms a report.
	const texts = ['推动城市更新和老旧小区改造', '加快建设全国统一大市场', '推动城市更新和老旧小区改造', '稳步推进农业转移人口市民化'];
	const slow = (): ReuseCorpus => ({
		list: () => texts.map((_, i) => ({ id: `r${i}`, region: `R${i}`, level: 'city' as const, year: 2024 })),
		input(id) {
			const until = Date.now() + 30;
			while (Date.now() < until);
			return texts[Number(id.slice(1))];
		},
		parsed: () => undefined
	});

	it('counts what the table built at once counts, and lets other work run between reports', async () => {
		const corpus = slow();
		let ticks = 0;
		const timer = setInterval(() => ticks++, 1);
		const built = await yearFrequencyInBackground(corpus, 2024);
		clearInterval(timer);
		expect(ticks).toBeGreaterThanOrEqual(2);
		const once = yearFrequency(slow(), 2024);
		const g = gramSet(wordingOf('城市更新和老旧小区改造').chars);
		for (const h of g) expect(built.count(h)).toBe(once.count(h));
		expect(built.texts).toBe(4);
		// Kept: the next request gets the same table at once, and two requests share one build.
		expect(yearFrequency(corpus, 2024)).toBe(built);
		const other = slow();
		const [a, b] = await Promise.all([yearFrequencyInBackground(other, 2024), yearFrequencyInBackground(other, 2024)]);
		expect(a).toBe(b);
	});
});
