#!/usr/bin/env node
/**
 * Builds src/lib/core/data/t2s.json, the traditional → simplified character
 * table that folds old reports for counting and segmentation (core/fold.ts).
 *
 * Source: OpenCC's TSCharacters dictionary as the npm package opencc-js
 * ships it (dist/esm-lib/dict/TSCharacters.js, "trad simp1 simp2…|…").
 * Kept: one character → its first simplified candidate, when both are in the
 * Basic Multilingual Plane (the table folds text one UTF-16 unit at a time)
 * and differ. Plus EXTRA below, the only entry written by hand.
 * Offline and deterministic: run it again after upgrading opencc-js, and
 * `git diff` shows what changed.
 *
 *   node scripts/build-t2s.mjs          # rewrite the table
 *   node scripts/build-t2s.mjs --check  # exit 1 if the table is not what the source gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Hand-written entries OpenCC lacks: 吿 is a variant of 告 in older typesetting. */
const EXTRA = { 吿: '告' };

const COMMENT =
	'Traditional to simplified Chinese, one character to one character (generated from OpenCC t2s character table, characters whose conversion is one character; context-dependent conversions are approximate). Used to fold old reports for counting and segmentation only; report text is never rewritten.';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src/lib/core/data/t2s.json');
const require = createRequire(import.meta.url);
// The package exports no package.json nor its dictionaries: find its folder from its main entry.
let pkgDir = path.dirname(require.resolve('opencc-js'));
while (path.basename(pkgDir) !== 'opencc-js') pkgDir = path.dirname(pkgDir);
const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const dictFile = path.join(pkgDir, 'dist/esm-lib/dict/TSCharacters.js');
const { default: dict } = await import(pathToFileURL(dictFile).href);
if (typeof dict !== 'string' || !dict.includes('|')) throw new Error(`${dictFile}: not the "trad simp|…" string this script reads`);

const bmpChar = (s) => s.length === 1 && s.codePointAt(0) < 0x10000;
const map = new Map();
for (const entry of dict.split('|')) {
	const [from, first] = entry.split(' ');
	if (bmpChar(from) && first && bmpChar(first) && from !== first) map.set(from, first);
}
for (const [from, to] of Object.entries(EXTRA)) map.set(from, to);
const sorted = [...map].sort((a, b) => a[0].codePointAt(0) - b[0].codePointAt(0));

// One entry per line, as the file has always been written: a change reads as a one-line diff.
const lines = sorted.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const text = `{\n"_comment": ${JSON.stringify(COMMENT)},\n"map": {\n${lines.join(',\n')}\n}\n}`;

if (process.argv.includes('--check')) {
	const now = readFileSync(out, 'utf8');
	if (now !== text) {
		console.error(`${path.relative(root, out)} differs from what opencc-js ${version} gives: run node scripts/build-t2s.mjs`);
		process.exit(1);
	}
	console.log(`${path.relative(root, out)}: ${sorted.length} entries, as generated`);
} else {
	writeFileSync(out, text); // no final newline, as the file was first written
	console.log(`${path.relative(root, out)}: ${sorted.length} entries from opencc-js ${version} TSCharacters`);
}
