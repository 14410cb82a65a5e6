/**
 * Evidence for the diff's word segmenter: how Intl.Segmenter and jieba cut
 * policy terms that should stay whole, and how fast each segments the
 * sentences of national reports (per sentence, as the diff would; Intl on
 * a whole report is also timed, since Node 20's ICU is slow on long strings).
 * "jieba" is the app's segmenter (jieba's algorithm and dictionary in
 * TypeScript: src/lib/core/segmenter/); "jieba-wasm" the package it was
 * built from, now a devDependency kept as the reference.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseReport } from '../src/lib/core/parse';
import { intlSegmenter } from '../src/lib/core/segmenter/base';
import { segmenter as wordSegmenter } from '../src/lib/core/segmenter';
import { median, ms, nationalFiles } from './shared';

/** Terms of Chinese policy writing that a reader treats as one word. */
export const POLICY_TERMS = [
	'城市更新',
	'绿水青山',
	'集中供热',
	'新质生产力',
	'高质量发展',
	'乡村振兴',
	'营商环境',
	'放管服',
	'一带一路',
	'碳达峰',
	'碳中和',
	'专精特新',
	'双循环',
	'供给侧结构性改革',
	'脱贫攻坚',
	'共同富裕',
	'数字经济',
	'以旧换新',
	'老旧小区',
	'城中村',
	'保障性住房',
	'新型城镇化',
	'稳就业',
	'减税降费',
	'河长制',
	'黄河流域',
	'生态保护',
	'京津冀',
	'粤港澳大湾区',
	'长江经济带'
];

export async function run() {
	const t0 = performance.now();
	const jieba = wordSegmenter();
	jieba('城市更新');
	const jiebaLoad = performance.now() - t0;
	const t1 = performance.now();
	const wasm = createRequire(import.meta.url)('jieba-wasm') as { cut(text: string, hmm: boolean): string[] };
	wasm.cut('城市更新', false);
	const wasmLoad = performance.now() - t1;
	const segs = { intl: intlSegmenter, jieba, wasm: (t: string) => wasm.cut(t, false) };

	console.log('| term | Intl.Segmenter | jieba |\n|---|---|---|');
	const whole = { intl: 0, jieba: 0 };
	for (const term of POLICY_TERMS) {
		const cuts = { intl: segs.intl(term), jieba: segs.jieba(term) };
		for (const k of ['intl', 'jieba'] as const) if (cuts[k].length === 1) whole[k]++;
		console.log(`| ${term} | ${cuts.intl.join('/')} | ${cuts.jieba.join('/')} |`);
	}
	console.log(`\nkept whole: Intl ${whole.intl}/${POLICY_TERMS.length}, jieba ${whole.jieba}/${POLICY_TERMS.length}`);

	const files = nationalFiles().slice(-10);
	const texts = files.map((f) => parseReport(readFileSync(f, 'utf8')));
	const per = { intl: [] as number[], jieba: [] as number[], wasm: [] as number[], intlWhole: [] as number[] };
	for (const r of texts) {
		const sentences = r.sentences.map((s) => r.text.slice(s.textStart, s.textEnd));
		for (const k of ['intl', 'jieba', 'wasm'] as const) {
			const t = performance.now();
			for (const s of sentences) segs[k](s);
			per[k].push(performance.now() - t);
		}
		const t = performance.now();
		segs.intl(r.text);
		per.intlWhole.push(performance.now() - t);
	}
	console.log(`\nsegmenting one whole national report (median of the last ${files.length}, ~17k–30k chars):`);
	console.log(`  Intl.Segmenter, per sentence: ${ms(median(per.intl))}`);
	console.log(`  Intl.Segmenter, whole text in one call: ${ms(median(per.intlWhole))}`);
	console.log(`  jieba (core, TypeScript), per sentence: ${ms(median(per.jieba))} (+ ${ms(jiebaLoad)} once to load its lexicon)`);
	console.log(
		`  jieba-wasm (reference), per sentence: ${ms(median(per.wasm))} (+ ${ms(wasmLoad)} once to load the wasm and build its dictionary)`
	);
}
