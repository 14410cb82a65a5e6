/**
 * How the corpus store behaves with hundreds of reports: the 48 national
 * reports of ../shared/corpus copied six times into a temporary directory
 * (288 reports, never into the repository), loaded cold (no cache) and warm
 * (a restart over the same files), then every report parsed.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusStore } from '../src/lib/server/corpus';
import { median, sharedDir } from './util';

export async function benchCorpus(runs = 3) {
	const national = join(sharedDir(), 'corpus', 'national');
	const dir = mkdtempSync(join(tmpdir(), 'duidu-bench-corpus-'));
	const cacheDir = join(dir, '.cache');
	const copies = 6;
	for (let c = 0; c < copies; c++) {
		const sub = join(dir, `copy${c}`);
		cpSync(national, sub, { recursive: true });
		// Distinct ids per copy: rename files.
		for (const f of readdirSync(sub)) if (f.endsWith('.txt')) copyFileSync(join(sub, f), join(sub, `c${c}-${f}`)), rmSync(join(sub, f));
	}
	const time = async (fn: () => Promise<unknown> | unknown) => {
		const t = performance.now();
		await fn();
		return performance.now() - t;
	};
	const rows: { step: string; ms: number }[] = [];
	const load: number[] = [];
	const parseCold: number[] = [];
	const restart: number[] = [];
	const parseWarm: number[] = [];
	let count = 0;
	for (let r = 0; r < runs; r++) {
		rmSync(cacheDir, { recursive: true, force: true });
		let store!: CorpusStore;
		load.push(await time(async () => (store = await new CorpusStore({ dirs: [dir], cacheDir }).load())));
		count = store.list().length;
		parseCold.push(await time(() => store.list().forEach((e) => store.parsed(e.id))));
		let again!: CorpusStore;
		restart.push(await time(async () => (again = await new CorpusStore({ dirs: [dir], cacheDir }).load())));
		parseWarm.push(await time(() => again.list().forEach((e) => again.parsed(e.id))));
	}
	rows.push({ step: `load ${count} reports (list ready)`, ms: median(load) });
	rows.push({ step: `parse all ${count}, cold`, ms: median(parseCold) });
	rows.push({ step: `restart: load again`, ms: median(restart) });
	rows.push({ step: `parse all ${count} from cache`, ms: median(parseWarm) });
	rmSync(dir, { recursive: true, force: true });
	return rows;
}

export async function run() {
	console.log('The corpus store with 288 reports (the national series copied six times into a temporary directory):');
	console.table(await benchCorpus());
}
