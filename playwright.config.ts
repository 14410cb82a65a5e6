import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.js';

const PORT = Number(process.env.TEST_PORT ?? 4317);
// The shared corpus (national reports with their manifest), read in place when it exists.
// Browser tests tagged @corpus read ../shared/corpus too (the national series);
// they run under `npm run test:corpus`, which sets DUIDU_BROWSER_CORPUS=1, so
// `npm test` needs nothing beside the repository.
const SHARED_CORPUS = join(process.env.DUIDU_SHARED ?? resolve('..', 'shared'), 'corpus');
const WITH_CORPUS = process.env.DUIDU_BROWSER_CORPUS === '1';
if (WITH_CORPUS && !existsSync(join(SHARED_CORPUS, 'national')))
	throw new Error(`the @corpus browser tests need ${SHARED_CORPUS} (set DUIDU_SHARED)`);
// Only the national series: the whole collection under corpus/gov would be indexed cold by each test server.
const EXTRA_REPORTS = WITH_CORPUS ? join(SHARED_CORPUS, 'national') : '';

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
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	// The import tests add reports to the served corpus (a temporary copy):
	// they run after every test that reads the corpus as bundled.
	projects: [
		{
			name: 'reading',
			testIgnore: /import\.spec\.ts/,
			grep: WITH_CORPUS ? /@corpus/ : undefined,
			grepInvert: WITH_CORPUS ? undefined : /@corpus/
		},
		{
			name: 'importing',
			testMatch: /import\.spec\.ts/,
			dependencies: ['reading'],
			grep: WITH_CORPUS ? /@corpus/ : undefined,
			grepInvert: WITH_CORPUS ? undefined : /@corpus/
		}
	],
	webServer: {
		command: 'node scripts/test-server.js',
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 240_000,
		reuseExistingServer: false,
		env: { PORT: String(PORT), HOST: '127.0.0.1', DUIDU_CACHE: 'off', DUIDU_EXTRA_REPORTS: EXTRA_REPORTS }
	}
});
