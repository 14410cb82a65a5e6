#!/usr/bin/env node
/**
 * The server the browser tests talk to: a fresh build, serving a temporary
 * copy of `reports/` plus the test fixtures in `tests/fixtures/reports/`
 * (hostile reports for the safety tests), so tests that import reports never
 * touch the repository's corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// As `npm run build`: the app and the worker threads' bundle.
const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

const dir = mkdtempSync(join(tmpdir(), 'duidu-test-reports-'));
cpSync(join(root, 'reports'), dir, { recursive: true });
const fixtures = join(root, 'tests', 'fixtures', 'reports');
if (existsSync(fixtures)) cpSync(fixtures, dir, { recursive: true });
process.env.DUIDU_REPORTS = dir;
// This script has just built the app: start.js need not check.
process.env.DUIDU_NO_BUILD = '1';
// Extra read-only report directories (e.g. ../shared/corpus for the national series).
if (process.env.DUIDU_EXTRA_REPORTS) process.env.DUIDU_REPORTS += ':' + process.env.DUIDU_EXTRA_REPORTS;
process.env.DUIDU_CACHE ??= 'off';
await import('./start.js');
