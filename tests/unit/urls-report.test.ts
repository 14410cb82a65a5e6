import { describe, expect, it } from 'vitest';
import {
	readReportFiguresQuery,
	readReportView,
	reportFiguresCsvHref,
	reportFiguresHref,
	reportHref,
	reportQueryString
} from '../../src/lib/urls/report';

const read = (s: string, length = 1000) => readReportView(new URLSearchParams(s), length);

describe("a report page's view in the URL", () => {
	it('defaults to the clean text with nothing marked', () => {
		expect(read('')).toEqual({ found: null, removed: false });
		expect(reportQueryString({})).toBe('');
		expect(reportHref('liaocheng-2024-gwr-excerpt')).toBe('/reports/liaocheng-2024-gwr-excerpt');
	});

	it('keeps only a range inside the text, and removed=1 only', () => {
		expect(read('at=120-168').found).toEqual({ start: 120, end: 168 });
		for (const bad of ['', 'abc', '5-3', '4-4', '0-1001', '-1-4', '1-2-3', '10', '1e3-2e3', '0-9999999999'])
			expect(read(`at=${bad}`).found).toBeNull();
		expect(read('at=0-1000').found).toEqual({ start: 0, end: 1000 });
		expect(read('removed=true').removed).toBe(false);
		expect(read('removed=1').removed).toBe(true);
	});

	it('writes a link that reads back the same', () => {
		const v = { found: { start: 12, end: 20 }, removed: false };
		const href = reportHref('聊城 2024', v, true);
		expect(href).toBe('/reports/%E8%81%8A%E5%9F%8E%202024?at=12-20#found');
		const url = new URL(href, 'http://x');
		expect(decodeURIComponent(url.pathname)).toBe('/reports/聊城 2024');
		expect(readReportView(url.searchParams, 1000)).toEqual(v);
		expect(reportHref('x', {}, true)).toBe('/reports/x');
		expect(reportQueryString({ removed: true })).toBe('?removed=1');
	});
});

describe("a report's figures page in the URL", () => {
	it('defaults to no filter in text order, and reads junk orders as the default', () => {
		expect(readReportFiguresQuery(new URLSearchParams(''))).toEqual({ q: '', topic: '', sort: 'text', page: 1, figure: null });
		expect(readReportFiguresQuery(new URLSearchParams('sort=years')).sort).toBe('text');
		expect(readReportFiguresQuery(new URLSearchParams('q=增长&topic=economy&sort=kind'))).toEqual({
			q: '增长',
			topic: 'economy',
			sort: 'kind',
			page: 1,
			figure: null
		});
	});

	it('reads a page and a figure to land on; writes them back, the figure with its anchor', () => {
		expect(readReportFiguresQuery(new URLSearchParams('page=3&figure=1234'))).toMatchObject({ page: 3, figure: 1234 });
		expect(readReportFiguresQuery(new URLSearchParams('page=-2&figure=x1'))).toMatchObject({ page: 1, figure: null });
		expect(reportFiguresHref('聊城市-2023')).toBe('/reports/%E8%81%8A%E5%9F%8E%E5%B8%82-2023/figures');
		expect(reportFiguresHref('a', { q: ' 亿元 ', sort: 'name', page: 2 })).toBe(
			`/reports/a/figures?q=${encodeURIComponent('亿元')}&sort=name&page=2`
		);
		// The figure decides the page: no page number is written with it.
		expect(reportFiguresHref('a', { page: 2, figure: 77 })).toBe('/reports/a/figures?figure=77#f-77');
		expect(reportFiguresCsvHref('a', { q: '', topic: 'economy', sort: 'text' })).toBe('/reports/a/figures/csv?topic=economy');
	});
});
