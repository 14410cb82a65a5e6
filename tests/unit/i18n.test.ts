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
});
