/**
 * Turning a report file's bytes into text. The corpus store reads `.txt` and
 * `.md`; importers (see the import issue) register more formats here.
 */

export type Decoder = (bytes: Uint8Array, file: string) => Promise<string> | string;

export class DecodeError extends Error {}

/** UTF-8 only, strictly: a wrong encoding is an error, not mojibake. */
function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new DecodeError(`${file}: not valid UTF-8 text (import it with \`npm run cli -- import\` to detect its encoding)`);
	}
}

const decoders = new Map<string, Decoder>([
	['.txt', decodeUtf8],
	['.md', decodeUtf8]
]);

export function registerDecoder(ext: string, decoder: Decoder) {
	decoders.set(ext.toLowerCase(), decoder);
}

export function decoderFor(file: string): Decoder | undefined {
	const m = /\.[^./\\]+$/.exec(file);
	return m ? decoders.get(m[0].toLowerCase()) : undefined;
}
