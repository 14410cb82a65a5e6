/**
 * Why an import was refused. Every refusal carries a stable code (the UI
 * translates by it), the values its message needs, and a plain English
 * message for the CLI. A refused import writes nothing.
 */
export type RefusalCode =
	| 'empty'
	| 'too-large'
	| 'too-large-expanded'
	| 'unsupported'
	| 'binary'
	| 'encoding'
	| 'invalid-docx'
	| 'invalid-pdf'
	| 'scanned-pdf'
	| 'no-text'
	| 'duplicate'
	| 'exists'
	| 'bad-meta'
	| 'write-failed';

export class ImportRefusal extends Error {
	constructor(
		readonly code: RefusalCode,
		message: string,
		readonly params: Record<string, string | number> = {}
	) {
		super(message);
	}
}

export function formatBytes(n: number): string {
	if (n < 1024) return `${n} bytes`;
	if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
