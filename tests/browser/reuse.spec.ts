import { expect, test } from './test';

test('the 提法 panel of a diff: classed shifts with both sentences, each phrase opens its report at the phrase', async ({ page }) => {
	await page.goto('/diff?a=liaocheng-2020-gwr&b=liaocheng-2023-gwr-part2');
	const panel = page.getByTestId('tifa');
	await expect(panel).toBeVisible();
	await expect(panel.locator('h2')).toContainText(/提法变化|Shifts in set phrases/);
	const shift = panel.getByTestId('tifa-shift').filter({ hasText: '党风廉政建设' });
	await expect(shift).toHaveAttribute('data-class', 'weaker');
	// The class is said in words and with a sign, not by colour alone.
	await expect(shift.locator('.cls')).toContainText(/减弱|weaker/);
	await expect(shift.locator('.cls')).toContainText('↓');
	await expect(shift.getByTestId('tifa-a')).toHaveText('深入推进党风廉政建设');
	await expect(shift.getByTestId('tifa-b')).toHaveText('加强党风廉政建设');
	// Filtering by class.
	await panel.getByTestId('tifa-filter-stronger').click();
	await expect(panel.getByTestId('tifa-shift').filter({ hasText: '党风廉政建设' })).toHaveCount(0);
	await panel
		.getByRole('button', { name: /全部|all/ })
		.first()
		.click();
	await expect(shift).toBeVisible();
	// The B phrase opens the 2023 report with the phrase marked.
	await Promise.all([
		page.waitForURL(/\/reports\/liaocheng-2023-gwr-part2\?at=\d+-\d+/, { timeout: 30_000 }),
		shift.getByTestId('tifa-b').click()
	]);
	await expect(page.getByTestId('found').first()).toContainText('加强党风廉政建设');
});

test('the 提法 panel on the rhetoric page: the selected report against its predecessor', async ({ page }) => {
	await page.goto('/rhetoric?region=' + encodeURIComponent('聊城市') + '&report=liaocheng-2023-gwr-part2');
	const panel = page.getByTestId('tifa');
	await expect(panel).toBeVisible();
	await expect(panel.getByTestId('tifa-shift').filter({ hasText: '城市更新' })).toContainText('持续开展城市更新');
});

test('a district report: passages reused from its city, marked in the text, each jumping to its source', async ({ page }) => {
	await page.goto('/reports/dongchangfu-2024-plan');
	const panel = page.getByTestId('reuse');
	await expect(panel).toBeVisible();
	await expect(page.getByTestId('reuse-summary')).toContainText(/聊城市 2023/);
	await panel.locator('summary').click();
	const passage = panel.getByTestId('reuse-passage').filter({ hasText: '坚决遏制“两高”项目盲目发展' });
	await expect(passage).toHaveAttribute('data-closeness', 'verbatim');
	await expect(passage).toContainText(/原文照录|verbatim/);
	// The passage marked in this report's text.
	await Promise.all([
		page.waitForURL(/\/reports\/dongchangfu-2024-plan\?at=\d+-\d+/, { timeout: 30_000 }),
		passage.locator('a').first().click()
	]);
	await expect(page.getByTestId('found').first()).toContainText('坚决遏制');
	// The jump to the source: the city report with the same words marked (the panel may still be open).
	await page.getByTestId('reuse').evaluate((d) => ((d as HTMLDetailsElement).open = true));
	const again = page.getByTestId('reuse-passage').filter({ hasText: '坚决遏制“两高”项目盲目发展' });
	await Promise.all([
		page.waitForURL(/\/reports\/liaocheng-2023-gwr-part2\?at=\d+-\d+/, { timeout: 30_000 }),
		again.getByTestId('reuse-source').click()
	]);
	await expect(page.getByTestId('found').first()).toContainText('坚决遏制');
});

