import { expect, test } from '@playwright/test';
import { readmeShot } from './readme-shot';

test('pick two seed reports and a topic, see aligned rows, switch topic, follow a passage', async ({ page }) => {
	await page.goto('/');
	await page.locator('.site-header nav a[href="/compare"]').click();
	await expect(page).toHaveURL(/\/compare/);
	await expect(page.getByTestId('need-two')).toBeVisible();

	// Two clicks per report: the region, then the year.
	const region = page.getByTestId('region').filter({ hasText: '聊城市' });
	await region.locator('summary').click();
	await page.locator('a[data-report-id="liaocheng-2020-gwr"]').click();
	await expect(page).toHaveURL(/reports=liaocheng-2020-gwr/);
	// The region may stay open after the first pick; open it if it closed.
	if ((await region.getAttribute('open')) === null) await region.locator('summary').click();
	await page.locator('a[data-report-id="liaocheng-2023-gwr-part2"]').click();
	await expect(page).toHaveURL(/reports=liaocheng-2020-gwr,liaocheng-2023-gwr-part2/);
	await expect(page.getByTestId('selected-report')).toHaveCount(2);

	// Urban is the default topic: matched rows are numbered and linked.
	await expect(page).toHaveURL(/topic=urban/);
	const matched = page.getByTestId('matched-row');
	expect(await matched.count()).toBeGreaterThan(0);
	await expect(matched.first().locator('.badge')).toHaveText('1');
	// Each matched row holds a passage in both columns.
	await expect(matched.first().getByTestId('passage-link')).toHaveCount(2);
	await expect(page.getByTestId('profile-chart')).toBeVisible();
	await expect(page.locator('mark.shared').first()).toBeVisible();

	// Switch topic: the URL and the passages follow.
	const urbanFirst = await page.locator('.passage').first().textContent();
	await page.locator('a[data-topic="ecology"]').click();
	await expect(page).toHaveURL(/topic=ecology/);
	await expect(page.locator('a[data-topic="ecology"]')).toHaveAttribute('aria-current', 'page');
	await expect(page.locator('.passage').first()).not.toHaveText(urbanFirst ?? '');
	await expect(page.locator('.passage').filter({ hasText: /污染|生态|大气|碳/ }).first()).toBeVisible();

	// The state is in the URL: reloading it gives the same view.
	await page.reload();
	await expect(page.getByTestId('selected-report')).toHaveCount(2);

	// Follow a passage to its place in the report.
	const link = page.getByTestId('passage-link').first();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/reports\/liaocheng-20(20|23)[^#]*#s[\d.]+$/);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	await expect(page.locator('h1')).toContainText('聊城');
});

test('screenshot of the compare view', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 1100 });
	await page.goto('/compare?reports=liaocheng-2020-gwr,liaocheng-2023-gwr-part2,liaocheng-2024-gwr-excerpt&topic=urban');
	await expect(page.getByTestId('matched-row').first()).toBeVisible();
	await page.setViewportSize({ width: 1400, height: 2000 });
	await readmeShot(page, 'compare.png', { fullPage: false });
});
