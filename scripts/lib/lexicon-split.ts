/**
 * The split of the corpus (../shared/corpus/gov) for the word segmenter's
 * lexicon: scripts/build-lexicon.ts builds it from the BUILD regions only,
 * and scripts/eval/segment.ts measures agreement with jieba on the HELD-OUT
 * regions, whose reports never reach the lexicon. A region (a province's or
 * a city's folder) is held out when the FNV-1a hash of its folder name is
 * 0 mod 10 (about a tenth of the regions, all their years). The national
 * series (政府工作报告-国务院) has no region folders and is always in the
 * build: it is what `duidu diff` is most run on.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (const b of Buffer.from(s, 'utf8')) {
		h ^= b;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** Is the region folder `name` held out of the lexicon? */
export const heldOutRegion = (name: string) => fnv1a(name) % 10 === 0;

export interface CorpusFile {
	path: string;
	/** The region folder, or '' for the national series. */
	region: string;
	heldOut: boolean;
}

/** Every report under `gov` (../shared/corpus/gov), in a fixed order. */
export function corpusFiles(gov: string): CorpusFile[] {
	const out: CorpusFile[] = [];
	for (const folder of readdirSync(gov).sort()) {
		const dir = join(gov, folder);
		if (!statSync(dir).isDirectory()) continue;
		for (const entry of readdirSync(dir).sort()) {
			const p = join(dir, entry);
			if (entry.endsWith('.md')) out.push({ path: p, region: '', heldOut: false });
			else if (statSync(p).isDirectory())
				for (const f of readdirSync(p).sort())
					if (f.endsWith('.md')) out.push({ path: join(p, f), region: entry, heldOut: heldOutRegion(entry) });
		}
	}
	return out;
}
