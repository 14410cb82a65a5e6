#!/usr/bin/env -S node --min-semi-space-size=32 --max-semi-space-size=32
/**
 * The `duidu` command (package.json "bin"): runs the CLI bundle that
 * `npm run build` writes to build/cli/. Nothing is compiled here, so a
 * command starts in plain Node. In the repository, `npm run cli -- …`
 * (scripts/cli.js) rebuilds the bundle first when a source is newer.
 *
 * The line above gives V8 a young generation of 32 MB from the start: a
 * first `diff` of two national reports allocates less than that, so it runs
 * without a garbage collection, where the default (a young generation that
 * starts at 1 MB and grows) spent 8 scavenges, ~40 ms, copying the same live
 * parses again and again (docs/cli.md, start-up). Run as `node bin/duidu.js`,
 * the flags are not there and everything works the same, with the default GC.
 */
import module from 'node:module';

// Started by hand with an older Node: run again under the project's (scripts/lib/project-node.js).
(await import('../scripts/lib/project-node.js')).ensureProjectNode(import.meta.filename);

// Node ≥ 24 from here. A built-in taken as it is, without an ES module facade over it (as the bundle does: scripts/build.js).
const { existsSync } = process.getBuiltinModule('node:fs');
const entry = new URL('../build/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
	process.stderr.write('duidu: the command line is not built yet: run `npm run build` (or use `npm run cli -- …`, which builds it)\n');
	process.exit(1);
}
// Compiled code is kept on disk between runs (Node ≥ 22.1).
module.enableCompileCache?.();
await import(entry.href);
