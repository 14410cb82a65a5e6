/**
 * A synthetic corpus tree for the benchmarks, made from a real one (default
 * ../shared/corpus/gov) and written OUTSIDE the repository (default
 * /tmp/duidu-synth-30k):
 *
 *   node --import tsx bench/synth-corpus.ts [--from DIR] [--out DIR] [--reports N] [--same-text]
 *
 * Copy 0 is the tree as it is; copy k (k ≥ 1) renames every region folder by
 * inserting a marker before its last character (聊城市 → 聊城甲市, so the
 * level stays readable from the name) and appends one line to each text, so
 * every file has its own content hash and the index holds N distinct texts.
 * With --same-text the copies keep their text: N reports (file rows,
 * metadata, facets at full scale) over the source's distinct texts, which the
 * index stores once. The national series is copied once (a country has one).
 * Stops at N files.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const MARKS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

function files(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		if (name.startsWith('.')) continue;
		const p = join(dir, name);
		const st = statSync(p);
		if (st.isDirectory()) out.push(...files(p));
		else if (/\.(md|txt)$/.test(name)) out.push(p);
	}
	return out;
}

export function synthesise(from: string, out: string, reports: number, sameText = false): number {
	const all = files(from).map((f) => relative(from, f).split(/[\\/]/));
	let n = 0;
	for (let k = 0; n < reports; k++) {
		if (k > MARKS.length) break;
		for (const segs of all) {
			if (n >= reports) break;
			const national = segs.length === 2;
			if (k > 0 && national) continue;
			const rel = k === 0 || segs.length < 3 ? segs : [segs[0], segs[1].slice(0, -1) + MARKS[k - 1] + segs[1].slice(-1), ...segs.slice(2)];
			const target = join(out, ...rel);
			mkdirSync(join(target, '..'), { recursive: true });
			const text = readFileSync(join(from, ...segs), 'utf8');
			writeFileSync(target, k === 0 || sameText ? text : `${text}\n（合成副本 ${k}）\n`);
			n++;
		}
	}
	return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, dflt: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : dflt;
	};
	const from = arg('from', join(process.env.DUIDU_SHARED ?? join(process.cwd(), '..', 'shared'), 'corpus', 'gov'));
	const out = arg('out', '/tmp/duidu-synth-30k');
	const reports = Number(arg('reports', '30000'));
	if (!existsSync(from)) {
		console.error(`synth-corpus: ${from} does not exist`);
		process.exit(2);
	}
	if (out.startsWith(process.cwd())) {
		console.error('synth-corpus: write the tree outside the repository');
		process.exit(2);
	}
	const t = performance.now();
	const n = synthesise(from, out, reports, process.argv.includes('--same-text'));
	console.log(`synth-corpus: ${n} reports under ${out} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
