import { expect, test } from './test';
import { readmeShot } from './readme-shot';

const CITIES = '/compare?reports=liaocheng-2024-gwr-excerpt,yuncheng-2024-gwr-excerpt&topic=urban';

test('two cities: a matched row names its matter and each side’s evidence; the only-matched toggle', async ({ page }) => {
	await page.goto(CITIES);
	const rows = page.getByTestId('matched-row');
	expect(await rows.count()).toBeGreaterThan(0);
	// 聊城 “改造老旧小区175个” faces 运城 “开工改造老旧小区40个”, named by the matter, with both sides’ words for it.
	const old = rows.filter({ has: page.getByTestId('matter').filter({ hasText: '老旧小区改造' }) });
	await expect(old).toHaveCount(1);
	await expect(old.locator('.cell').nth(0)).toContainText('改造老旧小区175个');
	await expect(old.locator('.cell').nth(1)).toContainText('改造老旧小区40个');
	await expect(old.getByTestId('evidence')).toHaveCount(2);
	await expect(old.getByTestId('evidence').nth(1)).toContainText('老旧小区');
	// Which part of the report each passage is in, said in words.
	await expect(old.getByTestId('part').first()).toHaveText('回顾');

	await page.setViewportSize({ width: 1400, height: 1000 });
	await page.getByTestId('row-summary').scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, 200));
	await readmeShot(page, 'compare-cities.png');

	// Unmatched passages are shown compactly between matched rows; the toggle hides them and the URL keeps it.
	const unmatched = page.locator('.unmatched');
	expect(await unmatched.count()).toBeGreaterThan(0);
	await page.getByTestId('only-matched').check();
	await expect(unmatched).toHaveCount(0);
	await expect(page).toHaveURL(/only=matched/);
	await expect(rows.first()).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('only-matched')).toBeChecked();
	await expect(page.locator('.unmatched')).toHaveCount(0);
	await page.getByTestId('only-matched').uncheck();
	await expect(page).not.toHaveURL(/only=matched/);
	expect(await page.locator('.unmatched').count()).toBeGreaterThan(0);

	// Ecology: the water-quality passages share a row (国控考核断面 / 国考断面).
	await page.goto(CITIES.replace('urban', 'ecology'));
	const eco = page.getByTestId('matched-row');
	expect(await eco.count()).toBeGreaterThan(0);
	await expect(eco.first().getByTestId('matter')).not.toBeEmpty();
});

test('six columns stay readable: each keeps a minimum width and the grid scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// The sixth report is a short hand-written one (tests/fixtures/reports/sample-city-2024-fixture.txt),
	// served beside the five bundled reports by the test server.
	await page.goto(
		'/compare?reports=liaocheng-2020-gwr,liaocheng-2023-gwr-part2,liaocheng-2024-gwr-excerpt,yuncheng-2024-gwr-excerpt,dongchangfu-2024-plan,sample-city-2024-fixture&topic=urban'
	);
	const heads = page.getByRole('columnheader').filter({ has: page.locator('.col-letter') });
	await expect(heads).toHaveCount(6);
	await expect(heads.nth(5)).toContainText('示例市');
	for (let i = 0; i < 6; i++) {
		const box = (await heads.nth(i).boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(250);
	}
	const scroller = page.locator('.scroller');
	const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	// The page itself does not scroll sideways: only the grid does.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
	// The sixth column holds its passages, and one of them faces the others' on old communities.
	const row = page.getByTestId('matched-row').filter({ hasText: '继续改造老旧小区40个' });
	await expect(row.first()).toBeVisible();
	await expect(row.first().getByTestId('matter')).not.toBeEmpty();
});

test('on a 390 px phone: one report at a time, chosen with the switcher', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(CITIES);
	const switcher = page.getByTestId('column-switcher');
	await expect(switcher).toBeVisible();
	const row = page.getByTestId('matched-row').filter({ has: page.getByTestId('matter').filter({ hasText: '老旧小区改造' }) });
	await expect(row.locator('.cell').nth(0)).toBeVisible();
	await expect(row.locator('.cell').nth(1)).toBeHidden();
	await expect(row.getByTestId('matter')).toBeVisible();
	// A click before hydration is lost: click until the switch takes.
	await expect(async () => {
		await switcher.getByRole('button').nth(1).click();
		await expect(switcher.getByRole('button').nth(1)).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
	}).toPass();
	await expect(row.locator('.cell').nth(1)).toBeVisible();
	await expect(row.locator('.cell').nth(0)).toBeHidden();
	// The grid fits the phone's width: no sideways scrolling to read a passage.
	const grid = (await page.locator('.grid').boundingBox())!;
	expect(grid.x + grid.width).toBeLessThanOrEqual(391);
	await row.scrollIntoViewIfNeeded();
	await readmeShot(page, 'compare-phone.png');
});

test('the diff of two cities, only matching passages: the passages the matcher pairs by matter stay', async ({ page }) => {
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=yuncheng-2024-gwr-excerpt&only=matches');
	// 聊城's old-community passage and 运城's counterpart share few sentences but the matter: both stay visible.
	await expect(page.getByText('改造老旧小区175个').first()).toBeVisible();
	await expect(page.getByText('开工改造老旧小区40个').first()).toBeVisible();
	// Passages with no counterpart at all are hidden, and the page says how many.
	await expect(page.getByText(/已隐藏 \d+ 行|rows without counterpart hidden/)).toBeVisible();
});

test('the picker scales: the page lists regions only, a region’s years come when it is opened, a filter narrows the regions', async ({
	page,
	request
}) => {
	// The HTML holds no report list: no year links until a region is opened.
	const html = await (await request.get('/compare')).text();
	expect(html).not.toContain('data-report-id');
	await page.goto('/compare');
	await expect(page.getByTestId('region').filter({ hasText: '聊城市' })).toBeVisible();
	await expect(page.locator('a[data-report-id]')).toHaveCount(0);
	// Filtering by name keeps the matching regions only.
	await expect(async () => {
		await page.getByTestId('region-filter').fill('运城');
		await expect(page.getByTestId('region')).toHaveCount(1);
	}).toPass();
	await expect(page.getByTestId('region').first()).toContainText('运城市');
	await page.getByTestId('region-filter').fill('');
	const region = page.getByTestId('region').filter({ hasText: '聊城市' });
	await region.locator('summary').click();
	await expect(page.locator('a[data-report-id="liaocheng-2020-gwr"]')).toBeVisible();
	// The endpoint answers with the region's reports, newest first.
	const list = (await (await request.get('/compare/regions?region=' + encodeURIComponent('聊城市'))).json()) as {
		id: string;
		year: number;
	}[];
	expect(list.map((e) => e.id)).toContain('liaocheng-2020-gwr');
	expect(list[0].year).toBeGreaterThanOrEqual(list[list.length - 1].year);
	// An unknown region is an empty list, not an error.
	expect(await (await request.get('/compare/regions?region=nowhere')).json()).toEqual([]);
});
