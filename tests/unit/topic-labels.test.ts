/**
 * One table per fact: topic labels live in data/taxonomy.json only. The
 * interface dictionaries must not repeat them (they drifted: the figures
 * page once said "Ecology & green development", the taxonomy "… transition").
 */
import { describe, expect, it } from 'vitest';
import taxonomy from '../../src/lib/core/data/taxonomy.json';
import { dictionaryKeys, translate, type Lang } from '../../src/lib/i18n';

const dictionaries = Object.fromEntries(
	(['zh', 'en'] as Lang[]).map((l) => [l, Object.fromEntries(dictionaryKeys()[l].map((k) => [k, translate(l, k)]))])
);

describe('topic labels have one source, taxonomy.json', () => {
	const topics = (taxonomy as { topics: { id: string; zh: string; en: string }[] }).topics;
	it('no interface key is named after a taxonomy topic', () => {
		for (const [lang, dict] of Object.entries(dictionaries))
			for (const key of Object.keys(dict)) for (const t of topics) expect(key.endsWith(`topic.${t.id}`), `${lang} ${key}`).toBe(false);
	});
	it('no interface string repeats a topic label', () => {
		const labels = new Set(topics.flatMap((t) => [t.zh, t.en]).filter((l) => l.length > 3));
		for (const [lang, dict] of Object.entries(dictionaries))
			for (const [key, value] of Object.entries(dict)) expect(labels.has(value), `${lang} ${key}: ${value}`).toBe(false);
	});
});
