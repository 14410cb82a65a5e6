/** Character classes the lint rules share. */

/** CJK unified ideographs (incl. extension A and compatibility ideographs). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isHan(ch: string | undefined): boolean {
	return ch !== undefined && HAN.test(ch);
}

/** Chinese numerals: runs of them (一九五五年, 五十五) repeat characters legitimately. */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/;

export function isNumeral(ch: string | undefined): boolean {
	return ch !== undefined && NUMERAL.test(ch);
}

/** Quote a short excerpt for a message. */
export function q(s: string): string {
	return `「${s}」`;
}
