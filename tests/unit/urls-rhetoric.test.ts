import { describe, expect, it } from 'vitest';
import { readRhetoricQuery, rhetoricHref } from '../../src/lib/urls/rhetoric';

const read = (s: string) => readRhetoricQuery(new URLSearchParams(s));

describe('the rhetoric query in the URL', () => {
	it('defaults to the two default terms, one region (the service picks it), the latest report', () => {
		expect(read('')).toEqual({ terms: ['高质量发展', '新质生产力'], year: null, region: null, report: null });
		expect(read('terms=').terms).toEqual([]);
	});

	it('reads a year only when it is an integer', () => {
		expect(read('year=2024').year).toBe(2024);
		expect(read('year=').year).toBeNull();
		expect(read('year=abc').year).toBeNull();
		expect(read('year=2024.5').year).toBeNull();
	});

	it('bounds the terms: split, trimmed, unique, at most six', () => {
		expect(read('terms=城市更新，城市更新、 乡村振兴 ;a,b,c,d,e,f').terms).toEqual(['城市更新', '乡村振兴', 'a', 'b', 'c', 'd']);
		expect(read(`terms=${'新'.repeat(50)}`).terms[0]).toHaveLength(30);
	});

	it('writes a view that reads back the same', () => {
		const region = { terms: ['社会主义', '工业化'], year: null, region: '中华人民共和国', report: '1954' };
		expect(read(rhetoricHref(region).slice('/rhetoric?'.length))).toEqual(region);
		const year = { terms: ['新质生产力'], year: 2024, region: null, report: null };
		expect(rhetoricHref(year)).toBe('/rhetoric?terms=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B&year=2024');
		expect(read(rhetoricHref(year).slice('/rhetoric?'.length))).toEqual(year);
		// A year wins over a region: the page shows every region of it.
		expect(rhetoricHref({ terms: ['a'], year: 2024, region: '聊城市' })).toBe('/rhetoric?terms=a&year=2024');
	});
});
