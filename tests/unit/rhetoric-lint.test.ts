import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCommand } from '../../src/cli/commands/lint';
import type { Io } from '../../src/cli/io';
import { lint, type Finding } from '../../src/lib/core/lint';
import { parseReport } from '../../src/lib/core/parse';
import { segmenter } from '../../src/lib/core/segmenter';
import { intlSegmenter } from '../../src/lib/core/segmenter/base';
import { overlapReading } from '../../src/lib/core/lint/freq';

const read = (id: string) => readFileSync(new URL(`../../reports/${id}.txt`, import.meta.url), 'utf8');
const seed002 = read('liaocheng-2023-gwr-part2');

function at(input: string, findings: Finding[], needle: string, rule: string): Finding | undefined {
	return findings.find((f) => f.rule === rule && input.slice(f.start, f.end).includes(needle));
}

/** A small report around `body`, so the parser sees a title and a paragraph. */
function report(body: string): string {
	return `政府工作报告\n\n各位代表：\n\n${body}\n`;
}

describe('lint on seed 002 (real slips of a printed report)', () => {
	const findings = lint(seed002, segmenter());

	it('finds the repeated characters, offsets into the decoded input', () => {
		for (const slip of ['智慧智慧', '真真', '扶扶扶', '证证']) {
			const f = at(seed002, findings, slip, 'repeated-chars');
			expect(f, slip).toBeDefined();
			expect(seed002.slice(f!.start, f!.end)).toBe(slip);
			expect(f!.excerpt).toBe(slip);
		}
		expect(
			seed002.slice(at(seed002, findings, '证证', 'repeated-chars')!.start - 2, at(seed002, findings, '证证', 'repeated-chars')!.end + 2)
		).toBe('“无证证明城');
	});

	it('finds the quoted term written twice', () => {
		const f = at(seed002, findings, '“非粮化”“非粮化”', 'repeated-quote');
		expect(f).toBeDefined();
		expect(seed002.slice(f!.start, f!.end)).toBe('“非粮化”“非粮化”');
	});

	it('finds annex 1 skipping item 15 and annex 2 going 5, 7, 7', () => {
		const numbering = findings.filter((f) => f.rule === 'numbering');
		expect(numbering.map((f) => f.en)).toEqual([
			'Numbering skips: 16. follows 14.; 15. is missing',
			'Numbering skips: 7. follows 5.; 6. is missing',
			'Numbering repeats: 7. comes twice in a row'
		]);
		expect(seed002.slice(numbering[0].start, numbering[0].end).trim()).toBe('16.');
		expect(seed002.slice(numbering[0].start).startsWith('16. 筹建人才住房')).toBe(true);
		expect(seed002.slice(numbering[2].start).startsWith('7. 关于绿色化工')).toBe(true);
	});

	it('gives every finding a message in both languages', () => {
		for (const f of findings) {
			expect(f.zh).toMatch(/[\u4e00-\u9fff]/);
			expect(f.en).toMatch(/[a-z]/);
			expect(f.message).toBe(`${f.zh} / ${f.en}`);
		}
	});
});

describe('legitimate reduplication is not a slip', () => {
	it('accepts AA, AABB, ABAB and 一X一X forms in running text', () => {
		const text = report(
			'我们常常深入基层，人人参与，踏踏实实干事，一一落实，天天坚持，年年有新进展。层层压实责任，步步为营，家家户户高高兴兴过大年。对重大问题要研究研究，一步一步推进，一批一批建设。人民民主不断发展，促进进出口稳定，绿色建筑建筑面积持续增加，稳定和和谐的局面巩固，这是达到目的的手段。各位代表，我们的事业蒸蒸日上，形势欣欣向荣。'
		);
		expect(lint(text, segmenter()).filter((f) => f.rule === 'repeated-chars')).toEqual([]);
	});

	it('folds traditional characters before judging (我國國民經濟 is 我国/国民经济)', () => {
		const text = report('這表現了我國國民經濟的迅速恢復，僅僅三年時間，種種困難都被克服了。');
		expect(lint(text, segmenter()).filter((f) => f.rule === 'repeated-chars')).toEqual([]);
	});

	it('still catches doubled characters that break words', () => {
		const text = report('推动经经济高质量发展，要不不断提高人民生活水平，加强食品药品安安全监管。');
		const found = lint(text, segmenter())
			.filter((f) => f.rule === 'repeated-chars')
			.map((f) => f.excerpt);
		expect(found).toEqual(['经经', '不不', '安安']);
	});

	it('catches doubles that leave a word beside its own copy, break a word of the once-written text, or garble a number', () => {
		const text = report('要依法依法严惩肇事者，上级行政部门部门不得干预，国务国务院委托国家计委，要进一一步发展，将达到二二千九百亿元。');
		const found = lint(text, segmenter())
			.filter((f) => f.rule === 'repeated-chars')
			.map((f) => f.excerpt);
		expect(found).toEqual(['依法依法', '部门部门', '国务国务', '一一', '二二']);
	});

	it('keeps doubles that a word holds or that numbers and plan names need', () => {
		const text = report('一般加工工业要控制，今年年底前完成，一九九九年，“十五五”规划，装机二千千瓦，六万万人民，小学学生数，人人都有。');
		expect(lint(text, segmenter()).filter((f) => f.rule === 'repeated-chars')).toEqual([]);
	});
});

