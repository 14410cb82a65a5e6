/**
 * Chinese numerals — the one home for reading and writing them.
 *
 * Numbers as Chinese reports write them: Arabic (already width-folded by the
 * caller), Chinese numerals (四亿零七百多万, 一万亿, traditional 萬/億/兩),
 * and magnitude words after a number (1.39万亿, 420万). Values are computed
 * by shifting the decimal point in the digit string, so 1.39万亿 is exactly
 * 1390000000000 — no floating-point residue from 1.39 * 1e12.
 */

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	兩: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
/** Small magnitudes inside a section (十/百/千) and the section words (万/亿). */
const SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

export const CN_DIGIT_CHARS = '零〇一二两兩三四五六七八九';
export const CN_MAG_CHARS = '十百千万亿萬億';

export function isCnDigit(ch: string): boolean {
	return ch in DIGITS;
}

/** Exponent of a run of magnitude words: 万 → 4, 万亿 → 12, 千万 → 7, 百亿 → 10. */
export function magnitudeExponent(mag: string): number | null {
	let exp = 0;
	for (const ch of mag) {
		const e = SMALL[ch] ?? BIG[ch];
		if (e === undefined) return null;
		exp += e;
	}
	return exp;
}

/** `digits × 10^exp`, exact for decimal strings like "1.39" and exp 12. */
export function scaleDecimal(digits: string, exp: number): number {
	const clean = digits.replace(/,/g, '');
	const [intPart, fracPart = ''] = clean.split('.');
	if (exp >= 0) {
		const frac = fracPart.padEnd(exp, '0');
		const whole = intPart + frac.slice(0, exp);
		const rest = frac.slice(exp);
		return Number(rest ? `${whole}.${rest}` : whole);
	}
	return Number(clean) * Math.pow(10, exp);
}

/**
 * Value of a Chinese numeral such as 四亿零七百万, 一万亿, 二十三, 十七.
 * `多`/`余` inside (四亿零七百多万) are ignored here; the caller marks the
 * figure approximate. Returns null for strings that are not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
	const chars = [...s].filter((c) => c !== '多' && c !== '余');
	if (!chars.length) return null;
	// A run of plain digits without magnitudes reads digit by digit (一九五四).
	if (chars.every((c) => c in DIGITS)) {
		if (chars.length === 1) return DIGITS[chars[0]];
		return Number(chars.map((c) => DIGITS[c]).join(''));
	}
	let total = 0; // sections already closed by 亿
	let section = 0; // current section below 亿, closed by 万
	let small = 0; // current group below 万
	let digit: number | null = null;
	for (const c of chars) {
		if (c in DIGITS) {
			digit = DIGITS[c];
		} else if (c in SMALL) {
			small += (digit ?? 1) * Math.pow(10, SMALL[c]);
			digit = null;
		} else if (c in BIG) {
			const unit = small + (digit ?? 0);
			digit = null;
			small = 0;
			if (BIG[c] === 8) {
				total = (total + section + unit || 1) * 1e8;
				section = 0;
			} else {
				// 万 after 亿 within the same number (四亿零七百万) multiplies only the section.
				section = (section + unit || 1) * 1e4;
			}
		} else return null;
	}
	return total + section + small + (digit ?? 0);
}

/** True when a Chinese numeral contains a magnitude word (十, 百, 千, 万, 亿). */
export function hasMagnitude(s: string): boolean {
	return /[十百千万亿萬億拾佰仟]/.test(s);
}

/** Any Chinese numeral character: digits, magnitudes, and the financial forms (壹 … 玖, 拾 佰 仟). */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/;

/** Is `ch` a Chinese numeral character? Runs of them (一九五五年, 五十五) repeat characters legitimately. */
export function isNumeral(ch: string | undefined): boolean {
	return ch !== undefined && NUMERAL.test(ch);
}

/**
 * A plain ordinal 一 … 九十九 (also 零/〇/两 alone) → its number; NaN for
 * anything else (一九 is a digit run, not an ordinal).
 */
export function chineseOrdinal(s: string): number {
	return /^(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两三四五六七八九])$/.test(s) ? parseChineseNumeral(s)! : NaN;
}

const WRITE = '〇一二三四五六七八九十';

/** 1 … 99 written as a Chinese ordinal: 3 → 三, 12 → 十二, 40 → 四十 (0 → 〇). */
export function writeChineseOrdinal(n: number): string {
	if (n <= 10) return n === 10 ? '十' : WRITE[n];
	if (n < 20) return '十' + WRITE[n - 10];
	return WRITE[Math.floor(n / 10)] + '十' + (n % 10 ? WRITE[n % 10] : '');
}
