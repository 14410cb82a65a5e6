/**
 * comparisonKey returns text without a space, digit, point or wide mark as
 * it is, without running its steps. Checked for every BMP character: one
 * that skips the steps on its own comes through them unchanged when they do
 * run (a wide comma beside it forces them), under every option.
 */
import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../src/lib/core/diff/options';

describe('comparisonKey: the shortcut keeps the key', () => {
	it('every character that takes the shortcut passes the full steps unchanged', () => {
		const all = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreNumberFormat: true };
		let shortcut = 0;
		for (let code = 0; code < 0x10000; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const c = String.fromCharCode(code);
			if (comparisonKey(c + c, all) !== c + c) continue; // takes the steps (or is changed by them)
			shortcut++;
			expect(comparisonKey(`${c}，${c}`, all), `U+${code.toString(16)}`).toBe(`${c},${c}`);
		}
		expect(shortcut).toBeGreaterThan(60_000);
	});

	it('keys of real tokens', () => {
		const o = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreNumberFormat: true };
		expect(comparisonKey('高质量发展', o)).toBe('高质量发展');
		expect(comparisonKey('1,000 亿元', o)).toBe('1000亿元');
		expect(comparisonKey('５．０％', o)).toBe('5%');
		expect(comparisonKey('（一）', o)).toBe('(一)');
	});
});
