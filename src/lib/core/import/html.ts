/**
 * The main text of a saved web page, without navigation and site chrome.
 * No DOM here (the core runs everywhere): a tolerant tag tokenizer builds a
 * light element tree, obvious chrome (nav, header, footer, forms, scripts,
 * elements whose class/id says menu, footer, share…) is pruned, and the
 * element that holds the most prose — long runs with Chinese sentence
 * punctuation, few links — wins, in the manner of readability scorers.
 * Output: one block per line group, blocks separated by blank lines.
 */
import { HAN_CLASS } from '../text/han';

interface El {
	tag: string;
	attrs: string;
	children: (El | string)[];
	parent: El | null;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never report text. */
const DROP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'canvas',
	'iframe',
	'object',
	'select',
	'button',
	'textarea',
	'head',
	'nav',
	'form',
	'aside',
	'footer',
	'header',
	'menu',
	'dialog',
	'map'
]);
const BLOCK = new Set([
	'address',
	'article',
	'blockquote',
	'body',
	'center',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul',
	'caption',
	'br'
]);
/** class/id words of chrome; a content word in the same attribute keeps the element. */
const CHROME_ATTR =
	/(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|head|sidebar|side|breadcrumbs?|crumbs?|share|comments?|copyright|banner|toolbar|tools?|login|search|related|recommend|ad|ads|advert|pagination|pager|print|fontsize|font-size|qrcode|ewm|wzdh|dh|bottom|top|links?|friendlink)(?:$|[\s_-]|\d)/i;
const CONTENT_ATTR =
	/(?:^|[\s_-])(?:content|article|main|text|body|zoom|editor|trs_editor|detail|pages?_content|news_content|zw|zhengwen)(?:$|[\s_-]|\d)/i;

const ENTITIES: Record<string, string> = {
	nbsp: '\u00a0',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	middot: '·',
	times: '×',
	divide: '÷',
	deg: '°',
	plusmn: '±',
	permil: '‰',
	bull: '•',
	sup2: '²',
	sup3: '³',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	copy: '©',
	reg: '®',
	yen: '¥',
	laquo: '«',
	raquo: '»'
};

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (m, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[name.toLowerCase()] ?? m;
	});
}

/** Build a forgiving element tree: unknown closes are ignored, unclosed elements close with their parent. */
function buildTree(html: string): El {
	const root: El = { tag: '#root', attrs: '', children: [], parent: null };
	let cur = root;
	const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
	let pos = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(html))) {
		if (m.index > pos) cur.children.push(html.slice(pos, m.index));
		pos = re.lastIndex;
		if (!m[1]) continue; // comment, doctype, processing instruction
		const tag = m[1].toLowerCase();
		const closing = m[0][1] === '/';
		if (closing) {
			let e: El | null = cur;
			while (e && e.tag !== tag) e = e.parent;
			if (e && e.parent) cur = e.parent;
			continue;
		}
		const el: El = { tag, attrs: m[2] ?? '', children: [], parent: cur };
		// <p> and <li> close an open sibling of their kind (HTML's implied end tags).
		if ((tag === 'p' || tag === 'li') && cur.tag === tag && cur.parent) {
			cur = cur.parent;
			el.parent = cur;
		}
		cur.children.push(el);
		if (tag === 'script' || tag === 'style' || tag === 'textarea' || tag === 'title') {
			// Raw text: skip to the closing tag without tokenizing the content.
			const end = html.toLowerCase().indexOf(`</${tag}`, pos);
			const stop = end < 0 ? html.length : end;
			el.children.push(html.slice(pos, stop));
			const close = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
			re.lastIndex = close;
			pos = close;
			continue;
		}
		if (!VOID.has(tag) && !/\/\s*$/.test(m[2] ?? '')) cur = el;
	}
	if (pos < html.length) cur.children.push(html.slice(pos));
	return root;
}

