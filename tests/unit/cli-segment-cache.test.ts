import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intlSegmenter } from '../../src/lib/core/segment';
import { jiebaSegmenter } from '../../src/lib/server/jieba';
import { cachedSegmenter, jiebaVersion, segmentCacheDir } from '../../src/cli/segment-cache';

const text = readFileSync(new URL('../../reports/liaocheng-2024-gwr-excerpt.txt', import.meta.url), 'utf8').slice(0, 2000);

describe('cli segment cache', () => {
	it("gives jieba's words, and on a second run gives them from disk without loading jieba", () => {
		const dir = mkdtempSync(join(tmpdir(), 'duidu-seg-'));
		let loads = 0;
		const load = () => (loads++, jiebaSegmenter());
		const first = cachedSegmenter(load, intlSegmenter, dir, jiebaVersion)(text);
		expect(first).toEqual(jiebaSegmenter()!(text));
		expect(first.join('')).toBe(text);
		expect(loads).toBe(1);
		const again = cachedSegmenter(load, intlSegmenter, dir, jiebaVersion)(text);
		expect(again).toEqual(first);
		expect(loads).toBe(1);
	});

	it('never trusts a damaged entry, and a new version never reads an old one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'duidu-seg-'));
		const words = cachedSegmenter(jiebaSegmenter, intlSegmenter, dir, () => 'v1')(text);
		const [file] = readdirSync(dir);
		writeFileSync(join(dir, file), JSON.stringify([3, 4])); // lengths that do not tile the text
		let loads = 0;
		expect(
			cachedSegmenter(
				() => (loads++, jiebaSegmenter()),
				intlSegmenter,
				dir,
				() => 'v1'
			)(text)
		).toEqual(words);
		expect(loads).toBe(1);
		writeFileSync(join(dir, file), '{"half');
		expect(cachedSegmenter(jiebaSegmenter, intlSegmenter, dir, () => 'v1')(text)).toEqual(words);
		const other = cachedSegmenter(
			() => (t) => Array.from(t),
			intlSegmenter,
			dir,
			() => 'v2'
		)(text);
		expect(other).toEqual(Array.from(text));
	});

	it('falls back without storing when jieba cannot load, and DUIDU_CACHE=off stores nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'duidu-seg-'));
		expect(
			cachedSegmenter(
				() => null,
				intlSegmenter,
				dir,
				() => 'v'
			)(text)
		).toEqual(intlSegmenter(text));
		expect(readdirSync(dir)).toEqual([]);
		expect(segmentCacheDir({ DUIDU_CACHE: 'off' })).toBeNull();
		expect(segmentCacheDir({ DUIDU_CACHE: dir })).toBe(join(dir, 'segments'));
	});
});
