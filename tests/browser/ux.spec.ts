/**
 * The reading experience (issue 15): an editor's workflow on /check (a .docx
 * draft through the importers, word-level edits, proofreading without a
 * comparison report, the length limit), the diff by keyboard, by link, in
 * print and as CSV, phones at 390 px, and anchors landing below the header.
 */
import { expect, test, type Page } from './test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const seedBody = (id: string) => readFileSync(`reports/${id}.txt`, 'utf8').replace(/^---[\s\S]*?---\n/, '');

/** A Word draft: the title and the first three paragraphs of the 2024 excerpt, with an editor's edits. */
async function wordDraft(dir: string): Promise<string> {
	const body = seedBody('liaocheng-2024-gwr-excerpt')
		.replace('全市新改建道路59条', '全市新改建道路61条')
		.replace('城镇新增就业4.6万人', '城镇新增就业5.2万人');
	const paragraphs = [
		'聊城市政府工作报告',
		...body
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.slice(0, 3)
	];
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
	);
	zip.file(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
	);
	zip.file(
		'word/document.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`).join('')}<w:sectPr/></w:body></w:document>`
	);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, '聊城市政府工作报告（征求意见稿）.docx');
	writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
	return file;
}

test.describe('an editor on /check', () => {
	test('uploads a .docx draft: its text shows first, then the word-level edits are marked in it', async ({ page }, info) => {
		const file = await wordDraft(info.outputPath('docx'));
		await page.goto('/check');
		await page.getByTestId('draft-file').setInputFiles(file);
		await expect(page.getByTestId('extracted')).toContainText('docx');
		const box = page.getByTestId('draft-input');
		await expect(box).toHaveValue(/全市新改建道路61条/);
		await expect(box).toHaveValue(/^聊城市政府工作报告/);
		await page.getByTestId('against').selectOption('liaocheng-2024-gwr-excerpt');
		await page.getByRole('button', { name: /^(检查|Check)$/ }).click();
		const text = page.getByTestId('draft-text');
		await expect(text).toBeVisible();
		// The edit is marked as the diff marks it: the new words underlined, the old struck through, in place.
		await expect(text.locator('ins', { hasText: '61' })).toBeVisible();
		await expect(text.locator('del', { hasText: '59' })).toBeVisible();
		expect(await text.locator('del', { hasText: '59' }).evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
		await expect(text.locator('ins', { hasText: '5.2' })).toBeVisible();
		// Every character of the draft is shown once, besides the removed words.
		const shown = await text.evaluate((e) => {
			const c = e.cloneNode(true) as HTMLElement;
			c.querySelectorAll('del, .icon, sup').forEach((x) => x.remove());
			return c.textContent;
		});
		// (A form post sends line breaks as CRLF: the checked draft is what was sent.)
		expect(shown!.replace(/\r\n/g, '\n')).toBe(await box.inputValue());
	});

	test('a file the importers refuse gets their reason, in the interface language', async ({ page }, info) => {
		const dir = info.outputPath('bad');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'draft.docx'), 'not a zip at all');
		await page.goto('/check');
		await page.getByTestId('draft-file').setInputFiles(join(dir, 'draft.docx'));
		await expect(page.getByTestId('check-refusal')).toContainText(/Word|docx/);
	});

	test('a pasted passage without a title line is proofread, and says why it is not compared', async ({ page }) => {
		await page.goto('/check');
		await page.getByTestId('draft-input').fill('推动经济经济实现质的有效提升和量的合理增长，持续推进“非粮化”“非粮化”整治。');
		await page.getByRole('button', { name: /^(检查|Check)$/ }).click();
		await expect(page.getByTestId('not-compared')).toContainText('无法从稿件推断');
		await expect(page.getByTestId('findings').locator('li[data-rule="repeated-chars"]')).toContainText('经济经济');
		await expect(page.getByTestId('findings').locator('li[data-rule="repeated-quote"]')).toHaveCount(1);
	});

	test('a two-paragraph passage compares topics only with what it reuses', async ({ page }) => {
		const paras = seedBody('liaocheng-2024-gwr-excerpt')
			.split('\n')
			.filter((l) => l.startsWith('(六)') || l.startsWith('(七)'));
		await page.goto('/check');
		await page.getByTestId('draft-input').fill(paras.join('\n'));
		await page.getByTestId('against').selectOption('liaocheng-2024-gwr-excerpt');
		await page.getByRole('button', { name: /^(检查|Check)$/ }).click();
		await expect(page.getByTestId('topic-scope')).toContainText('只与它沿用的那些段落');
		await expect(page.getByTestId('topic-shifts')).toBeVisible();
	});

	test('a draft over the limit is refused with the limit, never cut, and not saved', async ({ page }) => {
		const draft = '茌平区政府工作报告\n' + '推进高质量发展，'.repeat(50_001);
		await page.goto('/check');
		await page.getByTestId('draft-input').fill(draft);
		await expect(page.getByTestId('draft-count')).toContainText('400,000');
		await page.getByTestId('save-draft').check();
		await page.getByRole('button', { name: /^(检查|Check)$/ }).click();
		await expect(page.getByTestId('check-error')).toContainText('400,000');
		await expect(page.getByTestId('check-error')).toContainText(/没有检查，也没有保存/);
		await expect(page.getByTestId('check-result')).toHaveCount(0);
		await expect(page.getByTestId('saved-draft')).toHaveCount(0);
		// The draft is still in the box, whole.
		expect((await page.getByTestId('draft-input').inputValue()).length).toBe(draft.length);
		await page.goto('/');
		await expect(page.locator('[data-testid="region-group"][data-region="茌平区"]')).toHaveCount(0);
	});
});

