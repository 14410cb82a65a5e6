/**
 * Which encoding a text file is in: detected from its bytes, never assumed.
 * Reports arrive as UTF-8 (with or without BOM), UTF-16 (Word's "Unicode
 * text", often without BOM) and GB18030/GBK (older Windows tools). Only
 * `TextDecoder` is used, so this runs in the browser as well as in Node.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	/** The byte-order mark found (and dropped), if any. */
	bom: boolean;
}

/** Why bytes could not be read as text. */
export class NotTextError extends Error {
	constructor(
		message: string,
		readonly reason: 'binary' | 'unknown-encoding'
	) {
		super(message);
	}
}

function strictDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * How much a decoded string looks like report text: the share of characters
 * that are CJK ideographs, CJK/full-width punctuation, printable ASCII or
 * ordinary whitespace. Mis-decoded bytes land in rare blocks (Hangul,
 * private use, C1 controls, CJK extension B…) and pull the score down.
 */
export function textPlausibility(s: string): number {
	if (!s.length) return 0;
	let good = 0;
	let total = 0;
	for (const ch of s) {
		total++;
		const c = ch.codePointAt(0)!;
		if (
			(c >= 0x20 && c < 0x7f) ||
			c === 0x09 ||
			c === 0x0a ||
			c === 0x0d ||
			(c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
			(c >= 0x3000 && c <= 0x303f) || // CJK punctuation
			(c >= 0xff00 && c <= 0xffef) || // full-width forms
			(c >= 0x2000 && c <= 0x206f) || // general punctuation: — “ ” …
			(c >= 0x00a0 && c <= 0x00ff) || // Latin-1: ·, ×, °
			(c >= 0x2160 && c <= 0x2188) || // Roman numerals Ⅰ Ⅱ
			(c >= 0x2460 && c <= 0x24ff) || // circled numbers ①
			(c >= 0x25a0 && c <= 0x25ff) || // geometric shapes ■ ○
			(c >= 0x3400 && c <= 0x4dbf) // CJK extension A (rare, but real names use it)
		)
			good++;
	}
	return good / total;
}

/** Control characters other than tab/newline/CR/form feed: text files don't have them. */
function controlShare(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
	}
	return s.length ? n / s.length : 0;
}

/** Decode with each candidate and keep the reading that looks most like text (ties: first listed). */
function bestReading(bytes: Uint8Array, candidates: TextEncodingName[], min: number): DecodedText | null {
	let best: DecodedText | null = null;
	let bestScore = min;
	for (const enc of candidates) {
		if (enc.startsWith('utf-16') && bytes.length % 2 !== 0) continue;
		const text = strictDecode(bytes, enc);
		if (text === null || controlShare(text) > 0.01 || text.includes('\u0000')) continue;
		const score = textPlausibility(text);
		if (score >= bestScore && (!best || score > bestScore)) {
			best = { text, encoding: enc, bom: false };
			bestScore = score;
		}
	}
	return best;
}

/**
 * Decode a text file, detecting its encoding: a BOM first; then, for bytes
 * with zeros, UTF-16 LE or BE by which reading is text (a zero byte is
 * otherwise binary); then strict UTF-8; then GB18030 (a superset of GBK and
 * GB2312) or BOM-less UTF-16 without ASCII, whichever reads as plausible
 * Chinese. Throws NotTextError for binary data or bytes nothing reads.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = strictDecode(bytes.subarray(3), 'utf-8');
		if (text === null) throw new NotTextError('starts with a UTF-8 byte-order mark but is not valid UTF-8', 'unknown-encoding');
		return { text, encoding: 'utf-8', bom: true };
	}
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const text = strictDecode(bytes.subarray(2), encoding);
		if (text !== null && controlShare(text) < 0.01) return { text, encoding, bom: true };
		throw new NotTextError(
			`starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`,
			'unknown-encoding'
		);
	}
	if (bytes.includes(0)) {
		// ASCII in UTF-16 is "xx 00" (LE) or "00 xx" (BE); anything else with zero bytes is binary.
		const utf16 = bestReading(bytes, ['utf-16le', 'utf-16be'], 0.9);
		if (utf16) return utf16;
		throw new NotTextError('binary data, not text', 'binary');
	}
	const utf8 = strictDecode(bytes, 'utf-8');
	if (utf8 !== null) {
		if (controlShare(utf8) > 0.01) throw new NotTextError('binary data, not text', 'binary');
		return { text: utf8, encoding: 'utf-8', bom: false };
	}
	const legacy = bestReading(bytes, ['gb18030', 'utf-16le', 'utf-16be'], 0.9);
	if (legacy) return legacy;
	const gb = strictDecode(bytes, 'gb18030');
	if (gb === null || controlShare(gb) > 0.01) throw new NotTextError('binary data, not text', 'binary');
	throw new NotTextError('not text in a known encoding (tried UTF-8, UTF-16 and GB18030/GBK)', 'unknown-encoding');
}

/**
 * The charset an HTML page declares (`<meta charset=gbk>`, or in the
 * http-equiv content type), mapped to a decoder we trust.
 */
export function declaredHtmlCharset(bytes: Uint8Array): TextEncodingName | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
	if (!m) return null;
	const cs = m[1].toLowerCase();
	if (cs === 'utf-8' || cs === 'utf8') return 'utf-8';
	if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(cs)) return 'gb18030';
	return null;
}

/** Decode an HTML page: BOM, then its declared charset if the bytes agree, then detection. */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
	const declared = declaredHtmlCharset(bytes);
	const hasBom =
		(bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (declared && !hasBom) {
		const text = strictDecode(bytes, declared);
		if (text !== null && !text.includes('\u0000')) return { text, encoding: declared, bom: false };
	}
	return decodeTextBytes(bytes);
}