describe('brackets, quotes and punctuation width', () => {
	it('reports an unclosed quote and a stray closing bracket within a paragraph', () => {
		const text = report('坚持“两个毫不动摇，推动民营经济发展。\n\n完善政策体系）加快建设。');
		const f = lint(text, segmenter()).filter((x) => x.rule === 'unbalanced');
		expect(f.map((x) => x.excerpt)).toEqual(['“', '）']);
	});

	it('lets full- and half-width parentheses close each other, and ignores list markers like 1)', () => {
		const text = report('1) 加强基础设施（含水利、交通)建设。');
		expect(lint(text, segmenter()).filter((x) => x.rule === 'unbalanced')).toEqual([]);
		expect(
			lint(text, segmenter())
				.filter((x) => x.rule === 'mixed-width')
				.map((x) => x.excerpt)
		).toEqual([')']);
	});

	it('reports full- and half-width commas in one sentence, not numbers or Latin text', () => {
		const text = report('全年实现地区生产总值1,234亿元，增长5%,高于预期。引进RCEP(区域全面经济伙伴关系协定)项目，成效明显。');
		const f = lint(text, segmenter()).filter((x) => x.rule === 'mixed-width');
		expect(f.map((x) => x.excerpt)).toEqual([',']);
		expect(text.slice(f[0].start - 2, f[0].start)).toBe('5%');
	});

	it('does not flag the seeds that are set consistently', () => {
		for (const id of ['yuncheng-2024-gwr-excerpt', 'liaocheng-2024-gwr-excerpt', 'dongchangfu-2024-plan']) {
			expect(lint(read(id), segmenter()), id).toEqual([]);
		}
	});
});

describe('numbering', () => {
	it('finds two （四） headings and ignores separate lists', () => {
		const text = report(
			'一、工作回顾\n（一）经济运行稳中向好。\n（二）改革开放持续深化。\n（三）民生保障扎实有力。\n（三）生态环境明显改善。\n二、今年工作安排\n（一）扩大有效需求。\n1. 扩大消费。\n2. 扩大投资。\n（二）推进改革。\n1. 深化国企改革。\n3. 优化营商环境。'
		);
		const f = lint(text, segmenter()).filter((x) => x.rule === 'numbering');
		expect(f.map((x) => x.en)).toEqual(['Numbering repeats: （三） comes twice in a row', 'Numbering skips: 3. follows 1.; 2. is missing']);
	});
});

describe('lint CLI', () => {
	function io() {
		const out: string[] = [];
		const err: string[] = [];
		const io: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s), color: false };
		return { io, out, err };
	}

	it('prints {findings} as JSON and exits 1 when something is found', async () => {
		const { io: o, out } = io();
		const code = await lintCommand.run(['reports/liaocheng-2023-gwr-part2.txt', '--json'], o);
		expect(code).toBe(1);
		const json = JSON.parse(out.join(''));
		expect(json.findings.length).toBeGreaterThanOrEqual(7);
		for (const f of json.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'start', 'end', 'message']));
		const input = seed002;
		expect(json.findings.some((f: Finding) => input.slice(f.start, f.end) === '扶扶扶')).toBe(true);
	});

	it('exits 0 on a clean report', async () => {
		const { io: o, out } = io();
		expect(await lintCommand.run(['reports/yuncheng-2024-gwr-excerpt.txt', '--json'], o)).toBe(0);
		expect(JSON.parse(out.join(''))).toEqual({ findings: [] });
	});

	it('uses the parse it is given (same findings as parsing itself)', () => {
		expect(lint(seed002, segmenter(), parseReport(seed002))).toEqual(lint(seed002, segmenter()));
	});
});

