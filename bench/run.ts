/**
 * `npm run bench [-- NAME…]`: every benchmark, or the named ones, in this one
 * process. Each lives in its own module exporting `run()`; results are
 * medians (and ratios against the peers each names).
 */
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
	corpus: () => import('./corpus'),
	'corpus-pages': () => import('./corpus-pages'),
	segmenters: () => import('./segmenters'),
	diff: () => import('./diff'),
	topics: () => import('./topics'),
	align: () => import('./align'),
	reuse: () => import('./reuse'),
	linear: () => import('./linear'),
	load: () => import('./load'),
	cli: () => import('./cli')
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of names.length ? names : Object.keys(benches)) {
	const load = benches[name];
	if (!load) {
		console.error(`unknown bench "${name}"; known: ${Object.keys(benches).join(', ')}`);
		process.exit(2);
	}
	console.log(`\n## bench: ${name}\n`);
	await (await load()).run();
}