const DIFF = '/diff?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt';

test.describe('the diff', () => {
	test('change list entries name kind, section and the opening of their sentence', async ({ page }) => {
		await page.goto('/diff?a=liaocheng-2023-gwr-part2&b=liaocheng-2024-gwr-excerpt');
		const first = page.getByTestId('diff-change').first();
		await expect(first.locator('.kind')).toHaveText(/新增|删除|修改|移动/);
		await expect(first.locator('.opening')).not.toBeEmpty();
		// Partial reports: the header says so.
		await expect(page.getByTestId('diff-partial')).toContainText('节选');
		await expect(page).toHaveTitle(/聊城市政府工作报告（2023年，下半部分） ↔ 聊城市政府工作报告（2024年，节选）/);
	});

	test('n/p/j/k work after a click on an option; the URL keeps the change (#c2) and opens on it', async ({ page }) => {
		await page.goto(DIFF);
		const position = page.getByTestId('diff-position');
		await expect(position).toContainText(/\d+/);
		// Focus on a radio button is not a text field. (Wait for the page to be live: the change map is drawn by script.)
		await expect(page.getByTestId('change-map').locator('.tick').first()).toBeAttached({ timeout: 30_000 });
		await page.getByTestId('diff-inline').check();
		// The whole diff re-renders in the other layout: generous on a loaded machine.
		await expect(page).toHaveURL(/mode=inline/, { timeout: 30_000 });
		await page.getByTestId('diff-inline').focus();
		await page.keyboard.press('n');
		await expect(position).toContainText(/^\D*1\s*\/\s*\d+/);
		await page.keyboard.press('j');
		await expect(position).toContainText(/^\D*2\s*\/\s*\d+/);
		await expect(page).toHaveURL(/#c2$/);
		await expect(page.locator('.row.current .cell').first()).toBeInViewport();
		const url = page.url();
		await page.goto(url);
		await expect(position).toContainText(/^\D*2\s*\/\s*\d+/);
		await expect(page.locator('.change-list button[aria-current="true"] .num')).toHaveText('2');
	});

	test('the change map has a tick per change; the change list comes before the shared phrases in tab order', async ({ page }) => {
		await page.goto('/diff?a=liaocheng-2024-gwr-excerpt&b=yuncheng-2024-gwr-excerpt');
		const n = await page.getByTestId('diff-change').count();
		expect(n).toBeGreaterThan(0);
		await expect(page.getByTestId('change-map').locator('.tick')).toHaveCount(n);
		const phrase = page.getByTestId('diff-phrase-a').first();
		await expect(phrase).toBeVisible();
		const before = await page
			.getByTestId('diff-change')
			.first()
			.evaluate(
				(el, other) => !!(el.compareDocumentPosition(other as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
				await phrase.elementHandle()
			);
		expect(before).toBe(true);
		// A skip link is the first stop.
		await page.keyboard.press('Tab');
		await expect(page.locator('.skip-link')).toBeFocused();
	});

	test('print preview: the two texts without navigation, controls or buttons', async ({ page }) => {
		await page.goto(DIFF);
		await expect(page.getByTestId('diff-rows')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByTestId('diff-controls')).toBeHidden();
		await expect(page.locator('aside.changes')).toBeHidden();
		await expect(page.getByTestId('diff-print')).toBeHidden();
		await expect(page.getByText(/展开|Expand/).first()).toBeHidden();
		await expect(page.getByTestId('diff-rows')).toBeVisible();
		await expect(page.getByTestId('diff-rows')).toHaveCSS('grid-template-columns', /^\S+px \S+px$/);
		await expect(page.getByTestId('diff-stats')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.site-header')).toBeVisible();
	});

	test('the changes as CSV: one row per change, section, kind and opening', async ({ page, request }) => {
		await page.goto(DIFF);
		const n = await page.getByTestId('diff-change').count();
		await expect(page.getByTestId('diff-csv')).toHaveAttribute('href', /^\/diff\/csv\?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt/);
		const res = await request.get('/diff/csv?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt');
		expect(res.headers()['content-type']).toContain('text/csv');
		const body = (await res.text()).replace(/^\ufeff/, '');
		const lines = body.trim().split('\r\n');
		expect(lines[0]).toBe('#,章节,类型,句首,原文（A）,对照（B）');
		// Quoted fields may hold newlines: count records by their leading number.
		expect(body.match(/\r\n\d+,/g)!.length).toBe(n);
	});

	test('a section with no counterpart offers the closest sections', async ({ page }) => {
		await page.goto('/diff?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt');
		const sections = await page
			.locator('select[name="section"] option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		let found = false;
		for (const s of sections) {
			await page.goto(`/diff?a=liaocheng-2020-gwr&b=liaocheng-2024-gwr-excerpt&section=${encodeURIComponent(s)}`);
			if (await page.getByText(/没有与该章节对应|No section of report B corresponds/).count()) {
				found = true;
				break;
			}
		}
		expect(found).toBe(true);
		await expect(page.getByTestId('diff-closest').locator('a').first()).toBeVisible();
		await page.getByTestId('diff-closest').locator('a').first().click();
		await expect(page.getByTestId('diff-rows')).toBeVisible();
	});
});

test.describe('anchors land below the sticky header, outlined', () => {
	async function belowHeader(page: Page, selector: string) {
		const header = await page.locator('.site-header').boundingBox();
		const target = page.locator(selector).first();
		await expect(target).toBeInViewport();
		const box = (await target.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
		const outline = await target.evaluate((e) => getComputedStyle(e).outlineStyle);
		expect(outline).not.toBe('none');
	}

	test('a figure link: the figure shows below the header', async ({ page }) => {
		await page.goto('/reports/liaocheng-2024-gwr-excerpt/figures');
		const links = page.getByTestId('report-figures').locator('tbody th a');
		const href = await links.nth((await links.count()) - 5).getAttribute('href');
		await page.goto(href!);
		await belowHeader(page, 'mark#found');
	});

	test('the ⇄ link of a moved sentence: its counterpart shows below the header', async ({ page }) => {
		await page.goto('/diff?a=liaocheng-2023-gwr-part2&b=liaocheng-2024-gwr-excerpt&phrases=off');
		// This pair has moved sentences (the CLI's diff lists them as "moved"): the test needs one.
		const link = page.locator('a.moved-link').first();
		await expect(link).toHaveCount(1);
		const target = (await link.getAttribute('href'))!;
		await link.click();
		await belowHeader(page, target);
	});
});

test.describe('phones at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	const PAGES = [
		'/',
		'/reports/liaocheng-2020-gwr',
		'/reports/liaocheng-2024-gwr-excerpt/figures',
		'/compare',
		'/compare?reports=liaocheng-2023-gwr-part2,liaocheng-2024-gwr-excerpt',
		'/figures',
		'/figures?region=%E8%81%8A%E5%9F%8E%E5%B8%82',
		'/rhetoric',
		'/check',
		'/diff',
		DIFF,
		`${DIFF}&mode=inline`,
		'/import'
	];
	for (const path of PAGES) {
		test(`no page-level horizontal scroll: ${path}`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(scroll, path).toBeLessThanOrEqual(client);
			// The header is compact: the language button is on screen, the header not taller than 110 px.
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(header.height).toBeLessThan(110);
			const lang = (await page.getByTestId('lang-toggle').boundingBox())!;
			expect(lang.x + lang.width).toBeLessThanOrEqual(390);
		});
	}

	test("a region's sparklines keep their width: no dot under the next column's values", async ({ page }) => {
		await page.goto('/figures?region=%E8%81%8A%E5%9F%8E%E5%B8%82');
		const table = page.getByTestId('series-table');
		await expect(table.getByTestId('sparkline').first()).toBeVisible();
		const rows = table.locator('tbody tr');
		for (let r = 0, n = Math.min(await rows.count(), 6); r < n; r++) {
			// The trend cell is the third: its chart is as wide as drawn (140 px) and ends inside it.
			const cell = (await rows.nth(r).locator('td').nth(1).boundingBox())!;
			const svg = (await rows.nth(r).locator('td').nth(1).locator('svg').boundingBox())!;
			expect(svg.width).toBeGreaterThanOrEqual(139);
			expect(svg.x + svg.width).toBeLessThanOrEqual(cell.x + cell.width + 0.5);
		}
	});

	test('the diff stacks A above B instead of two narrow columns', async ({ page }) => {
		await page.goto(DIFF);
		const cell = page.locator('.row.changed .cell.b').first();
		const box = (await cell.boundingBox())!;
		expect(box.width).toBeGreaterThan(300);
	});

	test('screenshots of library, diff, compare and check', async ({ page }) => {
		const dir = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
		mkdirSync(dir, { recursive: true });
		const shots: [string, string][] = [
			['/', 'phone-library.png'],
			[`${DIFF}#c3`, 'phone-diff.png'],
			['/compare?reports=liaocheng-2023-gwr-part2,liaocheng-2024-gwr-excerpt', 'phone-compare.png'],
			['/check?report=liaocheng-2024-gwr-excerpt', 'phone-check.png']
		];
		for (const [path, name] of shots) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.screenshot({ path: join(dir, name) });
		}
	});
});

test('the figures search and topic filter live in the URL, and a URL opens with them', async ({ page }) => {
	await page.goto('/reports/liaocheng-2024-gwr-excerpt/figures');
	await page.waitForLoadState('networkidle');
	await page.getByTestId('figures-search').fill('道路');
	await expect(page).toHaveURL(/[?&]q=%E9%81%93%E8%B7%AF/);
	const shown = await page.getByTestId('report-figures').locator('tbody tr').count();
	await page.reload();
	await expect(page.getByTestId('figures-search')).toHaveValue('道路');
	await expect(page.getByTestId('report-figures').locator('tbody tr')).toHaveCount(shown);
	await page.goto('/figures?region=%E8%81%8A%E5%9F%8E%E5%B8%82&q=%E5%B0%B1%E4%B8%9A');
	await expect(page.getByTestId('figures-search')).toHaveValue('就业');
});

test("the seed reports' notes read in the interface language (notes_zh beside notes)", async ({ page }) => {
	await page.goto('/');
	const card = page.locator('[data-testid="report-card"][data-id="liaocheng-2020-gwr"] .notes');
	await expect(card).toContainText('完整：2019年工作回顾');
	await expect(card).not.toContainText('complete');
	await page.getByTestId('lang-toggle').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(card).toContainText('complete: 2019 review');
	// Back to Chinese for the tests that follow.
	await page.getByTestId('lang-toggle').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
