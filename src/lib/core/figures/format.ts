/**
 * Display of figure values: large numbers with 万/亿 as Chinese readers
 * expect (46000 人 → 4.6万人, 1.39e12 斤 → 1.39万亿斤).
 */
export function formatValue(value: number, unit: string): string {
	const abs = Math.abs(value);
	let s: string;
	if (unit === '%' || unit === '个百分点' || unit === '位' || unit === 'ratio' || unit === '倍') s = trim(value, 4);
	else if (abs >= 1e12) s = `${trim(value / 1e12, 4)}万亿`;
	else if (abs >= 1e8) s = `${trim(value / 1e8, 4)}亿`;
	else if (abs >= 1e4) s = `${trim(value / 1e4, 4)}万`;
	else s = trim(value, 4);
	return unit === 'ratio' ? s : `${s}${unit}`;
}

function trim(v: number, digits: number): string {
	return String(Number.parseFloat(v.toFixed(digits)));
}

/** Change between two values: absolute (in the unit) and relative (null when the old value is 0). */
export function change(oldValue: number, newValue: number): { abs: number; rel: number | null } {
	return {
		abs: Number.parseFloat((newValue - oldValue).toPrecision(12)),
		rel: oldValue === 0 ? null : (newValue - oldValue) / Math.abs(oldValue)
	};
}
