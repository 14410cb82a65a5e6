/**
 * The one definition of a Han character: Unicode's Script=Han — the unified
 * ideographs of every extension (names use extension B and beyond),
 * compatibility ideographs, 〇 and 々. `HAN_CLASS` is the same set for use
 * inside a character class of a larger pattern (with the `u` flag).
 */
export const HAN_CLASS = '\\p{Script=Han}';

export const HAN = /\p{Script=Han}/u;

/** Is `ch` (one character) a Han character? */
export function isHan(ch: string | undefined): boolean {
	return ch !== undefined && HAN.test(ch);
}
