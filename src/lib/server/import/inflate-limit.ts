/**
 * Zip bombs: a .docx is a zip archive, and its size limit on the compressed
 * bytes says nothing about what it expands to (611 KB can hold 200 MB of
 * XML). Before mammoth sees an archive, every member is inflated here with a
 * hard cap on the total output (zlib's `maxOutputLength`), so an archive
 * that expands past the limit is refused after reading at most the limit —
 * whatever sizes its directory claims.
 */
import { inflateRawSync } from 'node:zlib';

export class ExpansionError extends Error {
	constructor(
		readonly reason: 'too-large' | 'unreadable',
		message: string
	) {
		super(message);
	}
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Total bytes the archive's members expand to; throws once past `limit`. */
export function checkZipExpansion(bytes: Uint8Array, limit: number): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u32 = (o: number) => view.getUint32(o, true);
	const u16 = (o: number) => view.getUint16(o, true);
	// The end-of-central-directory record sits in the last 64 KB + 22 bytes.
	let eocd = -1;
	for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
		if (u32(o) === EOCD) {
			eocd = o;
			break;
		}
	}
	if (eocd < 0) throw new ExpansionError('unreadable', 'no zip directory');
	const count = u16(eocd + 10);
	let p = u32(eocd + 16);
	let total = 0;
	for (let k = 0; k < count; k++) {
		if (p + 46 > bytes.length || u32(p) !== CENTRAL) throw new ExpansionError('unreadable', 'a broken zip directory');
		const method = u16(p + 10);
		const compressed = u32(p + 20);
		const declared = u32(p + 24);
		const nameLen = u16(p + 28);
		const local = u32(p + 42);
		p += 46 + nameLen + u16(p + 30) + u16(p + 32);
		if (compressed === 0xffffffff || declared === 0xffffffff) throw new ExpansionError('too-large', 'a zip64 member (over 4 GB declared)');
		if (local + 30 > bytes.length || u32(local) !== LOCAL) throw new ExpansionError('unreadable', 'a broken zip member');
		const data = local + 30 + u16(local + 26) + u16(local + 28);
		if (data + compressed > bytes.length) throw new ExpansionError('unreadable', 'a truncated zip member');
		const room = limit - total;
		if (method === 0) {
			total += compressed;
		} else if (method === 8) {
			try {
				total += inflateRawSync(bytes.subarray(data, data + compressed), { maxOutputLength: Math.max(1, room) }).length;
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') total = limit + 1;
				else throw new ExpansionError('unreadable', `a member that does not inflate (${(e as Error).message})`);
			}
		} else throw new ExpansionError('unreadable', `compression method ${method}`);
		if (total > limit) throw new ExpansionError('too-large', `expands to more than ${limit} bytes`);
	}
	return total;
}
