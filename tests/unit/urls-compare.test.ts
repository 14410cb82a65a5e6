import { describe, expect, it } from 'vitest';
import { compareHref, MAX_REPORTS, readCompareQuery, readRegionsQuery, regionsHref } from '../../src/lib/urls/compare';

const read = (s: string) => readCompareQuery(new URLSearchParams(s));

describe('the compare query in the URL', () => {
	it('defaults to no reports, no topic, every row', () => {
		expect(read('')).toEqual({ reports: [], topic: '', onlyMatched: false });
		expect(compareHref({ reports: [] })).toBe('/compare?');
	});

	it('trims ids, drops empty ones and repeats, keeps the order asked', () => {
		expect(read('reports= liaocheng-2024-gwr-excerpt ,,yuncheng-2024-gwr-excerpt,liaocheng-2024-gwr-excerpt').reports).toEqual([
			'liaocheng-2024-gwr-excerpt',
			'yuncheng-2024-gwr-excerpt'
		]);
		expect(read('only=yes').onlyMatched).toBe(false);
		expect(read('only=matched').onlyMatched).toBe(true);
	});

	it('keeps at most MAX_REPORTS reports', () => {
		const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
		expect(read(`reports=${ids.join(',')}`).reports).toEqual(ids.slice(0, MAX_REPORTS));
	});

	it('writes a readable URL that reads back the same', () => {
		const q = { reports: ['liaocheng-2020-gwr', 'liaocheng-2023-gwr-part2'], topic: 'urban', onlyMatched: true };
		const href = compareHref(q);
		expect(href).toBe('/compare?reports=liaocheng-2020-gwr,liaocheng-2023-gwr-part2&topic=urban&only=matched');
		expect(read(href.slice('/compare?'.length))).toEqual(q);
		expect(compareHref({ reports: ['liaocheng-2024-gwr-excerpt'] })).toBe('/compare?reports=liaocheng-2024-gwr-excerpt');
	});

	it('reads and writes the picker question', () => {
		expect(readRegionsQuery(new URLSearchParams(''))).toEqual({ region: '' });
		const href = regionsHref('聊城市');
		expect(readRegionsQuery(new URL(href, 'http://x').searchParams)).toEqual({ region: '聊城市' });
	});
});
