/** Tabs and newlines would break the plain table's columns. */
export function csvSafe(s: string): string {
	return s.replace(/[\t\n\r]+/g, ' ');
}
