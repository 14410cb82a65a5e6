#!/usr/bin/env node
/**
 * Screenshots for the README: serve the bundled corpus (`npm start`'s
 * script, on a free port, building first if needed), open the library and a
 * report in Chromium at 1400×900, and save PNGs to static/screenshots/.
 *   node scripts/screenshots.js
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'static', 'screenshots');

const port = await new Promise((resolve, reject) => {
	const s = createServer();
	s.once('error', reject);
	s.listen(0, '127.0.0.1', () => {
		const p = s.address().port;
		s.close(() => resolve(p));
	});
});

const server = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
	cwd: root,
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DUIDU_CACHE: 'off' },
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve, reject) => {
	let log = '';
	server.stdout.on('data', (d) => {
		log += d;
		if (/Listening on/.test(log)) resolve();
	});
	server.once('exit', (code) => reject(new Error(`server exited (${code})\n${log}`)));
});

const shots = [
	['library.png', '/', 'zh'],
	['report.png', '/reports/liaocheng-2020-gwr', 'zh'],
	['report-removed.png', '/reports/liaocheng-2020-gwr?removed=1#s1.1', 'zh'],
	['library-en.png', '/?region=%E8%81%8A%E5%9F%8E%E5%B8%82', 'en']
];
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
	mkdirSync(out, { recursive: true });
	for (const [name, path, lang] of shots) {
		const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
		await context.addCookies([{ name: 'lang', value: lang, url: `http://127.0.0.1:${port}` }]);
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
		await page.screenshot({ path: join(out, name) });
		await context.close();
		console.log(`screenshots: ${join('static', 'screenshots', name)}`);
	}
} finally {
	await browser.close();
	server.kill('SIGTERM');
}
