import type { Dictionary } from './index';

/** 提法 shifts and reuse across levels. */
const reuse: Dictionary = {
	zh: {
		'tifa.title': '提法变化（{n} 处）',
		'tifa.note': '同一对象在两份报告中的修饰语或动词变化；强弱按修饰语词表（坚决 > 全力 > 大力 > 加快 > 积极 > 稳步 > 有序 > 稳妥）判断。',
		'tifa.none': '没有发现提法变化。',
		'tifa.stronger': '加强',
		'tifa.weaker': '减弱',
		'tifa.reframed': '改述',
		'tifa.all': '全部',
		'tifa.filter': '显示',
		'tifa.object': '对象',
		'tifa.openA': '在 A 中查看',
		'tifa.openB': '在 B 中查看',
		'tifa.more': '另有 {n} 处未显示',
		'tifa.showAll': '全部显示',
		'reuse.title': '措辞来源',
		'reuse.note': '本报告中与上级报告（省级、国家，同年或上一年）相同或略有改动的句段；各地报告普遍使用的套语不计。点击句段在本文中标出，点击来源跳转到上级报告中的对应位置。',
		'reuse.verbatim': '原文照录',
		'reuse.edited': '略有改动',
		'reuse.here': '在本文中标出',
		'reuse.national': '{year}年国务院政府工作报告'
	},
	en: {
		'tifa.title': 'Shifts in set phrases ({n})',
		'tifa.note': 'The same object worded with a different modifier or verb in the two reports; stronger or weaker by the modifier lexicon (坚决 > 全力 > 大力 > 加快 > 积极 > 稳步 > 有序 > 稳妥).',
		'tifa.none': 'No shifts in set phrases found.',
		'tifa.stronger': 'stronger',
		'tifa.weaker': 'weaker',
		'tifa.reframed': 'reframed',
		'tifa.all': 'all',
		'tifa.filter': 'Show',
		'tifa.object': 'Object',
		'tifa.openA': 'open in A',
		'tifa.openB': 'open in B',
		'tifa.more': '{n} more not shown',
		'tifa.showAll': 'show all',
		'reuse.title': 'Where the wording came from',
		'reuse.note': 'Passages of this report that are the same as, or lightly edited from, a report above it (province, national; same or previous year); set phrases every report uses do not count. A passage opens marked in this text; its source link opens the source report there.',
		'reuse.verbatim': 'verbatim',
		'reuse.edited': 'lightly edited',
		'reuse.here': 'mark in this text',
		'reuse.national': 'national report {year}'
	}
};

export default reuse;