test('a district report: reused passages marked in its text, each linking to its source', async ({ page }) => {
	await page.goto('/reports/dongchangfu-2024-plan');
	const mark = page.getByTestId('reused').filter({ hasText: '坚决遏制“两高”项目盲目发展' });
	await expect(mark).toHaveCount(1);
	// Said in words and with a sign, not by colour alone.
	await expect(mark).toHaveAttribute('title', /聊城市 2023/);
	await expect(mark).toHaveAttribute('data-closeness', 'verbatim');
	await expect(mark.locator('sup')).toHaveText('⇡');
	await Promise.all([page.waitForURL(/\/reports\/liaocheng-2023-gwr-part2\?at=\d+-\d+/, { timeout: 30_000 }), mark.locator('sup').click()]);
	await expect(page.getByTestId('found').first()).toContainText('坚决遏制');
});

test('the spread of a formula: adoption by level on a time axis, a table of first uses, reachable from search and rhetoric', async ({
	page
}) => {
	await page.goto('/spread?term=' + encodeURIComponent('城市更新'));
	const chart = page.getByTestId('spread-chart');
	await expect(chart).toBeVisible();
	// The bundled corpus: 聊城市 (2020, 2023, 2024) and 运城市 (2024) are cities, 东昌府区 (2024) a district (not plotted).
	const city = chart.locator('[data-testid="spread-series"][data-level="city"]');
	await expect(city).toHaveCount(1);
	// Years on a true time axis: 2020 and 2023 are three years apart, and the city line breaks over 2021–2022 (no report).
	const xs = await city
		.locator('path.pt')
		.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-year'), p.getAttribute('data-value'), p.getAttribute('transform')]));
	expect(xs.map(([y, v]) => `${y}:${v}`)).toEqual(['2020:1', '2023:1', '2024:2']);
	const xOf = (t: string | null) => Number(/translate\(([\d.]+)/.exec(t ?? '')![1]);
	const gap = xOf(xs[1][2]) - xOf(xs[0][2]);
	const step = xOf(xs[2][2]) - xOf(xs[1][2]);
	expect(gap / step).toBeCloseTo(3, 1);
	expect((await city.locator('path').first().getAttribute('d'))!.match(/M/g)!.length).toBe(2);
	// Each level says its name and count in text, with its own marker shape (not colour alone).
	await expect(chart.locator('text.end')).toContainText([/地市|city/]);
	// The table: every region's first year.
	const rows = page.getByTestId('spread-row');
	await expect(rows.filter({ hasText: '聊城市' })).toContainText('2020');
	await expect(rows.filter({ hasText: '运城市' })).toContainText('2024');
	await expect(rows.filter({ hasText: '东昌府区' })).toContainText('2024');
	// A formula nobody uses, and one too long, say so.
	await page.goto('/spread?term=' + encodeURIComponent('无此提法'));
	await expect(page.getByTestId('spread-none')).toBeVisible();
	await page.goto('/spread?term=' + 'x'.repeat(41));
	await expect(page.getByRole('alert')).toContainText('40');
	// Reached from the search page and the rhetoric page.
	await page.goto('/search?q=' + encodeURIComponent('城市更新'));
	await expect(page.getByTestId('spread-link')).toHaveAttribute('href', /\/spread\?term=/);
	await page.goto('/rhetoric?region=' + encodeURIComponent('聊城市') + '&terms=' + encodeURIComponent('城市更新'));
	await Promise.all([page.waitForURL(/\/spread\?term=/, { timeout: 30_000 }), page.getByTestId('spread-link').first().click()]);
	await expect(page.getByTestId('spread-chart')).toBeVisible();
});

test('the 提法 panel of a national diff (2023 → 2024)', { tag: '@corpus' }, async ({ page }) => {
	test.setTimeout(240_000);
	const panel = page.getByTestId('tifa');
	// The national series is indexed when the test server starts: reload until both reports are in.
	await expect(async () => {
		await page.goto('/diff?a=2023&b=2024');
		await expect(panel).toBeVisible({ timeout: 5_000 });
	}).toPass({ timeout: 150_000 });
	const shift = panel.getByTestId('tifa-shift').filter({ hasText: '海洋经济' });
	await expect(shift.first()).toHaveAttribute('data-class', 'stronger');
	await expect(shift.first().locator('.cls')).toContainText('↑');
	await expect(shift.first().getByTestId('tifa-a')).toHaveText('发展海洋经济');
	await expect(shift.first().getByTestId('tifa-b')).toHaveText('大力发展海洋经济');
});
