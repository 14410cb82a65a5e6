import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.js';

const PORT = Number(process.env.TEST_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		viewport: { width: 1400, height: 900 },
		launchOptions: {
			executablePath: chromiumPath() ?? undefined,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		command: 'node scripts/test-server.js',
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 240_000,
		reuseExistingServer: false,
		env: { PORT: String(PORT), HOST: '127.0.0.1', DUIDU_CACHE: 'off' }
	}
});
