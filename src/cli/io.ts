import type { Spec } from './args';

/** What a command needs from the process, so commands are testable without spawning one. */
export interface Io {
	out(s: string): void;
	err(s: string): void;
	/** Colour is used only on a terminal and never carries meaning alone. */
	color: boolean;
	/** This run's output must not be stored in the result cache (result-cache.ts), e.g. it fell back to another segmenter. */
	noStore?(): void;
}

export const processIo: Io = {
	out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
	err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
	color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};

export class UsageError extends Error {}

/** A failure the user can act on: printed as one message, exit code 1 (or `code`). */
export class CliError extends Error {
	constructor(
		message: string,
		readonly code = 1
	) {
		super(message);
	}
}

export interface Command extends Spec {
	summary: string;
	run(args: string[], io: Io): Promise<number>;
}
