import type { Dictionary } from './index';

/** The library page: the corpus grouped by region and year, with its filters. */
const library: Dictionary = {
	zh: {
		'library.title': '报告库',
		'library.intro': '本机报告库中的全部报告，按地区和年份排列。所有内容只在本机读取，不会发送到任何地方。',
		'library.count': '共 {n} 份报告',
		'library.countFiltered': '显示 {shown} / {n} 份报告',
		'library.filters': '筛选报告',
		'library.search': '搜索',
		'library.searchPlaceholder': '标题、地区、报告人、备注…',
		'library.region': '地区',
		'library.year': '年份',
		'library.kind': '类型',
		'library.any': '全部',
		'library.apply': '筛选',
		'library.clear': '清除筛选',
		'library.empty': '没有符合条件的报告。',
		'library.emptyCorpus': '报告库是空的。把报告文件（UTF-8 文本，带元数据头）放进 reports/ 目录后重新启动。',
		'library.noRegion': '地区不详',
		'library.noYear': '年份不详',
		'library.reportsInRegion': '{n} 份',
		'library.size': '{n} 字',
		'library.date': '日期',
		'library.speaker': '报告人',
		'library.notes': '说明',
		'library.problems': '无法读取的文件',
		'library.problemsIntro': '以下文件在报告库目录中，但无法读取，因此没有列入上表：',
		'library.yearLabel': '{year} 年'
	},
	en: {
		'library.title': 'Library',
		'library.intro': 'Every report in the local library, by region and year. Everything is read on this machine; nothing is sent anywhere.',
		'library.count': '{n} reports',
		'library.count.one': '1 report',
		'library.countFiltered': 'Showing {shown} of {n} reports',
		'library.countFiltered.one': 'Showing {shown} of 1 report',
		'library.filters': 'Filter reports',
		'library.search': 'Search',
		'library.searchPlaceholder': 'Title, region, speaker, notes…',
		'library.region': 'Region',
		'library.year': 'Year',
		'library.kind': 'Kind',
		'library.any': 'Any',
		'library.apply': 'Filter',
		'library.clear': 'Clear filters',
		'library.empty': 'No report matches these filters.',
		'library.emptyCorpus': 'The library is empty. Put report files (UTF-8 text with a metadata header) into reports/ and restart.',
		'library.noRegion': 'Region unknown',
		'library.noYear': 'Year unknown',
		'library.reportsInRegion': '{n} reports',
		'library.reportsInRegion.one': '1 report',
		'library.size': '{n} characters',
		'library.date': 'Date',
		'library.speaker': 'Speaker',
		'library.notes': 'Notes',
		'library.problems': 'Files that could not be read',
		'library.problemsIntro': 'These files are in the library folder but could not be read, so they are not listed above:',
		'library.yearLabel': '{year}'
	}
};

export default library;
