import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Screenshots for the README. A normal test run writes them to
 * test-results/ (so running the tests never dirties the work tree);
 * `npm run screenshots` sets UPDATE_SCREENSHOTS=1 and refreshes the README's.
 */
export async function readmeShot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
	const dir = process.env.UPDATE_SCREENSHOTS === '1' ? 'static/screenshots' : 'test-results/screenshots';
	mkdirSync(dir, { recursive: true });
	await page.screenshot({ path: join(dir, name), fullPage: opts.fullPage ?? false });
}
