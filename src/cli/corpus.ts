/**
 * The corpus for CLI commands: indexed fully before a command reads it, with
 * a progress bar on a terminal while a large tree is indexed for the first
 * time (a line per tenth otherwise).
 */
import { getCorpus, type CorpusStore, type Progress } from '../lib/server/corpus';

export async function openCorpus(): Promise<CorpusStore> {
	const tty = Boolean(process.stderr.isTTY);
	let lastTenth = -1;
	const started = Date.now();
	const onProgress = (p: Progress) => {
		if (p.total < 20) return;
		if (tty) {
			const w = 30;
			const filled = Math.round((w * p.done) / p.total);
			const secs = ((Date.now() - started) / 1000).toFixed(0);
			process.stderr.write(
				`\rindexing [${'#'.repeat(filled)}${'.'.repeat(w - filled)}] ${p.done}/${p.total} ${secs}s${p.running ? '' : '\n'}`
			);
		} else {
			const tenth = Math.floor((10 * p.done) / p.total);
			if (tenth !== lastTenth) {
				lastTenth = tenth;
				process.stderr.write(`indexing: ${p.done}/${p.total}\n`);
			}
		}
	};
	const corpus = await getCorpus({ background: 0, onProgress });
	return corpus.ready();
}
