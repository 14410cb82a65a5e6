import { expect, test } from './test';
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
	await expect(
		page
			.locator('.passage')
			.filter({ hasText: /污染|生态|大气|碳/ })
			.first()
	).toBeVisible();

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

test('a figure that changed between aligned passages: old → new, the change, and its series', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 1100 });
	await page.goto('/compare?reports=liaocheng-2020-gwr,liaocheng-2024-gwr-excerpt&topic=urban');
	// City construction in 2019 (105 roads) and 2023 (59 roads) share a row.
	const roads = page.getByTestId('figure-change').filter({ has: page.locator('.ind', { hasText: '新改建道路' }) });
	await expect(roads).toHaveCount(1);
	await expect(roads.locator('.old')).toContainText('105条');
	await expect(roads.locator('.new')).toContainText('59条');
	await expect(roads.locator('.delta')).toHaveText(/▼\s*−46条\s*\(−43\.8%\)/);
	// Both figures are boxed in the text, with ▼ beside them, not colour alone.
	const row = page.getByTestId('matched-row').filter({ has: roads });
	await expect(row.getByTestId('changed-figure-mark').filter({ hasText: '105 条' })).toBeVisible();
	await expect(row.getByTestId('changed-figure-mark').filter({ hasText: '59条' })).toBeVisible();
	// The sparkline: every 聊城市 report's value, and the source sentence on focus.
	const spark = roads.getByTestId('sparkline');
	await expect(spark).toBeVisible();
	await expect(spark.getByTestId('spark-dot')).toHaveCount(2);
	await spark.getByTestId('spark-dot').first().focus();
	await expect(roads.getByTestId('sparkline-tooltip')).toContainText('新改建城市道路 105 条');
	// Targets and results are told apart: 集中供热 has two hollow (plan) points, 2020 and 2023, beside two results.
	const heat = page.getByTestId('figure-change').filter({ has: page.locator('.ind', { hasText: '新增集中供热面积' }) });
	await expect(heat.locator('circle.dot.target')).toHaveCount(2);
	await expect(heat.locator('circle.dot.actual')).toHaveCount(2);

	// Two cities are a difference, not a change: with 运城 2024 as column A, every change is 聊城 against 聊城 (column B).
	await page.goto('/compare?reports=yuncheng-2024-gwr-excerpt,liaocheng-2020-gwr,liaocheng-2024-gwr-excerpt&topic=urban');
	const heads = page.getByTestId('figure-changes').locator('.changes-head');
	await expect(heads.first()).toBeVisible();
	for (const h of await heads.allTextContents()) expect(h).toContain('与 B 栏相比');
});

test('screenshot of the compare view', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 1000 });
	await page.goto('/compare?reports=liaocheng-2020-gwr,liaocheng-2024-gwr-excerpt&topic=urban');
	const change = page.getByTestId('figure-changes').first();
	await expect(change).toBeVisible();
	await change.scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, -330));
	await readmeShot(page, 'compare.png');
});

test('the compare picker keeps focus: after adding a report by keyboard, focus stays in the picker', async ({ page }) => {
	await page.goto('/compare');
	const region = page.getByTestId('region').filter({ hasText: '聊城市' });
	await region.locator('summary').click();
	const first = page.locator('a[data-report-id="liaocheng-2020-gwr"]');
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/reports=liaocheng-2020-gwr/);
	// Focus lands on the region's next report to add, so a second Enter adds it.
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.picker') !== null)).toBe(true);
	const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.reportId ?? '');
	expect(focused).not.toBe('');
	expect(focused).not.toBe('liaocheng-2020-gwr');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('selected-report')).toHaveCount(2);
	// The tab names the reports compared.
	await expect(page).toHaveTitle(/聊城市 2020 ↔ 聊城市 20\d\d/);
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.picker') !== null)).toBe(true);
	// Removing one keeps focus in the picker too.
	await page.locator('.selected a.remove').first().focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('selected-report')).toHaveCount(1);
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.picker') !== null)).toBe(true);
});
