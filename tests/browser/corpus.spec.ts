/**
 * The corpus at scale, in Chromium, on a tree of a few hundred reports laid
 * out as the public collection (FOLDER/REGION/YEAR.md) and synthesised from
 * the bundled reports in a temporary directory: the faceted, paginated
 * library with its one-click views, a search with its chart, a jump to a
 * passage, a term's spread, the CSV, and no sideways scrolling at 390 px.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './test';
import { buildTree, PROVINCES, TERM } from './corpus-tree';
import { freePort } from '../../scripts/lib/free-port.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let dir = '';
let count = 0;
let base = '';
let child: ChildProcess | null = null;

test.beforeAll(async () => {
	test.setTimeout(480_000);
	dir = mkdtempSync(join(tmpdir(), 'duidu-tree-'));
	count = buildTree(dir);
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DUIDU_REPORTS: dir, DUIDU_CACHE: 'off', DUIDU_NO_BUILD: '1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 150_000);
		const onData = (d: Buffer) => {
			output += d.toString();
			if (/Listening on/.test(output)) (clearTimeout(timer), resolve());
		};
		child!.stdout!.on('data', onData);
		child!.stderr!.on('data', onData);
		child!.once('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited (${code}):\n${output}`))));
	});
	// The first request starts indexing; wait until the whole tree is in.
	for (let i = 0; i < 120; i++) {
		const html = await (await fetch(`${base}/`)).text();
		if (!html.includes('data-testid="indexing-notice"')) break;
		await new Promise((r) => setTimeout(r, 1000));
	}
});

test.afterAll(async () => {
	if (child && child.exitCode === null) {
		const exited = new Promise((r) => child!.once('exit', r));
		child.kill('SIGTERM');
		await exited;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function noSidewaysScroll(page: Page) {
	const { scroll, client, wide } = await page.evaluate(() => {
		const client = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > client + 1)
			.map((e) => `${e.tagName}.${e.className}`);
		return { scroll: document.documentElement.scrollWidth, client, wide: wide.slice(0, 5) };
	});
	expect(scroll, `${page.url()}: ${wide.join(', ')}`).toBeLessThanOrEqual(client);
}

test('the library: facets with counts, pages, one-click views, problems summarised', async ({ page }) => {
	const res = await page.goto(`${base}/`);
	expect((await res!.body()).length).toBeLessThan(300_000);
	await expect(page.getByTestId('library-count')).toContainText(`共 ${count} 份报告`);
	// The level facet counts what a click gives.
	await expect(page.getByTestId('filter-level').locator('option[value="national"]')).toHaveText('国家 (13)');
	// One page of reports, not the corpus.
	expect(await page.getByTestId('report-card').count()).toBeLessThanOrEqual(60);
	await page.getByTestId('library-pager-next').click();
	await expect(page).toHaveURL(/page=2/);
	// The problems: one line, in Chinese, folded.
	const problems = page.getByTestId('corpus-problems');
	await expect(problems.locator('summary')).toContainText('链接失效 1');
	await expect(problems.locator('summary')).toContainText('不是 UTF-8 1');
	await expect(problems.locator('li').first()).toBeHidden();

	// The national series: one click.
	await page.goto(`${base}/`);
	await page.getByTestId('quick-national').click();
	await expect(page.getByTestId('library-count')).toContainText('显示 13 /');
	const regions = await page.getByTestId('region-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
	expect(regions).toEqual(['中华人民共和国']);
	// 1964-part is national 1964, from its path.
	await expect(page.locator('[data-id="中华人民共和国-1964-part"]')).toBeVisible();

	// A province's cities: one click (after opening the list).
	await page.goto(`${base}/`);
	await page.getByText('一省各市…').click();
	await page.getByTestId('quick-province').filter({ hasText: '山西省' }).click();
	await expect(page.getByTestId('library-count')).toContainText('显示 96 /');
	const cityRegions = await page.getByTestId('region-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
	expect(cityRegions.every((r) => PROVINCES['山西省'].includes(r!))).toBe(true);

	// One year across regions.
	await page.goto(`${base}/`);
	await page.getByText('一年各地…').click();
	await page.getByTestId('quick-year').filter({ hasText: '2024' }).click();
	await expect(page.getByTestId('library-count')).toContainText(`显示 ${1 + 3 + 24} /`);
});

test('two reports of one region and year are flagged in the library, in both languages', async ({ page }) => {
	await page.goto(`${base}/?region=聊城市&year=2016`);
	await expect(page.getByTestId('duplicate-count')).toContainText('1 组报告地区、年份和种类相同');
	const flags = page.getByTestId('duplicate-flag');
	await expect(flags).toHaveCount(2);
	await expect(flags.first()).toContainText('同一地区同一年份另有报告');
	// A click before hydration does nothing: click again until the page has switched.
	await expect(async () => {
		if (!(await flags.first().innerText()).includes('Another report')) await page.getByTestId('lang-toggle').click();
		await expect(flags.first()).toContainText('Another report of this region and year', { timeout: 2000 });
		await expect(page.getByTestId('duplicate-count')).toContainText('1 groups of reports share region, year and kind');
	}).toPass();
	// Each flag links the other report.
	const ids = await page.getByTestId('report-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	expect(ids.length).toBe(2);
	await expect(page.locator(`[data-id="${ids[0]}"] [data-testid="duplicate-flag"] a`)).toHaveAttribute(
		'href',
		`/reports/${encodeURIComponent(ids[1]!)}`
	);
});

test('no page-level sideways scroll at 390 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	for (const path of ['/', `/search?q=${TERM}`, '/?level=city&province=山东省']) {
		await page.goto(`${base}${path}`);
		await noSidewaysScroll(page);
	}
});

test('a search: counts, the chart by level, regions, and a jump to the passage', async ({ page }) => {
	await page.goto(`${base}/search`);
	// Typing before the page is hydrated can be undone by hydration: search until the URL holds the term.
	await expect(async () => {
		await page.getByTestId('search-q').fill(TERM);
		await page.getByTestId('search-submit').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 3000 }).toBe(TERM);
	}).toPass({ timeout: 30_000 });
	// National 2023–2025 (3), provinces 2024–2025 (6), half the cities in 2025 (12).
	await expect(page.getByTestId('search-summary')).toContainText(`${count} 份报告中有 21 份用到`);
	const chart = page.getByTestId('search-chart');
	await expect(chart).toBeVisible();
	await expect(chart.locator('g.series')).toHaveCount(3);
	await expect(chart.locator('g.series[data-level="national"] text')).toHaveText('国家');
	// The hits, newest first, each line a link into its report.
	const line = page.getByTestId('kwic-line').first();
	await expect(line.locator('mark')).toHaveText(TERM);
	await line.click();
	await expect(page).toHaveURL(/\/reports\/.+\?at=\d+-\d+/);
	await expect(page.getByTestId('found').first()).toContainText(TERM);

	// Filters narrow: cities of 2025 only.
	await page.goto(`${base}/search?q=${TERM}&level=city&year=2025`);
	await expect(page.getByTestId('search-summary')).toContainText('24 份报告中有 12 份用到');
});

test("a term's spread: the first year each region uses it, national first", async ({ page }) => {
	await page.goto(`${base}/search?q=${TERM}`);
	const table = page.getByTestId('search-regions');
	await page.getByTestId('sort-first').click();
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th a')!.textContent, tr.querySelector('td:last-child')!.textContent]));
	expect(rows[0]).toEqual(['中华人民共和国', '2023']);
	expect(rows.slice(1, 4).map((r) => r[1])).toEqual(['2024', '2024', '2024']);
	expect(rows.slice(4).every((r) => r[1] === '2025')).toBe(true);
	expect(rows.length).toBe(1 + 3 + 12);
});

test('the CSV export neutralises cells a spreadsheet would run', async ({ request }) => {
	const res = await request.get(`${base}/search/csv?q=${encodeURIComponent(TERM)}`);
	expect(res.headers()['content-type']).toContain('text/csv');
	const csv = await res.text();
	const lines = csv.trim().split('\r\n');
	expect(lines.length).toBe(1 + 21);
	expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""聊城"")"`);
	expect(csv).not.toMatch(/,=HYPERLINK/);
});
