import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readmeShot } from './readme-shot';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

test('upload a .docx, correct its year, save, find it in the library and open it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /^(导入|Import)$/ }).click();
	await expect(page).toHaveURL(/\/import$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/导入报告|Import reports/);

	await page.getByTestId('import-input').setInputFiles(join(fixtures, 'liaocheng-gwr-2023.docx'));
	const item = page.getByTestId('import-item').first();
	await expect(item).toHaveAttribute('data-status', 'ready');

	// Inferred: region from the title line, year from the file name (wrong), the outline previewed.
	await expect(item.getByTestId('import-field-region')).toHaveValue('聊城市');
	await expect(item.getByTestId('import-field-year')).toHaveValue('2023');
	await expect(item.getByTestId('import-field-id')).toHaveValue('聊城市-2023-gwr');
	await expect(item.getByTestId('import-outline')).toContainText('(五)精益求精打造宜居城市');

	// Correct the year: the id follows.
	await item.getByTestId('import-field-year').fill('2024');
	await expect(item.getByTestId('import-field-id')).toHaveValue('聊城市-2024-gwr');
	await item.getByTestId('import-save').click();
	await expect(item).toHaveAttribute('data-status', 'saved');
	await expect(item.getByTestId('import-saved')).toContainText('聊城市-2024-gwr');

	// A batch with a refusal and a duplicate, for the record (and the screenshot).
	await page.getByTestId('import-input').setInputFiles([
		{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
		{ name: 'yuncheng-gbk.txt', mimeType: 'text/plain', buffer: readFileSync(join(fixtures, 'yuncheng-2024-gwr-excerpt.gbk.txt')) }
	]);
	const items = page.getByTestId('import-item');
	await expect(items).toHaveCount(3);
	await expect(items.nth(1)).toHaveAttribute('data-status', 'refused');
	await expect(items.nth(1).getByTestId('import-refusal')).toHaveAttribute('data-code', 'empty');
	await expect(items.nth(2)).toHaveAttribute('data-status', 'ready');
	await expect(items.nth(2).getByTestId('import-duplicate')).toContainText('yuncheng-2024-gwr-excerpt');
	await expect(items.nth(2).getByTestId('import-save')).toBeDisabled();
	await expect(page.getByTestId('import-progress')).toContainText(/3/);
	await readmeShot(page, 'import.png', { fullPage: true });

	// The library lists the new report with the corrected year; it opens.
	await page.getByRole('link', { name: /^(报告库|Library)$/ }).click();
	// Its card's title (the bundled 聊城市 2024 excerpt is the same region and year, so the library also flags the pair with a link to each other).
	const link = page.locator(`a.title[href="/reports/${encodeURIComponent('聊城市-2024-gwr')}"]`);
	await expect(link).toHaveText('聊城市政府工作报告');
	await expect(page.locator(`a:not(.title)[href="/reports/${encodeURIComponent('聊城市-2024-gwr')}"]`)).toHaveCount(1);
	// Filed under the corrected year: the card sits in that year's row of the library.
	await expect(link.locator('xpath=ancestor::div[contains(@class,"year-row")]/h3')).toContainText('2024');
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/reports/${encodeURIComponent('聊城市-2024-gwr')}$`));
	await expect(page.locator('body')).toContainText('精益求精打造宜居城市');
});

test('a PDF: overwriting needs explicit confirmation', async ({ page }) => {
	await page.goto('/import');
	const upload = async (year: string) => {
		await page.getByTestId('import-input').setInputFiles(join(fixtures, 'liaocheng-2024-excerpt.pdf'));
		const item = page.getByTestId('import-item').last();
		await expect(item).toHaveAttribute('data-status', 'ready');
		await item.getByTestId('import-field-year').fill(year);
		return item;
	};
	const first = await upload('2019');
	await expect(first).toContainText(/3 页|3 pages/);
	await first.getByTestId('import-save').click();
	await expect(first).toHaveAttribute('data-status', 'saved');

	// The same id again: saving waits for an explicit confirmation.
	const second = await upload('2019');
	await expect(second.getByTestId('import-exists')).toBeVisible();
	await expect(second.getByTestId('import-save')).toBeDisabled();
	await second.getByTestId('import-replace').check();
	await expect(second.getByTestId('import-save')).toBeEnabled();
	await second.getByTestId('import-field-speaker').fill('李长萍');
	await second.getByTestId('import-save').click();
	await expect(second).toHaveAttribute('data-status', 'saved');
	await expect(second.getByTestId('import-saved')).toContainText(/覆盖|Replaced/);
});
