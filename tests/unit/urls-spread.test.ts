import { describe, expect, it } from 'vitest';
import { readSpreadQuery, spreadHref } from '../../src/lib/urls/spread';

describe('the spread query in the URL', () => {
	it('defaults to 新质生产力 and reads back what it writes', () => {
		expect(readSpreadQuery(new URLSearchParams(''))).toEqual({ term: '新质生产力' });
		expect(readSpreadQuery(new URLSearchParams('term='))).toEqual({ term: '' });
		expect(readSpreadQuery(new URL(spreadHref('城市 更新&x'), 'http://x').searchParams)).toEqual({ term: '城市 更新&x' });
	});
});
