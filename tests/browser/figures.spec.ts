import { expect, test } from './test';
import { readmeShot } from './readme-shot';

test.describe('figures', () => {
	test('region page: sparkline renders, focus shows values and the source sentence', async ({ page }) => {
		await page.goto('/figures?region=' + encodeURIComponent('聊城市'));
		const table = page.getByTestId('series-table');
		await expect(table).toBeVisible();
		const row = table.locator('tr', { has: page.locator('th', { hasText: '城镇新增就业' }) }).first();
		await expect(row).toBeVisible();
		// A series named as the collection's reports name it carries no ?; one named from its sentences alone does.
		await expect(row.getByTestId('unsure-name')).toHaveCount(0);
		const loans = table.locator('tr', { has: page.locator('th', { hasText: '处置不良贷款' }) }).first();
		await expect(loans.getByTestId('unsure-name')).toHaveText(/^\?/);
		const spark = row.getByTestId('sparkline');
		await expect(spark.locator('path.actual-line')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
		// Target shown hollow on a dashed line: a different shape, not a different colour.
		await expect(spark.locator('circle.target')).toHaveCount(2);
		await expect(spark.locator('circle.actual')).toHaveCount(2); // 2019, 2023
		// Keyboard focus on the first dot (2019) shows its value and sentence.
		await spark.getByTestId('spark-dot').first().focus();
		const tip = spark.getByTestId('sparkline-tooltip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('2019');
		await expect(tip).toContainText('6.78万人');
		await expect(tip).toContainText('城镇新增就业6.78万人');
		// Hover on another dot switches the tooltip.
		await spark.getByTestId('spark-dot').last().hover();
		await expect(tip).toContainText('2023');
		await readmeShot(page, 'figures.png', { fullPage: false });
	});

	test('CSV export downloads the region series', async ({ page }) => {
		await page.goto('/figures?region=' + encodeURIComponent('聊城市'));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
		const path = await download.path();
		const text = (await import('node:fs')).readFileSync(path!, 'utf8').replace(/^\ufeff/, '');
		const lines = text.trim().split('\r\n');
		expect(lines[0]).toBe('indicator,unit,region,year,kind,value,approx,estimate,raw,report,start,end,topic,sentence');
		expect(lines).toContainEqual(
			expect.stringMatching(/^城镇新增就业,人,聊城市,2019,actual,67800,false,false,6\.78万人,liaocheng-2020-gwr,\d+,\d+,[\w-]*,/)
		);
		expect(lines).toContainEqual(expect.stringMatching(/^城镇新增就业,人,聊城市,2020,target,45000,true,/));
		expect(lines).toContainEqual(
			expect.stringMatching(/^新改建道路,条,聊城市,2023,actual,59,false,false,59条,liaocheng-2024-gwr-excerpt,/)
		);
		// The client-side download of the filtered table holds only what is shown.
		await page.getByTestId('figures-search').fill('新改建道路');
		// The region's series are paginated: the search asks the server (whole region), then the table shows the match.
		await expect(page).toHaveURL(/[?&]q=/);
		await expect(page.locator('table').first()).toContainText('新改建道路');
		const [d2] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
		const t2 = (await import('node:fs')).readFileSync((await d2.path())!, 'utf8');
		expect(t2).toContain('新改建道路,条,聊城市,2019,actual,105');
		expect(t2).not.toContain('城镇新增就业');
	});

	test('report figures page lists figures with links to their sentences, and its CSV endpoint', async ({ page, request }) => {
		await page.goto('/reports/liaocheng-2024-gwr-excerpt/figures');
		const table = page.getByTestId('report-figures');
		await expect(table).toContainText('新改建道路');
		const link = table.locator('a', { hasText: '新改建道路' }).first();
		await expect(link).toHaveAttribute('href', /\/reports\/liaocheng-2024-gwr-excerpt\?at=\d+-\d+#found$/);
		// A name read from its sentence alone carries a ? with its reason (text, not colour); a name the reports use again
		// and again (城镇新增就业) carries none.
		const unsure = table.locator('tr', { has: page.locator('th a', { hasText: '改造雨污合流管网' }) }).getByTestId('unsure-name');
		await expect(unsure).toHaveText(/^\?/);
		await expect(unsure).toHaveAttribute('title', /名称只从本句读出|read from its sentence alone/);
		const known = table.locator('tr', { has: page.locator('th a', { hasText: /^城镇新增就业$/ }) });
		await expect(known).toHaveCount(1);
		await expect(known.getByTestId('unsure-name')).toHaveCount(0);
		await expect(page.getByText(/名称后的问号“\?”表示|A \? after a name/)).toBeVisible();
		// Following it opens the report at the figure, marked in its sentence (not by colour alone: outlined, labelled).
		await link.click();
		const found = page.locator('mark#found');
		await expect(found).toHaveText(/59条/);
		await expect(found).toBeInViewport();
		await page.goBack();
		const res = await request.get('/reports/liaocheng-2024-gwr-excerpt/figures/csv');
		expect(res.headers()['content-type']).toContain('text/csv');
		expect(await res.text()).toContain('liaocheng-2024-gwr-excerpt,新改建道路,59,条,59条,false,2023,actual');
	});
});

test("a report's figures are paged on the server; a link to a figure on page 2 lands on it", async ({ page }) => {
	const id = 'liaocheng-2020-gwr';
	await page.goto(`/reports/${id}/figures`);
	const table = page.getByTestId('report-figures');
	const pager = page.getByTestId('report-figures-pager');
	await expect(pager).toContainText(/第 1 \/ \d+ 页|Page 1 of \d+/);
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(60);
	const firstOnPage1 = await rows.first().getAttribute('id');
	// Page 2: the next 60 of the same list, by a plain link (no JavaScript needed).
	await pager.getByTestId('report-figures-pager-next').click();
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect(rows.first()).not.toHaveAttribute('id', firstOnPage1!);
	const target = rows.nth(30);
	const anchor = (await target.getAttribute('id'))!;
	const indicator = (await target.locator('th a').textContent())!.trim();
	const start = anchor.replace(/^f-/, '');
	// A link to that figure from anywhere opens page 2 at it, marked by an outline and ▶ (not colour alone).
	await page.goto('/');
	await page.goto(`/reports/${id}/figures?figure=${start}#${anchor}`);
	await expect(page.getByTestId('report-figures-pager')).toContainText(/第 2 \/|Page 2 of/);
	const landed = page.locator(`tr#${anchor}`);
	await expect(landed).toHaveAttribute('aria-current', 'true');
	await expect(landed).toContainText('▶');
	await expect(landed).toContainText(indicator);
	await expect(landed).toBeInViewport();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/report-figures-page2-390.png', fullPage: false });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: 'test-results/report-figures-page2.png', fullPage: false });
	// A search filters the whole report on the server, from its first page; the filtered CSV holds the same figures.
	await page.getByTestId('figures-search').fill('亿元');
	await expect(async () => {
		await expect(page).toHaveURL(/[?&]q=/);
		await expect(page).not.toHaveURL(/figure=/);
		const n = await rows.count();
		expect(n).toBeGreaterThan(3);
		for (const t of await rows.allTextContents()) expect(t).toContain('亿元');
	}).toPass();
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
	const csv = (await import('node:fs')).readFileSync((await d.path())!, 'utf8');
	expect(csv.match(new RegExp(`^${id},`, 'gm'))!.length).toBe(await rows.count());
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test("a report's figures: page links and the search form work", async ({ page }) => {
		await page.goto('/reports/liaocheng-2020-gwr/figures');
		await page.getByTestId('report-figures-pager-next').click();
		await expect(page).toHaveURL(/[?&]page=2/);
		await page.getByTestId('figures-search').fill('亿元');
		await page.getByTestId('figures-search').press('Enter');
		await expect(page).toHaveURL(/[?&]q=/);
		for (const t of await page.getByTestId('report-figures').locator('tbody tr').allTextContents()) expect(t).toContain('亿元');
	});
});

test('report figures page shows a changed figure: old → new, absolute and relative change', async ({ page }) => {
	await page.goto('/reports/liaocheng-2024-gwr-excerpt/figures');
	const row = page.getByTestId('report-figures').locator('tr', { has: page.locator('th', { hasText: '新改建道路' }) });
	const change = row.getByTestId('figure-change');
	await expect(change).toContainText('105条');
	await expect(change).toContainText('59条');
	await expect(change).toContainText('▼');
	await expect(change).toContainText('−46条');
	await expect(change).toContainText('(−43.8%)');
	await expect(change.getByTestId('sparkline')).toBeVisible();
	await page.screenshot({ path: 'test-results/figures-report.png', fullPage: false });
});

test('charts that include partial reports say so: the region figures page and the compare profile', async ({ page }) => {
	await page.goto('/figures?region=' + encodeURIComponent('聊城市'));
	const note = page.getByTestId('figures-partial');
	await expect(note).toBeVisible();
	await expect(note.locator('a[href="/reports/liaocheng-2024-gwr-excerpt"]')).toHaveCount(1);
	await expect(note.locator('a[href="/reports/liaocheng-2020-gwr"]')).toHaveCount(0);
	await page.goto('/compare?reports=liaocheng-2020-gwr,liaocheng-2023-gwr-part2&topic=urban');
	await expect(page.getByTestId('profile-partial')).toBeVisible();
	await expect(page.getByTestId('profile-chart')).toContainText('聊城市 2023（部分）');
	await expect(page.getByTestId('profile-chart')).not.toContainText('聊城市 2020（部分）');
});
