import { describe, expect, it } from 'vitest';
import library from '../../src/lib/i18n/library';
import report from '../../src/lib/i18n/report';
import { translate } from '../../src/lib/i18n';

describe('library and report interface text', () => {
	for (const [name, dict] of [
		['library', library],
		['report', report]
	] as const) {
		it(`${name}: every word exists in Chinese and English, and is registered`, () => {
			// Singular forms (KEY.one) are a language's own: English has them, Chinese needs none.
			expect(Object.keys(dict.zh).sort()).toEqual(
				Object.keys(dict.en)
					.filter((k) => !k.endsWith('.one'))
					.sort()
			);
			for (const key of Object.keys(dict.zh)) {
				expect(dict.zh[key].trim()).not.toBe('');
				expect(dict.en[key].trim()).not.toBe('');
				expect(translate('zh', key)).toBe(dict.zh[key]);
				expect(translate('en', key)).toBe(dict.en[key]);
			}
		});
	}

	it('names every removal reason the parser gives', async () => {
		const chrome = (await import('../../src/lib/core/data/chrome.json')).default as unknown;
		const reasons = new Set<string>(['front-matter', 'markup', 'page-number']);
		JSON.stringify(chrome).replace(/"reason"\s*:\s*"([^"]+)"/g, (_, r: string) => (reasons.add(r), ''));
		for (const r of reasons) {
			expect(report.zh[`reason.${r}`], r).toBeDefined();
			expect(report.en[`reason.${r}`], r).toBeDefined();
		}
	});
});
