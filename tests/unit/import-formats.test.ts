import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../../src/lib/server/import/extract';
import { readPdfRuns } from '../../src/lib/server/import/pdf';
import { isPageNumber, layoutPdfText } from '../../src/lib/core/import/pdf-layout';
import { extractHtmlMainText } from '../../src/lib/core/import/html';
import { inputMinusRemoved, parseReport } from '../../src/lib/core/parse';
import { stripWhitespace } from '../../src/lib/core/text/whitespace';
import { prepareImport } from '../../src/lib/server/import/pipeline';
import { bytesOf, fixtures, removeDir, seedBody, tempDir } from './import-helpers';

const seedParagraphs = (id: string) =>
	seedBody(id)
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

describe('PDF with a text layer (fixture made from liaocheng-2024-gwr-excerpt by scripts/make-import-fixtures.js)', () => {
	const pdf = join(fixtures, 'liaocheng-2024-excerpt.pdf');

	it('the fixture really has page numbers, a running header and a paragraph across a page break', async () => {
		const pages = await readPdfRuns(bytesOf(pdf), 'x.pdf');
		expect(pages.length).toBeGreaterThanOrEqual(3);
		const pageText = pages.map((p) => p.runs.map((r) => r.str).join(''));
		pageText.forEach((t, i) => expect(t).toContain(`— ${i + 1} —`));
		expect(pageText[1]).toContain('聊城市人民政府工作报告');
		const split = seedParagraphs('liaocheng-2024-gwr-excerpt').filter((p) => !pageText.some((t) => t.includes(p)));
		expect(split.length).toBeGreaterThan(0);
	});

	it('imports with paragraphs rejoined, in order, and no page numbers or headers in the text', async () => {
		const r = await extractFile(bytesOf(pdf), 'liaocheng-2024-excerpt.pdf');
		const paragraphs = r.text.split('\n\n');
		expect(paragraphs).toEqual(['聊城市政府工作报告（节选）', ...seedParagraphs('liaocheng-2024-gwr-excerpt')]);
		expect(r.text).not.toMatch(/—\s*\d+\s*—/);
		expect(r.text.match(/聊城市人民政府工作报告/g)).toBeNull();
		expect(r.droppedLines).toBe(5);
	});

	it('the parser reads the imported PDF text losslessly and finds its headings', async () => {
		const dir = tempDir();
		try {
			const c = await prepareImport(bytesOf(pdf), 'liaocheng-2024-excerpt.pdf', { dir, corrections: { region: '聊城市', year: 2024 } });
			expect(c.outline.map((s) => s.heading)).toContain('二、2024年主要目标任务');
			const input = `---\n---\n${c.body}`;
			const parsed = parseReport(input);
			expect(stripWhitespace(inputMinusRemoved(input, parsed.removed))).toBe(stripWhitespace(parsed.text));
		} finally {
			removeDir(dir);
		}
	});

	it('knows page numbers from text', () => {
		for (const s of ['3', '- 3 -', '— 12 —', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3 of 10', 'iv', '－ 七 －'])
			expect(isPageNumber(s), s).toBe(true);
		for (const s of ['一', '2024年', '（一）', '增长5.7%', '二、主要任务']) expect(isPageNumber(s), s).toBe(false);
	});

	it('drops a footer page number only at the page edge, never a number inside the text', () => {
		const line = (str: string, x: number, y: number, width = 441) => ({ str, x, y, width, height: 14, hasEOL: true });
		const r = layoutPdfText([
			{
				width: 595,
				height: 842,
				runs: [
					line('一年来全市地区生产总值增长', 100, 700, 413),
					line('6.1%，其中第三产业占比达到', 72, 674),
					line('12', 72, 648, 14),
					line('— 1 —', 280, 40, 40)
				]
			},
			{ width: 595, height: 842, runs: [line('一半以上。', 72, 700, 70), line('— 2 —', 280, 40, 40)] }
		]);
		expect(r.text).toBe('一年来全市地区生产总值增长6.1%，其中第三产业占比达到12一半以上。'.replace('12一半', '12\n\n一半'));
	});
});

describe('HTML: the main text without navigation and site chrome', () => {
	const paragraphs = seedParagraphs('liaocheng-2024-gwr-excerpt');
	const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>聊城市政府工作报告_聊城市人民政府</title>
<script>var _hmt = _hmt || []; document.write("<p>统计代码，不是正文。</p>");</script><style>.nav{color:red}</style></head>
<body><div class="header"><div class="logo">聊城市人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zmhd">政民互动</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="article"><h1>聊城市政府工作报告（节选）</h1>
<div class="info">发布时间：2024-01-20 来源：市政府办公室 <span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content" id="zoom">${paragraphs.map((p) => `<p style="text-indent:2em">&nbsp;&nbsp;${p.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')}</p>`).join('\n')}</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">聊城市召开全市经济工作会议，部署今年重点工作</a></li><li><a href="/b">市政府召开常务会议，研究部署安全生产等工作</a></li></ul></div></div>
<aside class="sidebar"><h3>热点专题</h3><p>学习贯彻党的二十届三中全会精神，推动高质量发展取得新成效。</p></aside></div>
<div class="footer"><p>主办单位：聊城市人民政府办公室　网站标识码：3715000001　鲁ICP备05001234号</p><p>版权所有，未经许可不得转载。建议使用1920×1080分辨率浏览本站。</p></div></body></html>`;

	it('keeps every paragraph in order and the headline, and nothing else', () => {
		const r = extractHtmlMainText(page);
		expect(r.pageTitle).toBe('聊城市政府工作报告_聊城市人民政府');
		const blocks = r.text.split('\n\n');
		expect(blocks[0]).toBe('聊城市政府工作报告（节选）');
		expect(blocks.slice(1)).toEqual(paragraphs);
		for (const chrome of ['首页', '当前位置', '字号', '分享到', '相关文章', '热点专题', '版权所有', 'ICP', '统计代码', '_hmt', 'color:red'])
			expect(r.text).not.toContain(chrome);
	});

	it('handles text broken by <br> in a bare <div>, and entities', () => {
		const r = extractHtmlMainText(
			`<html><body><div id="menu"><a>首页</a> | <a>新闻</a></div><div>${paragraphs.slice(0, 3).join('<br/>\n')}</div><div id="foot">Copyright &copy; 2024</div></body></html>`
		);
		expect(r.text.split('\n\n')).toEqual(paragraphs.slice(0, 3));
	});

	it('imports a saved page through the pipeline with its title as metadata', async () => {
		const dir = tempDir();
		try {
			const c = await prepareImport(new TextEncoder().encode(page), 'page.html', { dir });
			expect(c.format).toBe('html');
			expect(c.meta.title).toBe('聊城市政府工作报告（节选）');
			expect(c.meta.region).toBe('聊城市');
			expect(c.meta.kind).toBe('gwr');
		} finally {
			removeDir(dir);
		}
	});
});

describe('Word (.docx)', () => {
	it('keeps every paragraph of the fixture, title included, and reads the year from the file name', async () => {
		const dir = tempDir();
		try {
			const c = await prepareImport(bytesOf(join(fixtures, 'liaocheng-gwr-2023.docx')), 'liaocheng-gwr-2023.docx', { dir });
			expect(c.body.trim().split('\n\n')).toEqual(['聊城市政府工作报告', ...seedParagraphs('liaocheng-2024-gwr-excerpt').slice(0, 3)]);
			expect(c.meta).toMatchObject({ title: '聊城市政府工作报告', region: '聊城市', level: 'city', year: 2023, kind: 'gwr' });
			expect(c.id).toBe('聊城市-2023-gwr');
		} finally {
			removeDir(dir);
		}
	});
});
