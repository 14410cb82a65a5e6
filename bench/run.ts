/**
 * `npm run bench`: every benchmark in one process, medians (and ratios where
 * a peer is named), printed as tables. Not a test: nothing here fails a build.
 */
import { benchCorpus } from './corpus';

const only = process.argv[2];

if (!only || only === 'corpus') {
	console.log('\n## Corpus store (288 reports)\n');
	console.table(await benchCorpus());
}
