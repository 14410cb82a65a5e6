import { describe, expect, it } from 'vitest';
import { libraryQueryString, readLibraryQuery } from '../../src/lib/urls/library';

const read = (s: string) => readLibraryQuery(new URLSearchParams(s));

describe('the library query in the URL', () => {
	it('defaults to no filter and the first page', () => {
		expect(read('')).toEqual({});
		expect(libraryQueryString({})).toBe('');
	});

	it('reads what is there and ignores empty or malformed values', () => {
		expect(read('q=&region=%E8%81%8A%E5%9F%8E%E5%B8%82&year=&kind=')).toEqual({ region: '聊城市' });
		expect(read('year=abc&kind=gwr&q=%20%E8%81%8A%E5%9F%8E%20')).toEqual({ kind: 'gwr', q: '聊城' });
		expect(read('year=2020')).toEqual({ year: 2020 });
		expect(read('level=city')).toEqual({ level: 'city' });
		expect(read('level=village&year=2020.5&page=abc')).toEqual({});
	});

	it('bounds the free text, the province and the page', () => {
		expect(read(`q=${'城'.repeat(300)}`).q).toHaveLength(200);
		expect(read(`province=${'山'.repeat(50)}`).province).toHaveLength(40);
		expect(read('page=1')).toEqual({});
		expect(read('page=-3')).toEqual({});
		expect(read('page=3')).toEqual({ page: 3 });
		expect(read('page=99999999')).toEqual({ page: 100_000 });
	});

	it('writes a short, stable query string that reads back the same', () => {
		const q = { q: '聊城', kind: 'gwr', year: 2024, region: '聊城市' };
		expect(libraryQueryString(q)).toBe('?region=%E8%81%8A%E5%9F%8E%E5%B8%82&year=2024&kind=gwr&q=%E8%81%8A%E5%9F%8E');
		expect(read(libraryQueryString(q))).toEqual(q);
		const all = { level: 'provincial' as const, province: '山东省', region: '济南市', year: 2023, kind: 'gwr', q: '城市 更新', page: 4 };
		expect(read(libraryQueryString(all))).toEqual(all);
	});
});
