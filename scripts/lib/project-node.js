/**
 * The project runs on the Node that `npm install` brings (the `node`
 * package, Node 24: see docs/cli.md, runtime). npm scripts find it first on
 * PATH (node_modules/.bin); a script started by hand with an older `node`
 * (a fresh Debian has Node 20, on which better-sqlite3 13 crashes) runs
 * itself again under it. Returns only when this process is the right Node.
 * The built-ins it needs (node:child_process, fs, path, url) are loaded only
 * then: every `duidu` command starts through here, and on the right Node
 * they would be start-up for nothing (~5 ms for child_process alone, and an
 * ES module facade per built-in imported; docs/cli.md, start-up).
 */
import { createRequire } from 'node:module';

const MIN_MAJOR = 24;

export function ensureProjectNode(script) {
	if (Number(process.versions.node.split('.')[0]) >= MIN_MAJOR) return;
	const require = createRequire(import.meta.url);
	const { existsSync } = require('node:fs');
	const { join } = require('node:path');
	const { fileURLToPath } = require('node:url');
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const node = join(root, 'node_modules', 'node', 'bin', 'node');
	if (!existsSync(node) || process.env.DUIDU_REEXEC) {
		process.stderr.write(
			`duidu: needs Node ≥ ${MIN_MAJOR} (this is ${process.version}); run \`npm install\`, which brings it, and use npm run / npx\n`
		);
		process.exit(1);
	}
	const { spawnSync } = require('node:child_process');
	const r = spawnSync(node, [...process.execArgv, script, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, DUIDU_REEXEC: '1' }
	});
	process.exit(r.status ?? 1);
}
