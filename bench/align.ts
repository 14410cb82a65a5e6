/**
 * Alignment by matter: loading the matter data, two full city reports on one
 * topic, six national reports, and a cold compare of two cities (parse +
 * classify + align, what the compare page pays without its caches). Medians.
 *   DUIDU_SHARED=/path/to/shared npm run bench -- align
 * With BENCH_COMPARE_ORIGIN=http://localhost:PORT (a running `npm start`), also
 * the compare page of two cities over HTTP: its time and its size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReport } from '../src/lib/core/parse';
import { classifyReport } from '../src/lib/core/topics/index';
import { alignReports, matterProfile, type MatterTable } from '../src/lib/core/align/index';
import { median, sharedDir } from './util';
import { segmenter } from '../src/lib/core/segmenter';
import { passageVector, wordVectors } from '../src/lib/core/align/vectors';

// Wall-clock and CPU medians: on a loaded machine the wall time waits for a core, the CPU time does not.
const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const lastCpu = { ms: 0 };
const time = (f: () => unknown, n: number) => {
	const xs: number[] = [];
	const cs: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		const c = cpuMs();
		f();
		xs.push(performance.now() - t);
		cs.push(cpuMs() - c);
	}
	lastCpu.ms = median(cs);
	return median(xs);
};
const cpu = () => `CPU ${lastCpu.ms.toFixed(0)} ms`;

export async function run() {
	const shared = sharedDir();
	const root = path.resolve(import.meta.dirname, '..');
	const data = path.join(root, 'src/lib/core/data');
	const load = time(() => {
		const m = JSON.parse(readFileSync(path.join(data, 'matters.json'), 'utf8'));
		const w = JSON.parse(readFileSync(path.join(data, 'matter-weights.json'), 'utf8'));
		const learned: Record<string, string[]> = JSON.parse(readFileSync(path.join(data, 'matter-terms.json'), 'utf8')).terms;
		const matters = m.matters.map((x: { id: string; terms: string[] }) => ({ ...x, terms: [...x.terms, ...(learned[x.id] ?? [])] }));
		const table: MatterTable = { matters, weights: w.weights, fallback: w.fallback };
		matterProfile('改造老旧小区175个', table);
	}, 9);
	console.log(`load matters.json + matter-terms.json + matter-weights.json and build the index: ${load.toFixed(1)} ms median`);
	const loadVectors = time(() => {
		const d = JSON.parse(readFileSync(path.join(data, 'matter-vectors.json'), 'utf8'));
		const wv = wordVectors(d);
		passageVector('全市开工改造老旧小区40个，城市更新有了新的注脚', wv);
	}, 9);
	console.log(`load matter-vectors.json (parse + decode) and place one passage: ${loadVectors.toFixed(1)} ms median, ${cpu()}`);

	const city = (name: string) => readFileSync(path.join(shared, 'corpus/gov/政府工作报告-其他地市', name, '2023.md'), 'utf8');
	for (const [a, b] of [
		['通辽市', '白城市'],
		['黄冈市', '孝感市']
	]) {
		const ia = city(a);
		const ib = city(b);
		const cold = time(() => {
			const inputs = [ia, ib].map((input, k) => {
				const report = parseReport(input);
				return { id: String(k), report, topics: classifyReport(report) };
			});
			alignReports(inputs, 'urban', segmenter());
		}, 5);
		const coldCpu = cpu();
		const inputs = [ia, ib].map((input, k) => {
			const report = parseReport(input);
			return { id: String(k), report, topics: classifyReport(report) };
		});
		const per = ['urban', 'ecology', 'industry', 'livelihood'].map(
			(t) => `${t} ${time(() => alignReports(inputs, t, segmenter()), 9).toFixed(0)} ms (${cpu()})`
		);
		console.log(
			`two city reports ${a}×${b} 2023 (${ia.length + ib.length} chars), align one topic, median: ${per.join(', ')}; cold parse+classify+align urban: ${cold.toFixed(0)} ms (${coldCpu})`
		);
	}

	const years = [1955, 1979, 1994, 2008, 2019, 2024];
	const nat = years.map((y) => {
		const report = parseReport(readFileSync(path.join(shared, 'corpus/national', `${y}.txt`), 'utf8'));
		return { id: String(y), report, topics: classifyReport(report) };
	});
	const chars = nat.reduce((n, r) => n + r.report.text.length, 0);
	for (const topic of ['urban', 'industry', 'livelihood', 'rural']) {
		let rows = 0;
		let matched = 0;
		const ms = time(() => {
			const al = alignReports(nat, topic, segmenter());
			rows = al.rows.length;
			matched = al.rows.filter((r) => r.cells.filter(Boolean).length > 1).length;
		}, 5);
		console.log(
			`six national reports (${chars} chars) on ${topic}: ${ms.toFixed(0)} ms median, ${cpu()} (${rows} rows, ${matched} matched)`
		);
	}

	const origin = process.env.BENCH_COMPARE_ORIGIN;
	if (!origin) {
		console.log('compare page over HTTP: skipped (set BENCH_COMPARE_ORIGIN=http://localhost:PORT to a running server)');
		return;
	}
	const pages = (
		process.env.BENCH_COMPARE_PAGES ?? '/compare?reports=liaocheng-2024-gwr-excerpt,yuncheng-2024-gwr-excerpt&topic=urban'
	).split(' ');
	for (const page of pages) {
		const xs: number[] = [];
		let size = 0;
		for (let i = 0; i < 7; i++) {
			const t = performance.now();
			const res = await fetch(origin + page);
			size = (await res.arrayBuffer()).byteLength;
			xs.push(performance.now() - t);
		}
		console.log(
			`compare page ${decodeURI(page)}: first ${xs[0].toFixed(0)} ms, median ${median(xs).toFixed(0)} ms, ${(size / 1024).toFixed(1)} KB of HTML`
		);
	}
}
