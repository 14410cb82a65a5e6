/**
 * The project runs on the Node that `npm install` brings (the `node`
 * package, Node 24: see docs/cli.md, runtime). npm scripts find it first on
 * PATH (node_modules/.bin); a script started by hand with an older `node`
 * (a fresh Debian has Node 20, on which better-sqlite3 13 crashes) runs
 * itself again under it. Returns only when this process is the right Node.
 * node:child_process is loaded only then: every `duidu` command starts
 * through here, and on the right Node it would be ~5 ms of start-up for
 * nothing (docs/cli.md, start-up).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 24;

export function ensureProjectNode(script) {
	if (Number(process.versions.node.split('.')[0]) >= MIN_MAJOR) return;
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const node = join(root, 'node_modules', 'node', 'bin', 'node');
	if (!existsSync(node) || process.env.DUIDU_REEXEC) {
		process.stderr.write(
			`duidu: needs Node ≥ ${MIN_MAJOR} (this is ${process.version}); run \`npm install\`, which brings it, and use npm run / npx\n`
		);
		process.exit(1);
	}
	const { spawnSync } = createRequire(import.meta.url)('node:child_process');
	const r = spawnSync(node, [...process.execArgv, script, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, DUIDU_REEXEC: '1' }
	});
	process.exit(r.status ?? 1);
}
