import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else Playwright's own download (undefined lets
 * Playwright find it), else null when none exists.
 */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
	try {
		// Playwright's own browser, when someone installed it.
		const req = globalThis.process?.getBuiltinModule?.('module')?.createRequire(import.meta.url);
		const pw = req?.('playwright-core');
		const exe = pw?.chromium?.executablePath?.();
		if (exe && existsSync(exe)) return exe;
	} catch {
		/* none */
	}
	return null;
}
