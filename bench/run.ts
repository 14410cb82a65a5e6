/**
 * `npm run bench [-- NAME…]`: every benchmark, or the named ones, in this
 * process. Each lives in its own module exporting `run()`.
 */
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
	segmenters: () => import('./segmenters'),
	diff: () => import('./diff')
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
