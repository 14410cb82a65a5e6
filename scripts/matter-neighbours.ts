/**
 * The nearest words of a few words in the learned space (data/matter-vectors.json),
 * to check the vectors make sense, and the time to load them (import + decode).
 *   node --import tsx scripts/matter-neighbours.ts 老旧小区 PM2.5 就业 养老
 */
const t0 = performance.now();
const { neighbours, wordVectors } = await import('../src/lib/core/align/vectors');
const wv = wordVectors();
console.log(`${wv.words.length} words × ${wv.dims} dims loaded in ${(performance.now() - t0).toFixed(0)} ms`);
for (const w of process.argv.slice(2))
	console.log(
		`${w}: ${
			neighbours(w, 10)
				.map(([x, c]) => `${x} ${c}`)
				.join('、') || '(not in the vocabulary)'
		}`
	);
