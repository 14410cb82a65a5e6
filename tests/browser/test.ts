// The `test` and `expect` every browser test imports.
//
// A page served by SvelteKit works in two stages: the server's HTML first, then the
// client takes it over (hydration). An action in between is raced: a value typed
// into a box can be reset by hydration, a click on an enhanced form posts the plain
// form. On a fast machine hydration wins the race almost always, on a slow one not
// (CI lost `ux.spec.ts`'s two-paragraph check this way: the draft typed before
// hydration was reset, and an empty draft was checked). So `page.goto` and
// `page.reload` here return only once the root layout has marked the page hydrated
// (`<html data-hydrated>`, set in `src/routes/+layout.svelte`'s onMount) — unless
// the test turned JavaScript off, or the response is not an HTML page.
//
// To look for such races on a fast machine, `PW_SLOW_SCRIPTS=1500 npx playwright test`
// holds back every script the app loads by that many milliseconds.
import { test as base, expect, type Page, type Response } from '@playwright/test';

export { expect };
export type { Page };

async function hydrated(page: Page, response: Response | null): Promise<void> {
	if (!response || !(response.headers()['content-type'] ?? '').includes('text/html')) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		const slow = Number(process.env.PW_SLOW_SCRIPTS ?? 0);
		if (slow > 0)
			await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
				await new Promise((done) => setTimeout(done, slow));
				await route.continue();
			});
		if (javaScriptEnabled !== false && process.env.PW_NO_HYDRATION_WAIT !== '1') {
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				await hydrated(page, response);
				return response;
			};
			page.reload = async (options) => {
				const response = await reload(options);
				await hydrated(page, response);
				return response;
			};
		}
		await use(page);
	}
});
