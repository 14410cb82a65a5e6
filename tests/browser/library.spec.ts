/**
 * The first screens in Chromium: the library (grouped, filtered through the
 * URL, also without JavaScript), a report (outline as navigation, stable
 * section URLs, the view of what cleaning removed), the language switch —
 * and the safety guarantees: inert report markup, no path outside the
 * corpus, localhost only, no remote request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './test';
import { freePort } from '../../scripts/lib/free-port.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every region group on the library page, by its data attribute. */
async function regions(page: Page): Promise<string[]> {
	return page.getByTestId('region-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-region') ?? ''));
}
async function cardIds(page: Page): Promise<string[]> {
	return page.getByTestId('report-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

test.describe('library', () => {
	test('lists the reports grouped by region, newest year first, with their metadata', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1, name: '报告库' })).toBeVisible();
		const names = await regions(page);
		for (const r of ['聊城市', '运城市', '东昌府区']) expect(names).toContain(r);
		// Cities before districts.
		expect(names.indexOf('聊城市')).toBeLessThan(names.indexOf('东昌府区'));

		const liaocheng = page.locator('[data-testid="region-group"][data-region="聊城市"]');
		await expect(liaocheng.locator('h3')).toHaveText(['2024 年', '2023 年', '2020 年']);
		const card = liaocheng.locator('[data-id="liaocheng-2020-gwr"]');
		await expect(card.getByRole('link')).toHaveText('聊城市政府工作报告（2020年）');
		await expect(card).toContainText('政府工作报告');
		await expect(card).toContainText('2020-05-26');
		await expect(card).toContainText('李长萍（代市长）');
		await expect(card).toContainText('完整：2019年工作回顾');
		await expect(card).toContainText(/\d[\d,]* 字/);
	});

	test('lists files that could not be read, with the reason', async ({ page }) => {
		await page.goto('/');
		const problems = page.getByTestId('corpus-problems');
		await expect(problems).toContainText('unreadable-gbk-fixture.txt');
		await expect(problems).toContainText('不是有效的 UTF-8 文本');
		// Only the file name is shown, not where the corpus lives on disk.
		await expect(problems).not.toContainText('/tmp/');
	});

	test('filters by region, year, kind and text; the query is in the URL', async ({ page }) => {
		await page.goto('/');
		await page.getByTestId('filter-region').selectOption('聊城市');
		await expect(page).toHaveURL(/\/\?region=%E8%81%8A%E5%9F%8E%E5%B8%82$/);
		await expect.poll(() => regions(page)).toEqual(['聊城市']);
		await expect(page.getByTestId('library-count')).toContainText('显示 3 /');

		await page.getByTestId('filter-year').selectOption('2024');
		await expect(page).toHaveURL(/\/\?region=%E8%81%8A%E5%9F%8E%E5%B8%82&year=2024$/);
		await expect.poll(() => cardIds(page)).toEqual(['liaocheng-2024-gwr-excerpt']);

		await page.getByRole('link', { name: '清除筛选' }).first().click();
		await page.getByTestId('filter-kind').selectOption('plan');
		await expect(page).toHaveURL(/kind=plan/);
		await expect.poll(() => cardIds(page)).toEqual(['dongchangfu-2024-plan']);

		await page.goto('/');
		await page.getByTestId('filter-q').fill('运城');
		await page.getByTestId('filter-q').press('Enter');
		await expect(page).toHaveURL(/q=%E8%BF%90%E5%9F%8E/);
		await expect.poll(() => cardIds(page)).toEqual(['yuncheng-2024-gwr-excerpt']);

		// A shared link shows the same view.
		await page.goto('/?region=%E8%81%8A%E5%9F%8E%E5%B8%82&year=2023');
		await expect.poll(() => cardIds(page)).toEqual(['liaocheng-2023-gwr-part2']);
		await expect(page.getByTestId('filter-year')).toHaveValue('2023');

		await page.goto('/?q=no-such-report-anywhere');
		await expect(page.getByText('没有符合条件的报告。')).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('renders the filtered library on the server and the form still filters', async ({ page }) => {
			await page.goto('/?kind=plan');
			expect(await cardIds(page)).toEqual(['dongchangfu-2024-plan']);
			await page.goto('/');
			await page.getByTestId('filter-region').selectOption('运城市');
			await page.getByTestId('filter-apply').click();
			await expect(page).toHaveURL(/region=/);
			expect(await cardIds(page)).toEqual(['yuncheng-2024-gwr-excerpt']);
		});

		test('renders a report and the removed-text view', async ({ page }) => {
			await page.goto('/reports/liaocheng-2020-gwr');
			await expect(page.locator('h2[id="s1"]')).toHaveText(/一、2019年工作回顾/);
			await page.getByTestId('removed-toggle').click();
			await expect(page).toHaveURL(/\?removed=1/);
			await expect(page.locator('[data-reason="markup"]').first()).toBeVisible();
		});
	});
});

