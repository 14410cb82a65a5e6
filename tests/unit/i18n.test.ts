import { describe, expect, it } from 'vitest';
import { dictionaryKeys, translate } from '../../src/lib/i18n';

describe('interface text', () => {
	it('has every key in both Chinese and English', () => {
		const { zh, en } = dictionaryKeys();
		expect(zh.filter((k) => !en.includes(k))).toEqual([]);
		expect(en.filter((k) => !zh.includes(k))).toEqual([]);
	});

	it('translates and fills placeholders', () => {
		expect(translate('zh', 'nav.library')).toBe('报告库');
		expect(translate('en', 'nav.library')).toBe('Library');
	});

	it('says "1 report", not "1 reports"; Chinese needs no singular', () => {
		expect(translate('en', 'library.count', { n: 1 })).toBe('1 report');
		expect(translate('en', 'library.count', { n: 2 })).toBe('2 reports');
		expect(translate('zh', 'library.count', { n: 1 })).toBe('共 1 份报告');
		const { en } = dictionaryKeys();
		expect(en.some((k) => k.endsWith('.one'))).toBe(false);
	});
});
