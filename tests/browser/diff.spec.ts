import { expect, test } from './test';
import { readmeShot } from './readme-shot';

const URL = '/diff?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt';

test('opens a diff of two seed reports with statistics and both columns', async ({ page }) => {
	await page.goto(URL);
	await expect(page.getByTestId('diff-stats')).toContainText(/340|句|sentences/);
	const rows = page.getByTestId('diff-rows');
	await expect(rows).toHaveAttribute('data-mode', 'side');
	// Changes are marked by element (strike-through / underline), not only colour.
	await expect(rows.locator('del').first()).toBeVisible();
	await expect(rows.locator('ins').first()).toBeVisible();
	expect(
		await rows
			.locator('del')
			.first()
			.evaluate((e) => getComputedStyle(e).textDecorationLine)
	).toContain('line-through');
	expect(
		await rows
			.locator('ins')
			.first()
			.evaluate((e) => getComputedStyle(e).textDecorationLine)
	).toContain('underline');
	await expect(page.locator('nav a[href="/diff"]')).toBeVisible();
});

test('steps through changes with n/p and j/k, and the change list follows', async ({ page }) => {
	await page.goto(URL);
	const position = page.getByTestId('diff-position');
	await expect(position).toContainText(/\d+/);
	await page.locator('body').press('n');
	await expect(position).toContainText(/1\s*\/\s*\d+/);
	await page.locator('body').press('j');
	await expect(position).toContainText(/2\s*\/\s*\d+/);
	await expect(page.locator('.row.current .cell').first()).toBeInViewport();
	await readmeShot(page, 'diff.png');
	await page.locator('body').press('k');
	await expect(position).toContainText(/1\s*\/\s*\d+/);
	await page.locator('body').press('p');
	// Previous from the first change wraps to the last.
	const total = Number((await position.textContent())!.match(/\/\s*(\d+)/)![1]);
	await expect(position).toContainText(new RegExp(`${total}\\s*/\\s*${total}`));
	await expect(page.locator('.change-list button[aria-current="true"]')).toHaveCount(1);
});

test('toggles inline mode, keeping it (and the options) in the URL', async ({ page }) => {
	await page.goto(URL);
	// A click that lands before hydration only ticks the box (the form is a plain GET form then): wait for the
	// page to be live — the change map is drawn by script once the rows are laid out.
	await expect(page.getByTestId('change-map').locator('.tick').first()).toBeAttached({ timeout: 30_000 });
	await page.getByTestId('diff-inline').check();
	// The whole diff re-renders in the other layout: generous on a loaded machine.
	await expect(page).toHaveURL(/mode=inline/, { timeout: 30_000 });
	await expect(page.getByTestId('diff-rows')).toHaveAttribute('data-mode', 'inline');
	await expect(page.getByTestId('diff-rows').locator('del').first()).toBeVisible();
	await page.getByLabel(/标点全角|punctuation width/).uncheck();
	await expect(page).toHaveURL(/punct=exact/);
	await expect(page).toHaveURL(/mode=inline/);
	await page.reload();
	await expect(page.getByTestId('diff-rows')).toHaveAttribute('data-mode', 'inline');
});

test('collapses unchanged runs and expands them on request', async ({ page }) => {
	// The 2023 second half against itself in part: compare a report with itself, all unchanged.
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=liaocheng-2024-gwr-excerpt');
	const expand = page.getByTestId('diff-expand');
	await expect(expand).toHaveCount(1);
	await expect(expand).toContainText(/\d+/);
	// A click that lands before hydration does nothing: click until it takes.
	await expect(async () => {
		if (await expand.count()) await expand.click();
		await expect(page.getByTestId('diff-expand')).toHaveCount(0, { timeout: 1000 });
	}).toPass();
	await expect(page.locator('.row.equal').first()).toBeVisible();
});

test('two full reports open without a multi-second layout', async ({ page }) => {
	await page.goto('/diff?a=liaocheng-2020-gwr&b=dongchangfu-2024-plan');
	const t = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return nav.domContentLoadedEventEnd - nav.responseStart;
	});
	expect(t).toBeLessThan(3000);
	await page.mouse.wheel(0, 20000);
	await expect(page.getByTestId('diff-rows')).toBeVisible();
});