test.describe('report', () => {
	test('opens from the library, with metadata, outline and headings', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: '聊城市政府工作报告（2020年）' }).click();
		await expect(page).toHaveURL(/\/reports\/liaocheng-2020-gwr$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('聊城市政府工作报告（2020年）');
		await expect(page.locator('.report-header')).toContainText('李长萍（代市长）');
		await expect(page.locator('.report-header')).toContainText('聊城市第十七届人民代表大会第四次会议');

		const outline = page.getByTestId('outline');
		await expect(outline.locator('a[href="#s1"]')).toHaveText('一、2019年工作回顾');
		await expect(outline.locator('a[href="#s3.2"]')).toHaveText('(二)集中力量加快动能转换,确保取得初步成效');
		// (一)–(六) nested under 一, lead-ins nested under (一) and marked as such.
		await expect(outline.locator('a[href="#s1"] + ol > li > a')).toHaveCount(6);
		await expect(outline.locator('li.lead > a[href="#s1.1.1"]')).toHaveText('现代农业扩量提质');

		const text = page.getByTestId('report-text');
		await expect(text.locator('h2')).toHaveText([
			'一、2019年工作回顾#',
			'二、今年以来新冠肺炎疫情防控和经济社会发展情况#',
			'三、2020年目标任务和重点工作#'
		]);
		await expect(text.locator('h3[id="s1.1"]')).toHaveText(/\(一\)动能转换明显加快。/);
		await expect(text.getByRole('heading', { name: '现代农业扩量提质。' })).toHaveAttribute('id', 's1.1.1');
		await expect(text.locator('p.front.title-line')).toHaveText('政府工作报告');
		// Cleaning took the bold markers out.
		await expect(text).not.toContainText('**');
	});

	test('follows the outline: the URL names the section and the heading comes into view', async ({ page }) => {
		await page.goto('/reports/liaocheng-2020-gwr');
		const link = page.getByTestId('outline').locator('a[href="#s3.2"]');
		await link.click();
		await expect(page).toHaveURL(/\/reports\/liaocheng-2020-gwr#s3\.2$/);
		const heading = page.locator('[id="s3.2"]');
		await expect(heading).toBeInViewport();
		// Not hidden under the sticky header.
		const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
		const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
		expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
		await expect(link).toHaveAttribute('aria-current', 'location');

		await page.getByTestId('outline').locator('a[href="#s1.1.2"]').click();
		await expect(page).toHaveURL(/#s1\.1\.2$/);
		await expect(page.locator('[id="s1.1.2"]')).toBeInViewport();
	});

	test('a section URL opened directly lands on the section', async ({ page }) => {
		await page.goto('/reports/dongchangfu-2024-plan#s2');
		await expect(page.locator('[id="s2"]')).toBeInViewport();
		await expect(page.locator('[id="s2"]')).toHaveText(/^二、/);
	});

	test('the toggle shows what cleaning removed, struck through and labelled with the reason', async ({ page }) => {
		await page.goto('/reports/liaocheng-2020-gwr');
		const toggle = page.getByTestId('removed-toggle');
		await expect(toggle).toHaveAttribute('aria-checked', 'false');
		await expect(page.locator('.removed')).toHaveCount(0);

		await toggle.click();
		await expect(page).toHaveURL(/\?removed=1$/);
		await expect(toggle).toHaveAttribute('aria-checked', 'true');
		const markup = page.locator('.removed[data-reason="markup"]');
		await expect(markup).toHaveCount(92);
		await expect(markup.first().locator('del')).toHaveText('**');
		await expect(markup.first().locator('.reason')).toHaveText('[排版标记]');
		expect(
			await markup
				.first()
				.locator('del')
				.evaluate((el) => getComputedStyle(el).textDecorationLine)
		).toContain('line-through');
		const front = page.locator('.removed[data-reason="front-matter"]');
		await expect(front).toContainText('title: 聊城市政府工作报告（2020年）');
		await expect(front.locator('.reason')).toHaveText('[元数据头]');
		await expect(page.getByTestId('removed-summary')).toContainText('清理时去掉了 93 处');
		// The line broken at a PDF page break is shown as joined.
		await expect(page.locator('p', { hasText: '主要指标增幅在' }).locator('.joined')).toHaveCount(1);
		// Section anchors still work in this view.
		await expect(page.locator('[id="s1.1.1"]')).toContainText('现代农业扩量提质。');

		await toggle.click();
		await expect(page).toHaveURL(/\/reports\/liaocheng-2020-gwr$/);
		await expect(page.locator('.removed')).toHaveCount(0);
	});

	test('web page chrome is shown as removed with its reason', async ({ page }) => {
		await page.goto('/reports/dongchangfu-2024-plan?removed=1');
		const chrome = page.locator('.removed[data-reason="web-chrome"]');
		await expect(chrome.first()).toBeVisible();
		await expect(chrome.filter({ hasText: '字号' })).toHaveCount(1);
		await expect(chrome.first().locator('.reason')).toHaveText('[网页栏目]');
	});
});

