import type { Dictionary } from './index';

const common: Dictionary = {
	zh: {
		'app.name': '对读',
		'app.tagline': '政府工作报告对照阅读',
		'nav.library': '报告库',
		'nav.main': '主导航',
		'nav.skip': '跳到正文',
		'nav.lang': 'English',
		'nav.langLabel': '切换到英文界面',
		'common.notFound': '找不到该页面',
		'common.back': '返回',
		'level.national': '国家',
		'level.provincial': '省级',
		'level.city': '市级',
		'level.district': '区县',
		'kind.gwr': '政府工作报告',
		'kind.plan': '计划执行情况与计划草案报告',
		'kind.budget': '预算报告',
		'kind.other': '其他报告'
	},
	en: {
		'app.name': 'Duidu',
		'app.tagline': 'Read government reports side by side',
		'nav.library': 'Library',
		'nav.main': 'Main navigation',
		'nav.skip': 'Skip to the main content',
		'nav.lang': '中文',
		'nav.langLabel': 'Switch the interface to Chinese',
		'common.notFound': 'Page not found',
		'common.back': 'Back',
		'level.national': 'National',
		'level.provincial': 'Provincial',
		'level.city': 'City',
		'level.district': 'District',
		'kind.gwr': 'Government work report',
		'kind.plan': 'Plan implementation report',
		'kind.budget': 'Budget report',
		'kind.other': 'Other report'
	}
};

export default common;
