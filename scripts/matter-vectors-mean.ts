/**
 * The mean passage of the corpus in the space of the learned word vectors:
 * the average of the unit passage vectors (vectors.ts, the same code the
 * matcher runs) of every paragraph scripts/matter-vectors.ts trained on.
 * The matcher centres passages on it, so what every report says (发展, 推进)
 * does not make two passages alike; a fixed centre also holds for a pool of
 * three passages. Written into src/lib/core/data/matter-vectors.json as
 * `mean`. Run by scripts/matter-vectors.ts after training, or alone:
 *   DUIDU_SHARED=/path/to/shared node --import tsx scripts/matter-vectors-mean.ts
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { passageVector, wordVectors, type VectorData } from '../src/lib/core/align/vectors';
import { repoRoot, sharedDir } from '../tests/corpus/topics-eval';

// The regions of the blind held-out round 7 (tests/fixtures/align-labels.txt):
// their reports are left out of training, so the vectors never saw them.
export const HOLD_OUT = new Set([
	'巴彦淖尔市',
	'鄂尔多斯市',
	'淮北市',
	'六安市',
	'衡阳市',
	'郴州市',
	'连云港市',
	'宿迁市',
	'葫芦岛市',
	'阜新市'
]);

/** The paragraphs trained on: lines of ≥ 20 characters of every report outside HOLD_OUT, in file order, with their file. */
export function* paragraphs(): Generator<{ file: string; line: string }> {
	function* files(dir: string): Generator<string> {
		for (const name of readdirSync(dir).sort()) {
			const p = path.join(dir, name);
			if (statSync(p).isDirectory()) yield* files(p);
			else if (name.endsWith('.md')) yield p;
		}
	}
	for (const file of files(path.join(sharedDir, 'corpus', 'gov'))) {
		if (HOLD_OUT.has(path.basename(path.dirname(file)))) continue;
		for (const raw of readFileSync(file, 'utf8').split('\n')) {
			const line = raw.trim();
			if (line.length < 20 || line.startsWith('---') || /^\w+:/.test(line)) continue;
			yield { file, line };
		}
	}
}

export function addMean(file = path.join(repoRoot, 'src/lib/core/data/matter-vectors.json')) {
	const data = JSON.parse(readFileSync(file, 'utf8')) as VectorData;
	delete data.mean;
	const wv = wordVectors(data);
	const sum = new Float64Array(wv.dims);
	let n = 0;
	for (const { line } of paragraphs()) {
		const { vec } = passageVector(line, wv);
		let norm = 0;
		for (const x of vec) norm += x * x;
		if (!norm) continue;
		norm = Math.sqrt(norm);
		for (let d = 0; d < wv.dims; d++) sum[d] += vec[d] / norm;
		n++;
	}
	data.mean = Array.from(sum, (x) => Math.round((x / n) * 1e4) / 1e4);
	writeFileSync(file, JSON.stringify(data) + '\n');
	console.log(`mean passage of ${n} paragraphs written`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) addMean();