test.describe('language', () => {
	test('switches the interface text, <html lang>, and is remembered on reload', async ({ page }) => {
		await page.goto('/reports/liaocheng-2020-gwr');
		await expect(page.getByTestId('outline').getByRole('heading')).toHaveText('目录');
		await page.getByTestId('lang-toggle').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('outline').getByRole('heading')).toHaveText('Outline');
		await expect(page.getByTestId('removed-toggle')).toContainText('Show what cleaning removed');
		await expect(page.getByRole('link', { name: 'Library', exact: true })).toBeVisible();
		// The report itself stays as written.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('聊城市政府工作报告（2020年）');

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('outline').getByRole('heading')).toHaveText('Outline');

		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
		await expect(page.locator('[data-region="聊城市"] h3').first()).toHaveText('2024');
		await page.getByTestId('lang-toggle').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('报告库');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('报告库');
	});
});

test.describe('safety', () => {
	test('a report whose text contains HTML and scripts renders as inert text', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
		await page.goto('/');
		const card = page.locator('[data-id="safety-markup-fixture"]');
		await expect(card.getByRole('link')).toHaveText(`<script>window.__duiduInjected = 'title'</script>安全测试报告<b>（标记）</b>`);
		await card.getByRole('link').click();
		await expect(page).toHaveURL(/safety-markup-fixture$/);

		const text = page.getByTestId('report-text');
		await expect(text).toContainText(`<script>window.__duiduInjected = 'script'</script>现在`);
		await expect(text).toContainText(`<img src="http://198.51.100.7/pixel.png" onerror="window.__duiduInjected='img'">`);
		await expect(page.locator('[id="s1.1"]')).toContainText(`<svg onload="window.__duiduInjected='svg'">第二级标题</svg>`);
		await expect(page.locator('.report-header')).toContainText(`<img src=x onerror="window.__duiduInjected='speaker'">`);
		await expect(text.locator('script, img, iframe, svg, style, link, a[href^="javascript"]')).toHaveCount(0);
		await expect(page.locator('body')).toBeVisible(); // the report's <style>body{display:none}</style> did nothing

		await page.getByTestId('removed-toggle').click();
		await expect(page.locator('.removed[data-reason="markup"]')).toHaveCount(2);
		await expect(text.locator('script, img, iframe, svg, style, link, em')).toHaveCount(0);
		await text.getByText('一个链接').first().hover();

		expect(await page.evaluate(() => (window as unknown as { __duiduInjected?: string }).__duiduInjected)).toBeUndefined();
		expect(dialogs).toEqual([]);
	});

	const hostile = [
		'/reports/..%2F..%2Fpackage.json',
		'/reports/..%2Fpackage.json',
		'/reports/%2Fetc%2Fpasswd',
		'/reports/....//x',
		'/reports/..%252F..%252Fpackage.json',
		'/reports/%252e%252e%252fpackage.json',
		'/reports/%2e%2e%2f%2e%2e%2fpackage.json',
		'/reports/..%5C..%5Cpackage.json',
		'/reports/%2Fwork',
		'/reports//etc/passwd',
		'/reports/%00',
		'/reports/liaocheng-2020-gwr%2F..%2F..%2Fpackage.json',
		'/reports/liaocheng-2020-gwr.txt',
		'/..%2Fpackage.json',
		'/_app/..%2F..%2Fpackage.json',
		'/favicon.svg%2F..%2F..%2Fpackage.json'
	];
	for (const path of hostile) {
		test(`GET ${path} is a 404 that reads nothing`, async ({ request }) => {
			const res = await request.get(path, { maxRedirects: 0 });
			expect(res.status()).toBe(404);
			const body = await res.text();
			expect(body).not.toContain('devDependencies');
			expect(body).not.toContain('root:x:0:0');
			expect(body).not.toContain('政府工作报告\n——');
		});
	}

	test('pages load nothing from elsewhere, and send a content security policy', async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		for (const path of [
			'/',
			'/reports/liaocheng-2020-gwr',
			'/reports/liaocheng-2020-gwr?removed=1',
			'/reports/safety-markup-fixture',
			'/reports/safety-markup-fixture?removed=1',
			'/reports/yuncheng-2024-gwr-excerpt?removed=1'
		]) {
			const res = await page.goto(path);
			expect(res?.status()).toBe(200);
			const csp = res!.headers()['content-security-policy'];
			expect(csp).toContain("default-src 'self'");
			expect(csp).toMatch(/script-src 'self'/);
			await page.waitForLoadState('networkidle');
		}
		// Client-side navigation too.
		await page.goto('/');
		await page.getByRole('link', { name: '运城市人民政府工作报告（2024年，节选）' }).click();
		await page.getByTestId('removed-toggle').click();
		await page.getByTestId('lang-toggle').click();
		await page.waitForLoadState('networkidle');

		expect(requests.length).toBeGreaterThan(6);
		const elsewhere = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:') && !u.startsWith('blob:'));
		expect(elsewhere).toEqual([]);
	});

	test('the server listens on localhost unless HOST says otherwise', async () => {
		test.setTimeout(180_000);
		// 127.0.0.2 is loopback too on Linux, but a server bound to 127.0.0.1 does not answer there;
		// the machine's own non-loopback addresses must not answer either.
		const elsewhere = Object.values(networkInterfaces())
			.flat()
			.filter((a) => a && a.family === 'IPv4' && !a.internal)
			.map((a) => a!.address);
		const probes = [...(process.platform === 'linux' ? ['127.0.0.2'] : []), ...elsewhere];
		// A test that cannot probe proves nothing: it fails rather than passing vacuously.
		expect(probes.length, 'an address other than 127.0.0.1 to probe').toBeGreaterThan(0);

		const local = await startServer({});
		try {
			expect(await canConnect('127.0.0.1', local.port)).toBe(true);
			for (const a of probes) expect(await canConnect(a, local.port), `reachable at ${a}`).toBe(false);
		} finally {
			await local.stop();
		}

		// The probe can fail: with HOST=0.0.0.0 the same addresses answer.
		const open = await startServer({ HOST: '0.0.0.0' });
		try {
			for (const a of probes) expect(await canConnect(a, open.port), `reachable at ${a}`).toBe(true);
		} finally {
			await open.stop();
		}
	});
});

function canConnect(host: string, port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const sock = connect({ host, port });
		const done = (ok: boolean) => (sock.destroy(), resolve(ok));
		sock.setTimeout(3000, () => done(false));
		sock.once('connect', () => done(true));
		sock.once('error', () => done(false));
	});
}

/** `npm start`'s script on a free port, with HOST as given (unset: its default). */
async function startServer(env: Record<string, string>): Promise<{ port: number; stop: () => Promise<void> }> {
	const port = await freePort();
	const childEnv: Record<string, string | undefined> = {
		...process.env,
		PORT: String(port),
		DUIDU_CACHE: 'off',
		DUIDU_NO_BUILD: '1',
		...env
	};
	if (!('HOST' in env)) delete childEnv.HOST;
	const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: childEnv,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 150_000);
		const onData = (d: Buffer) => {
			output += d.toString();
			if (/Listening on/.test(output)) (clearTimeout(timer), resolve());
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited (${code}):\n${output}`))));
	});
	return {
		port,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
