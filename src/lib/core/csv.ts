/**
 * CSV for spreadsheets: RFC 4180 quoting, a BOM so spreadsheet apps read
 * UTF-8, and cells that a spreadsheet would run as a formula (starting with
 * = + - @ or their full-width forms ＝＋－＠, which some spreadsheets read
 * the same, or a tab or carriage return) neutralised with a leading
 * apostrophe. Numbers stay numbers (a number that is not finite is an empty
 * cell). The search, the diff's change list, the figures and the series
 * write through it.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function csvCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	let s = String(v);
	if (FORMULA_START.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(lines: unknown[][]): string {
	return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