describe('ordinary Chinese that looks doubled (word frequencies, issue 12)', () => {
	const repeats = (text: string) =>
		lint(text, segmenter())
			.filter((f) => f.rule === 'repeated-chars')
			.map((f) => f.excerpt);
	it('two words meeting on one character are not a slip: 海关|关税, 健全|人防|防护', () => {
		expect(repeats('加强海关关税征管，健全人防防护体系。')).toEqual([]);
	});
	it('two terms meet only where the word written twice can join a compound: a verb or adverb written twice is a slip', () => {
		// 绿色|建筑|建筑面积: two noun terms meeting. 明显增强|增强|国有经济, 逐步|逐步完善: the copy is a verb / adverb.
		expect(repeats('绿色建筑建筑面积持续增加。')).toEqual([]);
		expect(repeats('坚持改革和发展，明显增强增强国有经济竞争力。')).toEqual(['增强增强']);
		expect(repeats('预算管理体系逐步逐步完善。')).toEqual(['逐步逐步']);
	});
	it('terms that meet are common words: a rare longer word holding the other copy reads the same written once', () => {
		// 建筑面积 and 东南亚 are common words (jieba counts them often): two terms meet. 金融工具, 队伍素质, 世界遗产 are in the
		// lexicon but rare: 开发性金融|金融工具 is 开发性金融工具 with 金融 written twice.
		expect(repeats('绿色建筑建筑面积持续增加，积极开拓东南亚南亚市场。')).toEqual([]);
		expect(repeats('用好政策性开发性金融金融工具，提升公务员队伍队伍素质。')).toEqual(['金融金融', '队伍队伍']);
		expect(repeats('筹办中非世界遗产遗产能力建设论坛。')).toEqual(['遗产遗产']);
	});
	it('reads with the segmenter it is given: two rare words meeting are no excuse, and without frequencies the check is off', () => {
		// 无证 is in the lexicon (the reports use it) but rare (3 of jieba's 60 million): 无证|证明 stays a slip.
		expect(segmenter().logProb?.('无证')).toBeDefined();
		expect(repeats('推进“无证明城市”建设，打造“无证证明城市”。')).toEqual(['证证']);
		// 海关|关税 reads as well as the clause's best reading; the Intl fallback knows no frequencies, so it never says so.
		expect(overlapReading(segmenter(), '加强海关关税征管', 3, 3)).toBe(true);
		expect(overlapReading(intlSegmenter, '加强海关关税征管', 3, 3)).toBe(false);
	});
	it('一 + a measure word doubled, repeated time words, AA beside AA, names written twice, book titles', () => {
		expect(repeats('一张张笑脸，一件件实事，活动周周有。现在是家家装修，店店美容。')).toEqual([]);
		expect(
			repeats('盼盼食品二期建成。签约盼盼食品原料基地。歌剧《呦呦鹿鸣》获奖。担当担当再担当，每村每月放映电影。组建市市场监管局。')
		).toEqual([]);
	});
	it('ordinary Chinese in published reports is no slip: a word then the character as a word, ABAC idioms, years, AA的, place names', () => {
		expect(repeats('推动改革纵向向市县延伸、横向向民生保障等领域拓展。解放思想、实事求是是我们党的思想路线。')).toEqual([]);
		// An aspect particle after a verb before a word starting with it (加深了|了解: false alarms of gov samples 2 and 4).
		expect(repeats('在同吃同住同学习同劳动中加深了了解、增进了感情。')).toEqual([]);
		expect(repeats('高层访问加深了了解和互信。')).toEqual([]);
		expect(repeats('在土地、金融等方面进行先行先试，形成一批可复制的经验。攻坚之战连战连胜。从2003年到2006年年均超收2040亿元。')).toEqual(
			[]
		);
		expect(
			repeats(
				'让孩子们跑起来，长得壮壮的。荆荆高铁建成运营，龙龙铁路开工，提升庙庙湖景区品质。依托高栏港港口优势。认真学习习总书记重要讲话。'
			)
		).toEqual([]);
	});
	it('finds doubled digits of an ordinal and a unit written three times (第三三届, 万万万吨)', () => {
		expect(repeats('承办第三三届中德科技论坛。粮食产量2300万万万吨。这是开门第一一一件大事。实施“三三三步走”。')).toEqual([
			'三三',
			'万万万',
			'一一一'
		]);
	});
	it('finds a run of digits whose last one starts a word that is no number (一一一般), not a year (一九九九年, 二〇〇〇年)', () => {
		expect(repeats('地方一一一般公共预算收入增长。建设一流一一一流大学。')).toEqual(['一一一', '一一一']);
		expect(repeats('一九九九年粮食增产。二〇〇〇年国内生产总值增长。实施“三三三”工程。')).toEqual([]);
	});
	it('a doubling written the same way in several published reports is a name or ordinary Chinese (data/corpus-doubles.json)', () => {
		expect(repeats('连云港港进入亿吨大港行列。建设莫莫克等水利枢纽工程。实现行政村村村通电。我市市本级国有资产总额增长。')).toEqual([]);
		// A one-character context that holds a common word (创新|新, 乡村|村) excuses nothing: the same doubling elsewhere is a slip.
		expect(repeats('推进垃圾减量。创新新垃圾处理模式。加强社区和乡村村文化设施建设。')).toEqual(['新新', '村村']);
	});
	it('after 之 a single character is a head noun: its second copy may start a word (之梦|梦想成真, 之势|势不可挡)', () => {
		expect(repeats('让创新创业之梦梦想成真。让商通天下之势势不可挡。')).toEqual([]);
		expect(repeats('让创新创业之梦想想成真。')).toEqual(['想想']);
	});
	it('finds a function word before a postposition starting with it, and a measure word doubled after a number (以以上, 9个个)', () => {
		expect(repeats('社会投资600亿元以以上。达到1994年实行分税制以以来的最高水平。加快9个个产品研发进程。')).toEqual([
			'以以',
			'以以',
			'个个'
		]);
		expect(repeats('一个个项目落地。促进经济稳定和和谐发展。')).toEqual([]);
	});
	it('a verb doubled as a slogan item is its tentative form (“洗洗澡、治治病”, “扣扣子”); an ABAC slogan with 互 (交通|互通互融)', () => {
		expect(repeats('按照“照镜子、正衣冠、洗洗澡、治治病”的要求，善于“扣扣子”、勇于“担担子”。推进昌抚交通互通互融。')).toEqual([]);
		expect(repeats('加快新能源开发利用，打打造“风光火储”基地。')).toEqual(['打打']);
	});
	it('still finds a doubling that breaks a word, also where the copy makes a distributive AA (个人人, 国家家, 连年年)', () => {
		expect(repeats('家庭、单位、个人人合理负担。强化国家家战略科技力量。我国农业连年年增产。')).toEqual(['人人', '家家', '年年']);
	});
});

