import { describe, expect, it } from 'vitest';
import { readSearchQuery, searchString } from '../../src/lib/urls/search';

const read = (s: string) => readSearchQuery(new URLSearchParams(s));

describe('the search query in the URL', () => {
	it('defaults to no terms, no filter and the first page', () => {
		expect(read('')).toEqual({ q: '', terms: [], page: 1 });
		expect(searchString({})).toBe('');
	});

	it('reads the terms and filters, and ignores malformed values', () => {
		const q = read('q=城市更新&level=city&year=2024&page=3');
		expect(q).toMatchObject({ terms: ['城市更新'], level: 'city', year: 2024, page: 3 });
		expect(read('q=x&level=planet&year=abc&page=-2')).toEqual({ q: 'x', terms: ['x'], page: 1 });
		expect(read('q="城市 更新" 乡村振兴&region= &topic=')).toEqual({
			q: '"城市 更新" 乡村振兴',
			terms: ['城市 更新', '乡村振兴'],
			page: 1
		});
	});

	it('bounds the text, the filters, the year and the page', () => {
		expect(read(`q=${'城'.repeat(300)}`).q).toHaveLength(200);
		expect(read(`region=${'城'.repeat(60)}`).region).toHaveLength(40);
		expect(read('year=1800').year).toBeUndefined();
		expect(read('year=2300').year).toBeUndefined();
		expect(read('year=2024.5').year).toBeUndefined();
		expect(read('page=99999999').page).toBe(10_000);
	});

	it('writes a query that reads back the same, with extra parameters', () => {
		const q = read('q=新质生产力&level=provincial&province=山东省&region=济南市&year=2024&topic=urban&page=2');
		expect(read(searchString(q))).toEqual(q);
		expect(searchString(q, { page: 5 })).toContain('page=5');
		expect(read(searchString({ ...q, page: 1 })).page).toBe(1);
		expect(searchString({ q: '城市' })).toBe('?q=%E5%9F%8E%E5%B8%82');
	});
});
