import type { Dictionary } from './index';

/** Links between features: from a report to its figures, a comparison and the draft checker. */
const links: Dictionary = {
	zh: {
		'links.label': '用这份报告',
		'links.figures': '数据表',
		'links.figuresHint': '本报告的全部数字及其历年走势',
		'links.compare': '按主题对照',
		'links.compareHint': '与其他报告按主题并排阅读',
		'links.comparePrev': '与 {year} 年报告按主题对照',
		'links.check': '当作稿件检查',
		'links.checkHint': '对照 {title}：沿用、数字变化、主题比重、校对'
	},
	en: {
		'links.label': 'With this report',
		'links.figures': 'Figures',
		'links.figuresHint': 'Every figure of this report and how it moved over the years',
		'links.compare': 'Compare by topic',
		'links.compareHint': 'Read it side by side with other reports, topic by topic',
		'links.comparePrev': 'Compare with {year} by topic',
		'links.check': 'Check as a draft',
		'links.checkHint': 'Against {title}: reuse, changed figures, topic shares, proofreading'
	}
};

export default links;
