/**
 * The dictionary jieba-wasm ships (jieba-rs's dict.txt: a line per word,
 * `word frequency tag`), read out of its wasm, where it is stored deflated
 * (include-flate). Used by the scripts that build data files from it
 * (build-lexicon.ts); nothing reads it at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

// Where jieba-wasm 2.4.0 keeps it; other versions are scanned for (a dynamic-Huffman block header: bits 1–2 = 10).
const HINT = 871183;
const FIRST = Buffer.from('1号店 3 n\n');

/** The path of jieba-wasm's Node wasm. */
export function jiebaWasmPath() {
	const require = createRequire(import.meta.url);
	return path.join(path.dirname(require.resolve('jieba-wasm')), 'jieba_rs_wasm_bg.wasm');
}

/** jieba-wasm's dictionary text, and the byte offset of its stream in the wasm. */
export function readJiebaDict() {
	const wasmPath = jiebaWasmPath();
	const wasm = readFileSync(wasmPath);
	const inflateAt = (i, max) => {
		try {
			return zlib.inflateRawSync(wasm.subarray(i, max ? i + max : undefined), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
		} catch {
			return null;
		}
	};
	const isDict = (i) => {
		const out = inflateAt(i, 512);
		return !!out && out.subarray(0, FIRST.length).equals(FIRST);
	};
	let at = HINT < wasm.length && isDict(HINT) ? HINT : -1;
	for (let i = 0; i < wasm.length && at < 0; i++) if ((wasm[i] & 6) === 4 && isDict(i)) at = i;
	if (at < 0) throw new Error('jieba dictionary stream not found in ' + wasmPath);
	return { text: inflateAt(at).toString('utf8'), at };
}
