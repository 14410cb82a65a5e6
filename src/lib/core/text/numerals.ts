/**
 * Chinese numeral characters: the digits (〇 零 一 … 九, 两, and the
 * financial forms 壹 … 玖) and the magnitudes (十 百 千 万 亿, 拾 佰 仟).
 */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/;

/** Is `ch` a Chinese numeral character? Runs of them (一九五五年, 五十五) repeat characters legitimately. */
export function isNumeral(ch: string | undefined): boolean {
	return ch !== undefined && NUMERAL.test(ch);
}
