import { expect, test } from './test';

/**
 * A long report in parts (issue 11, every page ≤ 300 KB): the national 1955 report (170 KB of text)
 * comes in parts of ≤ ~20,000 characters, each page under 300 KB; the next part is a link, and the
 * outline's entry of a section in another part opens that part at the section.
 */
test(
	'the national 1955 report in parts: each under 300 KB, the outline reaches every part',
	{ tag: '@corpus' },
	async ({ page, request }) => {
		test.setTimeout(240_000);
		const parts = page.getByTestId('report-parts').first();
		// The national series is indexed when the test server starts: reload until the report is in.
		await expect(async () => {
			await page.goto('/reports/1955');
			await expect(parts).toBeVisible({ timeout: 5_000 });
		}).toPass({ timeout: 150_000 });
		for (const path of ['/reports/1955', '/reports/1955?part=2']) {
			const res = await request.get(path);
			expect(res.status()).toBe(200);
			expect((await res.body()).byteLength).toBeLessThanOrEqual(300 * 1024);
		}
		const first = page.getByTestId('report-text');
		const opening = (await first.innerText()).slice(0, 200);
		await page.getByTestId('report-next-part').first().click();
		await expect(page).toHaveURL(/\?part=2$/);
		await expect(async () => expect((await page.getByTestId('report-text').innerText()).slice(0, 200)).not.toBe(opening)).toPass();
		// An outline entry of part 1, from part 2: opens part 1 at that section.
		const link = page.getByTestId('outline').locator('a[href^="/reports/1955#"]').first();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/reports/1955#${href.split('#')[1].replace('.', '\\.')}$`));
		await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
	}
);
