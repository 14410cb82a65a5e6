/**
 * Interface text in Chinese and English. Each feature keeps its own
 * dictionary file (common.ts, library.ts, …) and registers it here, so
 * features add words without touching each other's files.
 */
import common from './common';
import library from './library';
import report from './report';
import compare from './compare';
import rhetoric from './rhetoric';
import figures from './figures';
import links from './links';
import importDict from './import';
import diff from './diff';
import reuse from './reuse';

export type Lang = 'zh' | 'en';
export type Dictionary = { zh: Record<string, string>; en: Record<string, string> };

const dictionaries: Dictionary[] = [common, library, report, compare, diff, figures, rhetoric, importDict, links, reuse];

const merged: Record<Lang, Record<string, string>> = { zh: {}, en: {} };
for (const d of dictionaries) {
	Object.assign(merged.zh, d.zh);
	Object.assign(merged.en, d.en);
}

export function isLang(v: unknown): v is Lang {
	return v === 'zh' || v === 'en';
}

/**
 * Translate `key`, filling `{name}` placeholders. Unknown keys show the key
 * itself, so gaps are visible. When `n` is 1 and the dictionary has a
 * `KEY.one` form, that is used: "1 report", not "1 reports".
 */
export function translate(lang: Lang, key: string, params?: Record<string, string | number>): string {
	const one = params && Number(params.n) === 1 ? merged[lang][`${key}.one`] : undefined;
	let s = one ?? merged[lang][key] ?? merged.zh[key] ?? key;
	if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
	return s;
}

/** All keys, for the test that both languages cover the same words (singular `.one` forms are a language's own). */
export function dictionaryKeys(): { zh: string[]; en: string[] } {
	const base = (keys: string[]) => keys.filter((k) => !k.endsWith('.one'));
	return { zh: base(Object.keys(merged.zh)), en: base(Object.keys(merged.en)) };
}
