/**
 * Reuse across levels over ../shared/corpus/gov: the sources of one city
 * report (its province and the national report, same and previous year,
 * boilerplate by document frequency over every report of the two years), and the spread of one formula
 * over all ~2,900 reports. Each run starts from a fresh corpus object (no
 * parsed report or n-gram set kept between runs; files come from the OS
 * page cache after the first run). Targets: ≤ 2 s and ≤ 1 s.
 */
import { join } from 'node:path';
import { folderCorpus, formulaSpread, sourcesOf } from '../src/lib/server/reuse';
import { median, ms, sharedDir } from './shared';

const RUNS = 5;

function time(f: () => void): number {
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}

export async function run() {
	const dir = join(sharedDir, 'corpus', 'gov');
	// Sources: the first call on a fresh corpus builds the n-gram document-frequency table of the two years
	// (every report of both years read once); later calls on the same corpus (what a running server does) reuse it.
	for (const id of ['聊城市-2023', '洛阳市-2022', '遵义市-2023']) {
		const cold: number[] = [];
		const warm: number[] = [];
		let passages = 0;
		for (let i = 0; i < 3; i++) {
			const corpus = folderCorpus(dir);
			cold.push(time(() => (passages = sourcesOf(corpus, id).passages.length)));
			if (i === 0) for (let k = 0; k < RUNS; k++) warm.push(time(() => sourcesOf(corpus, id)));
		}
		console.log(
			`sources ${id}: warm median ${ms(median(warm))} over ${RUNS} runs; cold (fresh corpus, builds the year table) median ${ms(median(cold))} over 3; ${passages} passages   target ≤ 2 s`
		);
	}
	for (const term of ['新质生产力', '城市更新', '高质量发展']) {
		const times: number[] = [];
		let n = 0;
		let reports = 0;
		for (let i = 0; i < RUNS; i++) {
			const corpus = folderCorpus(dir);
			reports = corpus.list().length;
			times.push(time(() => (n = formulaSpread(corpus, term).first.length)));
		}
		console.log(
			`spread ${term}: median ${ms(median(times))} over ${RUNS} runs, ${reports} reports scanned; ${n} regions use it   target ≤ 1 s`
		);
	}
}