describe('numbering in a glossary', () => {
	it('glossary notes numbered by their marks in the text are not a skip; a list is', () => {
		const glossary = '名词解释\n3.七富七强\n七富：富在精神。\n15.四环五海\n四环：环城道路。\n16.零基预算：不考虑过去的预算。\n';
		expect(lint(glossary, segmenter()).filter((f) => f.rule === 'numbering')).toEqual([]);
		const list = '1.新建道路10条。\n2.新建公园5个。\n4.新建学校3所。\n';
		expect(
			lint(list, segmenter())
				.filter((f) => f.rule === 'numbering')
				.map((f) => f.excerpt)
		).toEqual(['4.']);
	});
});

describe('quotes and apostrophes in published reports', () => {
	it('an apostrophe before a year is not a quote; a quoted term ending a heading and opening the next paragraph is not written twice', () => {
		const text =
			'全力办好’99浙江投资贸易洽谈会。隆重举办了’2003中国南昌第二届金秋经贸洽谈会。\n一、跨越赶超的“十二五”\n“十二五”时期是发展历程中波澜壮阔的五年。';
		expect(lint(text, segmenter()).filter((f) => f.rule === 'unbalanced' || f.rule === 'repeated-quote')).toEqual([]);
		expect(lint('遏制耕地“非粮化”“非粮化”。', segmenter()).map((f) => f.rule)).toEqual(['repeated-quote']);
	});

	it('a number between ‘ and ’ is quoted, not a year after an apostrophe', () => {
		const text = '市第十二次党代会发出了“坚持‘3820’战略工程思想精髓”的号召。';
		expect(lint(text, segmenter()).filter((f) => f.rule === 'unbalanced')).toEqual([]);
		expect(lint('坚持‘3820战略工程思想精髓。', segmenter()).map((f) => f.rule)).toEqual([]);
	});
});