function attrWords(el: El): string {
	const out: string[] = [];
	for (const m of el.attrs.matchAll(/\b(?:class|id|role)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) out.push(m[2] ?? m[3] ?? m[4] ?? '');
	return out.join(' ');
}

function isChrome(el: El): boolean {
	if (DROP.has(el.tag)) return true;
	// Hidden elements are not what a reader sees.
	if (/style\s*=\s*["'][^"']*display\s*:\s*none/i.test(el.attrs) || /\shidden(?:\s|=|$)/i.test(' ' + el.attrs)) return true;
	const words = attrWords(el);
	if (!words) return false;
	if (/role\s*=\s*["']?(?:navigation|banner|contentinfo|search)/i.test(el.attrs)) return true;
	return CHROME_ATTR.test(words) && !CONTENT_ATTR.test(words);
}

/** A space between two CJK characters (Han, CJK punctuation, full-width forms). */
const CJK = `[\u3000-\u303f${HAN_CLASS}\uff00-\uffef]`;
const CJK_SPACE_CJK = new RegExp(`(${CJK}) (?=${CJK})`, 'gu');

/** Collapse HTML whitespace; a line break between two Chinese characters is no space at all. */
function collapse(s: string): string {
	return s.replace(/[ \t\r\n\f]+/g, ' ').replace(CJK_SPACE_CJK, '$1');
}

/** Text blocks of an element: block elements and <br> break lines; <pre> keeps its own. */
function blocksOf(el: El, out: string[] = [], state = { buf: '' }, top = true): string[] {
	const flush = () => {
		const t = collapse(state.buf).replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
		if (t) out.push(t);
		state.buf = '';
	};
	for (const c of el.children) {
		if (typeof c === 'string') {
			state.buf += decodeEntities(c);
			continue;
		}
		if (isChrome(c) || c.tag === 'title') continue;
		if (c.tag === 'pre') {
			flush();
			const raw = decodeEntities(textOf(c));
			for (const line of raw.split(/\r?\n/)) if (line.trim()) out.push(line.trim());
			continue;
		}
		const block = BLOCK.has(c.tag);
		if (block) flush();
		if (c.tag !== 'br') blocksOf(c, out, state, false);
		if (block) flush();
	}
	if (top) flush();
	return out;
}

function textOf(el: El): string {
	return el.children.map((c) => (typeof c === 'string' ? c : DROP.has(c.tag) ? '' : textOf(c))).join('');
}

function linkTextLength(el: El): number {
	let n = 0;
	for (const c of el.children) {
		if (typeof c === 'string' || isChrome(c)) continue;
		n += c.tag === 'a' ? collapse(decodeEntities(textOf(c))).trim().length : linkTextLength(c);
	}
	return n;
}

/** Prose weight of a text block: long, punctuated Chinese sentences score; short link-like labels don't. */
function proseScore(text: string): number {
	const len = text.length;
	if (len < 20) return 0;
	const punct = (text.match(/[，。；：！？、,;]/g) ?? []).length;
	return 1 + punct + Math.min(len / 80, 5);
}

interface Candidate {
	el: El;
	score: number;
}

/**
 * Score every element by the prose directly inside it (half credit to its
 * parent, a quarter to the grandparent), discount link-heavy ones, take the
 * best. Text spread over sibling <p>s scores on their shared parent.
 */
function bestContainer(root: El): El {
	const scores = new Map<El, number>();
	const visit = (el: El) => {
		for (const c of el.children) {
			if (typeof c === 'string' || isChrome(c)) continue;
			visit(c);
		}
		// The element's own text, not counting block-level children's.
		let own = '';
		for (const c of el.children) {
			if (typeof c === 'string') own += c;
			else if (!isChrome(c) && !BLOCK.has(c.tag)) own += textOf(c);
			else if (c.tag === 'br') own += '\n';
		}
		let s = 0;
		for (const part of collapse(decodeEntities(own)).split('\n')) s += proseScore(part.trim());
		if (!s) return;
		const add = (e: El | null, k: number) => {
			if (e) scores.set(e, (scores.get(e) ?? 0) + s * k);
		};
		const blockish = BLOCK.has(el.tag) && el.tag !== 'br';
		const host = blockish ? el : nearestBlock(el);
		add(host, 1);
		add(host?.parent ?? null, 0.5);
		add(host?.parent?.parent ?? null, 0.25);
	};
	visit(root);
	let best: Candidate = { el: root, score: 0 };
	for (const [el, score] of scores) {
		const total = collapse(decodeEntities(textOf(el))).length || 1;
		const density = linkTextLength(el) / total;
		const adjusted = score * (1 - Math.min(density, 0.9)) * (CONTENT_ATTR.test(attrWords(el)) ? 1.25 : 1);
		if (adjusted > best.score) best = { el, score: adjusted };
	}
	return best.el;
}

function nearestBlock(el: El): El | null {
	let e: El | null = el.parent;
	while (e && !(BLOCK.has(e.tag) && e.tag !== 'br')) e = e.parent;
	return e;
}

function findAll(el: El, tag: string, out: El[] = []): El[] {
	for (const c of el.children) {
		if (typeof c === 'string') continue;
		if (c.tag === tag) out.push(c);
		findAll(c, tag, out);
	}
	return out;
}

function contains(outer: El, inner: El): boolean {
	for (let e: El | null = inner; e; e = e.parent) if (e === outer) return true;
	return false;
}

export interface HtmlExtract {
	/** The main text, blocks separated by blank lines. */
	text: string;
	/** The page's <title>, site suffix and all. */
	pageTitle: string | null;
	/** Number of blocks in the main text. */
	blocks: number;
}

/**
 * Extract the report from a web page. The headline (<h1>, or the first
 * prominent heading) is kept above the content even when the page puts it
 * outside the article container, because it names the report.
 */
export function extractHtmlMainText(html: string): HtmlExtract {
	const root = buildTree(html);
	const titleEl = findAll(root, 'title')[0];
	const pageTitle = titleEl ? collapse(decodeEntities(textOf(titleEl))).trim() || null : null;
	const main = bestContainer(root);
	const blocks = blocksOf(main).filter((b) => !isLinkBlock(b));
	// Drop link-heavy lists inside the container ("上一篇/下一篇", related articles).
	const headline = [...findAll(root, 'h1'), ...findAll(root, 'h2')].find(
		(h) => !contains(main, h) && !hasChromeAncestor(h) && textOf(h).trim()
	);
	if (headline) {
		const t = collapse(decodeEntities(textOf(headline))).trim();
		if (t && !blocks.slice(0, 3).some((b) => b.includes(t))) blocks.unshift(t);
	}
	return { text: blocks.join('\n\n'), pageTitle, blocks: blocks.length };
}

function hasChromeAncestor(el: El): boolean {
	for (let e: El | null = el.parent; e; e = e.parent) if (isChrome(e)) return true;
	return false;
}

/** Navigation lines that slip inside the article container. */
function isLinkBlock(b: string): boolean {
	return /^(?:上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|分享到)[:：]?/.test(b);
}