test('a figure that changed year on year is marked in the text and listed with its change and series', async ({ page }) => {
	await page.goto('/diff?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt');
	const panel = page.getByTestId('diff-figures');
	await expect(panel).toBeVisible();
	const item = panel.getByTestId('diff-figure-change').filter({ hasText: '地方性法规' });
	await expect(item).toContainText('2件');
	await expect(item).toContainText('3件');
	await expect(item).toContainText('▲');
	await expect(item.getByTestId('sparkline')).toBeVisible();
	// Its name recurs across the collection: no ? after it.
	await expect(item.getByTestId('unsure-name')).toHaveCount(0);
	// In the text: the changed figure is marked on both sides, labelled old → new (not colour alone).
	const marks = page.locator('mark.note[data-kind="figure-changed"]');
	await expect(marks.first()).toBeVisible();
	await expect(marks.first()).toHaveAttribute('title', /2件 → 3件/);
	// Two cities: no change is claimed between different regions' numbers.
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=yuncheng-2024-gwr-excerpt');
	await expect(page.getByTestId('diff-stats')).toBeVisible();
	await expect(page.getByTestId('diff-figures')).toHaveCount(0);
});

test('city to city: shared phrases are marked in unpaired text, listed with counts, jump to each side, and toggle off in the URL', async ({
	page
}) => {
	const CITIES = '/diff?a=liaocheng-2024-gwr-excerpt&b=yuncheng-2024-gwr-excerpt';
	await page.goto(CITIES);
	// Mostly different texts: the phrases are on without asking.
	const panel = page.getByTestId('diff-phrases');
	await expect(panel).toBeVisible();
	await expect(page.getByTestId('diff-phrases-toggle')).toBeChecked();
	const item = panel.getByTestId('diff-phrase').filter({ hasText: '改造老旧小区' });
	await expect(item).toHaveCount(1);
	await expect(item.getByTestId('diff-phrase-a')).toContainText(/A×\d+/);
	await expect(item.getByTestId('diff-phrase-b')).toContainText(/B×\d+/);

	// Marks in both columns, inside deleted / inserted text, cued by a dotted underline and a label, not colour only.
	const rows = page.getByTestId('diff-rows');
	const markA = rows.locator('del mark.phrase[data-side="a"]').filter({ hasText: '改造老旧小区' }).first();
	const markB = rows.locator('ins mark.phrase[data-side="b"]').filter({ hasText: '改造老旧小区' }).first();
	await expect(markA).toHaveCount(1);
	await expect(markB).toHaveCount(1);
	expect(await markA.evaluate((e) => getComputedStyle(e).borderBottomStyle)).toBe('dotted');
	await expect(markA).toHaveAttribute('title', /共有短语|shared phrase/);
	await readmeShot(page, 'diff-phrases.png');

	// Jumping brings the first occurrence on each side into view.
	await item.getByTestId('diff-phrase-b').click();
	await expect(markB).toBeInViewport();
	await expect(markB).toHaveClass(/target/);
	await item.getByTestId('diff-phrase-a').click();
	await expect(markA).toBeInViewport();

	// Inline mode keeps the marks.
	await page.goto(`${CITIES}&mode=inline`);
	await expect(page.getByTestId('diff-rows').locator('mark.phrase').first()).toBeVisible();

	// Off by hand: the URL keeps it, and neither marks nor panel show.
	await page.goto(CITIES);
	await page.getByTestId('diff-phrases-toggle').uncheck();
	await expect(page).toHaveURL(/phrases=off/);
	await expect(page.getByTestId('diff-phrases')).toHaveCount(0);
	await expect(page.locator('mark.phrase')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('diff-phrases-toggle')).not.toBeChecked();
	await expect(page.locator('mark.phrase')).toHaveCount(0);
});

test('year on year: shared phrases stay off by default and can be switched on in the URL', async ({ page }) => {
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=liaocheng-2024-gwr-excerpt');
	await expect(page.getByTestId('diff-phrases-toggle')).not.toBeChecked();
	await expect(page.getByTestId('diff-phrases')).toHaveCount(0);
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=yuncheng-2024-gwr-excerpt&phrases=off');
	await expect(page.locator('mark.phrase')).toHaveCount(0);
	await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=liaocheng-2024-gwr-excerpt&phrases=on');
	await expect(page.getByTestId('diff-phrases-toggle')).toBeChecked();
	// The same text twice shares nothing outside paired wording.
	await expect(page.getByTestId('diff-phrases')).toContainText(/没有共有短语|No phrase is shared/);
});
