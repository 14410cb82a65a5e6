import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readmeShot } from './readme-shot';

test('a term chart over the national reports, with context and new/vanished terms', async ({ page }) => {
	await page.goto('/rhetoric?terms=' + encodeURIComponent('高质量发展,新质生产力') + '&region=' + encodeURIComponent('中华人民共和国'));
	const chart = page.getByTestId('term-chart');
	await expect(chart).toBeVisible();
	// One line per term, a marker per report of the series (48 national reports).
	await expect(chart.locator('g.series')).toHaveCount(2);
	const markers = await chart.locator('g.series[data-term="高质量发展"] path.marker').count();
	expect(markers).toBeGreaterThanOrEqual(40);
	await expect(chart.locator('text.end-label', { hasText: '新质生产力' })).toBeVisible();
	// Lines differ by dash pattern, not colour alone.
	const dashes = await chart.locator('g.series > path').evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
	expect(new Set(dashes).size).toBe(2);
	// The latest report (2024) is selected: 新质生产力 in context.
	await expect(page.locator('[data-testid="kwic"][data-term="新质生产力"] li').first()).toContainText('新质生产力');
	await expect(page.getByTestId('appeared')).toBeVisible();
	await readmeShot(page, 'rhetoric.png', { fullPage: false });

	// Picking 1954 from the chart: traditional script is folded, predecessor absent.
	await page.goto('/rhetoric?terms=' + encodeURIComponent('社会主义,工业化') + '&region=' + encodeURIComponent('中华人民共和国') + '&report=1954');
	await expect(page.locator('[data-testid="kwic"][data-term="社会主义"] li').first()).toContainText('社會主義');
});

test('a draft pasted and checked against a seed', async ({ page }) => {
	const seed = readFileSync('reports/liaocheng-2024-gwr-excerpt.txt', 'utf8').replace(/^---[\s\S]*?---\n/, '');
	const draft = seed.replace('4.6万人', '5.2万人') + '\n今年要全力推进智慧智慧城市建设，打造“无证明城市”“无证明城市”，建成一批数字政府示范样板。\n';
	await page.goto('/check');
	await page.getByTestId('draft-input').fill(draft);
	await page.getByTestId('against').selectOption('liaocheng-2024-gwr-excerpt');
	await page.getByRole('button', { name: /检查|Check/ }).click();
	const result = page.getByTestId('check-result');
	await expect(result).toBeVisible();
	await expect(page.getByTestId('reuse-shares').locator('[data-status="same"]')).toContainText('%');
	await expect(page.getByTestId('changed-figures')).toContainText('4.6万人');
	await expect(page.getByTestId('changed-figures')).toContainText('5.2万人');
	const findings = page.getByTestId('findings');
	await expect(findings.locator('li[data-rule="repeated-chars"]')).toContainText('智慧智慧');
	await expect(findings.locator('li[data-rule="repeated-quote"]')).toHaveCount(1);
	await expect(page.getByTestId('draft-text').locator('mark#finding-1')).toBeVisible();
	await readmeShot(page, 'check.png', { fullPage: true });
});
