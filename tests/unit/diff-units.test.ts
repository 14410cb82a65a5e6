/**
 * One table per fact: the diff glues a number to its unit with the figures'
 * unit table (data/units.json) — there is no second unit list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import unitsData from '../../src/lib/core/data/units.json';
import { DEFAULT_OPTIONS } from '../../src/lib/core/diff/options';
import { tokenize } from '../../src/lib/core/diff/tokens';
import { intlSegmenter } from '../../src/lib/core/segmenter/base';

const words = (t: string) => tokenize(t, 0, t.length, intlSegmenter, DEFAULT_OPTIONS).map((x) => t.slice(x.start, x.end));

describe('the diff reads units from the figures’ table', () => {
	it('keeps 毫米, 欧元, 兆瓦 and 微克/立方米 with their numbers (the old diff table lacked them)', () => {
		const t = '降水量比常年偏多120毫米，引进外资3.5亿欧元，新增装机200兆瓦，PM2.5平均浓度降至32微克/立方米。';
		for (const w of ['120毫米', '3.5亿欧元', '200兆瓦', '32微克/立方米']) expect(words(t)).toContain(w);
	});

	it('glues every unit of data/units.json, as written and in full width (５．２％)', () => {
		for (const u of Object.keys(unitsData.units).filter((u) => u !== 'ratio')) expect(words(`达到12${u}。`), u).toContain(`12${u}`);
		expect(words('增长５．２％，')).toContain('５．２％');
	});

	it('keeps dates and ordinals whole, which are no units (2024年, 第14届)', () => {
		expect(words('2024年3月5日在第14届全国人大')).toEqual(expect.arrayContaining(['2024年', '3月', '5日', '14届']));
	});

	it('no other data file lists units of measure', () => {
		const dir = new URL('../../src/lib/core/data/', import.meta.url);
		const listing = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'units.json' && !/^t2s/.test(f));
		for (const f of listing) {
			const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
			expect(Object.keys(data), f).not.toContain('units');
		}
	});
});
