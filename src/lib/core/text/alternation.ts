/**
 * A regular-expression alternation of literal words, longest first — so a
 * longer word wins where a shorter one is its prefix (万平方米 before 万,
 * 个百分点 before 个) — each escaped, so a unit such as `%` or `m³/s` is
 * read as written.
 */
export function alternation(words: readonly string[]): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
}
