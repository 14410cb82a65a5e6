import { expect, test } from '@playwright/test';

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
	await panel.getByRole('button', { name: /全部|all/ }).first().click();
	await expect(shift).toBeVisible();
	// The B phrase opens the 2023 report with the phrase marked.
	await Promise.all([page.waitForURL(/\/reports\/liaocheng-2023-gwr-part2\?at=\d+-\d+/, { timeout: 30_000 }), shift.getByTestId('tifa-b').click()]);
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
	await Promise.all([page.waitForURL(/\/reports\/dongchangfu-2024-plan\?at=\d+-\d+/, { timeout: 30_000 }), passage.locator('a').first().click()]);
	await expect(page.getByTestId('found').first()).toContainText('坚决遏制');
	// The jump to the source: the city report with the same words marked (the panel may still be open).
	await page.getByTestId('reuse').evaluate((d) => ((d as HTMLDetailsElement).open = true));
	const again = page.getByTestId('reuse-passage').filter({ hasText: '坚决遏制“两高”项目盲目发展' });
	await Promise.all([page.waitForURL(/\/reports\/liaocheng-2023-gwr-part2\?at=\d+-\d+/, { timeout: 30_000 }), again.getByTestId('reuse-source').click()]);
	await expect(page.getByTestId('found').first()).toContainText('坚决遏制');
});
