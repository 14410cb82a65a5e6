/**
 * The same report as other sources would deliver it: a PDF conversion that
 * breaks lines at a fixed width with blank lines between them, a web page
 * with one paragraph per line and indentation, a copy with half-width
 * punctuation. The parser must find the same structure in each.
 */

/** Hard-wrap every paragraph at `width` characters, blank line between lines (like seed 001). */
export function asPdfConversion(text: string, width = 36): string {
	const out: string[] = [];
	for (const para of text.split('\n')) {
		const p = para.trim();
		if (!p) continue;
		for (let i = 0; i < p.length; i += width) out.push(p.slice(i, i + width));
	}
	return out.join('\n\n') + '\n';
}

/** One paragraph per line, indented with two ideographic spaces, no blank lines (like seed 003/004). */
export function asWebPage(text: string): string {
	const body = text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((l) => `\u3000\u3000${l}`)
		.join('\n');
	return `导航菜单\n字号：大 中 小\n${body}\n扫码使用手机浏览本页内容\n本文地址：/gov/report.html\n`;
}

/** Half-width punctuation throughout (，→, ：→: （）→()). */
export function asHalfWidth(text: string): string {
	return text.replace(/[，：；（）！？]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' })[c]!);
}
