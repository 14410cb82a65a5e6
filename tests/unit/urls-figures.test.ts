import { describe, expect, it } from 'vitest';
import { figuresCsvHref, figuresHref, readFiguresCsvQuery, readFiguresQuery } from '../../src/lib/urls/figures';

const read = (s: string) => readFiguresQuery(new URLSearchParams(s));
const back = (href: string) => new URL(href, 'http://x').searchParams;

describe('the figures query in the URL', () => {
	it('defaults to no region (the service picks the first), no filter, the first page, ordered by years', () => {
		expect(read('')).toEqual({ region: null, q: '', topic: '', page: 1, sort: 'years' });
		expect(figuresHref({})).toBe('/figures');
	});

	it('reads junk page and sort values as the defaults', () => {
		for (const page of ['abc', '0', '-2', '1', '2.5', '']) expect(read(`page=${page}`).page).toBe(1);
		expect(read('page=3').page).toBe(3);
		expect(read('sort=random').sort).toBe('years');
		expect(read('sort=change').sort).toBe('change');
	});

	it('writes a view that reads back the same, defaults left out', () => {
		const q = { region: '聊城市', q: '地区生产总值', topic: 'economy', page: 2, sort: 'name' as const };
		expect(readFiguresQuery(back(figuresHref(q)))).toEqual(q);
		expect(figuresHref({ region: '聊城市', page: 1, sort: 'years', q: '  ' })).toBe('/figures?region=%E8%81%8A%E5%9F%8E%E5%B8%82');
	});

	it('reads and writes the CSV download', () => {
		expect(readFiguresCsvQuery(new URLSearchParams(''))).toEqual({ region: '', indicator: undefined });
		const q = { region: '聊城市', indicator: '地区生产总值' };
		expect(readFiguresCsvQuery(back(figuresCsvHref(q)))).toEqual(q);
		expect(figuresCsvHref({ region: '聊城市' })).toBe('/figures/csv?region=%E8%81%8A%E5%9F%8E%E5%B8%82');
	});
});
