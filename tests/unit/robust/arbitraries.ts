/**
 * Random and adversarial report text for the property tests and `npm run
 * fuzz`: fragments that real reports are made of (headings of every style,
 * bold lead-ins, figures, tables, meeting lines, page furniture) mixed with
 * what breaks parsers (every kind of line break, runs of markup, spaces,
 * unpaired brackets, lone surrogates, control characters).
 */
import fc from 'fast-check';

const FRAGMENTS = [
	'一、',
	'二、',
	'十二、',
	'（一）',
	'(三)',
	'1.',
	'2、',
	'（4）',
	'①',
	'第一，',
	'第二部分',
	'附件1',
	'附件',
	'一是',
	'二是',
	'**',
	'**现代农业扩量提质。**',
	'****',
	'*',
	'#',
	'## ',
	'---\n',
	'> ',
	'我们',
	'坚持',
	'发展',
	'经济',
	'城市更新',
	'在',
	'会议',
	'在市第十七届人民代表大会第四次会议上',
	'——2024年1月5日',
	'政府工作报告',
	'。',
	'，',
	'；',
	'：',
	'！',
	'？',
	'…',
	'“',
	'”',
	'《',
	'》',
	'（',
	'）',
	'、',
	'.',
	',',
	';',
	':',
	'!',
	'?',
	'增长5.2%',
	'增长5.2%，',
	'下降0.3个百分点',
	'1.2万亿元',
	'１２３',
	'三百亿元',
	'=1+1增长',
	'+5%',
	'-3',
	'@',
	'2024年',
	'一季度',
	'上半年',
	'| 指标 | 数值 |',
	'|---|---|',
	'\t',
	' ',
	'  ',
	'\u3000',
	'\u00a0',
	'\u200b',
	'\ufeff',
	'\n',
	'\n\n',
	'\r',
	'\r\n',
	'\u2028',
	'\u2029',
	'\u0085',
	'（上接4版）',
	'第3页',
	'- 3 -',
	'责任编辑：王五',
	'来源：人民网',
	'本文转自',
	'\u0000',
	'\u0007',
	'\ud800',
	'\udc00',
	'😀',
	'abc',
	'Latin'
];

export const fragment = fc.constantFrom(...FRAGMENTS);

/** A report-like text: fragments and random characters. */
export const reportText = (maxLength = 200) =>
	fc
		.array(
			fc.oneof(
				{ weight: 5, arbitrary: fragment },
				{ weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
				{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }
			),
			{ maxLength }
		)
		.map((parts) => parts.join(''));

/** Pathological runs: one fragment repeated many times, possibly between two texts. */
export const runs = (maxRepeat = 3000) =>
	fc
		.tuple(fragment, fc.integer({ min: 1, max: maxRepeat }), reportText(20), reportText(20))
		.map(([f, n, pre, post]) => pre + f.repeat(n) + post);

export const anyText = (maxLength = 200, maxRepeat = 3000) =>
	fc.oneof({ weight: 4, arbitrary: reportText(maxLength) }, { weight: 1, arbitrary: runs(maxRepeat) });
